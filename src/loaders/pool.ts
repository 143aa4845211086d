/**
 * Loads files on worker threads, so decompression and parsing of large CloudTrail archives use every
 * core. Documents come back by structured clone; rules run on the main thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DiscoveredFile } from '../files.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { failure, loadFile, type FileLoad, type LoadOptions } from './file.js';

/**
 * The worker script: beside this module (.mjs in the bundled CLI, .js from tsc), else the compiled one —
 * worker threads do not inherit tsx's loader hooks, so TypeScript sources run their workers from lib/.
 */
function workerScript(): URL | null {
  const candidates = [new URL('./load-worker.mjs', import.meta.url), new URL('./load-worker.js', import.meta.url), pathToFileURL(path.join(PACKAGE_ROOT, 'lib/src/loaders/load-worker.js'))];
  return candidates.find((url) => existsSync(fileURLToPath(url))) ?? null;
}

/**
 * Messages in flight per thread: the next files are already queued when a batch finishes, so the thread
 * never idles through the round trip to the main thread.
 */
const BATCHES_PER_WORKER = 2;

/**
 * Files per message, at most: a message costs ~0.1 ms each way, a CloudTrail file ~2 ms to load. Batches
 * shrink as the queue empties, so the threads finish together.
 */
const LARGEST_BATCH = 8;

/**
 * A loader thread's garbage lives for one file. A young generation smaller than V8's default keeps the
 * peak memory flatter as the input grows, at no measured cost (see also load-worker.ts).
 */
const YOUNG_GENERATION_MB = 8;

/** Below this many files, starting threads costs more than it saves. */
export const POOL_MIN_FILES = 8;

interface Job {
  file: DiscoveredFile;
  options: LoadOptions;
  resolve: (load: FileLoad) => void;
  reject: (error: Error) => void;
}

/** What a loader thread answers for each file of a batch. */
export type JobOutcome = { result: FileLoad } | { error: string };

export class LoadPool {
  private readonly workers: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly inFlight = new Map<number, { worker: Worker; jobs: Job[] }>();
  private nextId = 0;

  private constructor(script: URL, size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      worker.on('message', (message: { id: number; outcomes: JobOutcome[] }) => {
        const batch = this.inFlight.get(message.id);
        this.inFlight.delete(message.id);
        batch?.jobs.forEach((job, i) => {
          const outcome = message.outcomes[i]!;
          if ('error' in outcome) job.reject(new Error(outcome.error));
          else job.resolve(outcome.result);
        });
        this.dispatch();
      });
      worker.on('error', (error) => this.retire(worker, error.message));
      worker.on('exit', (code) => this.retire(worker, `it exited with code ${code}`));
      this.workers.push(worker);
    }
  }

  /** A pool, or null when threads would not help (one core, no script); worth it from POOL_MIN_FILES files. */
  static create(cores = availableParallelism(), script = workerScript()): LoadPool | null {
    if (cores < 2 || !script) return null;
    return new LoadPool(script, Math.min(cores, 4));
  }

  load(file: DiscoveredFile, options: LoadOptions): Promise<FileLoad> {
    return new Promise((resolve, reject) => {
      this.queue.push({ file, options, resolve, reject });
      // Dispatched after the caller's loop has queued its files, so that batches can form.
      if (this.queue.length === 1) queueMicrotask(() => this.dispatch());
    });
  }

  private dispatch(): void {
    if (this.workers.length === 0) {
      for (const job of this.queue.splice(0)) loadFile(job.file, job.options).then(job.resolve, job.reject);
      return;
    }
    for (const worker of this.workers) {
      let batches = [...this.inFlight.values()].filter((batch) => batch.worker === worker).length;
      for (; batches < BATCHES_PER_WORKER && this.queue.length > 0; batches++) {
        const fairShare = Math.floor(this.queue.length / (this.workers.length * BATCHES_PER_WORKER));
        const jobs = this.queue.splice(0, Math.min(LARGEST_BATCH, Math.max(1, fairShare)));
        const id = this.nextId++;
        this.inFlight.set(id, { worker, jobs });
        worker.postMessage({ id, jobs: jobs.map(({ file, options }) => ({ file, options })) });
      }
    }
  }

  /**
   * A thread that failed (out of memory on a huge file, say) leaves the pool; the run goes on without it.
   * Which file of its batch was the cause is unknown, so each is reported, never passed silently.
   */
  private retire(worker: Worker, reason: string): void {
    const index = this.workers.indexOf(worker);
    if (index < 0) return; // closed, or already retired
    this.workers.splice(index, 1);
    for (const [id, batch] of this.inFlight) {
      if (batch.worker !== worker) continue;
      this.inFlight.delete(id);
      for (const job of batch.jobs) {
        const which = batch.jobs.length > 1 ? `this file and ${batch.jobs.length - 1} others` : 'this file';
        job.resolve(failure(job.file.display, 'loader-failed', `the loader thread reading ${which} stopped (${reason}); lint this file alone to see whether it is the cause`));
      }
    }
    this.dispatch();
  }

  /**
   * Stops the threads without waiting for them (~10 ms): no job is left for them, and unreferenced they
   * cannot keep the process alive. A thread still starting is stopped as soon as it can be.
   */
  close(): void {
    for (const worker of this.workers.splice(0)) {
      worker.unref();
      void worker.terminate();
    }
  }
}
