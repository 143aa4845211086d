import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { resolveIntrinsics } from '../src/loaders/intrinsics.js';
import { loadPolicyDocument } from '../src/loaders/policy.js';
import { analyzePolicy } from '../src/policy/analyze.js';
import { parseSource, toPlain } from '../src/source.js';

const resolveYaml = (yaml: string): unknown => {
  const { root, diagnostics } = parseSource(yaml, 't.yaml');
  assert.equal(diagnostics, []);
  const resolved = resolveIntrinsics(root!);
  const plain = (node: typeof resolved): unknown => (node.kind === 'unresolved' ? `<${node.description}>` : node.kind === 'seq' ? node.items.map(plain) : node.kind === 'map' ? Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)])) : toPlain(node));
  return plain(resolved);
};

const intrinsics = suite('CloudFormation intrinsics in a policy (inputs.md §2.4)');
const cases: [yaml: string, expected: unknown][] = [
  ['v: !Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:root"', { v: 'arn:aws:iam::${AWS::AccountId}:root' }],
  ['v: !Join ["", ["arn:aws:iam::", !Ref "AWS::AccountId", ":root"]]', { v: 'arn:aws:iam::${AWS::AccountId}:root' }],
  ['v: {"Fn::Sub": ["arn:aws:iam::${Acct}:root", {"Acct": "444455556666"}]}', { v: 'arn:aws:iam::444455556666:root' }],
  ['v: !Sub "${!Literal}-x"', { v: '${Literal}-x' }],
  ['v: !GetAtt Role.Arn', { v: '<Fn::GetAtt Role.Arn>' }],
  ['v: !Ref AdminRoleArn', { v: '<Ref AdminRoleArn>' }],
  ['v: !Sub "arn:aws:iam::${ExternalAccount}:root"', { v: '<Fn::Sub "arn:aws:iam::${ExternalAccount}:root" (${ExternalAccount} is not known before deployment)>' }],
  ['v: !Join ["", ["arn:aws:iam::", !Ref Acct, ":root"]]', { v: '<Fn::Join with Ref Acct>' }],
  ['v: [kms:Encrypt, !Ref AWS::NoValue]', { v: ['kms:Encrypt'] }],
  ['v: !If [IsProd, "*", !Ref AWS::NoValue]', { v: '*' }],
  ['v: [a, !If [C, b, c]]', { v: ['a', 'b', 'c'] }],
  ['v: !If [C, {x: 1}, {y: 2}]', { v: '<Fn::If with branches kmslint cannot combine>' }],
  ['v: !ImportValue SharedKeyAdmin', { v: '<Fn::ImportValue SharedKeyAdmin>' }],
];
for (const [yaml, expected] of cases) {
  intrinsics(yaml, () => assert.equal(resolveYaml(yaml), expected));
}
intrinsics('a policy whose principal is !Sub of the account is the account principal', () => {
  const { documents } = loadPolicyDocument('Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Principal: {AWS: !Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:root"}\n    Action: kms:*\n    Resource: "*"\n', 'p.yaml');
  const s = analyzePolicy(documents[0]!.policy!).statements[0]!;
  assert.equal([s.exposure, s.principals[0]!.class], ['account', 'account-self']);
});
intrinsics('a principal from !GetAtt is unknown, never public and never cleared', () => {
  const { documents } = loadPolicyDocument('Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Principal: {AWS: !GetAtt Role.Arn}\n    Action: kms:Encrypt\n    Resource: "*"\n', 'p.yaml');
  const s = analyzePolicy(documents[0]!.policy!).statements[0]!;
  assert.equal([s.exposure, s.principals[0]!.class, s.principals[0]!.loc.line], ['unknown', 'unresolved', 4]);
});
intrinsics('a whole policy from an intrinsic is an unknown document', () => {
  const { documents, diagnostics } = loadPolicyDocument('!GetAtt Generator.Policy\n', 'p.yaml');
  assert.equal(diagnostics, []);
  assert.equal([documents[0]!.policy, documents[0]!.unknown], [null, 'Fn::GetAtt Generator.Policy']);
});
intrinsics.run();
