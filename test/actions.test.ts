import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  KEY_ACTIONS, KMS_ACTIONS, actionSetOf, actionsWithCapability, catalogAction, coversAllActions, expandActionPattern, unknownActionPatterns,
} from '../src/policy/actions.js';
import type { Located } from '../src/types.js';

const at = { file: 't', line: 1, column: 1, endLine: 1, endColumn: 1, pointer: '' };
const located = (...values: string[]): Located<string>[] => values.map((value) => ({ value, loc: at }));
const strip = (names: string[]): string[] => names.map((n) => n.replace(/^kms:/, ''));

const expansions = suite('action expansions (semantics.md §2.4)');
const table: [string[], string[]][] = [
  [['kms:Encrypt'], ['Encrypt']],
  [['KMS:encrypt'], ['Encrypt']],
  [['kms:Encrypt*'], ['Encrypt']],
  [['kms:*crypt*'], ['Decrypt', 'Encrypt', 'ReEncryptFrom', 'ReEncryptTo']],
  [['kms:ReEncrypt*'], ['ReEncryptFrom', 'ReEncryptTo']],
  [['kms:Re?ncrypt*'], ['ReEncryptFrom', 'ReEncryptTo']],
  [['kms:GenerateDataKey*'], ['GenerateDataKey', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext', 'GenerateDataKeyWithoutPlaintext']],
  [['kms:Generate*'], ['GenerateDataKey', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext', 'GenerateDataKeyWithoutPlaintext', 'GenerateMac', 'GenerateRandom']],
  [['kms:Create*'], ['CreateAlias', 'CreateCustomKeyStore', 'CreateGrant', 'CreateKey']],
  [['kms:Get*'], ['GetKeyLastUsage', 'GetKeyPolicy', 'GetKeyRotationStatus', 'GetParametersForImport', 'GetPublicKey']],
  [['kms:*Grant*'], ['CreateGrant', 'ListGrants', 'ListRetirableGrants', 'RetireGrant', 'RevokeGrant']],
];
for (const [patterns, expected] of table) {
  expansions(`${patterns.join(', ')} → ${expected.join(', ')}`, () => {
    assert.equal(strip(patterns.flatMap((p) => expandActionPattern(p, KMS_ACTIONS))).sort(), expected);
  });
}
expansions('kms:* and * match all 56 actions', () => {
  assert.is(expandActionPattern('kms:*', KMS_ACTIONS).length, 56);
  assert.is(expandActionPattern('*', KMS_ACTIONS).length, 56);
});
expansions('patterns of other services match nothing', () => {
  assert.equal(expandActionPattern('s3:*', KMS_ACTIONS), []);
  assert.equal(expandActionPattern('iam:PassRole', KMS_ACTIONS), []);
});
expansions.run();

const sets = suite('Action / NotAction sets');
sets('a key policy grants only key-resource actions: kms:Create* grants CreateAlias and CreateGrant, not CreateKey', () => {
  assert.equal(strip(actionSetOf(located('kms:Create*'), null).actions), ['CreateAlias', 'CreateGrant']);
});
sets('kms:* covers all key actions including future ones; an explicit list of all of them does not', () => {
  const all = actionSetOf(located('kms:*'), null);
  assert.ok(coversAllActions(all));
  assert.is(all.actions.length, KEY_ACTIONS.length);
  const listed = actionSetOf(located(...KEY_ACTIONS.map((a) => a.name)), null);
  assert.is(listed.actions.length, KEY_ACTIONS.length);
  assert.not.ok(listed.openEnded);
  assert.not.ok(coversAllActions(listed));
});
sets('NotAction kms:Decrypt grants every other key action, open-ended', () => {
  const set = actionSetOf(null, located('kms:Decrypt'));
  assert.ok(set.openEnded);
  assert.is(set.actions.length, KEY_ACTIONS.length - 1);
  assert.not.ok(set.actions.includes('kms:Decrypt'));
  assert.ok(set.actions.includes('kms:Encrypt'));
});
sets('NotAction kms:* grants nothing', () => {
  const set = actionSetOf(null, located('kms:*'));
  assert.equal(set.actions, []);
  assert.not.ok(set.openEnded);
});
sets('NotAction naming another service only grants all KMS actions', () => {
  assert.ok(coversAllActions(actionSetOf(null, located('s3:*'))));
});
sets('unresolved patterns are kept apart, never expanded', () => {
  const set = actionSetOf([{ value: 'Fn::GetAtt', loc: at, unresolved: 'Fn::GetAtt' }, ...located('kms:Decrypt')], null);
  assert.equal(set.actions, ['kms:Decrypt']);
  assert.is(set.unresolved.length, 1);
});
sets.run();

const capabilities = suite('capability classes (semantics.md §4)');
const encryptOf = (facts = {}): string[] => strip(actionsWithCapability(actionSetOf(located('kms:*'), null), 'encrypt', facts));
capabilities('encrypt-capable actions of a symmetric key are exactly decision 2', () => {
  assert.equal(encryptOf(), ['Encrypt', 'GenerateDataKey', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext', 'ReEncryptTo']);
});
capabilities('GetPublicKey encrypts only for asymmetric RSA/SM2 ENCRYPT_DECRYPT keys', () => {
  assert.ok(encryptOf({ keySpec: 'RSA_2048', keyUsage: 'ENCRYPT_DECRYPT' }).includes('GetPublicKey'));
  assert.not.ok(encryptOf({ keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY' }).includes('GetPublicKey'));
  assert.not.ok(encryptOf({ keySpec: 'ECC_NIST_P256', keyUsage: 'ENCRYPT_DECRYPT' }).includes('GetPublicKey'));
});
capabilities('DeriveSharedSecret encrypts and decrypts only for KEY_AGREEMENT keys', () => {
  assert.ok(encryptOf({ keyUsage: 'KEY_AGREEMENT', keySpec: 'ECC_NIST_P256' }).includes('DeriveSharedSecret'));
  assert.not.ok(encryptOf().includes('DeriveSharedSecret'));
});
capabilities('GenerateDataKeyWithoutPlaintext and ReEncryptFrom are not encrypt-capable', () => {
  assert.not.ok(encryptOf().includes('GenerateDataKeyWithoutPlaintext'));
  assert.not.ok(encryptOf().includes('ReEncryptFrom'));
  assert.equal(catalogAction('kms:ReEncryptFrom')?.capabilities, ['decrypt']);
});
capabilities('CreateGrant and PutKeyPolicy are the escalation class', () => {
  assert.equal(strip(actionsWithCapability(actionSetOf(located('*'), null), 'escalation', {})), ['CreateGrant', 'PutKeyPolicy']);
});
capabilities.run();

const catalog = suite('the shipped catalog');
catalog('matches the shared spec catalog action for action (apart from machine-readable key specs)', () => {
  const spec = JSON.parse(readFileSync(new URL('../../shared/spec/kms-actions.json', import.meta.url), 'utf8')) as { actions: { name: string; capabilities: string[]; keyResource: boolean; accessLevel: string }[] };
  assert.is(KMS_ACTIONS.length, spec.actions.length);
  for (const expected of spec.actions) {
    const actual = catalogAction(expected.name);
    assert.ok(actual, expected.name);
    assert.equal([actual!.capabilities, actual!.keyResource, actual!.accessLevel], [expected.capabilities, expected.keyResource, expected.accessLevel], expected.name);
  }
});
catalog('the convenience booleans agree with capabilities', () => {
  for (const action of KMS_ACTIONS as unknown as { name: string; capabilities: string[]; encryptCapable: boolean; decryptCapable: boolean; admin: boolean }[]) {
    assert.is(action.encryptCapable, action.capabilities.includes('encrypt'), action.name);
    assert.is(action.decryptCapable, action.capabilities.includes('decrypt'), action.name);
    assert.is(action.admin, action.capabilities.includes('admin'), action.name);
  }
});
catalog.run();

const unknown = suite('unknown action names');
unknown('a kms: name that matches nothing is reported; real names, wildcards and other services are not', () => {
  const found = unknownActionPatterns(located('kms:EncryptData', 'kms:Encrypt', 'kms:Enc*', 'kms:Nothing*', 's3:GetObject', '*'));
  assert.equal(found.map((p) => p.value), ['kms:EncryptData', 'kms:Nothing*']);
});
unknown.run();
