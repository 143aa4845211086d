import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { KMS_POLICY_SIZE_LIMIT } from '../src/policy/normalize.js';
import { decodeText, parseSource, toPlain } from '../src/source.js';
import { normalizeText } from './support/policy.js';

const shape = suite('normalisation (semantics.md §1.3)');
shape('a single-object Statement becomes a one-element list; scalars become lists', () => {
  const { policy } = normalizeText(JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' } }));
  assert.is(policy!.statements.length, 1);
  const s = policy!.statements[0]!;
  assert.equal(s.action!.map((a) => a.value), ['kms:Encrypt']);
  assert.equal(s.resource!.map((r) => r.value), ['*']);
  assert.ok(s.principal!.wildcard);
  assert.equal(s.principal!.aws.map((p) => p.value), ['*']);
});
shape('condition keys are matched lower-cased and keep their spelling; values become strings', () => {
  const { policy } = normalizeText(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*', Condition: { Bool: { 'AWS:SecureTransport': true }, NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 } } }] }));
  const clauses = policy!.statements[0]!.conditions;
  assert.equal(clauses.map((c) => [c.key, c.keyOriginal, c.values.map((v) => v.value)]), [
    ['aws:securetransport', 'AWS:SecureTransport', ['true']],
    ['aws:multifactorauthage', 'aws:MultiFactorAuthAge', ['3600']],
  ]);
});
shape('operators are parsed into qualifier, base operator and IfExists', () => {
  const { policy } = normalizeText(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*', Condition: { 'ForAnyValue:StringLikeIfExists': { 'aws:PrincipalOrgPaths': 'o-a/*' } } }] }));
  const c = policy!.statements[0]!.conditions[0]!;
  assert.equal([c.setQualifier, c.baseOperator, c.ifExists, c.knownOperator], ['ForAnyValue', 'StringLike', true, true]);
});
shape('a YAML account id with a leading zero keeps its digits', () => {
  const { policy } = normalizeText('Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Principal:\n      AWS: 012345678901\n    Action: kms:Encrypt\n    Resource: "*"\n', 'policy.yaml');
  assert.equal(policy!.statements[0]!.principal!.aws.map((p) => p.value), ['012345678901']);
});
shape('every element keeps its source location (1-based line and column)', () => {
  const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "Open",\n      "Effect": "Allow",\n      "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "*"]},\n      "Action": "kms:Encrypt",\n      "Resource": "*"\n    }\n  ]\n}\n';
  const s = normalizeText(text).policy!.statements[0]!;
  assert.equal([s.loc.line, s.loc.column], [4, 5]);
  assert.equal([s.sid!.loc.line, s.sid!.loc.column], [5, 14]);
  assert.equal(s.principal!.aws.map((p) => [p.value, p.loc.line, p.loc.column, p.loc.pointer]), [
    ['arn:aws:iam::111122223333:root', 7, 29, '/Statement/0/Principal/AWS/0'],
    ['*', 7, 63, '/Statement/0/Principal/AWS/1'],
  ]);
});
shape('UTF-16 and UTF-8 byte-order marks are decoded', () => {
  const json = '{"Statement": []}';
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]);
  assert.is(decodeText(utf16), json);
  assert.is(decodeText(Buffer.from(`\ufeff${json}`, 'utf8')), json);
});
shape.run();

const bad = suite('bad input becomes located problems, never an exception');
const issueOf = (text: string, file = 'policy.json') => {
  const result = normalizeText(text, file);
  return {
    diagnostics: [...result.parseDiagnostics, ...result.diagnostics].map((d) => `${d.loc.line}:${d.loc.column} ${d.code}: ${d.message}`),
    issues: result.policy?.issues.map((i) => `${i.loc.line}:${i.loc.column} ${i.code}: ${i.message}`) ?? [],
  };
};
bad('a policy that is not an object', () => {
  assert.equal(issueOf('[1, 2]').diagnostics, ['1:1 not-a-policy: expected a key policy object with a "Statement" list (got a list)']);
  assert.equal(issueOf('"kms:*"').diagnostics, ['1:1 not-a-policy: expected a key policy object with a "Statement" list (got "kms:*")']);
});
bad('invalid JSON: truncated document, pointed at where it ends', () => {
  const { diagnostics } = issueOf('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow"');
  assert.is(diagnostics.length, 1);
  assert.match(diagnostics[0]!, /^4:23 parse-error: invalid JSON: .*truncated/);
});
bad('invalid JSON: a trailing comma that YAML would forgive', () => {
  const { diagnostics } = issueOf('{"Statement": [],\n}');
  assert.match(diagnostics[0]!, /^2:1 parse-error: invalid JSON/);
});
bad('invalid YAML is located', () => {
  const { diagnostics } = issueOf('Statement:\n  - Effect: Allow\n   Action: [kms:Encrypt\n', 'policy.yaml');
  assert.ok(diagnostics.length >= 1);
  assert.match(diagnostics[0]!, /^\d+:\d+ parse-error: invalid YAML/);
});
bad('an empty file', () => {
  assert.equal(issueOf('', 'policy.yaml').diagnostics, ['1:1 empty-document: the file is empty: expected a JSON or YAML document']);
});
bad('Statement of the wrong type', () => {
  assert.equal(issueOf('{"Version": "2012-10-17",\n "Statement": "kms:*"}').issues, ['2:15 grammar: "Statement" must be an object (got "kms:*")']);
});
bad('Effect "allow" (wrong case)', () => {
  assert.equal(issueOf('{"Version": "2012-10-17", "Statement": [{\n  "Effect": "allow", "Principal": "*", "Action": "kms:Encrypt", "Resource": "*"}]}').issues, [
    '2:13 invalid-effect: "Effect" must be one of Allow, Deny (got "allow"; did you mean "Allow"? values are case-sensitive)',
  ]);
});
bad('an empty Action list', () => {
  assert.equal(issueOf('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*",\n  "Action": [], "Resource": "*"}]}').issues, ['2:13 grammar: "Action" must not be empty']);
});
bad('a statement without Principal or Action, and one with both Action and NotAction', () => {
  const { issues } = issueOf('{"Version": "2012-10-17", "Statement": [\n {"Effect": "Allow", "Resource": "*"},\n {"Effect": "Allow", "Principal": "*", "Action": "kms:Encrypt", "NotAction": "kms:Decrypt", "Resource": "*"}]}');
  assert.equal(issues, [
    '2:2 missing-action: a statement needs exactly one of Action or NotAction',
    '2:2 missing-principal: a statement needs exactly one of Principal or NotPrincipal',
    '3:2 missing-action: a statement needs exactly one of Action or NotAction',
  ]);
});
bad('misspelled element names suggest the right one', () => {
  const { issues } = issueOf('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principle": "*", "Action": "kms:Encrypt", "Resource": "*"}]}');
  assert.equal(issues, [
    '1:41 missing-principal: a statement needs exactly one of Principal or NotPrincipal',
    '1:61 grammar: unknown key "Principle" in "Statement[0]" (did you mean "Principal"?)',
  ]);
});
bad('a string principal other than "*"', () => {
  const { issues } = issueOf('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "arn:aws:iam::111122223333:root", "Action": "kms:Encrypt", "Resource": "*"}]}');
  assert.is(issues.length, 1);
  assert.match(issues[0]!, /grammar: "Principal" must be "\*" .*\{"AWS": /);
});
bad('an unsupported Version and a missing Version', () => {
  assert.equal(issueOf('{"Version": "2012-10-18", "Statement": []}').issues.map((i) => i.split(' ')[1]), ['unsupported-version:', 'grammar:']);
  assert.equal(issueOf('{"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "kms:*", "Resource": "*"}]}').issues.map((i) => i.split(' ')[1]), ['missing-version:']);
});
bad('duplicate keys are reported and the more permissive reading is kept', () => {
  const result = normalizeText('{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Effect": "Allow", "Principal": "*",\n "Action": "kms:Decrypt", "Action": "kms:Encrypt", "Resource": "*"}]}');
  assert.equal(result.policy!.issues.map((i) => `${i.loc.line}:${i.loc.column} ${i.code}`), ['1:60 duplicate-key', '2:27 duplicate-key']);
  const s = result.policy!.statements[0]!;
  assert.is(s.effect, 'Allow');
  assert.equal(s.action!.map((a) => a.value), ['kms:Decrypt', 'kms:Encrypt']);
});
bad('a Condition given twice cannot be known', () => {
  const result = normalizeText('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "kms:Encrypt", "Resource": "*", "Condition": {}, "Condition": {"StringEquals": {"kms:CallerAccount": "111122223333"}}}]}');
  assert.match(result.policy!.statements[0]!.conditionsUnknown ?? '', /more than once/);
});
bad('unknown and non-canonical condition operators', () => {
  const { issues } = issueOf('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "kms:Encrypt", "Resource": "*",\n "Condition": {"StringEqualz": {"kms:CallerAccount": "1"}, "stringequals": {"kms:CallerAccount": "111122223333"}}}]}');
  assert.equal(issues.map((i) => i.split(':')[0] + ':' + i.split(' ')[1]), ['2:grammar:', '2:noncanonical-operator:']);
});
bad(`a policy over ${KMS_POLICY_SIZE_LIMIT} bytes`, () => {
  const statements = Array.from({ length: 300 }, (_, i) => ({ Sid: `S${i}`, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::111122223333:role/Role${i}` }, Action: 'kms:Decrypt', Resource: '*' }));
  const { issues } = issueOf(JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2));
  assert.equal(issues.filter((i) => i.includes('policy-too-large')).length, 1);
  assert.match(issues.find((i) => i.includes('policy-too-large'))!, /^1:1 policy-too-large: the policy is \d+ bytes; KMS rejects key policies over 32768 bytes/);
});
bad('a YAML alias bomb stops at the node limit with a diagnostic', () => {
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  const { diagnostics } = issueOf(`${levels.join('\n')}\nStatement: *i\n`, 'bomb.yaml');
  assert.is(diagnostics.length, 1);
  assert.match(diagnostics[0]!, /^\d+:\d+ too-large: the document expands to more than 1000000 values/);
});
bad('a YAML alias refers to the last anchor of its name before it; an alias without an anchor is located', () => {
  const { root } = parseSource('a: &x kms:Encrypt\nb: *x\nc: &x kms:Decrypt\nd: *x\ne: [*x, *x]\n', 'aliases.yaml');
  assert.equal(toPlain(root!), { a: 'kms:Encrypt', b: 'kms:Encrypt', c: 'kms:Decrypt', d: 'kms:Decrypt', e: ['kms:Decrypt', 'kms:Decrypt'] });
  const missing = parseSource('a: 1\nb: *nowhere\n', 'missing.yaml');
  assert.is(missing.root, null);
  assert.equal(missing.diagnostics.map((d) => `${d.loc.line}:${d.loc.column} ${d.message}`), ['2:4 YAML alias *nowhere has no anchor']);
});
bad('every truncation of a valid policy yields a policy or a located diagnostic, never an exception', () => {
  const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'A', Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['kms:Encrypt'], Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': '111122223333' } } }] }, null, 1);
  for (let end = 0; end < text.length; end++) {
    for (const file of ['p.json', 'p.yaml']) {
      const result = normalizeText(text.slice(0, end), file);
      const located = [...result.parseDiagnostics, ...result.diagnostics].every((d) => d.loc.line >= 1 && d.loc.column >= 1);
      assert.ok(located, `${file} cut at ${end}`);
      assert.ok(result.policy !== null || result.parseDiagnostics.length + result.diagnostics.length > 0, `${file} cut at ${end}: neither policy nor diagnostic`);
    }
  }
});
bad.run();
