/**
 * Collecting garbage at the moments a loader knows more than V8's heuristics do. The collector is V8's
 * own, made callable the usual way (the flag is read when a context is created), and only once needed:
 * a program that uses kmslint as a library gets no `gc` global from merely importing it. Should a Node
 * version refuse the flag, nothing is collected early and everything else works the same.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import type { FileLoad } from './file.js';

type Collector = (options: { type: 'minor' | 'major' }) => void;

let collector: Collector | null | undefined;

export function garbageCollector(): Collector | null {
  if (collector === undefined) {
    v8.setFlagsFromString('--expose-gc');
    collector = vm.runInNewContext('typeof gc === "function" ? gc : null') as Collector | null;
  }
  return collector;
}

/**
 * A file this large was parsed whole (a Terraform plan, say). Once loaded, the parsed value is garbage,
 * but the part parsed last still sits in the young generation, referenced from the part already moved
 * to the old one, and every young-generation collection copies it again until a full collection finds
 * it dead: ~150 ms after a 93 MB plan on Node 24, whose young generation holds 64 MB. One full collection
 * right after the load, with the value dead, costs ~10 ms.
 */
export const LARGE_LOAD_BYTES = 16 * 1024 * 1024;

/** Call with the load just returned, once nothing refers to what the loader parsed. */
export function collectAfterLoad(load: FileLoad, collect: () => Collector | null = garbageCollector): FileLoad {
  if (load.bytes >= LARGE_LOAD_BYTES) collect()?.({ type: 'major' });
  return load;
}
