import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { kmslint, tempTree } from './support/cli.js';

const OWNER = ['--owner-account', '111122223333'];
const publicPolicy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] }, null, 2);
const safePolicy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }] });

const lint = suite('kmslint lint');
lint('examples: findings as file:line:col severity rule message, a summary, exit 1', () => {
  const { code, stdout, stderr } = kmslint(['lint', ...OWNER, 'examples/policies']);
  assert.is(stderr, '');
  assert.is(code, 1);
  assert.match(stdout, /^examples\/policies\/public-encrypt\.json:12:5 {2}high {5}encrypt-to-wildcard-principal {2}Statement "Let anyone encrypt" lets any AWS account encrypt with this key \(kms:Encrypt, kms:GenerateDataKey, kms:GenerateDataKeyPair, kms:GenerateDataKeyPairWithoutPlaintext; principal "\*"\)/m);
  assert.match(stdout, /^examples\/policies\/deny-guarded\.yaml:11:5 {2}info {5}encrypt-to-wildcard-principal \[mitigated\] {2}/m);
  assert.match(stdout, /\n3 violations \(1 high, 2 low\), 2 mitigated — 5 files, 5 policies, 23 rules\n$/);
});
lint('--fail-on decides the exit code; info findings never fail; --soft-fail exits 0', () => {
  const dir = tempTree({ 'key.json': publicPolicy });
  assert.is(kmslint(['lint', '--fail-on', 'high', 'key.json'], dir).code, 1);
  assert.is(kmslint(['lint', '--fail-on', 'critical', 'key.json'], dir).code, 0);
  assert.is(kmslint(['lint', '--soft-fail', 'key.json'], dir).code, 0);
  const infoOnly = tempTree({ 'key.json': JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'A', Effect: 'Deny', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }, { Sid: 'A', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }] }) });
  const run = kmslint(['lint', ...OWNER, 'key.json'], infoOnly);
  assert.match(run.stdout, /info {5}duplicate-sid/);
  assert.is(run.code, 0);
});
lint('the default path is the current directory', () => {
  const dir = tempTree({ 'keys/key.json': publicPolicy, 'package.json': '{"name": "app"}' });
  const { code, stdout } = kmslint(['lint'], dir);
  assert.is(code, 1);
  assert.match(stdout, /^keys\/key\.json:4:5 {2}high {5}encrypt-to-wildcard-principal/m);
  assert.match(stdout, / — 1 file, 1 policy, /);
});
lint('--format json follows the v1 contract', () => {
  const dir = tempTree({ 'key.json': publicPolicy });
  const output = JSON.parse(kmslint(['lint', '--format', 'json', 'key.json'], dir).stdout);
  assert.equal(Object.keys(output), ['version', 'tool', 'findings', 'diagnostics', 'summary']);
  const flagship = output.findings.find((f: { ruleId: string }) => f.ruleId === 'encrypt-to-wildcard-principal');
  assert.equal(Object.keys(flagship), ['ruleId', 'severity', 'status', 'message', 'source', 'file', 'line', 'column', 'endLine', 'endColumn', 'resource', 'statement', 'evidence', 'event', 'fingerprint']);
  assert.equal([flagship.status, flagship.source, flagship.file, flagship.line, flagship.column, flagship.resource, flagship.statement, flagship.evidence.exposure, flagship.event],
    ['violation', 'policy', 'key.json', 4, 5, 'key.json', { index: 0, sid: 'Open' }, 'public', null]);
  assert.equal(output.summary.files, 1);
  assert.equal(output.summary.bySeverity.high, 1);
});
lint('unreadable input: located diagnostic on stderr, other files still linted, exit 2 (0 with --soft-fail)', () => {
  const dir = tempTree({ 'a-broken.json': '{"Statement": [', 'b-key.json': publicPolicy });
  const run = kmslint(['lint', '.'], dir);
  assert.is(run.code, 2);
  assert.match(run.stderr, /^a-broken\.json:1:\d+: error: invalid JSON: .* \[parse-error\]$/m);
  assert.match(run.stdout, /^b-key\.json:4:5 {2}high/m);
  assert.match(run.stdout, /1 input error/);
  assert.is(kmslint(['lint', '--soft-fail', '.'], dir).code, 0);
});
lint('--rules adds a user rule directory; a broken rule file exits 2 with its location', () => {
  const rule = `schema: kmslint/rule@1\nid: no-decrypt-for-anyone\ntitle: No decrypt grants to named external accounts\nseverity: medium\nscope: statement\nmatch:\n  all:\n    - effect: Allow\n    - actions: {anyOf: ["kms:Decrypt"]}\n    - exposure: [cross-account]\nmessage: "{{statement.label}} lets {{principals}} decrypt"\ndescription: d\nremediation: r\nreferences: [https://example.com/]\n`;
  const dir = tempTree({
    'my-rules/no-decrypt-for-anyone.yaml': rule,
    'bad-rules/broken.yaml': rule.replace('id: no-decrypt-for-anyone', 'id: broken').replace('severity: medium', 'severity: urgent'),
    'key.json': JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Partner', Effect: 'Allow', Principal: { AWS: '999988887777' }, Action: 'kms:Decrypt', Resource: '*' }] }),
  });
  const run = kmslint(['lint', '--rules', 'my-rules', ...OWNER, 'key.json'], dir);
  assert.match(run.stdout, /^key\.json:1:\d+ {2}medium {3}no-decrypt-for-anyone {2}Statement "Partner" lets "999988887777" decrypt$/m);
  const broken = kmslint(['lint', '--rules', 'bad-rules', 'key.json'], dir);
  assert.is(broken.code, 2);
  assert.match(broken.stderr, /^bad-rules\/broken\.yaml:4:11: error: "severity" must be one of critical, high, medium, low, info \(got "urgent"\) \[invalid-rule\]$/m);
  assert.is(broken.stdout, '');
});
lint('a user rule with a built-in id is an error', () => {
  const dir = tempTree({ 'dup/encrypt-to-wildcard-principal.yaml': `schema: kmslint/rule@1\nid: encrypt-to-wildcard-principal\ntitle: t\nseverity: low\nscope: statement\nmatch: {effect: Allow}\nmessage: "{{statement.label}}"\ndescription: d\nremediation: r\nreferences: [https://example.com/]\n`, 'key.json': safePolicy });
  const run = kmslint(['lint', '--rules', 'dup', 'key.json'], dir);
  assert.is(run.code, 2);
  assert.match(run.stderr, /dup\/encrypt-to-wildcard-principal\.yaml:1:1: error: rule id "encrypt-to-wildcard-principal" is already defined in rules\/encrypt-to-wildcard-principal\.yaml/);
});
lint('bad option values are usage errors', () => {
  const run = kmslint(['lint', '--fail-on', 'severe']);
  assert.is(run.code, 2);
  assert.match(run.stderr, /--fail-on must be one of critical, high, medium, low \(got "severe"\)/);
  for (const size of ['lots', '0', '-5MB', '2GiB', '5 lots']) {
    const limit = kmslint(['lint', `--max-file-size=${size}`]);
    assert.is(limit.code, 2, size);
    assert.match(limit.stderr, new RegExp(`--max-file-size takes a size such as 800MB, 2GB or 1048576 \\(got "${size}"\\)`));
  }
});
lint('--max-file-size and --max-decompressed-size set the input limits; over them is an input error naming the flag', () => {
  const dir = tempTree({ 'key.json': publicPolicy });
  writeFileSync(path.join(dir, 'events.json.gz'), gzipSync(JSON.stringify({ Records: [] }).padEnd(4096, ' ')));
  assert.is(kmslint(['lint', 'key.json'], dir).code, 1);
  const small = kmslint(['lint', '--max-file-size', '100B', 'key.json'], dir);
  assert.is(small.code, 2);
  assert.match(small.stderr, new RegExp(`^key\\.json:1:1: error: the file is ${publicPolicy.length} bytes, over the 100B limit \\(100 bytes\\); raise it with --max-file-size`, 'm'));
  assert.is(kmslint(['lint', 'events.json.gz'], dir).code, 0);
  const inflated = kmslint(['lint', '--max-decompressed-size', '1KB', 'events.json.gz'], dir);
  assert.is(inflated.code, 2);
  assert.match(inflated.stderr, /^events\.json\.gz:1:1: error: the file decompresses to more than 1KB; .* raise the limit with --max-decompressed-size \[decompressed-too-large\]$/m);
});
lint.run();

const test = suite('kmslint test');
test('runs every built-in rule test and ends with the summary line', () => {
  const { code, stdout } = kmslint(['test']);
  assert.is(code, 0);
  assert.match(stdout, /^✓ encrypt-to-wildcard-principal › Deny unless the organization neutralises the public Allow$/m);
  assert.match(stdout, /\n\d+ passed, 0 failed\n$/);
});
test('Sid annotations in fixtures: ruleid must be reported, ok must not, todo never fails', () => {
  const fixture = JSON.stringify({ Version: '2012-10-17', Statement: [
    { Sid: 'ruleid:encrypt-to-wildcard-principal open to all', Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' },
    { Sid: 'ok:encrypt-to-wildcard-principal own account', Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } },
    { Sid: 'todook:cross-account-access org grant', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } },
  ] });
  const dir = tempTree({ 'fixtures/annotated.json': fixture });
  const good = kmslint(['test', '--only', 'encrypt-to-wildcard-principal', '--only', 'cross-account-access', 'fixtures'], dir);
  assert.is(good.code, 0, good.stdout);
  assert.match(good.stdout, /^✓ encrypt-to-wildcard-principal › fixtures\/annotated\.json › ruleid:encrypt-to-wildcard-principal open to all$/m);
  assert.match(good.stdout, /^~ cross-account-access › fixtures\/annotated\.json › todook:cross-account-access org grant — todo$/m);
  const wrong = tempTree({ 'fixtures/wrong.json': fixture.replace('ok:encrypt-to-wildcard-principal', 'ruleid:encrypt-to-wildcard-principal').replace('ruleid:encrypt-to-wildcard-principal open', 'ok:encrypt-to-wildcard-principal open') });
  const failing = kmslint(['test', '--only', 'encrypt-to-wildcard-principal', 'fixtures'], wrong);
  assert.is(failing.code, 1);
  assert.match(failing.stdout, /^✗ encrypt-to-wildcard-principal › fixtures\/wrong\.json › ok:encrypt-to-wildcard-principal open to all — expected no violation, got one$/m);
  assert.match(failing.stdout, /^✗ encrypt-to-wildcard-principal › fixtures\/wrong\.json › ruleid:encrypt-to-wildcard-principal own account — expected a violation, got none$/m);
  assert.match(failing.stdout, /\n\d+ passed, 2 failed\n$/);
});
test('a failing embedded case of a user rule is reported with why', () => {
  const dir = tempTree({ 'r/always.yaml': `schema: kmslint/rule@1\nid: always\ntitle: t\nseverity: low\nscope: statement\nmatch: {effect: Deny}\nmessage: "{{statement.label}}"\ndescription: d\nremediation: r\nreferences: [https://example.com/]\ntests:\n  - name: an allow\n    input: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: "*", Action: kms:Encrypt, Resource: "*"}]}\n    expect: violation\n` });
  const run = kmslint(['test', '--rules', 'r', '--only', 'always'], dir);
  assert.is(run.code, 1);
  assert.match(run.stdout, /^✗ always › an allow — expected violation, got pass \(no findings\)$/m);
  assert.match(run.stdout, /\n0 passed, 1 failed\n$/);
});
test.run();

const docs = suite('kmslint rules and explain');
docs('rules lists every rule, most severe first; --format json', () => {
  const { code, stdout } = kmslint(['rules']);
  assert.is(code, 0);
  const lines = stdout.trim().split('\n');
  assert.is(lines.length, 23);
  assert.match(lines[0]!, /^\S+ +critical /);
  assert.match(stdout, /^encrypt-to-wildcard-principal +high +statement +Key policy lets any AWS principal encrypt with this key \[policy, cloudformation, terraform, cloudtrail\]$/m);
  const json = JSON.parse(kmslint(['rules', '--format', 'json']).stdout);
  assert.is(json.length, 23);
});
docs('explain prints what, why, how to fix, references and examples', () => {
  const { code, stdout } = kmslint(['explain', 'encrypt-policy-created-without-mfa']);
  assert.is(code, 0);
  assert.match(stdout, /^encrypt-policy-created-without-mfa — Encrypt-to-anyone key policy set by a caller without MFA\n\nSeverity: medium {4}Scope: event {4}Sources: cloudtrail {4}Risk score: 25 \(impact 50 × confidence 50 \/ 100\)\nMITRE ATT&CK: TA0040\/T1486/);
  for (const heading of ['What it finds', 'How to fix it', 'References', 'Example it reports', 'Example it accepts']) assert.ok(stdout.includes(`\n${heading}`), heading);
  const unknown = kmslint(['explain', 'no-such-rule']);
  assert.is(unknown.code, 2);
  assert.match(unknown.stderr, /no rule "no-such-rule"; "kmslint rules" lists them/);
});
docs.run();

const precompiled = suite('build-time validators and rules cache');
precompiled('the precompiled validators and rules report exactly what runtime compilation reports', () => {
  const bad = JSON.stringify({ Version: '2012-10-18', Statement: [{ Effect: 'allow', Principle: '*', Action: ['kms Encrypt'], Resource: '*' }, { Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] }, null, 2);
  const dir = tempTree({ 'bad.json': bad, '.kmslint.yaml': 'rules:\n  missing-version: info\n' });
  const fast = kmslint(['lint', '--format', 'json', 'bad.json'], dir);
  const slow = kmslint(['lint', '--format', 'json', 'bad.json'], dir, { KMSLINT_NO_PRECOMPILED: '1' });
  assert.is(fast.stdout, slow.stdout);
  assert.match(fast.stdout, /\\"Effect\\" must be one of Allow, Deny \(got \\"allow\\"/);
  const badConfig = tempTree({ '.kmslint.yaml': 'ownerAccount: 12\n', 'k.json': bad });
  assert.is(kmslint(['lint', 'k.json'], badConfig).stderr, kmslint(['lint', 'k.json'], badConfig, { KMSLINT_NO_PRECOMPILED: '1' }).stderr);
});
precompiled('with every schema precompiled, ajv is not loaded at all: a schema of its own would find no compiler', async () => {
  const { validatorFor } = await import('../src/validation.js');
  assert.throws(() => validatorFor({ $id: 'urn:kmslint:test', type: 'string' }), /no validator was built for the schema urn:kmslint:test/);
});
precompiled('on a Node with a compile cache (22 and later), bin/kmslint.js turns it on and hands it to the loader threads', () => {
  // CI runs Node 20, which has none: a preloaded stub stands in for Node's own, and reports what bin did.
  const dir = tempTree({
    'stub.mjs': [
      "import module from 'node:module';",
      "module.enableCompileCache = () => ({ status: 1, directory: '/cache/of/kmslint' });",
      "process.on('exit', () => process.stderr.write(`cache for threads: ${process.env.NODE_COMPILE_CACHE}\\n`));",
    ].join('\n'),
    'key.json': JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }] }),
  });
  const result = kmslint(['lint', '--soft-fail', 'key.json'], dir, { NODE_OPTIONS: `--import ${pathToFileURL(path.join(dir, 'stub.mjs')).href}`, NODE_COMPILE_CACHE: undefined });
  assert.equal([result.code, result.stderr.trim()], [0, 'cache for threads: /cache/of/kmslint']);
});
precompiled.run();
