/** A loader thread: batches of files in, their documents out (see pool.ts). */
import { parentPort } from 'node:worker_threads';
import type { DiscoveredFile } from '../files.js';
import { collectAfterLoad, garbageCollector } from './collect.js';
import { loadFile, type LoadOptions } from './file.js';
import type { JobOutcome } from './pool.js';

/**
 * Files are read and inflated into reused buffers (file.ts), but each still leaves buffers outside the
 * JS heap (every zlib engine allocates an output chunk of its own), freed only when V8 collects the young
 * generation. A thread that skips file after file allocates too little JS to fill it, so they pile up and
 * peak memory grows with the input: 1.16-1.18 at 4 x the files against 1 x. So, every few megabytes read,
 * a thread with more than DEAD_BUFFERS_LIMIT of buffers collects its young generation itself:
 * 1.08-1.09, at no measurable cost. (Only every few megabytes: the memory figures are read from /proc.
 * Collecting on a fixed count of bytes instead, without looking, collected too often and kept more
 * memory.)
 */
const DEAD_BUFFERS_LIMIT = 16 * 1024 * 1024;
const CHECK_EVERY_BYTES = 4 * 1024 * 1024;
let readSinceCheck = 0;

parentPort!.on('message', async (message: { id: number; jobs: { file: DiscoveredFile; options: LoadOptions }[] }) => {
  const outcomes: JobOutcome[] = [];
  for (const { file, options } of message.jobs) {
    try {
      const result = collectAfterLoad(await loadFile(file, options));
      outcomes.push({ result });
      readSinceCheck += result.bytes;
    } catch (error) {
      outcomes.push({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
    if (readSinceCheck > CHECK_EVERY_BYTES) {
      readSinceCheck = 0;
      if (process.memoryUsage().arrayBuffers > DEAD_BUFFERS_LIMIT) garbageCollector()?.({ type: 'minor' });
    }
  }
  parentPort!.postMessage({ id: message.id, outcomes });
});
