/**
 * Collecting garbage at the moments a loader knows more than V8's heuristics do, after each file a thread
 * loads. The collector is V8's own, made callable the usual way (the flag is read when a context is
 * created), and only once needed: a program that uses kmslint as a library gets no `gc` global from
 * merely importing it. Should a Node version refuse the flag, nothing is collected early and everything
 * else works the same.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

type Collect = (options: { type: 'minor' | 'major' }) => void;

let collect: Collect | null | undefined;

export function garbageCollector(): Collect | null {
  if (collect === undefined) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('typeof gc === "function" ? gc : null') as Collect | null;
  }
  return collect;
}

/**
 * A file this large was parsed whole (a Terraform plan, say). Once loaded, the parsed value is garbage,
 * but the part parsed last still sits in the young generation, referenced from the part already moved
 * to the old one, and every young-generation collection copies it again until a full collection finds
 * it dead: ~150 ms after a 93 MB plan on Node 24, whose young generation holds 64 MB. One full collection
 * right after the load, with the value dead, costs ~10 ms.
 */
export const LARGE_LOAD_BYTES = 16 * 1024 * 1024;

/**
 * Files are read and inflated into reused buffers (read.ts), but each still leaves buffers outside the
 * JS heap (every zlib engine allocates an output chunk of its own), freed only when V8 collects the young
 * generation. A thread that skips file after file allocates too little JS to fill it, so they pile up and
 * peak memory grows with the input: 1.16-1.18 at 4 x the files against 1 x. So, every few megabytes read,
 * a thread with more than DEAD_BUFFERS_LIMIT of them collects its young generation: 1.08-1.10, at no
 * measurable cost. (Only every few megabytes: the figure is read from /proc. Collecting on a fixed count
 * of bytes instead, without looking, collected too often and kept more memory.)
 */
export const DEAD_BUFFERS_LIMIT = 16 * 1024 * 1024;
export const CHECK_EVERY_BYTES = 4 * 1024 * 1024;

/** One per thread: what it has read since it last looked. */
export class LoadCollector {
  private readSinceCheck = 0;

  constructor(
    private readonly collector: () => Collect | null = garbageCollector,
    private readonly deadBuffers: () => number = () => process.memoryUsage().arrayBuffers,
  ) {}

  /** Call with each load as it returns, once nothing refers to what the loader parsed. */
  afterLoad<Load extends { bytes: number }>(load: Load): Load {
    if (load.bytes >= LARGE_LOAD_BYTES) {
      this.readSinceCheck = 0;
      this.collector()?.({ type: 'major' });
    } else if ((this.readSinceCheck += load.bytes) > CHECK_EVERY_BYTES) {
      this.readSinceCheck = 0;
      if (this.deadBuffers() > DEAD_BUFFERS_LIMIT) this.collector()?.({ type: 'minor' });
    }
    return load;
  }
}

const thisThread = new LoadCollector();
export const collectAfterLoad = <Load extends { bytes: number }>(load: Load): Load => thisThread.afterLoad(load);
