/**
 * Finding and reading input files. The only module of the analysis pipeline that touches the file
 * system; everything it cannot read becomes a located diagnostic rather than an exception.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { decodeText } from './source.js';
import type { Diagnostic, SourceLocation } from './types.js';

export interface DiscoveredFile {
  /** Path as shown to the user: relative to the working directory, with forward slashes. */
  display: string;
  absolute: string;
  /** Named on the command line rather than found in a directory: an unsupported file is then an error. */
  explicit: boolean;
}

export interface DiscoverOptions {
  cwd: string;
  /** File name patterns scanned inside directories. */
  include: readonly string[];
  exclude?: readonly string[];
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export function fileLocation(file: string): SourceLocation {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, pointer: '' };
}

/** A path as the user would type it from the working directory (`../logs/x.json` too), with forward slashes. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return (relative && !path.isAbsolute(relative) ? relative : absolute).split(path.sep).join('/');
}

/** Expands files, directories and globs into a sorted, de-duplicated file list. */
export async function discoverFiles(inputs: readonly string[], options: DiscoverOptions): Promise<{ files: DiscoveredFile[]; diagnostics: Diagnostic[] }> {
  const found = new Map<string, DiscoveredFile>();
  const diagnostics: Diagnostic[] = [];
  const ignore = [...ALWAYS_IGNORED, ...(options.exclude ?? [])];
  const add = (absolute: string, explicit: boolean): void => {
    const existing = found.get(absolute);
    if (!existing || (explicit && !existing.explicit)) found.set(absolute, { display: displayPath(absolute, options.cwd), absolute, explicit });
  };
  for (const input of inputs) {
    const absolute = path.resolve(options.cwd, input);
    const info = await stat(absolute).catch(() => null);
    if (info?.isFile()) {
      add(absolute, true);
    } else if (info?.isDirectory()) {
      const entries = await fg([...options.include], { cwd: absolute, ignore, absolute: true, onlyFiles: true, dot: false, suppressErrors: true });
      for (const entry of entries) add(path.normalize(entry), false);
    } else if (fg.isDynamicPattern(input)) {
      const entries = await fg(input.split(path.sep).join('/'), { cwd: options.cwd, ignore, absolute: true, onlyFiles: true, suppressErrors: true });
      if (entries.length === 0) diagnostics.push(missing(input, 'no file matches this pattern'));
      for (const entry of entries) add(path.normalize(entry), true);
    } else {
      diagnostics.push(missing(input, 'no such file or directory'));
    }
  }
  const files = [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, diagnostics };
}

function missing(input: string, what: string): Diagnostic {
  return { code: 'input-not-found', severity: 'error', message: `${what}; check the path (kmslint resolves it from the current directory)`, loc: fileLocation(input) };
}

/** Largest input read in one piece; larger files are refused rather than exhausting memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export async function readTextFile(file: DiscoveredFile): Promise<{ text: string | null; diagnostics: Diagnostic[] }> {
  try {
    const info = await stat(file.absolute);
    if (info.size > MAX_FILE_BYTES) {
      return { text: null, diagnostics: [{ code: 'file-too-large', severity: 'error', message: `the file is ${info.size} bytes, over the ${MAX_FILE_BYTES}-byte limit`, loc: fileLocation(file.display) }] };
    }
    return { text: decodeText(await readFile(file.absolute)), diagnostics: [] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { text: null, diagnostics: [{ code: 'unreadable-file', severity: 'error', message: `cannot read the file (${code}): ${(error as Error).message}`, loc: fileLocation(file.display) }] };
  }
}
