/**
 * A file's bytes, inflated when gzip, in buffers each thread reuses from file to file (see
 * REUSED_BUFFER_LIMIT): what these functions return is valid until the thread reads the next file.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { constants as zlibConstants, Gunzip, gunzipSync } from 'node:zlib';

const LARGEST_OUTPUT_CHUNK = 64 * 1024 * 1024;

/**
 * gunzipSync inflates into 16 KB chunks and concatenates them; one chunk the size of the output is ~30 %
 * faster. The gzip trailer states that size (mod 2^32, and a forged file may lie), so it is only a hint,
 * capped: a wrong one costs speed, never correctness.
 */
function outputChunkSize(gzip: Buffer, maxOutput: number): number {
  const stated = gzip.length >= 18 ? gzip.readUInt32LE(gzip.length - 4) : 0;
  return Math.max(zlibConstants.Z_MIN_CHUNK, Math.min(stated + 1, maxOutput + 1, LARGEST_OUTPUT_CHUNK));
}

/**
 * Files up to this size are read and inflated into two buffers per thread, reused from file to file: a
 * fresh buffer per file cost a page fault for every 4 KB written (~80,000 on 400 MB of logs, a sixth of
 * the run's CPU time) and left dead buffers for the collector. What they hold is valid until the next
 * file: a load copies what it keeps (documents, texts) out of them. Larger files get buffers of their
 * own, so that a thread does not hold on to the largest file it ever read.
 */
const REUSED_BUFFER_LIMIT = 16 * 1024 * 1024;
const reused = { input: Buffer.alloc(0), output: Buffer.alloc(0) };
/** A file whose size is unknown (a pipe, /proc) is read in pieces of at least this. */
const MIN_READ_BUFFER = 64 * 1024;

/** A file's bytes, in the reused buffer if it is small enough; read to the end, which may have moved since `size` was measured. */
export function readBytes(file: string, size: number): Buffer {
  if (size >= REUSED_BUFFER_LIMIT) return readFileSync(file);
  const fd = openSync(file, 'r');
  try {
    for (let length = 0; ; ) {
      if (length === reused.input.length) {
        const larger = Buffer.allocUnsafe(Math.max(size + 1, 2 * length, MIN_READ_BUFFER));
        reused.input.copy(larger, 0, 0, length);
        reused.input = larger;
      }
      const read = readSync(fd, reused.input, length, reused.input.length - length, null);
      if (read === 0) return reused.input.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

/** What zlib engines have had since Node 8 and still have: `_processChunk` is kept for compatibility. */
interface EngineInternals {
  _outBuffer?: unknown;
  _processChunk?: (chunk: Buffer, flushFlag: number) => Buffer;
}

/**
 * Inflates into the reused output buffer (see REUSED_BUFFER_LIMIT): the result is a view on it, valid
 * until the next file. gunzipSync takes no output buffer; the engine's own `_processChunk` writes into
 * the engine's `_outBuffer`, which is swapped for the reused one. An engine without an `_outBuffer` of the
 * expected size (another runtime, a future Node), or output larger than the buffer, gives a fresh buffer
 * as gunzipSync does: only slower, never wrong. The engine is made with a chunk of the reused buffer's
 * size, so it never writes past whichever buffer it uses.
 */
export function gunzip(gzip: Buffer, maxOutputLength: number): Buffer {
  const chunkSize = outputChunkSize(gzip, maxOutputLength);
  if (chunkSize > REUSED_BUFFER_LIMIT) return gunzipSync(gzip, { maxOutputLength, chunkSize });
  if (reused.output.length < chunkSize) reused.output = Buffer.allocUnsafe(chunkSize);
  const engine = new Gunzip({ chunkSize: reused.output.length, maxOutputLength }) as Gunzip & EngineInternals;
  if (typeof engine._processChunk !== 'function' || !Buffer.isBuffer(engine._outBuffer) || engine._outBuffer.length !== reused.output.length) {
    engine.close();
    return gunzipSync(gzip, { maxOutputLength, chunkSize });
  }
  engine._outBuffer = reused.output;
  return engine._processChunk(gzip, zlibConstants.Z_FINISH);
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
