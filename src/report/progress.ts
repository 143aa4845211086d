import type { Progress } from '../lint.js';

/** One status line for long runs: files done, CloudTrail records per second, findings so far. */
export function formatProgress(progress: Progress, elapsedMs: number): string {
  const seconds = Math.max(elapsedMs / 1000, 0.001);
  const records = progress.records > 0 ? `, ${progress.records.toLocaleString('en-US')} records (${Math.round(progress.records / seconds).toLocaleString('en-US')}/s)` : '';
  return `kmslint: ${progress.done}/${progress.total} files${records}, ${progress.findings} finding${progress.findings === 1 ? '' : 's'}`;
}
