/**
 * One verdict whatever the input: the same key policy, rendered in every format kmslint reads, must give
 * the same rule results per statement.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { stringify } from 'yaml';
import { evaluateDocuments } from '../src/engine/evaluate.js';
import { loadText } from '../src/loaders/file.js';
import { loadRules } from '../src/rules-loader.js';
import { ROOT } from './support/cli.js';

const { rules } = await loadRules([], ROOT);
const statementRules = rules.filter((r) => r.scope === 'statement' || r.scope === 'issue' || r.id === 'missing-root-statement');
const OWNER = '111122223333';

const policies: Record<string, unknown> = {
  'public encrypt, wildcard action': { Version: '2012-10-17', Statement: [
    { Sid: 'Root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OWNER}:root` }, Action: 'kms:*', Resource: '*' },
    { Sid: 'Open', Effect: 'Allow', Principal: { AWS: ['*'] }, Action: 'kms:Enc*', Resource: '*' },
  ] },
  'organization guard (Deny neutralises)': { Version: '2012-10-17', Statement: [
    { Sid: 'Use', Effect: 'Allow', Principal: '*', Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: '*' },
    { Sid: 'Guard', Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } },
  ] },
  'NotAction, NotPrincipal, conditions': { Version: '2012-10-17', Statement: [
    { Sid: 'Everything but decrypt', Effect: 'Allow', Principal: '*', NotAction: 'kms:Decrypt', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } },
    { Sid: 'AllButAdmin', Effect: 'Allow', NotPrincipal: { AWS: `arn:aws:iam::${OWNER}:role/Admin` }, Action: 'kms:Decrypt', Resource: '*' },
    { Sid: 'Own account', Effect: 'Allow', Principal: '*', Action: 'kms:GenerateDataKey*', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': OWNER } } },
    { Sid: 'Partner', Effect: 'Allow', Principal: { AWS: '999988887777' }, Action: 'kms:Decrypt', Resource: '*' },
  ] },
  'grammar problems': { Statement: [
    { Sid: 'Lower', Effect: 'allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' },
    { Sid: 'Typo', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::*:root' }, Action: ['kms:EncryptData', 'kms:Decrypt'], Resource: '*' },
  ] },
};

export function renderings(policy: unknown): Record<string, { text: string; name: string }> {
  const json = JSON.stringify(policy);
  const record = (extra: Record<string, unknown> = {}) => ({
    eventVersion: '1.08', eventSource: 'kms.amazonaws.com', eventName: 'PutKeyPolicy', eventID: 'same-event', eventTime: '2026-01-01T00:00:00Z', awsRegion: 'us-east-1',
    recipientAccountId: OWNER, userIdentity: { type: 'AssumedRole', arn: `arn:aws:sts::${OWNER}:assumed-role/Ops/x`, sessionContext: { attributes: { mfaAuthenticated: 'true' } } },
    requestParameters: { keyId: 'k', policyName: 'default', policy: json }, responseElements: null, ...extra,
  });
  return {
    'bare policy JSON': { name: 'policy.json', text: JSON.stringify(policy, null, 2) },
    'bare policy YAML': { name: 'policy.yaml', text: stringify(policy) },
    'CloudFormation YAML': { name: 'template.yaml', text: stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: policy } } } }) },
    'CloudFormation JSON, KeyPolicy as a string': { name: 'template.json', text: JSON.stringify({ Resources: { Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: json } } } }, null, 1) },
    'CloudFormation YAML, KeyPolicy as a block string': { name: 'block.yaml', text: `Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy: |\n${JSON.stringify(policy, null, 2).split('\n').map((l) => `        ${l}`).join('\n')}\n` },
    'Terraform plan': { name: 'plan.json', text: JSON.stringify({ format_version: '1.2', resource_changes: [{ address: 'aws_kms_key.k', mode: 'managed', type: 'aws_kms_key', name: 'k', change: { actions: ['create'], after: { policy: json }, after_unknown: {} } }] }) },
    'CloudTrail S3 log file': { name: 'trail.json', text: JSON.stringify({ Records: [record()] }) },
    'CloudTrail NDJSON': { name: 'trail.ndjson', text: `${JSON.stringify(record())}\n` },
    'EventBridge': { name: 'eb.json', text: JSON.stringify({ version: '0', id: 'x', 'detail-type': 'AWS API Call via CloudTrail', source: 'aws.kms', detail: record() }) },
    'lookup-events': { name: 'lookup.json', text: JSON.stringify({ Events: [{ EventId: 'same-event', EventName: 'PutKeyPolicy', CloudTrailEvent: JSON.stringify(record()) }] }) },
    'CloudWatch Logs subscription (Lambda event)': { name: 'cwl.json', text: JSON.stringify({ awslogs: { data: gzipSync(JSON.stringify({ messageType: 'DATA_MESSAGE', logEvents: [{ id: '1', timestamp: 0, message: JSON.stringify(record()) }] })).toString('base64') } }) },
    'OCSF API Activity': { name: 'ocsf.json', text: JSON.stringify({ class_uid: 6003, api: { operation: 'PutKeyPolicy', service: { name: 'kms.amazonaws.com' }, request: { data: JSON.stringify({ keyId: 'k', policy: json }) } }, cloud: { region: 'us-east-1', account: { uid: OWNER } }, metadata: { uid: 'same-event' }, actor: { user: { type: 'AssumedRole', uid: 'x' }, session: { is_mfa: true } } }) },
  };
}

const crossFormat = suite('one verdict per statement across every input format');
for (const [policyName, policy] of Object.entries(policies)) {
  crossFormat(policyName, () => {
    const verdicts = new Map<string, string[]>();
    for (const [format, { name, text }] of Object.entries(renderings(policy))) {
      const loaded = loadText(text, { display: name, absolute: name, explicit: true }, { input: 'auto' });
      assert.equal(loaded.diagnostics.filter((d) => d.severity === 'error'), [], format);
      assert.is(loaded.documents.length, 1, format);
      const findings = evaluateDocuments(loaded.documents, statementRules, { ownerAccount: OWNER });
      verdicts.set(format, findings.map((f) => `${f.ruleId} ${f.status} #${f.statement?.index ?? '-'}`).sort());
    }
    const [reference, ...others] = [...verdicts.entries()];
    assert.ok(reference![1].length > 0, 'the policy produces findings to compare');
    for (const [format, list] of others) assert.equal(list, reference![1], `${format} differs from ${reference![0]}`);
  });
}
crossFormat('a KeyPolicy block string is located on its own lines in the template', () => {
  const { text, name } = renderings(policies['public encrypt, wildcard action'])['CloudFormation YAML, KeyPolicy as a block string']!;
  const loaded = loadText(text, { display: name, absolute: name, explicit: true }, { input: 'auto' });
  const open = loaded.documents[0]!.policy!.statements[1]!;
  const line = text.split('\n').findIndex((l) => l.includes('"Sid": "Open"')) + 1;
  assert.is(open.sid!.loc.line, line);
  assert.is(text.split('\n')[line - 1]!.slice(open.sid!.loc.column - 1).startsWith('"Open"'), true);
});
crossFormat.run();

/** Random key policies built from the parts that change verdicts. */
const principal = fc.oneof(
  fc.constant('*'), fc.constant({ AWS: '*' }), fc.constant({ AWS: ['*'] }), fc.constant({ AWS: `arn:aws:iam::${OWNER}:root` }),
  fc.constant({ AWS: '999988887777' }), fc.constant({ AWS: 'arn:aws:iam::*:root' }), fc.constant({ AWS: `arn:aws:iam::${OWNER}:role/App` }),
  fc.constant({ Service: 'logs.amazonaws.com' }), fc.constant({ AWS: ['arn:aws:iam::444455556666:root', `arn:aws:iam::${OWNER}:root`] }),
);
const actions = fc.oneof(
  fc.constantFrom('kms:*', '*', 'kms:Encrypt', 'KMS:encrypt', 'kms:Enc*', 'kms:*crypt*', 'kms:Re?ncrypt*', 'kms:GenerateDataKey*', 'kms:Decrypt', 'kms:DescribeKey', 'kms:PutKeyPolicy', 'kms:CreateGrant', 'kms:EncryptData'),
  fc.uniqueArray(fc.constantFrom('kms:Encrypt', 'kms:Decrypt', 'kms:Get*', 'kms:Create*', 'kms:ScheduleKeyDeletion'), { minLength: 1, maxLength: 3 }),
);
const condition = fc.option(fc.oneof(
  fc.constant({ StringEquals: { 'kms:CallerAccount': OWNER } }),
  fc.constant({ StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }),
  fc.constant({ StringLike: { 'kms:CallerAccount': '*' } }),
  fc.constant({ StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }),
  fc.constant({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/*' } }),
  fc.constant({ Bool: { 'aws:SecureTransport': 'true' } }),
  fc.constant({ StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }),
  fc.constant({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
  fc.constant({ StringNotEquals: { 'aws:PrincipalAccount': OWNER } }),
), { nil: undefined });
const statement = fc.record({
  Sid: fc.option(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,10}$/), { nil: undefined }),
  Effect: fc.constantFrom('Allow', 'Allow', 'Deny'),
  principalElement: fc.constantFrom('Principal', 'Principal', 'Principal', 'NotPrincipal'),
  principal,
  actionElement: fc.constantFrom('Action', 'Action', 'Action', 'NotAction'),
  actions,
  Resource: fc.constantFrom('*', '*', '*', undefined),
  Condition: condition,
}).map((s) => {
  const out: Record<string, unknown> = { Effect: s.Effect, [s.principalElement]: s.principal, [s.actionElement]: s.actions };
  if (s.Sid !== undefined) out.Sid = s.Sid;
  if (s.Resource !== undefined) out.Resource = s.Resource;
  if (s.Condition !== undefined) out.Condition = s.Condition;
  return out;
});
const policy = fc.record({ Version: fc.constantFrom('2012-10-17', '2012-10-17', undefined), statements: fc.array(statement, { minLength: 1, maxLength: 4 }) })
  .map(({ Version, statements }) => (Version ? { Version, Statement: statements } : { Statement: statements }));

const property = suite('one verdict across formats, for random policies (fast-check, fixed seed)');
property('every rendering gives the same rule verdicts per statement', () => {
  fc.assert(fc.property(policy, (generated) => {
    let reference: string[] | null = null;
    for (const [format, { name, text }] of Object.entries(renderings(generated))) {
      const loaded = loadText(text, { display: name, absolute: name, explicit: true }, { input: 'auto' });
      if (loaded.documents.length !== 1) throw new Error(`${format}: ${loaded.documents.length} documents (${loaded.diagnostics.map((d) => d.message).join('; ')})`);
      const verdicts = evaluateDocuments(loaded.documents, statementRules, { ownerAccount: OWNER }).map((f) => `${f.ruleId} ${f.status} #${f.statement?.index ?? '-'}`).sort();
      if (reference === null) reference = verdicts;
      else if (JSON.stringify(verdicts) !== JSON.stringify(reference)) throw new Error(`${format} differs:\n${verdicts.join('\n')}\nvs\n${reference.join('\n')}`);
    }
  }), { seed: 20261204, numRuns: 150 });
});
property.run();
