/** A loader thread: batches of files in, their documents out (see pool.ts). */
import { parentPort } from 'node:worker_threads';
import type { DiscoveredFile } from '../files.js';
import { loadFile, type LoadOptions } from './file.js';
import type { JobOutcome } from './pool.js';

parentPort!.on('message', async (message: { id: number; jobs: { file: DiscoveredFile; options: LoadOptions }[] }) => {
  const outcomes: JobOutcome[] = [];
  for (const { file, options } of message.jobs) {
    try {
      outcomes.push({ result: await loadFile(file, options) });
    } catch (error) {
      outcomes.push({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  }
  parentPort!.postMessage({ id: message.id, outcomes });
});
