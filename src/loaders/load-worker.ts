/** A loader thread: batches of files in, their documents out (see pool.ts). */
import v8 from 'node:v8';
import vm from 'node:vm';
import { parentPort } from 'node:worker_threads';
import type { DiscoveredFile } from '../files.js';
import { loadFile, type LoadOptions } from './file.js';
import type { JobOutcome } from './pool.js';

/**
 * An inflated file is a buffer outside the JS heap, freed only when V8 collects the young generation. A
 * thread that skips file after file allocates too little JS to fill it, so dead buffers piled up to
 * ~30 MB per thread and peak memory grew with the input (1.13-1.23 at 4 x the files against 1 x). Past
 * this much, the thread collects its young generation itself: 1.06-1.08, for ~5 % more time (memory
 * handed back sooner is faulted in again). The collector is V8's own, made callable the usual way: the
 * flag is read when a context is created.
 */
const DEAD_BUFFERS_LIMIT = 16 * 1024 * 1024;
v8.setFlagsFromString('--expose-gc');
const collectYoungGeneration = (vm.runInNewContext('gc') as (options: { type: 'minor' }) => void).bind(null, { type: 'minor' });

parentPort!.on('message', async (message: { id: number; jobs: { file: DiscoveredFile; options: LoadOptions }[] }) => {
  const outcomes: JobOutcome[] = [];
  for (const { file, options } of message.jobs) {
    try {
      outcomes.push({ result: await loadFile(file, options) });
    } catch (error) {
      outcomes.push({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
    if (process.memoryUsage().arrayBuffers > DEAD_BUFFERS_LIMIT) collectYoungGeneration();
  }
  parentPort!.postMessage({ id: message.id, outcomes });
});
