/** Directory scans: symbolic links followed once, loops and unreadable directories reported rather than skipped. */
import * as fs from 'node:fs';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { discoverFiles, displayPath, mayHoldManyFiles, parseSize, SIZE_PATTERN } from '../src/files.js';
import { kmslint, tempTree } from './support/cli.js';

const POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] });

/** A tree with a loop, a link to a file, a link to a sibling directory, a dangling link and an unrelated dangling link. */
function tree(): string {
  const root = tempTree({ 'keys/a.json': POLICY, 'shared/b.json': POLICY });
  mkdirSync(path.join(root, 'keys/deep'));
  symlinkSync('../..', path.join(root, 'keys/deep/up'));
  symlinkSync('../shared', path.join(root, 'keys/to-shared'));
  symlinkSync('../shared/b.json', path.join(root, 'keys/b-link.json'));
  symlinkSync('../outside', path.join(root, 'keys/external'));
  symlinkSync('missing.json', path.join(root, 'keys/dangling.json'));
  symlinkSync('missing.txt', path.join(root, 'keys/dangling.txt'));
  return root;
}

const scan = suite('directory scans');
scan('a symbolic link loop is reported once and does not multiply files; a file reached twice is linted once', async () => {
  const root = tree();
  const { files, diagnostics } = await discoverFiles(['.'], { cwd: root, include: ['**/*.json'] });
  assert.equal(files.map((f) => f.display), ['keys/a.json', 'shared/b.json']);
  assert.equal(diagnostics.map((d) => `${d.loc.file} ${d.severity} ${d.code}`), [
    'keys/dangling.json error unreadable-file',
    'keys/deep/up warning symlink-loop',
  ]);
  assert.is(diagnostics[1]!.message, 'the symbolic link leads back to a directory above it (.), so kmslint does not follow it into a loop');
});
scan('a link to a file or directory outside the scanned directory is followed under its link name', async () => {
  const root = tree();
  const { files } = await discoverFiles(['keys'], { cwd: root, include: ['**/*.json'] });
  assert.equal(files.map((f) => f.display), ['keys/a.json', 'keys/b-link.json']);
  const { files: throughDirectory } = await discoverFiles(['keys'], { cwd: root, include: ['**/*.json'], exclude: ['b-link.json'] });
  assert.equal(throughDirectory.map((f) => f.display), ['keys/a.json', 'keys/to-shared/b.json']);
});
scan('an unreadable directory is an error naming it, and the rest of the scan goes on', async () => {
  const root = tree();
  const failing = ((directory: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: fs.Dirent[]) => void) => {
    if (path.basename(directory) === 'shared') {
      callback(Object.assign(new Error(`EACCES: permission denied, scandir '${directory}'`), { code: 'EACCES' }), []);
      return;
    }
    fs.readdir(directory, options as { withFileTypes: true }, callback);
  }) as unknown as typeof fs.readdir;
  const { files, diagnostics } = await discoverFiles(['.'], { cwd: root, include: ['**/*.json'], exclude: ['**/dangling.json', '**/up'], readdir: failing });
  assert.equal(files.map((f) => f.display), ['keys/a.json', 'keys/b-link.json']);
  assert.equal(diagnostics.map((d) => `${d.loc.file}:${d.loc.line}:${d.loc.column} ${d.severity} ${d.code}`), ['shared:1:1 error unreadable-directory']);
  assert.match(diagnostics[0]!.message, /cannot list the directory \(EACCES\)/);
});
scan('through the CLI: the loop is a warning, the dangling policy link an error, exit 2', () => {
  const root = tree();
  const result = kmslint(['lint', '.', '--format', 'json'], root);
  assert.is(result.code, 2);
  const report = JSON.parse(result.stdout) as { findings: Array<{ file: string }>; diagnostics: Array<{ file: string; code: string }> };
  assert.equal([...new Set(report.findings.map((f) => f.file))], ['keys/a.json', 'shared/b.json']);
  assert.equal(report.diagnostics.map((d) => `${d.file} ${d.code}`), ['keys/dangling.json unreadable-file', 'keys/deep/up symlink-loop']);
});
scan('files are sorted by code unit, the same on every machine whatever its locale', async () => {
  const root = tempTree({ 'b.json': POLICY, 'B.json': POLICY, 'a.json': POLICY, '_x.json': POLICY });
  const { files } = await discoverFiles(['.'], { cwd: root, include: ['**/*.json'] });
  assert.equal(files.map((f) => f.display), ['B.json', '_x.json', 'a.json', 'b.json']);
});
scan('a scanned file has the path and display name it would have on its own, from any working directory', async () => {
  const root = tempTree({ 'a.json': '{}', 'logs/2026/b.json.gz': '', 'logs/c.yaml': 'x: 1', 'other/.keep.json': '{}' });
  for (const [cwd, input] of [[root, '.'], [root, 'logs'], [path.join(root, 'other'), '../logs'], [path.join(root, 'other'), root], [path.join(root, 'logs/2026'), '..']] as const) {
    const { files } = await discoverFiles([input], { cwd, include: ['**/*.json', '**/*.json.gz', '**/*.yaml'] });
    assert.ok(files.length >= 2, `${input} from ${cwd}`);
    for (const file of files) {
      assert.ok(path.isAbsolute(file.absolute) && fs.existsSync(file.absolute), file.absolute);
      assert.is(file.display, displayPath(file.absolute, cwd));
    }
  }
});
scan('loader threads start early only for inputs that may be many files: a directory, a glob, or that many paths', () => {
  const dir = tempTree({ 'a.json': '{}', 'sub/b.json': '{}' });
  assert.ok(mayHoldManyFiles(['sub'], dir, 8));
  assert.ok(mayHoldManyFiles(['**/*.json'], dir, 8));
  assert.ok(mayHoldManyFiles(Array.from({ length: 8 }, () => 'a.json'), dir, 8));
  assert.not.ok(mayHoldManyFiles(['a.json', 'sub/b.json'], dir, 8));
  assert.not.ok(mayHoldManyFiles(['missing.json'], dir, 8));
});
scan.run();

const sizes = suite('sizes (--max-file-size, maxFileSize)');
sizes('units are powers of 1024; anything else is refused rather than read as bytes', () => {
  assert.equal(['1048576', '100B', '1KB', '1.5kb', '800 MB', '2GB', '1TB'].map(parseSize), [1048576, 100, 1024, 1536, 800 * 2 ** 20, 2 * 2 ** 30, 2 ** 40]);
  assert.equal(['2GiB', '5 lots', '', 'MB', '-1', '0', '1e9'].map(parseSize), [null, null, null, null, null, null, null]);
  assert.equal([parseSize(4096), parseSize(0), parseSize(1.5)], [4096, null, null]);
});
sizes('the configuration schema accepts exactly the sizes the command line does', () => {
  const schema = JSON.parse(readFileSync(new URL('../schemas/config.schema.json', import.meta.url), 'utf8')) as { properties: Record<string, { pattern: string }> };
  assert.equal([schema.properties.maxFileSize!.pattern, schema.properties.maxDecompressedSize!.pattern], [SIZE_PATTERN, SIZE_PATTERN]);
});
sizes.run();
