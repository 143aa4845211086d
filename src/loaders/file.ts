/**
 * One file in, its key-policy documents out. Reads bytes (gzip, UTF-8/UTF-16 BOMs), recognises the input
 * kind from the content, and hands it to the loader of that kind. NDJSON logs are streamed (ndjson.ts),
 * so memory does not grow with the size of the file.
 */
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import byteUnits from 'bytes';
import { DEFAULT_MAX_FILE_BYTES, fileLocation, fileTooLarge, unreadableFile, type DiscoveredFile } from '../files.js';
import { decodeText, parseSource } from '../source.js';
import type { SourceNode } from '../types.js';
import { loadCloudFormation, looksLikeTemplate } from './cloudformation.js';
import { loadCloudTrailValue, looksLikeCloudTrail, looksLikeDigest } from './cloudtrail.js';
import { collectAfterLoad } from './collect.js';
import { asObject } from './json.js';
import { keySnapshotDocument, loadPolicyDocument, looksLikeKeySnapshot, looksLikePolicy, type LoadResult } from './policy.js';
import { NdjsonReader, type NdjsonLoad } from './ndjson.js';
import { gunzip, isGzip, readBytes } from './read.js';
import { loadKeyEventRecords, scanEventNames } from './s3-log-object.js';
import { loadTerraform, terraformShape } from './terraform.js';
import { TextLocator } from './text-locator.js';

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
  `the file decompresses to more than ${byteUnits.format(limit)}; kmslint stops there (a gzip bomb?); if it is a real log, raise the limit with --max-decompressed-size`;

const NDJSON_NAME = /\.(ndjson|jsonl|log)(\.gz)?$/i;
const JSON_NAME = /\.json(\.gz)?$/i;

const empty = (kind: Kind | null, extra: Partial<FileLoad> = {}): FileLoad => ({ kind, documents: [], diagnostics: [], extraFiles: [], records: 0, bytes: 0, ...extra });
/** A file that could not be loaded: one located error, nothing else. */
export const failure = (file: string, code: string, message: string, line = 1): FileLoad => empty(null, { diagnostics: [{ code, severity: 'error', message, loc: { ...fileLocation(file), line } }] });

/** Loads a file; then, with what the loader parsed already unreferenced, collects garbage if it is time (collect.ts). */
export async function loadFile(file: DiscoveredFile, options: LoadOptions = DEFAULT_LOAD_OPTIONS): Promise<FileLoad> {
  return collectAfterLoad(await readAndLoad(file, options));
}

async function readAndLoad(file: DiscoveredFile, options: LoadOptions): Promise<FileLoad> {
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
    return empty(null, { diagnostics: [unreadableFile(file.display, error)] });
  }
}

function loadBytes(bytes: Buffer, file: DiscoveredFile, options: LoadOptions): FileLoad {
  const scan = options.input === 'auto' || options.input === 'cloudtrail' ? scanEventNames(bytes) : null;
  if (scan) {
    if (scan.keyEventNames.length === 0) return empty('cloudtrail', { records: scan.records });
    const loaded = loadKeyEventRecords(bytes, scan.keyEventNames, file.display);
    if (loaded) return { ...empty('cloudtrail'), ...loaded, records: scan.records };
  }
  return loadText(decodeText(bytes), file, options);
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
      if (isNdjson(text)) return loadLines(text.split('\n'), file);
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

/**
 * Bytes per read and per inflated chunk of an NDJSON file: blocks of lines are searched whole, and
 * larger blocks mean fewer searches (100 MB of gzip NDJSON: 0.43 s at 64 KB, 0.36 s at 256 KB and at
 * 1 MB, which peaks 14 MB higher).
 */
const NDJSON_CHUNK = 256 * 1024;

/** One CloudTrail record (or wrapper) per line, streamed. */
async function streamLines(file: DiscoveredFile, options: LoadOptions): Promise<FileLoad> {
  const head = await readHead(file.absolute);
  const gzip = isGzip(head);
  let source: Readable = createReadStream(file.absolute, { highWaterMark: NDJSON_CHUNK });
  if (gzip) source = source.pipe(createGunzip({ chunkSize: NDJSON_CHUNK }));
  const limit = { bytes: gzip ? options.maxDecompressedBytes : Infinity, message: decompressedTooLarge(options.maxDecompressedBytes) };
  return ndjsonFileLoad(await new NdjsonReader(file.display, file.explicit).read(source, limit));
}

function loadLines(lines: string[], file: DiscoveredFile): FileLoad {
  const reader = new NdjsonReader(file.display, true);
  reader.lines(lines);
  return ndjsonFileLoad(reader.finish());
}

function ndjsonFileLoad({ notAnInput, ...load }: NdjsonLoad): FileLoad {
  return notAnInput ? empty(null) : { ...empty('cloudtrail'), ...load };
}

async function readHead(file: string): Promise<Buffer> {
  const stream = createReadStream(file, { start: 0, end: 1 });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

