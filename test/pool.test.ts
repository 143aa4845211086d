import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { DiscoveredFile } from '../src/files.js';
import { DEFAULT_LOAD_OPTIONS, loadFile } from '../src/loaders/file.js';
import { LoadPool, POOL_MIN_FILES } from '../src/loaders/pool.js';
import { ROOT } from './support/cli.js';

const pool = suite('the loader pool (worker threads)');

pool('no threads on one core', () => {
  assert.is(LoadPool.create(1), null);
});

pool('files loaded on the threads load exactly as on the main thread', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kmslint-pool-'));
  const fixtures = path.join(ROOT, 'test/fixtures');
  const sources = [...readdirSync(path.join(fixtures, 'cloudtrail')).map((n) => `cloudtrail/${n}`), ...readdirSync(path.join(fixtures, 'cloudformation')).filter((n) => /\.(ya?ml|json)$/.test(n)).map((n) => `cloudformation/${n}`)];
  for (const copy of [1, 2, 3]) for (const source of sources) copyFileSync(path.join(fixtures, source), path.join(dir, `${copy}-${path.basename(source)}`));
  writeFileSync(path.join(dir, 'trail.json.gz'), gzipSync(readFileSync(path.join(fixtures, 'cloudtrail/kms_edge_cases.records.json'))));
  writeFileSync(path.join(dir, 'broken.json'), '{"Records": [');
  const files: DiscoveredFile[] = readdirSync(dir).sort().map((name) => ({ absolute: path.join(dir, name), display: name, explicit: true }));
  assert.ok(files.length >= 2 * POOL_MIN_FILES, `${files.length} files`);

  const alone = await Promise.all(files.map((file) => loadFile(file, DEFAULT_LOAD_OPTIONS)));
  const threads = LoadPool.create(2)!;
  assert.ok(threads, 'a pool for this many files');
  try {
    const pooled = await Promise.all(files.map((file) => threads.load(file, DEFAULT_LOAD_OPTIONS)));
    assert.equal(pooled, alone);
  } finally {
    threads.close();
  }
  assert.ok(alone.some((load) => load.documents.length > 0) && alone.some((load) => load.diagnostics.length > 0), 'documents and diagnostics both come back');
});

pool('a thread that fails is retired: its files are reported as errors, the others still load', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kmslint-pool-'));
  const crashing = path.join(dir, 'crashing-worker.mjs');
  writeFileSync(crashing, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('boom'); });\n");
  const trail = readFileSync(path.join(ROOT, 'test/fixtures/cloudtrail/aws_cloudtrail_putkeypolicy.example_log.json'));
  const files: DiscoveredFile[] = Array.from({ length: 40 }, (_, i) => {
    writeFileSync(path.join(dir, `${i}.json`), trail);
    return { absolute: path.join(dir, `${i}.json`), display: `${i}.json`, explicit: true };
  });
  const threads = LoadPool.create(2, pathToFileURL(crashing))!;
  const loads = await Promise.all(files.map((file) => threads.load(file, DEFAULT_LOAD_OPTIONS)));
  threads.close();
  const failed = loads.filter((load) => load.diagnostics.some((d) => d.code === 'loader-failed'));
  assert.ok(failed.length >= 2 && failed.length < files.length, `${failed.length} files reported`);
  assert.match(failed[0]!.diagnostics[0]!.message, /^the loader thread reading this file and \d+ others stopped \(boom\); lint this file alone/);
  for (const [i, load] of loads.entries()) {
    if (failed.includes(load)) continue;
    const alone = await loadFile(files[i]!, DEFAULT_LOAD_OPTIONS);
    assert.ok(alone.documents.length > 0);
    assert.equal(load, alone);
  }
});

pool.run();
