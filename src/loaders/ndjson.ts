/**
 * NDJSON logs: one CloudTrail record, or a record in any container, per line (Splunk exports, CloudWatch
 * Logs and EventBridge archives, lookup-events output). Streamed in blocks of whole lines, so memory does
 * not grow with the file; a line that cannot hold a key-policy event is counted without being decoded or
 * parsed.
 */
import type { Readable } from 'node:stream';
import { fileLocation } from '../files.js';
import type { Diagnostic, KeyPolicyDocument } from '../types.js';
import { loadCloudTrailValue } from './cloudtrail.js';
import { KEY_POLICY_EVENTS } from './cloudtrail-record.js';

/**
 * What must appear in a line that holds a key-policy event or key snapshot, in any container. Without a
 * backslash there is no escape and no JSON inside a string, so the event names and the snapshot's
 * "Policy" key are whole quoted strings. With one, an event may sit inside a string (Splunk `_raw`, a
 * lookup-events CloudTrailEvent, a CloudWatch Logs message) between escaped quotes, or be spelled with
 * \u escapes. `awslogs` marks a Lambda subscription payload, whose events are base64 gzip.
 */
export const PLAIN_TOKENS = [...[...KEY_POLICY_EVENTS].map((name) => `"${name}"`), '"Policy"', 'awslogs'];
export const ESCAPED_TOKENS = [...KEY_POLICY_EVENTS, '"Policy"', '\\"Policy\\', 'awslogs', '\\u'];

export function lineMayHoldKeyEvent(line: string): boolean {
  const tokens = line.includes('\\') ? ESCAPED_TOKENS : PLAIN_TOKENS;
  return tokens.some((token) => line.includes(token));
}

/**
 * Byte patterns of which every token above contains one: a line with none of them holds no token, so a
 * block of lines is searched for these once, and only the lines they fall in are decoded and looked at
 * whole. Each starts with a letter that is rare in CloudTrail, because Buffer.indexOf stops at every
 * occurrence of a pattern's first byte.
 */
export const BLOCK_PATTERNS = [...KEY_POLICY_EVENTS.values()].filter((name) => !name.endsWith('Policy')).concat('Policy', 'wslogs', '\\u');
const BLOCK_PATTERN_BYTES = BLOCK_PATTERNS.map((pattern) => Buffer.from(pattern));

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
/** ASCII whitespace that String.prototype.trim removes; other whitespace sends a line the slow way. */
const isAsciiSpace = (byte: number | undefined): boolean => byte === 0x20 || byte === 0x09 || byte === 0x0b || byte === 0x0c || byte === CARRIAGE_RETURN;
/** Line breaks as readline finds them: \n, \r\n, or a lone \r. */
const LINE_BREAK = /\r?\n|\r(?!\n)/;

export interface NdjsonLoad {
  documents: KeyPolicyDocument[];
  diagnostics: Diagnostic[];
  records: number;
  /** Bytes read, after decompression. */
  bytes: number;
  /** The first line is not JSON and the file was found, not named: not a log at all. */
  notAnInput: boolean;
}

export class NdjsonReader {
  private readonly load: NdjsonLoad = { documents: [], diagnostics: [], records: 0, bytes: 0, notAnInput: false };
  private lineNumber = 0;
  private sawJson = false;

  constructor(private readonly file: string, private readonly explicit: boolean) {}

  /** Lines as text. False once the file turned out not to be a log (see NdjsonLoad.notAnInput). */
  lines(lines: Iterable<string>): boolean {
    for (const line of lines) {
      this.lineNumber++;
      const outcome = this.loadLine(line);
      if (outcome === 'not-json' && !this.sawJson && this.lineNumber === 1 && !this.explicit) {
        this.load.notAnInput = true;
        return false;
      }
      if (outcome === 'json') this.sawJson = true;
    }
    return true;
  }

  /**
   * Whole lines as bytes: each ends with \n, except at the end of the file. Lines that no block pattern
   * falls in and that hold one JSON object by their first and last bytes are counted as records without
   * being decoded (exactly what loadLine does with them); the rest go through loadLine.
   */
  private block(bytes: Buffer): boolean {
    if (hasLoneCarriageReturn(bytes)) {
      const lines = bytes.toString('utf8').split(LINE_BREAK);
      if (lines.at(-1) === '') lines.pop();
      return this.lines(lines);
    }
    const hits = patternHits(bytes);
    let hit = 0;
    for (let start = 0; start < bytes.length; ) {
      const newline = bytes.indexOf(NEWLINE, start);
      const end = newline < 0 ? bytes.length : newline;
      while (hit < hits.length && hits[hit]! < start) hit++;
      const hot = hit < hits.length && hits[hit]! < end;
      if (!hot && holdsOneObject(bytes, start, end)) {
        this.lineNumber++;
        this.load.records++;
        this.sawJson = true;
      } else if (!this.lines([bytes.toString('utf8', start, end > start && bytes[end - 1] === CARRIAGE_RETURN ? end - 1 : end)])) {
        return false;
      }
      start = end + 1;
    }
    return true;
  }

  /**
   * Reads a stream of NDJSON bytes in blocks of whole lines. Past `limit.bytes` (a gzip bomb), or on a
   * read error, the file ends with a diagnostic at the line reached.
   */
  async read(source: Readable, limit: { bytes: number; message: string }): Promise<NdjsonLoad> {
    // The bytes after the last line break so far, in pieces: a long line is copied once, when it ends.
    const rest: Buffer[] = [];
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        this.load.bytes += chunk.length;
        if (this.load.bytes > limit.bytes) throw Object.assign(new Error(limit.message), { code: 'decompressed-too-large' });
        // A \r just before the end may be half of a \r\n: it waits for the next chunk too.
        const end = chunk.lastIndexOf(NEWLINE) + 1;
        if (end === 0) {
          rest.push(chunk);
          continue;
        }
        const lines = rest.length > 0 ? Buffer.concat([...rest.splice(0), chunk.subarray(0, end)]) : chunk.subarray(0, end);
        if (!this.block(lines)) return this.finish();
        if (end < chunk.length) rest.push(chunk.subarray(end));
      }
      if (rest.length > 0) this.block(Buffer.concat(rest));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code === 'decompressed-too-large' ? 'decompressed-too-large' : 'bad-gzip';
      this.load.diagnostics.push({ code, severity: 'error', message: `reading stopped at line ${this.lineNumber}: ${(error as Error).message}`, loc: { ...fileLocation(this.file), line: Math.max(1, this.lineNumber) } });
    }
    return this.finish();
  }

  /** Hundreds of unreadable lines say the same thing: keep the first ten and count the rest. */
  finish(): NdjsonLoad {
    const errors = this.load.diagnostics.filter((d) => d.code === 'parse-error');
    if (errors.length > 10) {
      const kept = new Set(errors.slice(0, 10));
      const last = errors[errors.length - 1]!;
      this.load.diagnostics = this.load.diagnostics.filter((d) => d.code !== 'parse-error' || kept.has(d));
      this.load.diagnostics.push({ ...last, message: `${errors.length - 10} more lines are not JSON records (the last at line ${last.loc.line})` });
    }
    return this.load;
  }

  private loadLine(line: string): 'json' | 'not-json' | 'empty' {
    const text = line.trim();
    if (text === '') return 'empty';
    // Exact, like the S3 prefilter, but for every container a line may hold.
    if (text.startsWith('{') && text.endsWith('}') && !lineMayHoldKeyEvent(text)) {
      this.load.records++;
      return 'json';
    }
    const base = { ...fileLocation(this.file), line: this.lineNumber, endLine: this.lineNumber, endColumn: line.length + 1, pointer: '' };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.load.diagnostics.push({ code: 'parse-error', severity: 'error', message: `line ${this.lineNumber} is not a JSON record (${(error as Error).message})`, loc: base });
      return 'not-json';
    }
    this.load.records++;
    const loaded = loadCloudTrailValue(value, { base });
    this.load.documents.push(...loaded.documents);
    this.load.diagnostics.push(...loaded.diagnostics);
    return 'json';
  }
}

/** Where any block pattern occurs in the bytes, in order. */
function patternHits(bytes: Buffer): number[] {
  const hits: number[] = [];
  for (const pattern of BLOCK_PATTERN_BYTES) {
    for (let at = bytes.indexOf(pattern); at >= 0; at = bytes.indexOf(pattern, at + 1)) hits.push(at);
  }
  return hits.length > 1 ? hits.sort((a, b) => a - b) : hits;
}

/** Whether the line's first and last bytes, past ASCII whitespace, are { and } (as its trimmed text's would be). */
function holdsOneObject(bytes: Buffer, start: number, end: number): boolean {
  while (start < end && isAsciiSpace(bytes[start])) start++;
  while (end > start && isAsciiSpace(bytes[end - 1])) end--;
  return end - start >= 2 && bytes[start] === OPEN_BRACE && bytes[end - 1] === CLOSE_BRACE;
}

function hasLoneCarriageReturn(bytes: Buffer): boolean {
  for (let at = bytes.indexOf(CARRIAGE_RETURN); at >= 0; at = bytes.indexOf(CARRIAGE_RETURN, at + 1)) {
    if (bytes[at + 1] !== NEWLINE) return true;
  }
  return false;
}
