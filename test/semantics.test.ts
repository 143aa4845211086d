import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { OWNER, analyzeDoc, analyzeStatement, analyzeWithUnresolved, wildcardEncrypt } from './support/policy.js';

const conditions = suite('condition verdicts (semantics.md §6.5: Allow, Principal *, kms:Encrypt, owner 111122223333)');
const table: [condition: Record<string, unknown> | null, exposure: string][] = [
  [null, 'public'],
  [{ StringEquals: { 'kms:CallerAccount': OWNER } }, 'account'],
  [{ StringEquals: { 'kms:CallerAccount': '999988887777' } }, 'cross-account'],
  [{ StringEquals: { 'kms:ViaService': 'ec2.us-west-2.amazonaws.com' } }, 'public'],
  [{ StringEquals: { 'kms:CallerAccount': OWNER, 'kms:ViaService': 'ec2.us-west-2.amazonaws.com' } }, 'account'],
  [{ StringLike: { 'kms:CallerAccount': '*' } }, 'public'],
  [{ StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc' } }, 'public'],
  [{ StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } }, 'cross-account'],
  [{ 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-abc' } }, 'public'],
  [{ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-abc/r-1/ou-1/*' } }, 'cross-account'],
  [{ StringNotEquals: { 'aws:PrincipalAccount': OWNER } }, 'public'],
  [{ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/app' } }, 'public'],
  [{ ArnEquals: { 'aws:PrincipalArn': `arn:aws:iam::${OWNER}:role/app` } }, 'account'],
  [{ Null: { 'aws:PrincipalOrgID': 'false' } }, 'public'],
  [{ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }, 'public'],
  [{ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, 'network'],
  [{ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }, 'public'],
];
for (const [condition, exposure] of table) {
  conditions(`${condition ? JSON.stringify(condition) : 'no condition'} → ${exposure}`, () => {
    const s = analyzeStatement(wildcardEncrypt(condition ? { Condition: condition } : {}));
    assert.is(s.exposure, exposure, s.exposureReason);
  });
}
conditions('an organization in trustedOrgs is inside the zone of trust: account', () => {
  const options = { ownerAccount: OWNER, trustedOrgs: ['o-abc'] };
  assert.is(analyzeStatement(wildcardEncrypt({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } }), options).exposure, 'account');
  assert.is(analyzeStatement(wildcardEncrypt({ Condition: { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-abc/r-1/ou-1/*' } } }), options).exposure, 'account');
});
conditions('a trusted account named by kms:CallerAccount is account; the evidence names the trusted set', () => {
  const s = analyzeStatement(wildcardEncrypt({ Condition: { StringEquals: { 'kms:CallerAccount': ['444455556666', OWNER] } } }), { ownerAccount: OWNER, trustedAccounts: ['444455556666'] });
  assert.is(s.exposure, 'account');
  assert.equal(s.trusted?.accounts, ['444455556666', OWNER]);
});
conditions('condition keys are case-insensitive, values of StringEquals are not wildcards', () => {
  assert.is(analyzeStatement(wildcardEncrypt({ Condition: { StringEquals: { 'KMS:CALLERACCOUNT': OWNER } } })).exposure, 'account');
  const literalStar = analyzeDoc({ Version: '2012-10-17', Statement: [wildcardEncrypt({ Condition: { StringEquals: { 'kms:CallerAccount': '*' } } })] });
  assert.is(literalStar.statements[0]!.exposure, 'account', 'a literal "*" matches no caller');
  assert.equal(literalStar.issues.map((i) => i.code), ['wildcard-without-like-operator']);
});
conditions('StringLike with a wildcard organization ("o-*") restricts nothing', () => {
  assert.is(analyzeStatement(wildcardEncrypt({ Condition: { StringLike: { 'aws:PrincipalOrgID': 'o-*' } } })).exposure, 'public');
});
conditions('values are OR-ed: one wildcard value opens the clause', () => {
  assert.is(analyzeStatement(wildcardEncrypt({ Condition: { StringLike: { 'kms:CallerAccount': [OWNER, '*'] } } })).exposure, 'public');
});
conditions('aws:SourceVpce alone is network; a VPC condition with an account condition is account', () => {
  assert.is(analyzeStatement(wildcardEncrypt({ Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } })).exposure, 'network');
  assert.is(analyzeStatement(wildcardEncrypt({ Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d', 'kms:CallerAccount': OWNER } } })).exposure, 'account');
});
conditions('IfExists on an always-present key restricts only when that refinement is switched on', () => {
  const statement = wildcardEncrypt({ Condition: { StringEqualsIfExists: { 'kms:CallerAccount': OWNER } } });
  assert.is(analyzeStatement(statement).exposure, 'public');
  assert.is(analyzeStatement(statement, { ownerAccount: OWNER, ifExistsAlwaysPresent: true }).exposure, 'account');
});
conditions('policy variables: ${aws:PrincipalAccount} is a tautology, ${aws:ResourceAccount} is this account, others are unknown', () => {
  assert.is(analyzeStatement(wildcardEncrypt({ Condition: { StringEquals: { 'kms:CallerAccount': '${aws:PrincipalAccount}' } } })).exposure, 'public');
  assert.is(analyzeStatement(wildcardEncrypt({ Condition: { StringEquals: { 'aws:PrincipalAccount': '${aws:ResourceAccount}' } } })).exposure, 'account');
  assert.is(analyzeStatement(wildcardEncrypt({ Condition: { StringEquals: { 'aws:PrincipalOrgID': '${aws:ResourceOrgID}' } } })).exposure, 'unknown');
});
conditions('under Version 2008-10-17 a variable is literal text and matches no account', () => {
  const analysis = analyzeDoc({ Version: '2008-10-17', Statement: [wildcardEncrypt({ Condition: { StringEquals: { 'kms:CallerAccount': '${aws:PrincipalAccount}' } } })] });
  assert.is(analysis.statements[0]!.exposure, 'account');
});
conditions('aws:SourceAccount restricts only calls limited to AWS services', () => {
  assert.is(analyzeStatement(wildcardEncrypt({ Condition: { StringEquals: { 'aws:SourceAccount': OWNER } } })).exposure, 'public');
  const serviceOnly = { Bool: { 'aws:PrincipalIsAWSService': 'true' }, StringEquals: { 'aws:SourceAccount': OWNER } };
  assert.is(analyzeStatement(wildcardEncrypt({ Condition: serviceOnly })).exposure, 'account');
});
conditions('an unresolved condition value is unknown, unless another clause restricts to the account', () => {
  const doc = { Version: '2012-10-17', Statement: [wildcardEncrypt({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-x', 'kms:CallerAccount': OWNER } } })] };
  assert.is(analyzeWithUnresolved(doc, ['/Statement/0/Condition/StringEquals/aws:PrincipalOrgID']).statements[0]!.exposure, 'account');
  const alone = { Version: '2012-10-17', Statement: [wildcardEncrypt({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-x' } } })] };
  assert.is(analyzeWithUnresolved(alone, ['/Statement/0/Condition/StringEquals/aws:PrincipalOrgID']).statements[0]!.exposure, 'unknown');
});
conditions.run();

const principals = suite('principal forms (semantics.md §2.3, §5)');
const forms: [principal: unknown, exposure: string, classes: string[]][] = [
  ['*', 'public', ['public']],
  [{ AWS: '*' }, 'public', ['public']],
  [{ AWS: ['arn:aws:iam::999988887777:root', '*'] }, 'public', ['account-external', 'public']],
  [{ AWS: OWNER }, 'account', ['account-self']],
  [{ AWS: `arn:aws:iam::${OWNER}:root` }, 'account', ['account-self']],
  [{ AWS: `arn:aws:iam::${OWNER}:role/App` }, 'account', ['identity-self']],
  [{ AWS: `arn:aws:sts::${OWNER}:assumed-role/App/session` }, 'account', ['identity-self']],
  [{ AWS: '999988887777' }, 'cross-account', ['account-external']],
  [{ AWS: 'arn:aws:iam::999988887777:user/bob' }, 'cross-account', ['identity-external']],
  [{ Service: 'logs.amazonaws.com' }, 'account', ['service']],
  [{ Federated: 'cognito-identity.amazonaws.com' }, 'cross-account', ['federated']],
  [{ CanonicalUser: '*' }, 'public', ['public']],
  [{ AWS: 'arn:aws:iam::*:root' }, 'public', ['public']],
];
for (const [principal, exposure, classes] of forms) {
  principals(`Principal ${JSON.stringify(principal)} → ${exposure}`, () => {
    const s = analyzeStatement({ Effect: 'Allow', Principal: principal, Action: 'kms:Encrypt', Resource: '*' });
    assert.is(s.exposure, exposure);
    assert.equal(s.principals.map((p) => p.class), classes);
  });
}
principals('"Principal": "*" and {"AWS": "*"} normalise to the same set', () => {
  const a = analyzeStatement({ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' });
  const b = analyzeStatement({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:*', Resource: '*' });
  assert.equal([a.exposure, a.principals.map((p) => [p.type, p.value, p.class])], [b.exposure, b.principals.map((p) => [p.type, p.value, p.class])]);
});
principals('a wildcard inside a principal ARN is public and reported as malformed', () => {
  const analysis = analyzeDoc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::12345678901?:root' }, Action: 'kms:Encrypt', Resource: '*' }] });
  assert.is(analysis.statements[0]!.exposure, 'public');
  assert.equal(analysis.issues.map((i) => i.code), ['wildcard-in-principal']);
});
principals('a wildcard only in the name is malformed and treated as that account', () => {
  const analysis = analyzeDoc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OWNER}:role/*` }, Action: 'kms:Encrypt', Resource: '*' }] });
  assert.is(analysis.statements[0]!.exposure, 'account');
  assert.equal(analysis.issues.map((i) => i.code), ['wildcard-in-principal']);
});
principals('IAM unique ids are dangling principals; groups are not principals', () => {
  const analysis = analyzeDoc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ['AIDAJQABLZS4A3QDU576Q', `arn:aws:iam::${OWNER}:group/admins`] }, Action: 'kms:Encrypt', Resource: '*' }] });
  assert.equal(analysis.issues.map((i) => i.code).sort(), ['dangling-principal', 'grammar']);
});
principals('the symbolic owner ${AWS::AccountId} is this account even when its number is unknown', () => {
  const s = analyzeStatement({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::${AWS::AccountId}:root' }, Action: 'kms:*', Resource: '*' }, {});
  assert.equal([s.exposure, s.principals[0]!.class], ['account', 'account-self']);
  const condition = analyzeStatement(wildcardEncrypt({ Condition: { StringEquals: { 'kms:CallerAccount': '${AWS::AccountId}' } } }), {});
  assert.is(condition.exposure, 'account');
});
principals('without a known owner, no account is inside the zone of trust', () => {
  assert.is(analyzeStatement({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OWNER}:root` }, Action: 'kms:*', Resource: '*' }, {}).exposure, 'cross-account');
});
principals('an unresolved principal is unknown; a restricting condition still decides', () => {
  const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'x' }, Action: 'kms:Encrypt', Resource: '*' }] };
  assert.is(analyzeWithUnresolved(doc, ['/Statement/0/Principal/AWS']).statements[0]!.exposure, 'unknown');
  const restricted = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'x' }, Action: 'kms:Encrypt', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': OWNER } } }] };
  assert.is(analyzeWithUnresolved(restricted, ['/Statement/0/Principal/AWS']).statements[0]!.exposure, 'account');
});
principals('a named external account stays cross-account whatever its conditions; kms:CallerAccount = owner narrows it', () => {
  const s = (condition: unknown) => analyzeStatement({ Effect: 'Allow', Principal: { AWS: '999988887777' }, Action: 'kms:Encrypt', Resource: '*', Condition: condition });
  assert.is(s({ Bool: { 'aws:SecureTransport': 'true' } }).exposure, 'cross-account');
  assert.is(s({ StringEquals: { 'kms:CallerAccount': OWNER } }).exposure, 'account');
});
principals.run();

const notElements = suite('NotPrincipal and NotAction (semantics.md §7.2, §7.3)');
notElements('Allow + NotPrincipal is public', () => {
  const s = analyzeStatement({ Effect: 'Allow', NotPrincipal: { AWS: `arn:aws:iam::${OWNER}:role/Admin` }, Action: 'kms:Encrypt', Resource: '*' });
  assert.is(s.exposure, 'public');
  assert.is(s.principalElement, 'NotPrincipal');
});
notElements('Allow * NotAction kms:Decrypt grants encrypt and admin capabilities', () => {
  const s = analyzeStatement({ Effect: 'Allow', Principal: '*', NotAction: 'kms:Decrypt', Resource: '*' });
  assert.ok(s.capabilities.encrypt.includes('kms:Encrypt'));
  assert.ok(s.capabilities.admin.includes('kms:PutKeyPolicy'));
  assert.not.ok(s.capabilities.decrypt.includes('kms:Decrypt'));
  assert.ok(s.actions.openEnded);
});
notElements.run();

const effective = suite('statement effectiveness (semantics.md §2.5, §8.1)');
const resources: [Record<string, unknown>, boolean][] = [
  [{ Resource: '*' }, true],
  [{ Resource: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }, true],
  [{ Resource: 'arn:aws:kms:*:111122223333:key/*' }, true],
  [{ Resource: 'arn:aws:s3:::my-bucket' }, false],
  [{ Resource: 'arn:aws:kms:us-east-1:111122223333:alias/my-key' }, false],
  [{}, false],
  [{ NotResource: 'arn:aws:s3:::my-bucket' }, true],
  [{ NotResource: '*' }, false],
];
for (const [resource, expected] of resources) {
  effective(`${JSON.stringify(resource)} → ${expected ? 'effective' : 'ineffective'}`, () => {
    const s = analyzeStatement({ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', ...resource });
    assert.is(s.effective, expected, s.ineffectiveBecause.join('; '));
  });
}
effective('an invalid Effect makes the statement ineffective and is reported', () => {
  const analysis = analyzeDoc({ Version: '2012-10-17', Statement: [{ Effect: 'allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] });
  assert.is(analysis.statements[0]!.effective, false);
  assert.equal(analysis.issues.map((i) => i.code), ['invalid-effect']);
  assert.match(analysis.issues[0]!.message, /did you mean "Allow"/);
});
effective.run();

const deny = suite('Deny neutralisation (semantics.md §7.1)');
const allowAll = { Sid: 'Open', Effect: 'Allow', Principal: '*', Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: '*' };
const guard = (extra: Record<string, unknown>) => ({ Sid: 'Guard', Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', ...extra });
const mitigationOf = (...statements: unknown[]) => analyzeDoc({ Version: '2012-10-17', Statement: statements }).statements[0]!.mitigation;

deny('Deny * unless aws:PrincipalOrgID neutralises the public Allow: mitigated, effective exposure from the trusted set', () => {
  const m = mitigationOf(allowAll, guard({ Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }));
  assert.ok(m?.complete);
  assert.equal(m!.by, [{ index: 1, label: '"Guard"' }]);
  assert.is(m!.effectiveExposure, 'cross-account');
  const trusted = analyzeDoc({ Version: '2012-10-17', Statement: [allowAll, guard({ Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } })] }, { ownerAccount: OWNER, trustedOrgs: ['o-a1b2c3d4e5'] });
  assert.is(trusted.statements[0]!.mitigation!.effectiveExposure, 'account');
});
deny('IfExists variants and kms:CallerAccount / aws:PrincipalArn keys also neutralise', () => {
  for (const condition of [
    { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
    { StringNotEquals: { 'kms:CallerAccount': OWNER } },
    { ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${OWNER}:role/*` } },
    { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } },
  ]) {
    assert.ok(mitigationOf(allowAll, guard({ Condition: condition }))?.complete, JSON.stringify(condition));
  }
});
deny('an unconditional Deny neutralises everything: nobody is left', () => {
  const m = mitigationOf(allowAll, guard({}));
  assert.ok(m?.complete);
  assert.is(m!.effectiveExposure, 'account');
});
deny('a Deny that narrows how (MFA, TLS) does not neutralise public access', () => {
  const m = mitigationOf(allowAll, guard({ Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }));
  assert.is(m?.complete, false);
  assert.equal(m!.partialBy.map((p) => p.index), [1]);
  assert.equal(m!.residual.actions, ['kms:Decrypt', 'kms:Encrypt']);
});
deny('a Deny with a trust clause AND an extra clause is only a partial mitigation', () => {
  const m = mitigationOf(allowAll, guard({ Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' }, Bool: { 'aws:SecureTransport': 'false' } } }));
  assert.is(m?.complete, false);
  assert.match(m!.reason, /aws:SecureTransport/);
});
deny('a Deny of some actions leaves the rest open', () => {
  const m = mitigationOf(allowAll, guard({ Action: 'kms:Decrypt' }));
  assert.is(m?.complete, false);
  assert.equal(m!.residual.actions, ['kms:Encrypt']);
});
deny('ForAnyValue with a negated operator lets principals outside any organization through', () => {
  assert.is(mitigationOf(allowAll, guard({ Condition: { 'ForAnyValue:StringNotEquals': { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }))?.complete, false);
});
deny('a wildcard trusted value ("o-*") does not neutralise', () => {
  assert.is(mitigationOf(allowAll, guard({ Condition: { StringNotLike: { 'aws:PrincipalOrgID': 'o-*' } } }))?.complete, false);
});
deny('an ineffective Deny (no Resource) or one naming a single principal neutralises nothing', () => {
  const { Resource: _omit, ...noResource } = guard({});
  assert.is(mitigationOf(allowAll, noResource), null);
  assert.is(mitigationOf(allowAll, guard({ Principal: { AWS: 'arn:aws:iam::999988887777:root' } })), null);
});
deny('Deny + NotPrincipal listing the owner neutralises for everyone else', () => {
  const m = mitigationOf(allowAll, { Sid: 'OnlyOwner', Effect: 'Deny', NotPrincipal: { AWS: [`arn:aws:iam::${OWNER}:root`, `arn:aws:iam::${OWNER}:role/App`] }, Action: 'kms:*', Resource: '*' });
  assert.ok(m?.complete);
  assert.is(m!.effectiveExposure, 'account');
});
deny('Deny NotAction kms:Decrypt neutralises an Encrypt grant but not a Decrypt grant', () => {
  const denyAllButDecrypt = { Effect: 'Deny', Principal: '*', NotAction: 'kms:Decrypt', Resource: '*' };
  assert.ok(mitigationOf({ ...allowAll, Action: 'kms:Encrypt' }, denyAllButDecrypt)?.complete);
  assert.is(mitigationOf({ ...allowAll, Action: 'kms:Decrypt' }, denyAllButDecrypt), null);
});
deny('an open-ended NotAction grant is neutralised only by a Deny that is open-ended too', () => {
  const openGrant = { Effect: 'Allow', Principal: '*', NotAction: 'kms:Decrypt', Resource: '*' };
  const listed = mitigationOf(openGrant, guard({ Action: ['kms:Encrypt', 'kms:PutKeyPolicy'] }));
  assert.is(listed?.complete, false);
  assert.ok(listed!.residual.openEnded);
  assert.ok(mitigationOf(openGrant, guard({}))?.complete);
});
deny.run();
