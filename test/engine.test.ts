import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { evaluateDocuments, type EngineOptions } from '../src/engine/evaluate.js';
import { compileRule, type CompiledRule } from '../src/engine/rules.js';
import { loadInlineInput } from '../src/loaders/index.js';
import { loadPolicyDocument } from '../src/loaders/policy.js';
import type { Finding } from '../src/types.js';

function rule(id: string, body: string, extra = ''): CompiledRule {
  const text = `schema: kmslint/rule@1\nid: ${id}\ntitle: t\nseverity: high\ndescription: d\nremediation: r\nreferences: [https://example.com/]\n${extra}${body}`;
  const { rule: compiled, diagnostics } = compileRule(text, `rules/${id}.yaml`, false);
  if (!compiled) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return compiled;
}

const publicEncrypt = rule('public-encrypt', 'scope: statement\nmatch:\n  all:\n    - effect: Allow\n    - actions: {capability: encrypt}\n    - exposure: [public]\nmessage: "{{statement.label}} {{actions.matched}}"\n');

function findings(policy: unknown, rules: CompiledRule[], options: EngineOptions = {}): Finding[] {
  const { documents } = loadInlineInput('policy', policy, 'p.json');
  return evaluateDocuments(documents, rules, options);
}
const summary = (list: Finding[]): string[] => list.map((f) => `${f.ruleId}:${f.status}:${f.statement ? f.statement.sid ?? `#${f.statement.index}` : '-'}`);

const logic = suite('three-valued evaluation');
const unresolvedPrincipal = { Version: '2012-10-17', Statement: [{ Sid: 'S', Effect: 'Allow', Principal: { AWS: { 'Fn::GetAtt': ['Role', 'Arn'] } }, Action: 'kms:Encrypt', Resource: '*' }] };
logic('an unresolved principal makes exposure unknown: the finding is unknown', () => {
  assert.equal(summary(findings(unresolvedPrincipal, [publicEncrypt])), ['public-encrypt:unknown:S']);
});
logic('not(unknown) is unknown; any(unknown, true) is true; all(unknown, false) is false', () => {
  const notPublic = rule('not-public', 'scope: statement\nmatch:\n  not: {exposure: [public]}\nmessage: "{{statement.label}}"\n');
  const anyTrue = rule('any-true', 'scope: statement\nmatch:\n  any: [{exposure: [public]}, {effect: Allow}]\nmessage: "{{statement.label}}"\n');
  const allFalse = rule('all-false', 'scope: statement\nmatch:\n  all: [{exposure: [public]}, {effect: Deny}]\nmessage: "{{statement.label}}"\n');
  assert.equal(summary(findings(unresolvedPrincipal, [notPublic, anyTrue, allFalse])), ['any-true:violation:S', 'not-public:unknown:S']);
});
logic('quantifiers: someStatement is unknown when no statement matches and one is unknown', () => {
  const some = rule('some-public', 'scope: policy\nmatch:\n  someStatement: {exposure: [public]}\nmessage: "{{resource.id}}"\n');
  const none = rule('no-public', 'scope: policy\nmatch:\n  noStatement: {exposure: [public]}\nmessage: "{{resource.id}}"\n');
  assert.equal(summary(findings(unresolvedPrincipal, [some, none])), ['no-public:unknown:-', 'some-public:unknown:-']);
  const known = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] };
  assert.equal(summary(findings(known, [some, none])), ['some-public:violation:-']);
});
logic('ineffective statements are skipped unless the rule asks about effectiveness', () => {
  const noResource = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt' }] };
  assert.equal(findings(noResource, [publicEncrypt]), []);
});
logic.run();

const mitigation = suite('mitigation modes and attempts');
const guarded = { Version: '2012-10-17', Statement: [
  { Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' },
  { Sid: 'Guard', Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } },
] };
mitigation('report (default): a mitigated info finding naming the Deny', () => {
  const [finding] = findings(guarded, [publicEncrypt]);
  assert.equal([finding!.status, finding!.severity, finding!.evidence.mitigatedBy, finding!.evidence.effectiveExposure], ['mitigated', 'info', ['"Guard"'], 'cross-account']);
});
mitigation('drop: no finding; ignore: the Deny is ignored and it is a violation', () => {
  const body = 'scope: statement\nmatch:\n  all: [{effect: Allow}, {actions: {capability: encrypt}}, {exposure: [public]}]\nmessage: "m"\n';
  const drop = rule('public-encrypt', body, 'mitigation: drop\n');
  assert.equal(findings(guarded, [drop]), []);
  const ignore = rule('public-encrypt', body, 'mitigation: ignore\n');
  assert.equal(summary(findings(guarded, [ignore])), ['public-encrypt:violation:Open']);
});
mitigation('a partial Deny keeps the violation and narrows the reported actions to what is still open', () => {
  const partly = { Version: '2012-10-17', Statement: [
    { Sid: 'Open', Effect: 'Allow', Principal: '*', Action: ['kms:Encrypt', 'kms:GenerateDataKey'], Resource: '*' },
    { Effect: 'Deny', Principal: '*', Action: 'kms:Encrypt', Resource: '*' },
  ] };
  const [finding] = findings(partly, [publicEncrypt]);
  assert.equal([finding!.status, finding!.evidence.actions, finding!.message], ['violation', ['kms:GenerateDataKey'], 'Statement "Open" kms:GenerateDataKey']);
});
const failedCall = {
  eventVersion: '1.08', eventSource: 'kms.amazonaws.com', eventName: 'PutKeyPolicy', eventID: 'e-1', recipientAccountId: '111122223333', errorCode: 'AccessDenied',
  userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/x' },
  requestParameters: { keyId: 'k', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] }) },
};
mitigation('a failed CloudTrail call yields a low attempt, or nothing with attempts: ignore', () => {
  const { documents } = loadInlineInput('cloudtrail', failedCall, 'trail.json');
  const attempt = evaluateDocuments(documents, [publicEncrypt]);
  assert.equal(attempt.map((f) => [f.status, f.severity, f.event?.errorCode]), [['attempt', 'low', 'AccessDenied']]);
  assert.equal(evaluateDocuments(documents, [publicEncrypt], { attempts: 'ignore' }), []);
});
mitigation.run();

const references = suite('rule references');
references('rule: holds only where the referenced rule is a violation, not where it is mitigated', () => {
  const wrapper = rule('wrapper', 'scope: policy\nmatch:\n  someStatement: {rule: public-encrypt}\nmessage: "{{resource.id}}"\n');
  assert.equal(summary(findings(guarded, [publicEncrypt, wrapper])), ['public-encrypt:mitigated:Open']);
  const open = { Version: '2012-10-17', Statement: [guarded.Statement[0]] };
  assert.equal(summary(findings(open, [publicEncrypt, wrapper])), ['wrapper:violation:-', 'public-encrypt:violation:Open']);
});
references.run();

const identity = suite('fingerprints and ordering');
identity('a fingerprint ignores line numbers: edits above a finding keep it', () => {
  const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] }, null, 2);
  const before = evaluateDocuments(loadPolicyDocument(text, 'p.json').documents, [publicEncrypt])[0]!;
  const after = evaluateDocuments(loadPolicyDocument(`\n\n\n${text}`, 'p.json').documents, [publicEncrypt])[0]!;
  assert.is.not(before.loc.line, after.loc.line);
  assert.is(before.fingerprint, after.fingerprint);
  assert.match(before.fingerprint, /^[0-9a-f]{32}$/);
});
identity('fingerprints differ by rule, statement and file', () => {
  const policy = { Version: '2012-10-17', Statement: [
    { Sid: 'A', Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' },
    { Sid: 'B', Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' },
  ] };
  const prints = findings(policy, [publicEncrypt]).map((f) => f.fingerprint);
  assert.is(new Set(prints).size, 2);
  const other = evaluateDocuments(loadInlineInput('policy', policy, 'q.json').documents, [publicEncrypt]).map((f) => f.fingerprint);
  assert.not.equal(prints, other);
});
identity('findings are sorted by file, position and rule whatever the input order', () => {
  const a = loadPolicyDocument('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*"}]}', 'b.json').documents;
  const b = loadPolicyDocument('{"Version": "2012-10-17", "Statement": [\n{"Effect": "Allow", "Principal": "*", "Action": "kms:Encrypt", "Resource": "*"},\n{"Effect": "Allow", "Principal": "*", "Action": "kms:Encrypt", "Resource": "*"}]}', 'a.json').documents;
  const order = (docs: typeof a) => evaluateDocuments(docs, [publicEncrypt]).map((f) => `${f.loc.file}:${f.loc.line}`);
  assert.equal(order([...a, ...b]), ['a.json:2', 'a.json:3', 'b.json:1']);
  assert.equal(order([...b, ...a]), order([...a, ...b]));
});
identity.run();

const predicates = suite('predicates not used by the built-in rules');
const event = (extra: Record<string, unknown>) => ({
  eventVersion: '1.08', eventSource: 'kms.amazonaws.com', eventName: 'CreateKey', eventID: 'e-2', recipientAccountId: '111122223333',
  userIdentity: { type: 'AssumedRole', arn: 'arn:aws:sts::111122223333:assumed-role/A/s', sessionContext: { attributes: { mfaAuthenticated: 'true' } } },
  requestParameters: { keySpec: 'RSA_2048', keyUsage: 'ENCRYPT_DECRYPT', description: 'payments key' },
  ...extra,
});
const eventRule = (match: string) => rule('probe', `scope: event\nmatch:\n  ${match}\nmessage: "{{event.eventName}}"\n`);
const policyRule = (match: string, scope = 'policy') => rule('probe', `scope: ${scope}\nmatch:\n  ${match}\nmessage: "{{resource.id}}"\n`);
const fires = (r: CompiledRule, input: unknown, source: 'policy' | 'cloudtrail'): boolean => {
  const { documents } = loadInlineInput(source, input, 'in.json');
  return evaluateDocuments(documents, [r]).length > 0;
};
const table: [string, CompiledRule, unknown, 'policy' | 'cloudtrail', boolean][] = [
  ['field equals', eventRule('field: event.requestParameters.keySpec\n  equals: RSA_2048'), event({}), 'cloudtrail', true],
  ['field equals, other value', eventRule('field: event.requestParameters.keySpec\n  equals: SYMMETRIC_DEFAULT'), event({}), 'cloudtrail', false],
  ['field missing, default nomatch', eventRule('field: event.requestParameters.origin\n  notEquals: AWS_KMS'), event({}), 'cloudtrail', false],
  ['field missing: match', eventRule('field: event.requestParameters.origin\n  notEquals: AWS_KMS\n  missing: match'), event({}), 'cloudtrail', true],
  ['field exists: false', eventRule('field: event.requestParameters.origin\n  exists: false'), event({}), 'cloudtrail', true],
  ['field like, ignoreCase', eventRule('field: event.requestParameters.description\n  like: "PAYMENTS*"\n  ignoreCase: true'), event({}), 'cloudtrail', true],
  ['field in', eventRule('field: event.awsRegion\n  in: [eu-west-1, us-east-1]'), event({ awsRegion: 'us-east-1' }), 'cloudtrail', true],
  ['field gt on a number', eventRule('field: event.requestParameters.pendingWindowInDays\n  lt: 8'), event({ requestParameters: { pendingWindowInDays: 7 } }), 'cloudtrail', true],
  ['key keyUsage from the event', eventRule('key: {keyUsage: [ENCRYPT_DECRYPT], keySpec: [RSA_2048]}'), event({}), 'cloudtrail', true],
  ['actor type', eventRule('actor: {type: [IAMUser]}'), event({}), 'cloudtrail', false],
  ['actor mfa true', eventRule('actor: {mfa: [true]}'), event({}), 'cloudtrail', true],
  ['event succeeded: false on a failed call (an attempt)', eventRule('event: {succeeded: false}'), event({ errorCode: 'LimitExceededException' }), 'cloudtrail', true],
  ['version notIn', policyRule('version: {notIn: ["2012-10-17"]}'), { Version: '2008-10-17', Statement: [] }, 'policy', true],
  ['version missing: nomatch', policyRule('version: {in: ["2012-10-17"], missing: nomatch}'), { Statement: [] }, 'policy', false],
  ['conditions clause with operator and values', policyRule('someStatement: {conditions: {clause: {operator: StringEquals, key: KMS:CallerAccount, values: ["111122223333"]}}}'),
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': '111122223333' } } }] }, 'policy', true],
  ['conditions clause, other operator', policyRule('someStatement: {conditions: {clause: {operator: StringLike, key: kms:CallerAccount}}}'),
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': '111122223333' } } }] }, 'policy', false],
  ['actions allOf needs every pattern granted', policyRule('someStatement: {actions: {allOf: ["kms:Encrypt", "kms:Decrypt"]}}'),
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] }, 'policy', false],
  ['statement field sid like', policyRule('field: statement.sid\n  like: "Allow*"', 'statement'), { Version: '2012-10-17', Statement: [{ Sid: 'AllowUse', Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] }, 'policy', true],
];
for (const [name, probe, input, source, expected] of table) {
  predicates(`${name} → ${expected ? 'matches' : 'does not match'}`, () => assert.is(fires(probe, input, source), expected));
}
predicates.run();
