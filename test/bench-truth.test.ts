// The benchmark inputs' ground truth, checked through the real CLI on small generated archives: the
// CloudTrail archive goes through the loader threads, the prefilter and the record scan, and as one NDJSON
// export through the block reader; the plan through the Terraform loader. (Timings stay in `npm run bench`; this is only about the findings.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { kmslint, ROOT } from './support/cli.js';

const GENERATORS = path.resolve(ROOT, '../shared/bench');

interface Finding { ruleId: string; status: string; resource: string; event?: { eventID: string } }

function violations(target: string): Finding[] {
  const result = kmslint(['lint', '--soft-fail', '--format', 'json', target]);
  assert.is(result.code, 0, result.stderr);
  return (JSON.parse(result.stdout) as { findings: Finding[] }).findings.filter((f) => f.ruleId === 'encrypt-to-wildcard-principal' && f.status === 'violation');
}

const truth = suite('benchmark ground truth, through the CLI');

for (const format of ['gzip', 'plain', 'one gzip NDJSON export'] as const) {
  truth(`a generated CloudTrail archive (${format}): every successful encrypt-to-wildcard event, and no other`, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kmslint-trail-'));
    execFileSync(process.execPath, [path.join(GENERATORS, 'gen-cloudtrail.mjs'), dir, '--files', '24', '--records-per-file', '250', '--kms-rate', '0.02', ...(format === 'plain' ? ['--plain'] : [])]);
    const events = (JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8')) as { events: { eventID: string; encryptToWildcard: boolean; failed: boolean }[] }).events;
    const expected = events.filter((e) => e.encryptToWildcard && !e.failed).map((e) => e.eventID).sort();
    assert.ok(expected.length > 20 && expected.length < events.length, `${expected.length} of ${events.length} events`);
    let target = path.join(dir, 'AWSLogs');
    if (format === 'one gzip NDJSON export') {
      const lines = readdirSync(target, { recursive: true }).filter((f) => String(f).endsWith('.json.gz')).sort()
        .flatMap((f) => (JSON.parse(gunzipSync(readFileSync(path.join(target, String(f)))).toString('utf8')) as { Records: unknown[] }).Records.map((r) => JSON.stringify(r)));
      target = path.join(dir, 'export.ndjson.gz');
      writeFileSync(target, gzipSync(`${lines.join('\r\n')}\r\n`));
    }
    assert.equal(violations(target).map((f) => f.event!.eventID).sort(), expected);
  });
}

truth('a generated Terraform plan: one violation per public-encrypt key', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kmslint-plan-')), 'plan.json');
  const summary = JSON.parse(execFileSync(process.execPath, [path.join(GENERATORS, 'gen-plan.mjs'), file, '--resources', '2000', '--kms-every', '20'], { encoding: 'utf8' })) as { publicEncryptKeys: number };
  const found = violations(file);
  assert.ok(summary.publicEncryptKeys > 10);
  assert.is(new Set(found.map((f) => f.resource)).size, summary.publicEncryptKeys);
  assert.is(found.length, summary.publicEncryptKeys);
});

truth.run();
