/**
 * One file in, its key-policy documents out. Reads bytes (gzip, UTF-8/UTF-16 BOMs), recognises the input
 * kind from the content, and hands it to the loader of that kind. NDJSON logs are streamed line by line,
 * so memory does not grow with the size of the file.
 */
import { isAscii } from 'node:buffer';
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { constants as zlibConstants, createGunzip, Gunzip, gunzipSync } from 'node:zlib';
import bytes from 'bytes';
import { DEFAULT_MAX_FILE_BYTES, fileLocation, fileTooLarge, type DiscoveredFile } from '../files.js';
import { decodeText, parseSource } from '../source.js';
import type { SourceNode } from '../types.js';
import { loadCloudFormation, looksLikeTemplate } from './cloudformation.js';
import { loadCloudTrailValue, looksLikeCloudTrail, looksLikeDigest } from './cloudtrail.js';
import { KEY_POLICY_EVENTS } from './cloudtrail-record.js';
import { asObject } from './json.js';
import { keySnapshotDocument, loadPolicyDocument, looksLikeKeySnapshot, looksLikePolicy, type LoadResult } from './policy.js';
import { loadTerraform, terraformShape } from './terraform.js';
import { TextLocator, type TextOrigin } from './text-locator.js';

export const INPUT_KINDS = ['auto', 'policy', 'cloudformation', 'terraform-plan', 'cloudtrail'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];
type Kind = Exclude<InputKind, 'auto'> | 'cdk-manifest' | 'digest';

export interface FileLoad extends LoadResult {
  kind: Kind | null;
  /** Files the input points at (the stack templates of a CDK cloud assembly). */
  extraFiles: string[];
  /** CloudTrail records read, for progress reports. */
  records: number;
  /** Bytes read, after decompression: a loader thread counts them to know when to collect garbage. */
  bytes: number;
}

export interface LoadOptions {
  input: InputKind;
  /** Largest a gzip file may decompress to (a gzip bomb stops here with a diagnostic). */
  maxDecompressedBytes: number;
  /** Largest file read in one piece. */
  maxFileBytes: number;
}

export const DEFAULT_LOAD_OPTIONS: LoadOptions = { input: 'auto', maxDecompressedBytes: 1024 * 1024 * 1024, maxFileBytes: DEFAULT_MAX_FILE_BYTES };

const decompressedTooLarge = (limit: number): string =>
  `the file decompresses to more than ${bytes.format(limit)}; kmslint stops there (a gzip bomb?); if it is a real log, raise the limit with --max-decompressed-size`;

const NDJSON_NAME = /\.(ndjson|jsonl|log)(\.gz)?$/i;
const JSON_NAME = /\.json(\.gz)?$/i;

const empty = (kind: Kind | null, extra: Partial<FileLoad> = {}): FileLoad => ({ kind, documents: [], diagnostics: [], extraFiles: [], records: 0, bytes: 0, ...extra });
/** A file that could not be loaded: one located error, nothing else. */
export const failure = (file: string, code: string, message: string, line = 1): FileLoad => empty(null, { diagnostics: [{ code, severity: 'error', message, loc: { ...fileLocation(file), line } }] });

export async function loadFile(file: DiscoveredFile, options: LoadOptions = DEFAULT_LOAD_OPTIONS): Promise<FileLoad> {
  try {
    // Sync calls: a loader thread has nothing else to do meanwhile, and a promise round trip per file adds up.
    const info = statSync(file.absolute);
    if (NDJSON_NAME.test(file.display) && (options.input === 'auto' || options.input === 'cloudtrail')) return await streamLines(file, options);
    if (info.size > options.maxFileBytes) return empty(null, { diagnostics: [fileTooLarge(file.display, info.size, options.maxFileBytes)] });
    // Read synchronously: the promise API reads in 512 KB chunks, several times slower on a 100 MB plan.
    // No await from here on: the bytes are in buffers that the next file reuses.
    let bytes = readBytes(file.absolute, info.size);
    if (isGzip(bytes)) {
      try {
        bytes = gunzip(bytes, options.maxDecompressedBytes);
      } catch (error) {
        const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|Cannot create a Buffer/.test((error as Error).message);
        return failure(file.display, tooLarge ? 'decompressed-too-large' : 'bad-gzip', tooLarge
          ? decompressedTooLarge(options.maxDecompressedBytes)
          : `the file is not valid gzip (${(error as Error).message}); is it truncated?`);
      }
    }
    return { ...loadBytes(bytes, file, options), bytes: bytes.length };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return failure(file.display, 'unreadable-file', `cannot read the file (${code}): ${(error as Error).message}`);
  }
}

function loadBytes(bytes: Buffer, file: DiscoveredFile, options: LoadOptions): FileLoad {
  const scan = options.input === 'auto' || options.input === 'cloudtrail' ? scanEventNames(bytes) : null;
  if (scan) {
    if (scan.keyEventNames.length === 0) return empty('cloudtrail', { records: scan.records });
    const loaded = loadKeyEventRecords(bytes, scan.keyEventNames, file);
    if (loaded) return { ...loaded, records: scan.records };
  }
  return loadText(decodeText(bytes), file, options);
}

const RECORDS_START = Buffer.from('{"Records"');
const EVENT_NAME_KEY = Buffer.from('"eventName"');
// Buffer.indexOf finds a pattern's first byte with memchr, then compares the rest: a search for the whole
// key would stop at every quote. `v` is rare in CloudTrail (the event* keys have most of them), and
// `ventName"` matches nothing but the key itself: one stop per record (a search for `Name"` also stopped
// at userName, roleName and the like, and was ~1.5 times slower).
const NAME_TAIL = Buffer.from('ventName"');
const UNICODE_ESCAPE = Buffer.from('\\u');
const RECORDS_CLOSE = Buffer.from(']}');
const KEY_EVENT_NAMES = [...KEY_POLICY_EVENTS].map((name) => Buffer.from(name));
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** Whether `pattern` is at `offset`: a loop, since a native compare per call costs more for a few bytes. */
function bytesAt(bytes: Buffer, offset: number, pattern: Buffer): boolean {
  if (offset < 0 || offset + pattern.length > bytes.length) return false;
  for (let i = 0; i < pattern.length; i++) if (bytes[offset + i] !== pattern[i]) return false;
  return true;
}

const isJsonWhitespace = (byte: number | undefined): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

function skipWhitespace(bytes: Buffer, at: number): number {
  while (isJsonWhitespace(bytes[at])) at++;
  return at;
}

function endsWithRecordsClose(bytes: Buffer): boolean {
  let end = bytes.length;
  while (end > 0 && isJsonWhitespace(bytes[end - 1])) end--;
  return bytesAt(bytes, end - RECORDS_CLOSE.length, RECORDS_CLOSE);
}

/** One walk over the event names of a CloudTrail S3 log object. */
export interface EventNameScan {
  /** The records, for progress reports. */
  records: number;
  /** Where each key-policy event name starts, in order; none means the object can be skipped. */
  keyEventNames: number[];
}

/**
 * The prefilter of CloudTrail S3 log objects; null when it does not apply (read the file in full).
 * Exact by construction: an S3 object holds plain records only (see unwrap), and without a \u escape
 * every record's event name is the bytes `"eventName"`, a colon and a JSON string; one walk over those
 * reads every event name, and counts the records. A name with an escape means a full read, and so does
 * an object that does not end in `]}` (truncated, the usual damage): its error is then reported.
 */
export function scanEventNames(bytes: Buffer): EventNameScan | null {
  const start = skipWhitespace(bytes, 0);
  if (!bytesAt(bytes, start, RECORDS_START) || !endsWithRecordsClose(bytes)) return null;
  if (bytes.includes(UNICODE_ESCAPE)) return null;
  let records = 0;
  const keyEventNames: number[] = [];
  for (let at = bytes.indexOf(NAME_TAIL); at >= 0; at = bytes.indexOf(NAME_TAIL, at + NAME_TAIL.length)) {
    const keyEnd = at + NAME_TAIL.length;
    if (!bytesAt(bytes, keyEnd - EVENT_NAME_KEY.length, EVENT_NAME_KEY)) continue;
    let value = skipWhitespace(bytes, keyEnd);
    if (bytes[value] !== COLON) continue; // "eventName" as a value, not a key
    records++;
    value = skipWhitespace(bytes, value + 1);
    if (bytes[value] !== QUOTE) continue; // not a string: no event the loader reads
    const nameStart = value + 1;
    let nameEnd = nameStart;
    while (nameEnd < bytes.length && bytes[nameEnd] !== QUOTE) {
      if (bytes[nameEnd] === BACKSLASH) return null;
      nameEnd++;
    }
    if (nameEnd === bytes.length) return null;
    if (KEY_EVENT_NAMES.some((name) => name.length === nameEnd - nameStart && bytesAt(bytes, nameStart, name))) keyEventNames.push(nameStart);
    at = nameEnd - NAME_TAIL.length;
  }
  return { records, keyEventNames };
}

const RECORDS_KEY_TAIL = Buffer.from('Records"');

/**
 * An S3 log object with key-policy events: only the records that hold one are read (JSON.parse of the
 * whole object was most of the time spent on such files; the scan that finds them is ~4 times faster).
 * Each keeps its exact index in Records, and so its JSON pointer, and is located within its own text.
 * Nothing past the last such record can change what is loaded: it holds no key-policy event name (the
 * walk saw them all) and no second "Records" key (JSON.parse keeps the last). Like the prefilter, this
 * does not check the syntax of the records it skips, beyond the object's closing `]}` (the prefilter
 * checked it). Null when the records cannot be placed or parsed: read the file in full, which also
 * reports where it is broken.
 */
function loadKeyEventRecords(bytes: Buffer, keyEventNames: number[], file: DiscoveredFile): FileLoad | null {
  const spans = recordSpans(bytes, keyEventNames);
  if (!spans || bytes.includes(RECORDS_KEY_TAIL, spans.at(-1)!.end)) return null;
  const loaded = empty('cloudtrail');
  const originOf = textOrigins(bytes);
  for (const span of spans) {
    const text = bytes.toString('utf8', span.start, span.end);
    const records: unknown[] = [];
    try {
      records[span.index] = JSON.parse(text);
    } catch {
      return null;
    }
    const locator = new TextLocator(text, file.display, originOf(span.start));
    const { documents, diagnostics } = loadCloudTrailValue({ Records: records }, { base: fileLocation(file.display), locator });
    loaded.documents.push(...documents);
    loaded.diagnostics.push(...diagnostics);
  }
  return loaded;
}

/**
 * The lines and columns of increasing byte offsets in UTF-8 text, the column in UTF-16 units as
 * JavaScript counts a string (and so as a locator over the whole text would).
 */
function textOrigins(bytes: Buffer): (offset: number) => TextOrigin {
  let line = 1;
  let counted = 0;
  return (offset) => {
    const lineStart = offset > 0 ? bytes.lastIndexOf(NEWLINE, offset - 1) + 1 : 0;
    for (let at = bytes.indexOf(NEWLINE, counted); at >= 0 && at < lineStart; at = bytes.indexOf(NEWLINE, at + 1)) line++;
    counted = Math.max(counted, lineStart);
    const before = bytes.subarray(lineStart, offset);
    return { line, column: 1 + (isAscii(before) ? before.length : before.toString('utf8').length) };
  };
}

/** An entry of the Records array: its index, and where its text starts and ends. */
export interface RecordSpan {
  index: number;
  start: number;
  end: number;
}

/**
 * The entries of an S3 object's Records array that hold the given offsets (key-policy event names), from
 * one scan over the bytes up to the last of them: strings are skipped to their closing quote, brackets
 * counted, and entries separated by the commas between them. Exact for valid JSON; null when the bytes
 * are not shaped so (the array closes first, brackets do not match, a string does not end).
 */
export function recordSpans(bytes: Buffer, offsets: readonly number[]): RecordSpan[] | null {
  let at = skipWhitespace(bytes, skipWhitespace(bytes, 0) + RECORDS_START.length);
  if (bytes[at] !== COLON) return null;
  at = skipWhitespace(bytes, at + 1);
  if (bytes[at] !== OPEN_BRACKET) return null;
  const spans: RecordSpan[] = [];
  let next = 0;
  let index = -1;
  let start = -1;
  let depth = 0;
  for (let i = at + 1; i < bytes.length && next < offsets.length; i++) {
    const byte = bytes[i];
    if (depth === 0) {
      if (byte === COMMA || byte === CLOSE_BRACKET) {
        if (start < 0) return null;
        if (offsets[next]! < i) spans.push({ index, start, end: i });
        while (next < offsets.length && offsets[next]! < i) next++;
        if (byte === CLOSE_BRACKET) break;
        start = -1;
        continue;
      }
      if (start < 0 && !isJsonWhitespace(byte)) {
        start = i;
        index++;
      }
    }
    if (byte === QUOTE) {
      i = closingQuote(bytes, i);
      if (i < 0) return null;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
    else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && --depth < 0) return null;
  }
  return next === offsets.length ? spans : null;
}

/** The quote that closes the string opened at `open` (one preceded by an even number of backslashes); -1 if none. */
function closingQuote(bytes: Buffer, open: number): number {
  for (let at = bytes.indexOf(QUOTE, open + 1); at >= 0; at = bytes.indexOf(QUOTE, at + 1)) {
    let backslashes = 0;
    while (bytes[at - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return -1;
}

/**
 * What must appear in an NDJSON line that holds a key-policy event or key snapshot, in any container.
 * Without a backslash there is no escape and no JSON inside a string, so the event names and the
 * snapshot's "Policy" key are whole quoted strings. With one, an event may sit inside a string (Splunk
 * `_raw`, a lookup-events CloudTrailEvent, a CloudWatch Logs message) between escaped quotes, or be spelled
 * with \u escapes. `awslogs` marks a Lambda subscription payload, whose events are base64 gzip.
 */
const PLAIN_TOKENS = [...[...KEY_POLICY_EVENTS].map((name) => `"${name}"`), '"Policy"', 'awslogs'];
const ESCAPED_TOKENS = [...KEY_POLICY_EVENTS, '"Policy"', '\\"Policy\\', 'awslogs', '\\u'];

function lineMayHoldKeyEvent(line: string): boolean {
  const tokens = line.includes('\\') ? ESCAPED_TOKENS : PLAIN_TOKENS;
  return tokens.some((token) => line.includes(token));
}

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
function readBytes(file: string, size: number): Buffer {
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

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Classifies and loads text whose kind is not known from its name. */
export function loadText(text: string, file: DiscoveredFile, options: Pick<LoadOptions, 'input'>): FileLoad {
  const trimmed = text.trimStart();
  const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  if (looksJson) {
    let value: unknown;
    let parsed = false;
    try {
      value = JSON.parse(text);
      parsed = true;
    } catch {
      if (isNdjson(text)) return loadLines(text.split('\n'), file, options);
    }
    if (parsed) {
      const kind = options.input === 'auto' ? classifyValue(value) : options.input;
      return loadKind(kind, text, value, file, true);
    }
    if (JSON_NAME.test(file.display) || options.input === 'terraform-plan' || options.input === 'cloudtrail') {
      const { diagnostics } = parseSource(text, file.display, { json: true });
      return empty(null, { diagnostics });
    }
  }
  const { root, diagnostics } = parseSource(text, file.display);
  const kind: Kind | null = !root ? null : options.input === 'auto' ? classifyNode(root) : options.input;
  if (!root || (looksJson && kind === null)) {
    // Text that looks like JSON and is neither valid JSON nor a recognisable YAML input: report the JSON error.
    const reported = looksJson ? parseSource(text, file.display, { json: true }).diagnostics : diagnostics;
    return empty(null, { diagnostics: file.explicit || /\.(ya?ml|template)$/i.test(file.display) ? reported : [] });
  }
  if (kind === 'cloudformation') {
    const loaded = loadCloudFormation(root, file.display);
    return empty(kind, { documents: loaded.documents, diagnostics: [...diagnostics, ...loaded.diagnostics] });
  }
  if (kind === 'policy') return { ...empty(kind), ...loadPolicyDocument(text, file.display) };
  return notAnInput(file, kind);
}

function loadKind(kind: Kind | null, text: string, value: unknown, file: DiscoveredFile, isJson: boolean): FileLoad {
  switch (kind) {
    case 'policy': {
      if (looksLikeKeySnapshot(value)) {
        const result = keySnapshotDocument(value as Record<string, unknown>, fileLocation(file.display));
        return empty(kind, { documents: result.document ? [result.document] : [], diagnostics: result.diagnostics });
      }
      return { ...empty(kind), ...loadPolicyDocument(text, file.display) };
    }
    case 'cloudformation': {
      const { root, diagnostics } = parseSource(text, file.display, { json: isJson });
      if (!root) return empty(kind, { diagnostics });
      const loaded = loadCloudFormation(root, file.display);
      return empty(kind, { documents: loaded.documents, diagnostics: [...diagnostics, ...loaded.diagnostics] });
    }
    case 'terraform-plan': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return failure(file.display, 'not-terraform', 'expected the JSON object that "terraform show -json" writes');
      return { ...empty(kind), ...loadTerraform(value as Record<string, unknown>, text, file.display) };
    }
    case 'cloudtrail': {
      const locator = new TextLocator(text, file.display);
      const loaded = loadCloudTrailValue(value, { base: fileLocation(file.display), locator });
      return { ...empty(kind), ...loaded, records: countRecords(value) };
    }
    case 'cdk-manifest':
      return empty(kind, { extraFiles: cdkTemplates(value as Record<string, unknown>, path.dirname(file.absolute)) });
    case 'digest':
      return empty(kind, { diagnostics: file.explicit ? [{ code: 'digest-file', severity: 'warning', message: 'a CloudTrail digest file holds hashes of log files, not events; nothing to check', loc: fileLocation(file.display) }] : [] });
    default:
      return notAnInput(file, null);
  }
}

function notAnInput(file: DiscoveredFile, kind: Kind | null): FileLoad {
  if (!file.explicit) return empty(kind);
  return failure(file.display, 'unsupported-input', 'not a key policy, CloudFormation template, Terraform plan or state, or CloudTrail log; if it is one, say which with --input');
}

export function classifyValue(value: unknown): Kind | null {
  const object = asObject(value);
  // First: the prefilter reads an object that opens with "Records" as CloudTrail, and so does this.
  if (object && Array.isArray(object.Records)) return 'cloudtrail';
  if (object && 'Statement' in object) return 'policy';
  if (object && looksLikeKeySnapshot(object)) return 'policy';
  if (object && terraformShape(object)) return 'terraform-plan';
  if (object && typeof object.Resources === 'object' && object.Resources !== null) return 'cloudformation';
  if (looksLikeDigest(value)) return 'digest';
  if (object && typeof object.artifacts === 'object' && object.artifacts !== null && 'version' in object) return 'cdk-manifest';
  if (looksLikeCloudTrail(value)) return 'cloudtrail';
  return null;
}

function classifyNode(root: SourceNode): Kind | null {
  if (looksLikeTemplate(root)) return 'cloudformation';
  if (looksLikePolicy(root)) return 'policy';
  return null;
}

function countRecords(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  const records = asObject(value)?.Records;
  return Array.isArray(records) ? records.length : 1;
}

/** The stack templates (and nested assemblies) a CDK `manifest.json` lists (inputs.md §2.6). */
function cdkTemplates(manifest: Record<string, unknown>, dir: string): string[] {
  const files: string[] = [];
  for (const artifact of Object.values(manifest.artifacts as Record<string, unknown>)) {
    const { type, properties } = (artifact ?? {}) as { type?: string; properties?: { templateFile?: string; directoryName?: string } };
    if (type === 'aws:cloudformation:stack' && properties?.templateFile) files.push(path.join(dir, properties.templateFile));
    if (type === 'cdk:cloud-assembly' && properties?.directoryName) files.push(path.join(dir, properties.directoryName, 'manifest.json'));
  }
  return files;
}

function isNdjson(text: string): boolean {
  const first = text.split('\n', 1)[0]!.trim();
  if (!first.startsWith('{')) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

/** One CloudTrail record (or wrapper) per line. */
async function streamLines(file: DiscoveredFile, options: LoadOptions): Promise<FileLoad> {
  let source: Readable = createReadStream(file.absolute);
  const head = await readHead(file.absolute);
  const result = empty('cloudtrail');
  const gunzip = isGzip(head) ? createGunzip() : null;
  if (gunzip) source = source.pipe(gunzip);
  source.on('data', (chunk: Buffer) => {
    result.bytes += chunk.length;
    if (gunzip && result.bytes > options.maxDecompressedBytes) gunzip.destroy(Object.assign(new Error(decompressedTooLarge(options.maxDecompressedBytes)), { code: 'decompressed-too-large' }));
  });
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  let lineNumber = 0;
  let sawJson = false;
  try {
    for await (const line of lines) {
      lineNumber++;
      const outcome = loadLine(line, lineNumber, file, result);
      if (outcome === 'not-json' && !sawJson && lineNumber === 1 && !file.explicit) return empty(null);
      if (outcome === 'json') sawJson = true;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'decompressed-too-large' ? 'decompressed-too-large' : 'bad-gzip';
    result.diagnostics.push({ code, severity: 'error', message: `reading stopped at line ${lineNumber}: ${(error as Error).message}`, loc: { ...fileLocation(file.display), line: Math.max(1, lineNumber) } });
  }
  capLineErrors(result);
  return result;
}

function loadLines(lines: string[], file: DiscoveredFile, _options: Pick<LoadOptions, 'input'>): FileLoad {
  const result = empty('cloudtrail');
  lines.forEach((line, i) => loadLine(line, i + 1, file, result));
  capLineErrors(result);
  return result;
}

function loadLine(line: string, lineNumber: number, file: DiscoveredFile, result: FileLoad): 'json' | 'not-json' | 'empty' {
  const text = line.trim();
  if (text === '') return 'empty';
  // Exact, like the S3 prefilter, but for every container a line may hold.
  if (text.startsWith('{') && text.endsWith('}') && !lineMayHoldKeyEvent(text)) {
    result.records++;
    return 'json';
  }
  const base = { ...fileLocation(file.display), line: lineNumber, endLine: lineNumber, endColumn: line.length + 1, pointer: '' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    result.diagnostics.push({ code: 'parse-error', severity: 'error', message: `line ${lineNumber} is not a JSON record (${(error as Error).message})`, loc: base });
    return 'not-json';
  }
  result.records++;
  const loaded = loadCloudTrailValue(value, { base });
  result.documents.push(...loaded.documents);
  result.diagnostics.push(...loaded.diagnostics);
  return 'json';
}

/** Hundreds of unreadable lines say the same thing: keep the first ten and count the rest. */
function capLineErrors(result: FileLoad): void {
  const errors = result.diagnostics.filter((d) => d.code === 'parse-error');
  if (errors.length <= 10) return;
  const kept = new Set(errors.slice(0, 10));
  const last = errors[errors.length - 1]!;
  result.diagnostics = result.diagnostics.filter((d) => d.code !== 'parse-error' || kept.has(d));
  result.diagnostics.push({ ...last, message: `${errors.length - 10} more lines are not JSON records (the last at line ${last.loc.line})` });
}

async function readHead(file: string): Promise<Buffer> {
  const stream = createReadStream(file, { start: 0, end: 1 });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

