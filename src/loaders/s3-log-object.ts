/**
 * CloudTrail S3 log objects (`{"Records": [...]}`), read at the byte level: most of an audit is objects
 * that hold no key-policy event, and those are skipped without being parsed; in the others only the
 * records that hold one are parsed. Both steps are exact (see scanEventNames and loadKeyEventRecords),
 * and either answers null when it cannot be: the caller then reads the object in full.
 */
import { isAscii } from 'node:buffer';
import { fileLocation } from '../files.js';
import { loadCloudTrailValue } from './cloudtrail.js';
import { KEY_POLICY_EVENTS } from './cloudtrail-record.js';
import type { LoadResult } from './policy.js';
import { TextLocator, type TextOrigin } from './text-locator.js';

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
export function loadKeyEventRecords(bytes: Buffer, keyEventNames: number[], file: string): LoadResult | null {
  const spans = recordSpans(bytes, keyEventNames);
  if (!spans || bytes.includes(RECORDS_KEY_TAIL, spans.at(-1)!.end)) return null;
  const loaded: LoadResult = { documents: [], diagnostics: [] };
  const originOf = textOrigins(bytes);
  for (const span of spans) {
    const text = bytes.toString('utf8', span.start, span.end);
    const records: unknown[] = [];
    try {
      records[span.index] = JSON.parse(text);
    } catch {
      return null;
    }
    const locator = new TextLocator(text, file, originOf(span.start));
    const { documents, diagnostics } = loadCloudTrailValue({ Records: records }, { base: fileLocation(file), locator });
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
