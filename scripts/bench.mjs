#!/usr/bin/env node
// Benchmarks (never part of the test suite): every figure of issue #7, measured side by side in one run,
// with its ratio and the machine's core count. Inputs come from the deterministic generators in
// ../shared/bench. Usage: npm run bench [-- --quick]   (--quick: a quarter of the CloudTrail input)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = path.resolve(root, '../shared/bench');
const work = path.join(os.tmpdir(), 'kmslint-bench');
const quick = process.argv.includes('--quick');
const files = quick ? 100 : 400;
mkdirSync(work, { recursive: true });

/**
 * Median wall time of `runs` runs of a command (timed here: GNU time's %e has 10 ms steps, a fifth of
 * `node -e 0`), and the largest peak RSS (GNU time).
 */
function measure(label, command, args, { runs = 3, cwd = work } = {}) {
  const times = [];
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    times.push((performance.now() - start) / 1000);
    rss = Math.max(rss, Number(result.stderr.trim().split('\n').pop()));
  }
  times.sort((a, b) => a - b);
  return { label, seconds: times[Math.floor(times.length / 2)], rssMb: rss / 1024 };
}

function sh(script) {
  return ['sh', ['-c', script]];
}

const kmslint = [process.execPath, [path.join(root, 'bin/kmslint.js')]];

/** A generated CloudTrail archive of `count` S3 log files (made once, then reused), with its truth.json. */
function cloudTrailArchive(count) {
  const dir = path.join(work, `cloudtrail-${count}`);
  if (!existsSync(path.join(dir, 'truth.json'))) execFileSync(process.execPath, [path.join(shared, 'gen-cloudtrail.mjs'), dir, '--files', String(count), '--records-per-file', '1000', '--kms-rate', '0.0002'], { stdio: 'ignore' });
  return dir;
}

/** Whether the encrypt-to-wildcard violations of a JSON report are exactly the expected events. */
function findingsEqual(report, expected) {
  const found = new Set(JSON.parse(readFileSync(report, 'utf8')).findings.filter((f) => f.ruleId === 'encrypt-to-wildcard-principal' && f.status === 'violation').map((f) => f.event.eventID));
  return { found: found.size, exact: expected.size === found.size && [...expected].every((id) => found.has(id)) };
}
const lines = [];
const report = (text) => { lines.push(text); console.log(text); };
report(`kmslint benchmarks — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), node ${process.version}${quick ? ', --quick' : ''}`);

// 1. CloudTrail audit against zcat and against a jq port of the Splunk search.
const trail = cloudTrailArchive(files);
const listFiles = `find ${trail}/AWSLogs -name '*.json.gz' -print0`;
const zcat = measure('zcat (one process)', ...sh(`${listFiles} | xargs -0 zcat > /dev/null`));
const lint = measure('kmslint lint', kmslint[0], [...kmslint[1], 'lint', '--soft-fail', '--format', 'json', '--output', path.join(work, 'trail.json'), trail]);
const hasJq = spawnSync('jq', ['--version']).status === 0;
const jq = hasJq ? measure('jq port of the Splunk search', ...sh(`${listFiles} | xargs -0 zcat | jq -r -f ${path.join(root, 'bench/splunk-seed.jq')} > /dev/null`), { runs: 1 }) : null;
const truth = JSON.parse(readFileSync(path.join(trail, 'truth.json'), 'utf8'));
const expected = new Set(truth.events.filter((e) => e.encryptToWildcard && !e.failed).map((e) => e.eventID));
const { found, exact } = findingsEqual(path.join(work, 'trail.json'), expected);
const bytes = readdirSync(trail, { recursive: true }).filter((f) => String(f).endsWith('.gz')).reduce((n, f) => n + statSync(path.join(trail, String(f))).size, 0);
report(`CloudTrail: ${files} files, ${truth.summary.records} records, ${(bytes / 1e6).toFixed(0)} MB gzip`);
report(`  zcat ${zcat.seconds.toFixed(2)} s | kmslint ${lint.seconds.toFixed(2)} s = ${(lint.seconds / zcat.seconds).toFixed(2)} × zcat (target ≤ 0.80)`);
if (jq) report(`  jq port of the Splunk search ${jq.seconds.toFixed(2)} s = kmslint is ${(jq.seconds / lint.seconds).toFixed(1)} × faster (target ≥ 10)`);
else report('  jq is not installed: the jq comparison was skipped (apt-get install jq)');
report(`  findings ${exact ? 'equal' : 'DIFFER FROM'} truth.json: ${found} found, ${expected.size} expected`);

// 1b. The same records as one gzip NDJSON export (a Splunk or SIEM export): no target, for the record.
const ndjson = path.join(work, `cloudtrail-${files}.ndjson.gz`);
if (!existsSync(ndjson)) {
  const records = readdirSync(trail, { recursive: true }).filter((f) => String(f).endsWith('.json.gz')).sort()
    .flatMap((f) => JSON.parse(gunzipSync(readFileSync(path.join(trail, String(f)))).toString('utf8')).Records.map((r) => JSON.stringify(r)));
  writeFileSync(ndjson, gzipSync(`${records.join('\n')}\n`));
}
const zcatNdjson = measure('zcat NDJSON', ...sh(`zcat ${ndjson} > /dev/null`));
const lintNdjson = measure('kmslint NDJSON', kmslint[0], [...kmslint[1], 'lint', '--soft-fail', '--format', 'json', '--output', path.join(work, 'ndjson.json'), ndjson]);
const ndjsonFindings = findingsEqual(path.join(work, 'ndjson.json'), expected);
report(`CloudTrail as one NDJSON export: ${(statSync(ndjson).size / 1e6).toFixed(0)} MB gzip, one file (one thread)`);
report(`  zcat ${zcatNdjson.seconds.toFixed(2)} s | kmslint ${lintNdjson.seconds.toFixed(2)} s = ${(lintNdjson.seconds / zcatNdjson.seconds).toFixed(2)} × zcat (no target); findings ${ndjsonFindings.exact ? 'equal' : 'DIFFER FROM'} truth.json`);

// 2. Memory: peak RSS at 4× the input against 1×.
const quarter = cloudTrailArchive(files / 4);
const small = measure('kmslint 1×', kmslint[0], [...kmslint[1], 'lint', '--soft-fail', '--format', 'json', '--output', '/dev/null', quarter]);
report(`Memory: peak RSS ${small.rssMb.toFixed(0)} MB at 1× (${files / 4} files), ${lint.rssMb.toFixed(0)} MB at 4× (${files} files) = ${(lint.rssMb / small.rssMb).toFixed(2)} (target ≤ 1.20)`);

// 3. Cold start: one small CloudFormation template against node -e 0.
const template = path.join(root, 'test/fixtures/cloudformation/keys.yaml');
const node = measure('node -e 0', process.execPath, ['-e', '0'], { runs: 7 });
const cold = measure('kmslint one template', kmslint[0], [...kmslint[1], 'lint', '--soft-fail', template], { runs: 7 });
report(`Cold start: node -e 0 ${node.seconds.toFixed(3)} s | kmslint lint of one template ${cold.seconds.toFixed(3)} s = ${(cold.seconds / node.seconds).toFixed(2)} × (target ≤ 3.00)`);

// 4. A 100 MB Terraform plan against a bare JSON.parse.
const plan = path.join(work, 'plan.json');
if (!existsSync(plan)) execFileSync(process.execPath, [path.join(shared, 'gen-plan.mjs'), plan], { stdio: 'ignore' });
const parse = measure('JSON.parse', process.execPath, ['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(plan)}, 'utf8'))`]);
const planLint = measure('kmslint plan', kmslint[0], [...kmslint[1], 'lint', '--soft-fail', '--format', 'json', '--output', '/dev/null', plan]);
report(`Terraform plan: ${(statSync(plan).size / 1e6).toFixed(0)} MB, JSON.parse ${parse.seconds.toFixed(2)} s | kmslint ${planLint.seconds.toFixed(2)} s = ${(planLint.seconds / parse.seconds).toFixed(2)} × (target ≤ 1.50)`);

// 5. The semantics engine alone.
const engine = spawnSync(process.execPath, ['-e', `
  const { readFileSync } = require('fs');
  (async () => {
    const { analyzePolicy } = await import(${JSON.stringify(path.join(root, 'lib/src/policy/analyze.js'))});
    const { normalizePolicy } = await import(${JSON.stringify(path.join(root, 'lib/src/policy/normalize.js'))});
    const { fromPlain } = await import(${JSON.stringify(path.join(root, 'lib/src/source.js'))});
    const policy = JSON.parse(readFileSync(${JSON.stringify(path.join(root, 'examples/policies/console-wizard.json'))}, 'utf8'));
    const loc = { file: 'p', line: 1, column: 1, endLine: 1, endColumn: 1, pointer: '' };
    const start = performance.now(); const n = 5000;
    for (let i = 0; i < n; i++) analyzePolicy(normalizePolicy(fromPlain(policy, loc)).policy, { ownerAccount: '111122223333' });
    console.log(((performance.now() - start) * 1000 / n).toFixed(1));
  })();`], { encoding: 'utf8' });
report(`Engine: normalize + analyze of a 4-statement policy ${engine.stdout.trim()} µs`);
