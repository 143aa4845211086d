import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { run, type ActionIo } from '../src/action.js';
import type { Annotation } from '../src/report/github.js';
import { ROOT } from './support/cli.js';

// @ts-expect-error -- the bundler script is plain JavaScript without type declarations
import { distFiles } from '../scripts/bundle.mjs';

const dist = suite('dist/');
dist('the committed bundle, rules cache and validators are what the sources build (run npm run bundle and commit when this fails)', async () => {
  const built = await distFiles() as Record<string, string>;
  assert.equal(Object.keys(built).sort(), readdirSync(path.join(ROOT, 'dist')).sort());
  for (const [name, text] of Object.entries(built)) assert.ok(text === readFileSync(path.join(ROOT, 'dist', name), 'utf8'), `dist/${name} is stale`);
});
dist('the Action uses its own rules cache and validators: a checkout without lib/ or node_modules lints as the repository does', () => {
  const checkout = mkdtempSync(path.join(tmpdir(), 'kmslint-checkout-'));
  for (const entry of ['dist', 'rules', 'schemas', 'package.json', 'action.yml']) cpSync(path.join(ROOT, entry), path.join(checkout, entry), { recursive: true });
  const inRepository = runBundle({ path: 'examples', 'soft-fail': 'true' });
  const inCheckout = runBundle({ path: 'examples', 'soft-fail': 'true' }, path.join(checkout, 'dist/index.js'));
  assert.equal(inCheckout.outputs, inRepository.outputs);
  assert.is(inCheckout.code, 0);
  // And the rules come from dist/'s cache, not from compiling rules/ again: an edited cache shows.
  const cache = JSON.parse(readFileSync(path.join(checkout, 'dist/builtin-rules.json'), 'utf8')) as { rules: { severity: string }[] };
  for (const rule of cache.rules) rule.severity = 'critical';
  writeFileSync(path.join(checkout, 'dist/builtin-rules.json'), JSON.stringify(cache));
  assert.is(runBundle({ path: 'examples', 'soft-fail': 'true' }, path.join(checkout, 'dist/index.js')).outputs['highest-severity'], 'critical');
});
dist('action.yml runs the bundle on node24 and declares every input the Action reads', () => {
  const manifest = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
  assert.match(manifest, /runs:\n {2}using: node24\n {2}main: dist\/index\.js/);
  for (const input of ['path', 'input-type', 'config', 'rules', 'fail-on', 'soft-fail', 'sarif-file', 'annotations', 'summary', 'baseline']) assert.match(manifest, new RegExp(`\\n  ${input}:\\n    description: `), input);
  for (const output of ['findings-count', 'violations-count', 'highest-severity', 'sarif-file']) assert.match(manifest, new RegExp(`\\n  ${output}:\\n    description: `), output);
});
dist.run();

/** Runs the bundle as the runner does: INPUT_* variables, workspace, summary and output files. */
function runBundle(inputs: Record<string, string>, script = path.join(ROOT, 'dist/index.js')): { code: number | null; stdout: string; summary: string; outputs: Record<string, string>; workspace: string } {
  const workspace = mkdtempSync(path.join(tmpdir(), 'kmslint-action-'));
  cpSync(path.join(ROOT, 'examples'), path.join(workspace, 'examples'), { recursive: true });
  writeFileSync(path.join(workspace, 'summary.md'), '');
  writeFileSync(path.join(workspace, 'output.txt'), '');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: path.join(workspace, 'summary.md'), GITHUB_OUTPUT: path.join(workspace, 'output.txt') };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [script], { cwd: workspace, env, encoding: 'utf8' });
  const outputs: Record<string, string> = {};
  for (const [, name, , value] of readFileSync(path.join(workspace, 'output.txt'), 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm) as unknown as [string, string, string, string][]) outputs[name] = value;
  return { code: result.status, stdout: result.stdout, summary: readFileSync(path.join(workspace, 'summary.md'), 'utf8'), outputs, workspace };
}

const e2e = suite('the Action, end to end through dist/index.js');
e2e('CloudFormation: annotations on the file and line, summary, outputs, failing step', () => {
  const { code, stdout, summary, outputs } = runBundle({ path: 'examples/cloudformation', 'fail-on': 'high' });
  assert.is(code, 1);
  assert.match(stdout, /^::error title=kmslint encrypt-to-wildcard-principal \(high\),file=examples\/cloudformation\/data-platform-keys\.yaml,line=64,endLine=72::Statement "Partners can encrypt uploads" lets any AWS account encrypt/m);
  assert.match(stdout, /^::error::kmslint: 1 finding at or above "high"$/m);
  assert.match(summary, /^## kmslint \d+\.\d+\.\d+\n\n\*\*1 violations\*\*, 1 unknown/);
  assert.match(summary, /\| high \| violation \| `encrypt-to-wildcard-principal` \| `examples\/cloudformation\/data-platform-keys\.yaml:64:13` \| ExportKey \| Partners can encrypt uploads \|/);
  assert.equal(outputs, { 'findings-count': '2', 'violations-count': '2', 'highest-severity': 'high' });
});
e2e('Terraform plan with soft-fail and a SARIF file: step passes, SARIF written', () => {
  const { code, stdout, outputs, workspace } = runBundle({ path: 'examples/terraform/plan.json', 'soft-fail': 'true', 'sarif-file': 'reports/kmslint.sarif' });
  assert.is(code, 0);
  assert.not.match(stdout, /^::error::/m);
  assert.match(stdout, /^::error title=kmslint decrypt-to-wildcard-principal \(critical\),file=examples\/terraform\/plan\.json,line=39/m);
  assert.equal([outputs['sarif-file'], outputs['highest-severity']], ['reports/kmslint.sarif', 'critical']);
  const sarif = JSON.parse(readFileSync(path.join(workspace, 'reports/kmslint.sarif'), 'utf8'));
  assert.is(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'examples/terraform/plan.json');
});
e2e('CloudTrail audit: the aggregated events table in the summary', () => {
  const { summary, outputs } = runBundle({ path: 'examples/cloudtrail', annotations: 'false', 'input-type': 'cloudtrail' });
  assert.match(summary, /### CloudTrail events with findings\n\n\| Event \| Region \| Principal \| User \| MFA \| Count \| First \| Last \| Rules \|/);
  assert.match(summary, /\| PutKeyPolicy \| us-east-1 \| AIDAEXAMPLEUSERID0002 \| contractor \| - \| 2 \| 2026-11-30T09:11:00Z \| 2026-11-30T09:13:00Z \| encrypt-policy-created-without-mfa, encrypt-to-wildcard-principal \|/);
  assert.is(outputs['highest-severity'], 'high');
});
e2e('a bad configuration fails the step with a clear message', () => {
  const workspace = runBundle({ path: 'examples/policies', config: 'examples/kmslint.yaml' }).workspace;
  writeFileSync(path.join(workspace, 'bad.yaml'), 'ownerAccount: 12\n');
  const env = { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: workspace, 'INPUT_CONFIG': 'bad.yaml', INPUT_PATH: 'examples/policies', INPUT_SUMMARY: 'false' };
  const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/index.js')], { cwd: workspace, env, encoding: 'utf8' });
  assert.is(result.status, 1);
  assert.match(result.stdout, /^::error::the configuration cannot be used:%0Abad\.yaml:1:15: error: "ownerAccount" is not valid \(got "12"\)/m);
});
e2e.run();

/** The Action's I/O as plain data, for the adapter's own rules. */
function fakeIo(inputs: Record<string, string>, workspace = ROOT): ActionIo & { annotations: Annotation[]; outputs: Record<string, string>; failed: string[]; summaries: string[]; infos: string[] } {
  const io = {
    annotations: [] as Annotation[], outputs: {} as Record<string, string>, failed: [] as string[], summaries: [] as string[], infos: [] as string[],
    workspace,
    getInput: (name: string) => inputs[name] ?? '',
    annotate: (a: Annotation) => { io.annotations.push(a); },
    setOutput: (name: string, value: string) => { io.outputs[name] = value; },
    writeSummary: async (markdown: string) => { io.summaries.push(markdown); },
    info: (message: string) => { io.infos.push(message); },
    setFailed: (message: string) => { io.failed.push(message); },
  };
  return io;
}

const adapter = suite('the Action adapter');
adapter('paths outside the workspace are refused, never read', async () => {
  for (const bad of ['../shared/corpus', '/etc', 'examples/../../outside']) {
    const io = fakeIo({ path: bad });
    assert.is(await run(io), 2, bad);
    assert.match(io.failed[0]!, /^input path: ".*" is outside the workspace/);
  }
  const glob = fakeIo({ path: '../**/*.json' });
  assert.is(await run(glob), 2);
  assert.match(glob.failed[0]!, /^input path: glob "\.\.\/\*\*\/\*\.json" must stay inside the workspace$/);
});
adapter('input values are checked', async () => {
  const io = fakeIo({ path: 'examples/policies', 'fail-on': 'severe' });
  assert.is(await run(io), 2);
  assert.is(io.failed[0], 'input fail-on must be one of critical, high, medium, low (got "severe")');
  const flag = fakeIo({ path: 'examples/policies', annotations: 'maybe' });
  assert.is(await run(flag), 2);
  assert.is(flag.failed[0], 'input annotations must be true or false (got "maybe")');
});
adapter('annotations and summary can be switched off; outputs are always set', async () => {
  const io = fakeIo({ path: 'examples/policies', annotations: 'false', summary: 'false', 'soft-fail': 'true' });
  assert.is(await run(io), 0);
  assert.equal([io.annotations, io.summaries, io.failed], [[], [], []]);
  assert.equal(Object.keys(io.outputs).sort(), ['findings-count', 'highest-severity', 'violations-count']);
});
adapter.run();
