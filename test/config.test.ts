import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { kmslint, tempTree } from './support/cli.js';

const policy = (statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
const root = { Sid: 'Root', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' };
const open = { Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' };
const partner = { Sid: 'Partner', Effect: 'Allow', Principal: { AWS: '999988887777' }, Action: 'kms:Decrypt', Resource: '*' };
type JsonOut = { findings: { ruleId: string; status: string; severity: string; file: string; suppression?: { reason: string; source: string } }[]; summary: { baselined: number } };
const json = (stdout: string): JsonOut => JSON.parse(stdout) as JsonOut;
const ids = (out: JsonOut) => out.findings.map((f) => `${f.ruleId}:${f.status}:${f.severity}`).sort();

const config = suite('.kmslint.yaml');
config('found from the working directory upward; zone of trust and severity settings apply', () => {
  const dir = tempTree({
    '.kmslint.yaml': 'ownerAccount: "111122223333"\ntrustedAccounts: ["999988887777"]\nrules:\n  encrypt-to-wildcard-principal: critical\n',
    'infra/keys/key.json': policy([root, open, partner]),
  });
  const run = kmslint(['lint', '--format', 'json', 'key.json'], path.join(dir, 'infra/keys'));
  assert.equal(ids(json(run.stdout)), ['encrypt-to-wildcard-principal:violation:critical']);
});
config('rules switched off, and overrides by file glob relative to the configuration', () => {
  const dir = tempTree({
    '.kmslint.yaml': 'ownerAccount: "111122223333"\nrules:\n  cross-account-access: off\noverrides:\n  - files: ["legacy/**"]\n    rules: {encrypt-to-wildcard-principal: low}\n',
    'legacy/old.json': policy([root, open, partner]),
    'new/key.json': policy([root, open, partner]),
  });
  const out = json(kmslint(['lint', '--format', 'json', '.'], dir).stdout);
  assert.equal(out.findings.map((f) => `${f.file} ${f.ruleId} ${f.severity}`), ['legacy/old.json encrypt-to-wildcard-principal low', 'new/key.json encrypt-to-wildcard-principal high']);
});
config('errors are located, name what was found and how to fix it; exit 2', () => {
  const cases: [string, RegExp][] = [
    ['ownerAccount: 1234\n', /^\.kmslint\.yaml:1:15: error: "ownerAccount" is not valid \(got "1234"\): expected a 12-digit AWS account id \[invalid-config\]$/m],
    ['owner_account: "111122223333"\n', /^\.kmslint\.yaml:1:1: error: unknown key "owner_account" in the document \(did you mean "ownerAccount"\?\) \[invalid-config\]$/m],
    ['rules:\n  encrypt-to-wildcard: high\n', /^\.kmslint\.yaml:2:24: error: "encrypt-to-wildcard" names no rule; "kmslint rules" lists them \[invalid-config\]$/m],
    ['rules:\n  encrypt-to-wildcard-principal: severe\n', /^\.kmslint\.yaml:2:34: error: "encrypt-to-wildcard-principal" must be one of critical, high, medium, low, info, off \(got "severe"\)/m],
    ['suppressions:\n  - rule: cross-account-access\n', /^\.kmslint\.yaml:2:5: error: "suppressions\[0\]" is missing "reason" \[invalid-config\]$/m],
    ['ownerAccount: !Sub "x"\n', /^\.kmslint\.yaml:1:15: error: YAML tag !Sub is not allowed here/m],
    ['maxFileSize: lots\n', /^\.kmslint\.yaml:1:14: error: "maxFileSize" is not valid \(got "lots"\): expected a size such as 800MB or 2GB \(B, KB, MB, GB, TB: powers of 1024\), or a number of bytes \[invalid-config\]$/m],
    ['maxDecompressedSize: 0\n', /^\.kmslint\.yaml:1:22: error: "maxDecompressedSize" must be >= 1 \(got number 0\) \[invalid-config\]$/m],
  ];
  for (const [text, message] of cases) {
    const dir = tempTree({ '.kmslint.yaml': text, 'key.json': policy([root]) });
    const run = kmslint(['lint', 'key.json'], dir);
    assert.is(run.code, 2, text);
    assert.match(run.stderr, message);
  }
});
config('account ids may be written unquoted, leading zeros kept', () => {
  const dir = tempTree({ '.kmslint.yaml': 'ownerAccount: 011122223333\ntrustedAccounts: [999988887777]\n', 'key.json': policy([{ ...root, Principal: { AWS: 'arn:aws:iam::011122223333:root' } }, partner]) });
  const run = kmslint(['lint', 'key.json'], dir);
  assert.is(run.code, 0, run.stdout + run.stderr);
});
config('maxFileSize and maxDecompressedSize set the input limits; the command line wins', () => {
  const dir = tempTree({ '.kmslint.yaml': 'ownerAccount: "111122223333"\nmaxFileSize: 100B\n', 'key.json': policy([root]) });
  const limited = kmslint(['lint', 'key.json'], dir);
  assert.is(limited.code, 2);
  assert.match(limited.stderr, /^key\.json:1:1: error: the file is \d+ bytes, over the 100B limit \(100 bytes\); raise it with --max-file-size/m);
  assert.is(kmslint(['lint', '--max-file-size', '1MB', 'key.json'], dir).code, 0);
  writeFileSync(path.join(dir, '.kmslint.yaml'), 'ownerAccount: "111122223333"\nmaxFileSize: 1048576\nmaxDecompressedSize: 1 KB\n');
  assert.is(kmslint(['lint', 'key.json'], dir).code, 0);
});
config('--config names the file; the discovered one is then ignored', () => {
  const dir = tempTree({ '.kmslint.yaml': 'ownerAccount: 1\n', 'ci/kmslint.yaml': 'ownerAccount: "111122223333"\n', 'key.json': policy([root]) });
  const run = kmslint(['lint', '--config', 'ci/kmslint.yaml', 'key.json'], dir);
  assert.is(run.code, 0, run.stderr);
});
config.run();

const suppress = suite('suppressions');
suppress('a suppression with a reason: status suppressed, counted, listed on request, never failing', () => {
  const dir = tempTree({
    '.kmslint.yaml': 'ownerAccount: "111122223333"\nsuppressions:\n  - rule: encrypt-to-wildcard-principal\n    file: "keys/*.json"\n    sid: Open\n    reason: Partner uploads, reviewed in SEC-123\n',
    'keys/key.json': policy([root, open]),
  });
  const run = kmslint(['lint', 'keys'], dir);
  assert.is(run.code, 0);
  assert.match(run.stdout, /^0 violations, 1 suppressed — 1 file/m);
  assert.not.match(run.stdout, /encrypt-to-wildcard-principal/);
  const listed = kmslint(['lint', '--show-suppressed', 'keys'], dir);
  assert.match(listed.stdout, /encrypt-to-wildcard-principal \[suppressed\] {2}.*\(suppressed: Partner uploads, reviewed in SEC-123\)/);
  const out = json(kmslint(['lint', '--format', 'json', 'keys'], dir).stdout);
  assert.equal(out.findings.map((f) => [f.status, f.suppression]), [['suppressed', { reason: 'Partner uploads, reviewed in SEC-123', source: 'config' }]]);
});
suppress('an expired suppression stops suppressing and says so', () => {
  const dir = tempTree({
    '.kmslint.yaml': 'ownerAccount: "111122223333"\nsuppressions:\n  - rule: encrypt-to-wildcard-principal\n    reason: Temporary, until the partner moves\n    expires: 2020-01-31\n',
    'key.json': policy([root, open]),
  });
  const run = kmslint(['lint', 'key.json'], dir);
  assert.is(run.code, 1);
  assert.match(run.stderr, /^\.kmslint\.yaml:3:5: warning: this suppression of encrypt-to-wildcard-principal expired on 2020-01-31; its findings are reported again/m);
  assert.match(run.stdout, /high {5}encrypt-to-wildcard-principal {2}/);
});
suppress('CloudTrail suppressions by caller ARN glob', () => {
  const event = (id: string, arn: string) => ({ eventSource: 'kms.amazonaws.com', eventName: 'PutKeyPolicy', eventID: id, recipientAccountId: '111122223333', userIdentity: { type: 'AssumedRole', arn }, requestParameters: { keyId: `k-${id}`, policy: policy([root, open]) } });
  const dir = tempTree({
    '.kmslint.yaml': 'suppressions:\n  - rule: encrypt-to-wildcard-principal\n    principal: "arn:aws:sts::111122223333:assumed-role/Sandbox/*"\n    reason: Sandbox account experiments\n',
    'trail.json': JSON.stringify({ Records: [event('a', 'arn:aws:sts::111122223333:assumed-role/Sandbox/bob'), event('b', 'arn:aws:sts::111122223333:assumed-role/Prod/alice')] }),
  });
  const out = json(kmslint(['lint', '--format', 'json', 'trail.json'], dir).stdout);
  assert.equal(out.findings.filter((f) => f.ruleId === 'encrypt-to-wildcard-principal').map((f) => f.status), ['suppressed', 'violation']);
});
suppress('CloudFormation Metadata suppressions: a reason is mandatory, a Sid narrows them', () => {
  const template = (suppression: string) => `Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Metadata:\n      kmslint:\n        suppress:\n${suppression}\n    Properties:\n      KeyPolicy:\n        Version: "2012-10-17"\n        Statement:\n          - {Sid: Root, Effect: Allow, Principal: {AWS: !Sub "arn:aws:iam::\${AWS::AccountId}:root"}, Action: "kms:*", Resource: "*"}\n          - {Sid: Open, Effect: Allow, Principal: "*", Action: kms:Encrypt, Resource: "*"}\n          - {Sid: Other, Effect: Allow, Principal: "*", Action: kms:GenerateDataKey, Resource: "*"}\n`;
  const dir = tempTree({
    'ok.yaml': template('          - {rule: encrypt-to-wildcard-principal, sid: Open, reason: "Public upload key by design"}'),
    'bad.yaml': template('          - {rule: encrypt-to-wildcard-principal}'),
  });
  const out = json(kmslint(['lint', '--format', 'json', 'ok.yaml'], dir).stdout);
  assert.equal(out.findings.filter((f) => f.ruleId === 'encrypt-to-wildcard-principal').map((f) => [f.status, f.suppression?.source ?? null]), [['suppressed', 'metadata'], ['violation', null]]);
  const bad = kmslint(['lint', 'bad.yaml'], dir);
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /^bad\.yaml:7:13: error: Key: a suppression needs a rule and a reason \(got rule encrypt-to-wildcard-principal without a reason\)/m);
});
suppress.run();

const baseline = suite('baselines');
baseline('write a baseline, then only new findings are reported; edits that move lines keep the old ones hidden', () => {
  const dir = tempTree({ 'key.json': policy([root, open]) });
  const write = kmslint(['lint', '--owner-account', '111122223333', '--baseline-write', '.kmslint-baseline.json', 'key.json'], dir);
  assert.is(write.code, 1);
  assert.match(write.stderr, /kmslint: wrote 1 finding to the baseline \.kmslint-baseline\.json/);
  const stored = JSON.parse(readFileSync(path.join(dir, '.kmslint-baseline.json'), 'utf8'));
  assert.equal([stored.version, stored.tool, stored.findings.map((f: { ruleId: string }) => f.ruleId)], [1, 'kmslint', ['encrypt-to-wildcard-principal']]);
  const again = kmslint(['lint', '--owner-account', '111122223333', '--baseline', '.kmslint-baseline.json', 'key.json'], dir);
  assert.is(again.code, 0);
  assert.match(again.stdout, /^0 violations, 1 in the baseline — /m);
  writeFileSync(path.join(dir, 'key.json'), `\n\n${policy([root, { ...open, Sid: 'Open' }, { ...partner, Principal: '*' }])}`);
  const out = json(kmslint(['lint', '--owner-account', '111122223333', '--format', 'json', '--baseline', '.kmslint-baseline.json', 'key.json'], dir).stdout);
  assert.equal(ids(out), ['decrypt-to-wildcard-principal:violation:critical']);
  assert.is(out.summary.baselined, 1);
});
baseline('an unreadable baseline is an error', () => {
  const dir = tempTree({ 'key.json': policy([root]), 'base.json': '{"not": "a baseline"}' });
  mkdirSync(path.join(dir, 'sub'));
  const run = kmslint(['lint', '--baseline', 'base.json', 'key.json'], dir);
  assert.is(run.code, 2);
  assert.match(run.stderr, /^base\.json:1:1: error: cannot use the baseline: not a kmslint baseline \(version 1\); write one with --baseline-write \[invalid-baseline\]$/m);
});
baseline.run();
