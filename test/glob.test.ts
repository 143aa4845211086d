import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { globMatch } from '../src/glob.js';

const glob = suite('globMatch');

const cases: [pattern: string, text: string, ignoreCase: boolean, expected: boolean][] = [
  ['kms:Encrypt', 'kms:Encrypt', false, true],
  ['kms:encrypt', 'kms:Encrypt', false, false],
  ['KMS:ENCRYPT', 'kms:Encrypt', true, true],
  ['kms:*', 'kms:Decrypt', false, true],
  ['kms:*crypt*', 'kms:ReEncryptFrom', false, true],
  ['kms:Re?ncrypt*', 'kms:ReEncryptTo', false, true],
  ['kms:Re?ncrypt*', 'kms:Rencrypt', false, false],
  ['*', '', false, true],
  ['?', '', false, false],
  ['a*b*c', 'aXbYc', false, true],
  ['a*b*c', 'aXbYcZ', false, false],
  ['arn:aws:iam::*:root', 'arn:aws:iam::123456789012:root', false, true],
  ['o-abc/*', 'o-abc/r-1/ou-1', false, true],
];

for (const [pattern, text, ignoreCase, expected] of cases) {
  glob(`${JSON.stringify(pattern)} ${expected ? 'matches' : 'does not match'} ${JSON.stringify(text)}${ignoreCase ? ' (ignoring case)' : ''}`, () => {
    assert.is(globMatch(pattern, text, ignoreCase), expected);
  });
}

glob('a pattern built to make backtracking regex engines explode is answered correctly', () => {
  const pattern = `${'*a'.repeat(40)}b`;
  assert.is(globMatch(pattern, 'a'.repeat(5000)), false);
  assert.is(globMatch(pattern, `${'a'.repeat(5000)}b`), true);
});

glob.run();
