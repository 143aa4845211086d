import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { kmslint, tempTree } from './support/cli.js';

const OWNER = ['--owner-account', '111122223333'];

const examples = suite('kmslint analyze on examples/policies');
examples('text output shows each statement, its exposure and Deny neutralisation; exit 0', () => {
  const { code, stdout, stderr } = kmslint(['analyze', ...OWNER, 'examples/policies']);
  assert.is(stderr, '');
  assert.is(code, 0);
  assert.match(stdout, /examples\/policies\/public-encrypt\.json: 2 statements/);
  assert.match(stdout, /statement "Let anyone encrypt" \(#1\), line 12\n {4}Allow {2}Principal \* \(public\)/);
  assert.match(stdout, /exposure: PUBLIC — principal "\*" is every AWS account; no condition restricts who can call \(aws:SecureTransport does not restrict who calls\)/);
  assert.match(stdout, /mitigated: neutralised by Deny "Deny outside the organization" \(it denies everyone but organization o-a1b2c3d4e5\); effective exposure cross-account/);
  assert.match(stdout, /exposure: cross-account — principal "\*" is every AWS account; StringEquals aws:PrincipalOrgID limits callers to organization o-a1b2c3d4e5, outside the zone of trust/);
});
examples('files are listed in sorted order', () => {
  const { stdout } = kmslint(['analyze', ...OWNER, 'examples/policies']);
  const files = [...stdout.matchAll(/^(examples\/\S+): \d+ statements?/gm)].map((m) => m[1]);
  assert.equal(files, ['examples/policies/aws-default.json', 'examples/policies/console-wizard.json', 'examples/policies/deny-guarded.yaml', 'examples/policies/org-restricted.json', 'examples/policies/public-encrypt.json']);
});
examples('--trusted-org moves the organization inside the zone of trust', () => {
  const { stdout } = kmslint(['analyze', ...OWNER, '--trusted-org', 'o-a1b2c3d4e5', 'examples/policies/org-restricted.json']);
  assert.match(stdout, /exposure: account — principal "\*" is every AWS account; StringEquals aws:PrincipalOrgID limits callers to organization o-a1b2c3d4e5\n/);
});
examples('--format json is the versioned analysis', () => {
  const { code, stdout } = kmslint(['analyze', ...OWNER, '--format', 'json', 'examples/policies/public-encrypt.json', 'examples/policies/deny-guarded.yaml']);
  assert.is(code, 0);
  const output = JSON.parse(stdout);
  assert.is(output.version, 1);
  assert.is(output.tool.name, 'kmslint');
  const [guarded, publicEncrypt] = output.files;
  assert.is(guarded.file, 'examples/policies/deny-guarded.yaml');
  assert.equal(guarded.policies[0].statements[1].mitigation.by, [{ index: 2, label: '"Deny outside the organization"' }]);
  const open = publicEncrypt.policies[0].statements[1];
  assert.equal([open.sid, open.exposure, open.capabilities.encrypt], ['Let anyone encrypt', 'public', ['kms:Encrypt', 'kms:GenerateDataKey', 'kms:GenerateDataKeyPair', 'kms:GenerateDataKeyPairWithoutPlaintext']]);
  assert.equal(open.location, { file: 'examples/policies/public-encrypt.json', line: 12, column: 5, endLine: 19, endColumn: 6, pointer: '/Statement/1' });
});
examples.run();

const badInput = suite('kmslint analyze on bad input');
badInput('invalid JSON: located diagnostic, exit 2, other files still analysed', () => {
  const dir = tempTree({
    'broken.json': '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow"',
    'good.json': JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }] }),
  });
  const { code, stdout } = kmslint(['analyze', '.'], dir);
  assert.is(code, 2);
  assert.match(stdout, /^broken\.json:4:23: error: invalid JSON: .+ \(the document ends too early: truncated\?\); fix the syntax .* \[parse-error\]$/m);
  assert.match(stdout, /^good\.json: 1 statement/m);
});
badInput('a grammar error is listed with its location and exits 1', () => {
  const dir = tempTree({ 'policy.json': '{"Version": "2012-10-17", "Statement": [{\n  "Effect": "allow", "Principal": "*", "Action": "kms:Encrypt", "Resource": "*"}]}' });
  const { code, stdout } = kmslint(['analyze', 'policy.json'], dir);
  assert.is(code, 1);
  assert.match(stdout, /policy\.json:2:13 {2}error {2}invalid-effect {2}"Effect" must be one of Allow, Deny \(got "allow"; did you mean "Allow"\?/);
  assert.match(stdout, /ineffective: its Effect is neither "Allow" nor "Deny"/);
});
badInput('a file that is not a policy is skipped in a directory but reported when named', () => {
  const dir = tempTree({ 'package.json': '{"name": "app"}', 'key.json': JSON.stringify({ Statement: [{ Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*' }] }) });
  const scan = kmslint(['analyze', '.'], dir);
  assert.is(scan.code, 0);
  assert.not.match(scan.stdout, /package\.json/);
  const named = kmslint(['analyze', 'package.json'], dir);
  assert.is(named.code, 1);
  assert.match(named.stdout, /package\.json:1:1 {2}error {2}grammar {2}the document is missing "Statement"/);
});
badInput('a path that does not exist', () => {
  const { code, stderr } = kmslint(['analyze', 'no/such/file.json']);
  assert.is(code, 2);
  assert.match(stderr, /^no\/such\/file\.json:1:1: error: no such file or directory; check the path/);
});
badInput.run();

const usage = suite('kmslint usage errors and help');
usage('no command prints help and exits 2; --help exits 0', () => {
  const bare = kmslint([]);
  assert.is(bare.code, 2);
  assert.match(bare.stdout, /Usage: kmslint <command>/);
  const help = kmslint(['--help']);
  assert.is(help.code, 0);
  assert.match(help.stdout, /analyze {4}show who each statement/);
  for (const command of ['lint', 'test', 'rules', 'explain']) assert.match(help.stdout, new RegExp(`^  ${command} +\\S`, 'm'));
});
usage('analyze --help documents every option with examples', () => {
  const { code, stdout } = kmslint(['analyze', '--help']);
  assert.is(code, 0);
  for (const option of ['--format', '--owner-account', '--trusted-account', '--trusted-org', '--key-usage', '--key-spec']) assert.ok(stdout.includes(option), option);
  assert.match(stdout, /Examples:\n {2}kmslint analyze examples\/policies/);
});
usage('bad options exit 2 with a hint', () => {
  const cases: [string[], RegExp][] = [
    [['frobnicate'], /unknown command "frobnicate"; commands: lint, analyze, test, rules, explain/],
    [['analyze', '--format', 'xml', 'x.json'], /--format must be one of text, json \(got "xml"\)/],
    [['analyze', '--owner-account', '1234', 'x.json'], /an AWS account id has exactly 12 digits \(got "1234"\)/],
    [['analyze', '--trusted-org', 'org1', 'x.json'], /an AWS Organizations id looks like o-a1b2c3d4e5 \(got "org1"\)/],
    [['analyze', '--no-such-option', 'x.json'], /Unknown option '--no-such-option'/],
    [['analyze'], /name at least one policy file or directory/],
  ];
  for (const [args, message] of cases) {
    const { code, stderr } = kmslint(args);
    assert.is(code, 2, args.join(' '));
    assert.match(stderr, message);
    assert.match(stderr, /Run "kmslint (analyze )?--help" for usage\./);
  }
});
usage('--version prints the package version', () => {
  assert.match(kmslint(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
});
usage.run();
