import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { kmslint } from './support/cli.js';

const cfn = suite('CloudFormation and CDK through the CLI');
const lint = (...args: string[]) => kmslint(['lint', '--owner-account', '111122223333', '--format', 'json', ...args]);
type JsonFinding = { ruleId: string; status: string; file: string; line: number; column: number; resource: string; statement: { sid: string | null } | null; cdkPath?: string; message: string };

cfn('a template: short-form tags, Fn::If branches, in-template roles, parameters, block strings, key facts', () => {
  const { code, stdout, stderr } = lint('test/fixtures/cloudformation/keys.yaml');
  assert.is(code, 2, 'the ReplicaKey without KeyPolicy is an input error');
  assert.match(stderr, /^test\/fixtures\/cloudformation\/keys\.yaml:56:3: error: BrokenReplica: AWS::KMS::ReplicaKey requires a KeyPolicy; CloudFormation will reject this template \[missing-key-policy\]$/m);
  const findings = JSON.parse(stdout).findings as JsonFinding[];
  const summary = findings.map((f) => `${f.line}:${f.column} ${f.resource} ${f.statement?.sid ?? '-'} ${f.ruleId} ${f.status}`);
  assert.equal(summary, [
    '33:15 AppKey PublicKeyForEveryone encrypt-to-wildcard-principal violation',
    '39:13 AppKey Partner cross-account-access unknown',
    '53:13 Replica Anyone decrypt-to-wildcard-principal violation',
    '60:3 DefaultKey - bypass-lockout-safety-check violation',
  ]);
  assert.match(findings[0]!.message, /\(kms:GetPublicKey; principal "\*"\)/, 'GetPublicKey encrypts with an RSA ENCRYPT_DECRYPT key');
});
cfn('a CDK cloud assembly: manifest followed into nested assemblies, construct paths reported, asset files ignored', () => {
  const { stdout } = lint('test/fixtures/cdk.out');
  const findings = JSON.parse(stdout).findings as JsonFinding[];
  assert.equal(findings.map((f) => [f.file, f.ruleId, f.cdkPath]), [
    ['test/fixtures/cdk.out/KeyStack.template.json', 'encrypt-to-wildcard-principal', 'KeyStack/SharedKey/Resource'],
    ['test/fixtures/cdk.out/assembly-Prod/ProdKeyStack.template.json', 'decrypt-to-wildcard-principal', 'Prod/KeyStack/SharedKey/Resource'],
  ]);
  const text = kmslint(['lint', '--owner-account', '111122223333', 'test/fixtures/cdk.out/manifest.json']).stdout;
  assert.match(text, /encrypt-to-wildcard-principal {2}Statement #1 lets any AWS account encrypt .* \[KeyStack\/SharedKey\/Resource\]$/m);
  assert.match(text, /— 2 files, 2 policies,/, 'naming the manifest lints the stacks it lists');
});
cfn.run();

const mixed = suite('lint over a tree of every input kind');
mixed('the corpus directories: each input recognised, digests skipped, invalid files reported and the rest linted', () => {
  const { code, stdout, stderr } = kmslint(['lint', '--format', 'json', '../shared/corpus/cloudtrail', '../shared/corpus/iac']);
  assert.is(code, 2);
  const output = JSON.parse(stdout);
  const files = new Set((output.findings as JsonFinding[]).map((f) => f.file));
  for (const expected of [
    '../shared/corpus/cloudtrail/assembled/ocsf/api_activity_kms.ocsf.ndjson',
    '../shared/corpus/cloudtrail/assembled/lookup-events/lookup-events.kms.json',
    '../shared/corpus/iac/checkov/KMSKeyWildCardPrincipal-FAILED-Wildcard.yaml',
    '../shared/corpus/iac/terraform-compliance/test_issue-121-plan.out.json',
  ]) assert.ok(files.has(expected), expected);
  assert.not.ok([...files].some((f) => f.includes('CloudTrail-Digest')));
  assert.match(stderr, /kms_edge_cases\.records\.json:\d+:\d+: error: the requestParameters\.policy of event 0a1b2c3d-0000-4000-8000-000000000012 is not valid JSON/);
});
mixed('--input forces a kind; a file of another kind is then an error', () => {
  const forced = kmslint(['lint', '--input', 'terraform-plan', 'examples/policies/aws-default.json']);
  assert.is(forced.code, 2);
  assert.match(forced.stderr, /expected the JSON object that "terraform show -json" writes|format_version/);
});
mixed.run();

const parse = suite('kmslint parse');
parse('prints the loader\'s view: resource, location, facts, normalized policy with unresolved values marked', () => {
  const { code, stdout } = kmslint(['parse', 'test/fixtures/cloudformation/keys.yaml']);
  assert.is(code, 2);
  const documents = JSON.parse(stdout);
  assert.equal(documents.map((d: { resource: string }) => d.resource), ['AppKey', 'Replica', 'DefaultKey']);
  const appKey = documents[0];
  assert.equal([appKey.source, appKey.location.line, appKey.facts], ['cloudformation', 18, { ownerAccount: '${AWS::AccountId}', keySpec: 'RSA_2048', keyUsage: 'ENCRYPT_DECRYPT' }]);
  const partner = appKey.policy.statements[3].principal.aws[0];
  assert.equal([partner.unresolved, partner.loc.line], ['Fn::Sub "arn:aws:iam::${PartnerAccount}:root" (${PartnerAccount} is not known before deployment)', 41]);
  assert.equal(appKey.policy.statements[1].principal.aws[0].value, 'arn:aws:iam::${AWS::AccountId}:role/AppRole');
});
parse('CloudTrail documents carry the normalised event', () => {
  const { stdout } = kmslint(['parse', '../shared/corpus/cloudtrail/splunk-security-content/aws_cloudtrail_createkey.example_log.json']);
  const [document] = JSON.parse(stdout);
  assert.equal([document.source, document.facts.event.eventName, document.facts.event.mfaAuthenticated, document.facts.event.actor.mfa], ['cloudtrail', 'CreateKey', false, 'false']);
});
parse.run();

const audit = suite('CloudTrail audit report');
audit('text output aggregates events like the Splunk detection: count, first and last time per event, source, region, principal, user', () => {
  const { stdout } = kmslint(['lint', '--soft-fail', 'examples/cloudtrail']);
  const table = stdout.slice(stdout.indexOf('CloudTrail events with findings:'));
  const rows = table.split('\n').slice(2, 4).map((row) => row.split(/ {2,}/));
  assert.equal(rows, [
    ['2', '2026-11-30T09:11:00Z', '2026-11-30T09:13:00Z', 'PutKeyPolicy', 'kms.amazonaws.com', 'us-east-1', 'AIDAEXAMPLEUSERID0002', 'contractor', '-', 'encrypt-policy-created-without-mfa,encrypt-to-wildcard-principal'],
    ['1', '2026-11-30T09:14:00Z', '2026-11-30T09:14:00Z', 'CreateKey', 'kms.amazonaws.com', 'us-east-1', 'AROAEXAMPLEROLEID0003:alice', 'KeyAdmin', 'true', 'cross-account-access'],
  ]);
  const json = JSON.parse(kmslint(['lint', '--soft-fail', '--format', 'json', 'examples/cloudtrail']).stdout);
  const attempt = json.findings.find((f: { status: string }) => f.status === 'attempt');
  assert.equal([attempt.severity, attempt.event.errorCode, attempt.resource], ['low', 'AccessDeniedException', 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-000000000003']);
});
audit.run();
