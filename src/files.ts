/**
 * Finding input files, and the diagnostics for files that cannot be found or read: everything missing or
 * unreadable becomes a located diagnostic rather than an exception. (Loading them is loaders/file.ts.)
 */
import * as fs from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import bytes from 'bytes';
import picomatch from 'picomatch';
import { decodeText } from './source.js';
import type { Diagnostic, SourceLocation } from './types.js';
import { compareText } from './order.js';

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
  /** The directory listing fast-glob uses; tests substitute one that fails. */
  readdir?: typeof fs.readdir;
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export function fileLocation(file: string): SourceLocation {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, pointer: '' };
}

/** A path as the user would type it from the working directory (`../logs/x.json` too), with forward slashes. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  if (relative === '') return '.';
  return (path.isAbsolute(relative) ? absolute : relative).split(path.sep).join('/');
}

/** fast-glob is loaded only for a directory or a glob: linting a file starts ~5 ms sooner without it. */
const loadFastGlob = async () => (await import('fast-glob')).default;

/** Whether the inputs may expand to `count` files or more: there are that many, or a directory or glob is among them. */
export function mayHoldManyFiles(inputs: readonly string[], cwd: string, count: number): boolean {
  if (inputs.length >= count) return true;
  return inputs.some((input) => picomatch.scan(input).isGlob || (fs.statSync(path.resolve(cwd, input), { throwIfNoEntry: false })?.isDirectory() ?? false));
}

/** Expands files, directories and globs into a sorted, de-duplicated file list. */
export async function discoverFiles(inputs: readonly string[], options: DiscoverOptions): Promise<{ files: DiscoveredFile[]; diagnostics: Diagnostic[] }> {
  const found = new Map<string, DiscoveredFile>();
  const diagnostics: Diagnostic[] = [];
  const ignore = [...ALWAYS_IGNORED, ...(options.exclude ?? [])];
  const add = (absolute: string, explicit: boolean, display?: string): void => {
    const existing = found.get(absolute);
    if (!existing || (explicit && !existing.explicit)) found.set(absolute, { display: display ?? displayPath(absolute, options.cwd), absolute, explicit });
  };
  for (const input of inputs) {
    const absolute = path.resolve(options.cwd, input);
    const info = await stat(absolute).catch(() => null);
    if (info?.isFile()) {
      add(absolute, true);
    } else if (info?.isDirectory()) {
      const scan = new DirectoryScan(options, ignore, add, diagnostics);
      await scan.directory(absolute, await realpath(absolute), []);
    } else {
      const fg = await loadFastGlob();
      if (!fg.isDynamicPattern(input)) {
        diagnostics.push(missing(input, 'no such file or directory'));
        continue;
      }
      const entries = await fg(input.split(path.sep).join('/'), { cwd: options.cwd, ignore, absolute: true, onlyFiles: true, suppressErrors: true });
      if (entries.length === 0) diagnostics.push(missing(input, 'no file matches this pattern'));
      for (const entry of entries) add(path.normalize(entry), true);
    }
  }
  const files = [...found.values()].sort((a, b) => compareText(a.display, b.display));
  return { files, diagnostics };
}

/**
 * One directory argument, walked by fast-glob without following symbolic links, so that a link loop
 * cannot multiply the files. fast-glob skips what it cannot list; the listing it is handed records
 * that (an error) and every symbolic link, which is then followed here exactly once: a link to a file
 * is linted under its link name, a link to a directory is scanned unless it leads back into the
 * directories above it (a loop, reported) or to a directory already scanned.
 */
class DirectoryScan {
  private readonly scannedDirectories = new Set<string>();
  private readonly reachedFiles = new Set<string>();
  private readonly included: (relative: string) => boolean;
  private readonly excluded: (relative: string) => boolean;

  constructor(
    private readonly options: DiscoverOptions,
    private readonly ignore: readonly string[],
    private readonly add: (absolute: string, explicit: boolean, display?: string) => void,
    private readonly diagnostics: Diagnostic[],
  ) {
    this.included = picomatch([...options.include]);
    this.excluded = picomatch([...ignore]);
  }

  /** Scans `absolute` (whose real path is `real`); `ancestors` are the real paths of the directories above it. */
  async directory(absolute: string, real: string, ancestors: readonly string[], relativeFromArgument = ''): Promise<void> {
    this.scannedDirectories.add(real);
    const links: string[] = [];
    const unreadable: Array<{ directory: string; error: NodeJS.ErrnoException }> = [];
    const readdir = this.options.readdir ?? fs.readdir;
    const recordingReaddir = ((directory: string, settings: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: fs.Dirent[]) => void) =>
      readdir(directory, settings, (error, entries) => {
        if (error) unreadable.push({ directory, error });
        else for (const entry of entries) if (entry.isSymbolicLink()) links.push(path.join(directory, entry.name));
        callback(error, entries);
      })) as unknown as typeof fs.readdir;
    const fg = await loadFastGlob();
    const entries = await fg([...this.options.include], {
      cwd: absolute, ignore: [...this.ignore], onlyFiles: true, dot: false, followSymbolicLinks: false, suppressErrors: true, fs: { readdir: recordingReaddir },
    });
    // Entries come relative to the directory, and the paths are built from them by concatenation:
    // resolving, relating and normalizing each path took half the time of a 10,000-file scan.
    // Only a directory at or below the working directory can prefix its files' display names.
    const shown = displayPath(absolute, this.options.cwd);
    const prefix = shown === '.' ? '' : shown.startsWith('../') || shown === '..' || path.isAbsolute(shown) ? null : `${shown}/`;
    for (const entry of entries) {
      const fileReal = under(real, entry);
      if (this.reachedFiles.has(fileReal)) continue;
      this.reachedFiles.add(fileReal);
      const file = under(absolute, entry);
      this.add(file, false, prefix === null ? displayPath(file, this.options.cwd) : prefix + entry);
    }
    for (const { directory, error } of unreadable.sort((a, b) => (a.directory < b.directory ? -1 : 1))) {
      this.diagnostics.push({
        code: 'unreadable-directory', severity: 'error',
        message: `cannot list the directory (${error.code ?? 'EIO'}), so its files were not linted; make it readable or exclude it with --exclude`,
        loc: fileLocation(displayPath(directory, this.options.cwd)),
      });
    }
    for (const link of links.sort()) await this.link(link, absolute, real, ancestors, relativeFromArgument);
  }

  private async link(link: string, scanned: string, scannedReal: string, ancestors: readonly string[], relativeFromArgument: string): Promise<void> {
    const relative = path.posix.join(relativeFromArgument, path.relative(scanned, link).split(path.sep).join('/'));
    if (relative.split('/').some((part) => part.startsWith('.')) || this.excluded(relative)) return;
    const display = displayPath(link, this.options.cwd);
    const target = await stat(link).catch((error: NodeJS.ErrnoException) => error);
    if (target instanceof Error) {
      if (this.included(relative)) {
        this.diagnostics.push({ code: 'unreadable-file', severity: 'error', message: `the symbolic link leads nowhere (${target.code ?? 'EIO'}); fix or remove it, or exclude it with --exclude`, loc: fileLocation(display) });
      }
      return;
    }
    const real = await realpath(link);
    if (target.isFile()) {
      if (!this.included(relative) || this.reachedFiles.has(real)) return;
      this.reachedFiles.add(real);
      this.add(link, false);
    } else if (target.isDirectory()) {
      const above = [...ancestors, scannedReal, ...parentsBetween(scannedReal, path.join(scannedReal, path.relative(scanned, path.dirname(link))))];
      if (above.some((directory) => directory === real || isInside(directory, real))) {
        this.diagnostics.push({ code: 'symlink-loop', severity: 'warning', message: `the symbolic link leads back to a directory above it (${displayPath(real, this.options.cwd)}), so kmslint does not follow it into a loop`, loc: fileLocation(display) });
        return;
      }
      if (this.scannedDirectories.has(real)) return;
      await this.directory(link, real, above, relative);
    }
  }
}

/** A clean '/'-separated relative path (as fast-glob gives) under `directory`. */
function under(directory: string, entry: string): string {
  const base = directory.endsWith(path.sep) ? directory : directory + path.sep;
  return base + (path.sep === '/' ? entry : entry.replaceAll('/', path.sep));
}

/** Whether `directory` lies inside `ancestor`. */
function isInside(directory: string, ancestor: string): boolean {
  const relative = path.relative(ancestor, directory);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The directories from below `top` down to `bottom`, inclusive. */
function parentsBetween(top: string, bottom: string): string[] {
  const parents: string[] = [];
  for (let directory = bottom; isInside(directory, top); directory = path.dirname(directory)) parents.push(directory);
  return parents;
}

function missing(input: string, what: string): Diagnostic {
  return { code: 'input-not-found', severity: 'error', message: `${what}; check the path (kmslint resolves it from the current directory)`, loc: fileLocation(input) };
}

/** Largest input read in one piece (--max-file-size); larger files are refused rather than exhausting memory. */
export const DEFAULT_MAX_FILE_BYTES = 512 * 1024 * 1024;

/**
 * How a size is written (the config schema's maxFileSize pattern too). Checked before `bytes.parse`,
 * which would read "2GiB" or "5 lots" as a number of bytes.
 */
export const SIZE_PATTERN = '^[0-9]+(\\.[0-9]+)? *([kKmMgGtTpP]?[bB])?$';
const SIZE = new RegExp(SIZE_PATTERN);

/** A size as users write it (`800MB`, `2GB`, `1048576`; units are powers of 1024), or null. */
export function parseSize(value: string | number): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : null;
  if (!SIZE.test(value)) return null;
  const parsed = bytes.parse(value);
  return parsed !== null && Number.isFinite(parsed) && parsed >= 1 ? Math.floor(parsed) : null;
}

/** Why a file is refused for its size, and how to get past that. */
export function fileTooLarge(file: string, size: number, limit: number): Diagnostic {
  return {
    code: 'file-too-large', severity: 'error',
    message: `the file is ${size} bytes, over the ${bytes.format(limit)} limit (${limit} bytes); raise it with --max-file-size, split the file, or stream CloudTrail as NDJSON (one record per line, .ndjson)`,
    loc: fileLocation(file),
  };
}

/** Why a file could not be read, from the error the file system gave. */
export function unreadableFile(file: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  return { code: 'unreadable-file', severity: 'error', message: `cannot read the file (${code}): ${(error as Error).message}`, loc: fileLocation(file) };
}

export async function readTextFile(file: DiscoveredFile, maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<{ text: string | null; diagnostics: Diagnostic[] }> {
  try {
    const info = await stat(file.absolute);
    if (info.size > maxFileBytes) return { text: null, diagnostics: [fileTooLarge(file.display, info.size, maxFileBytes)] };
    return { text: decodeText(await readFile(file.absolute)), diagnostics: [] };
  } catch (error) {
    return { text: null, diagnostics: [unreadableFile(file.display, error)] };
  }
}
