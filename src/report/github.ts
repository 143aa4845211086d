/**
 * GitHub annotations. GitHub shows at most 10 annotations per level per step and 50 per job, and drops
 * the rest silently (github-action.md §5.1), so the most severe come first and one notice says how many
 * more there are. Annotations are plain data; `formatGithubCommands` writes them as workflow commands.
 */
import type { LintResult } from '../lint.js';
import type { Finding, Severity } from '../types.js';
import { compareText } from '../order.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title: string;
  file: string;
  startLine: number;
  endLine: number;
  /** Only on single-line spans, as GitHub expects. */
  startColumn?: number;
  endColumn?: number;
}

export const ANNOTATIONS_PER_LEVEL = 10;
const LEVEL: Record<Severity, Annotation['level']> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice', info: 'notice' };
const ORDER: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export function annotationsFor(result: LintResult, where = 'the kmslint report (SARIF or the job summary)'): Annotation[] {
  const annotated = result.findings
    .filter((f) => f.status === 'violation' || f.status === 'unknown')
    .sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) || compareText(a.loc.file, b.loc.file) || a.loc.line - b.loc.line);
  const perLevel = new Map<Annotation['level'], number>();
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const finding of annotated) {
    const level = LEVEL[finding.severity];
    const used = perLevel.get(level) ?? 0;
    // One notice slot stays free for the "N more" message.
    const limit = level === 'notice' ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL;
    if (used >= limit) {
      omitted++;
      continue;
    }
    perLevel.set(level, used + 1);
    annotations.push(annotationOf(finding, level));
  }
  if (omitted > 0) {
    annotations.push({ level: 'notice', title: 'kmslint: more findings', message: `${omitted} more finding${omitted === 1 ? '' : 's'} not annotated here (GitHub shows 10 annotations per level); see ${where}.`, file: annotated[0]!.loc.file, startLine: 1, endLine: 1 });
  }
  return annotations;
}

function annotationOf(finding: Finding, level: Annotation['level']): Annotation {
  const single = finding.loc.endLine <= finding.loc.line;
  return {
    level,
    title: `kmslint ${finding.ruleId} (${finding.severity}${finding.status === 'unknown' ? ', unknown' : ''})`,
    message: finding.message,
    file: finding.loc.file,
    startLine: finding.loc.line,
    endLine: Math.max(finding.loc.endLine, finding.loc.line),
    ...(single ? { startColumn: finding.loc.column, endColumn: Math.max(finding.loc.endColumn, finding.loc.column + 1) } : {}),
  };
}

/** `::error file=…,line=…::message` — escaped as @actions/core's command.ts does (toolkit issue #193). */
export function formatGithubCommands(annotations: readonly Annotation[]): string {
  return annotations.map((a) => {
    const properties: [string, string | number | undefined][] = [
      ['file', a.file], ['line', a.startLine], ['endLine', a.endLine], ['col', a.startColumn], ['endColumn', a.endColumn], ['title', a.title],
    ];
    const props = properties.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
    return `::${a.level} ${props}::${escapeData(a.message)}\n`;
  }).join('');
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
