#!/usr/bin/env node
// Generates docs/peer-comparison.md from the conformance run (scripts/conformance.mjs) and the feature
// table of ../shared/spec/peers.md §1.1, with a kmslint column in which every ✔ names the test that proves it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * kmslint's answer per feature row (matched by the row's first cell): [label, claim, test file, test name,
 * ...evidence]. Table-driven test names are built at run time, so the evidence — literal text that must
 * appear in that test file — ties the claim to the case.
 */
const KMSLINT = [
  ['Resource types', 'AWS::KMS::Key, AWS::KMS::ReplicaKey; the five Terraform key resources; CloudTrail CreateKey/PutKeyPolicy/ReplicateKey', 'loaders', 'every key resource type of a plan, with change actions and unknown values'],
  ['Input: CFN YAML/JSON', '✔', 'cloudformation', 'a template: short-form tags, Fn::If branches, in-template roles, parameters, block strings, key facts'],
  ['Input: TF HCL', '– (reads plan JSON, where values are evaluated)', null],
  ['Input: TF plan JSON', '✔ (resource_changes, after_unknown, configuration)', 'loaders', 'every key resource type of a plan, with change actions and unknown values'],
  ['Input: CloudTrail event', '✔ every container', 'loaders', 'the same 18 records give the same verdicts in the S3 object, the records file and every other container'],
  ['`Principal: "*"`', '✔', 'semantics', 'principal forms: Principal "*" → public', "['*', 'public', ['public']]"],
  ['`{"AWS":"*"}`', '✔', 'semantics', 'principal forms: Principal {"AWS":"*"} → public', "[{ AWS: '*' }, 'public', ['public']]"],
  ['`{"AWS":["*",…]}`', '✔', 'semantics', 'principal forms: an AWS list holding "*" → public', "[{ AWS: ['arn:aws:iam::999988887777:root', '*'] }, 'public'"],
  ['Wildcard inside ARN', '✔ public and reported malformed', 'semantics', 'a wildcard inside a principal ARN is public and reported as malformed'],
  ['Other principal types with `*`', '✔', 'semantics', 'principal forms: CanonicalUser "*" → public', "[{ CanonicalUser: '*' }, 'public', ['public']]"],
  ['Missing `Principal`', 'malformed-policy finding; the statement grants nothing', 'normalize', 'a statement without Principal or Action, and one with both Action and NotAction'],
  ['Deny statements', '✔ a Deny neutralises an Allow → mitigated', 'semantics', 'Deny * unless aws:PrincipalOrgID neutralises the public Allow: mitigated, effective exposure from the trusted set'],
  ['Missing `Effect`', 'malformed-policy; ineffective', 'semantics', 'an invalid Effect makes the statement ineffective and is reported'],
  ['`NotPrincipal` + Allow', '✔ public', 'semantics', 'Allow + NotPrincipal is public'],
  ['Actions considered', '✔ capability classes', 'actions', 'encrypt-capable actions of a symmetric key are exactly decision 2'],
  ['`kms:Encrypt*` / `kms:E*` / `kms:*crypt*` expansion', '✔', 'actions', 'action expansions: kms:*crypt* → Decrypt, Encrypt, ReEncryptFrom, ReEncryptTo', "[['kms:*crypt*'], ['Decrypt', 'Encrypt', 'ReEncryptFrom', 'ReEncryptTo']]"],
  ['`NotAction` + Allow', '✔ open-ended', 'semantics', 'Allow * NotAction kms:Decrypt grants encrypt and admin capabilities'],
  ['Condition suppresses the finding', '✔ operator, key and value against the zone of trust', 'semantics', 'condition verdicts: StringEquals kms:CallerAccount 999988887777 → cross-account', "[{ StringEquals: { 'kms:CallerAccount': '999988887777' } }, 'cross-account']"],
  ['Condition-key case-insensitivity', '✔', 'semantics', 'condition keys are case-insensitive, values of StringEquals are not wildcards'],
  ['`Statement` as a single object', '✔', 'normalize', 'a single-object Statement becomes a one-element list; scalars become lists'],
  ['KeyPolicy / policy as a JSON **string**', '✔ located on its own lines in YAML blocks; unparsable → error', 'cross-format', 'a KeyPolicy block string is located on its own lines in the template'],
  ['Intrinsics / interpolation in principal', '✔ symbolic account; unresolved → unknown, never a pass', 'intrinsics', 'a principal from !GetAtt is unknown, never public and never cleared'],
  ['Key without a policy', 'default key policy (no finding)', 'loaders', 'UTF-16 plans decode; a template without KeyPolicy gets the default policy'],
  ['Output formats', 'text, json, sarif, github, junit (several per run)', 'reporters', '--format text --format sarif:FILE --format junit:FILE'],
  ['Suppression', 'config and CFN Metadata, by rule/file/resource/Sid/event, reason required, expiry; baselines', 'config', 'a suppression with a reason: status suppressed, counted, listed on request, never failing'],
  ['Location in the finding', 'file:line:column of the statement, value or event', 'normalize', 'every element keeps its source location (1-based line and column)'],
  ['Statement index/Sid in the message', '✔', 'cli-lint', 'examples: findings as file:line:col severity rule message, a summary, exit 1'],
];

function testSource(name) {
  return readFileSync(path.join(root, 'test', `${name}.test.ts`), 'utf8');
}

export function peerComparison(results, expectations) {
  const lines = ['# kmslint and its peers', '', '<!-- generated by scripts/peer-comparison.mjs (npm run docs) from test/conformance.test.ts; do not edit -->', ''];
  lines.push('kmslint was run over the peers\' own test fixtures (`../shared/corpus/peers`, 68 files) and its verdict compared, per resource, with each peer\'s expected result. "kmslint fails" means a grant finding with public or network exposure. Deliberate differences are listed in `test/conformance/expectations.json` with their reason; the conformance test fails on any other difference.', '');
  lines.push('| Peer | Fixtures compared | Agree | Deliberately differ | Not an input kmslint reads | Not comparable |', '| --- | --- | --- | --- | --- | --- |');
  const peers = [...new Set(results.map((r) => r.peer))].sort();
  for (const peer of peers) {
    const mine = results.filter((r) => r.peer === peer);
    const count = (status) => mine.filter((r) => r.status === status).length;
    lines.push(`| ${peer} | ${count('agree') + count('differ')} | ${count('agree')} | ${count('differ')} | ${count('not-an-input')} | ${count('not-comparable')} |`);
  }
  lines.push('', 'Files that are not inputs are Terraform HCL, Ansible and the peers\' expected-result files (kmslint reads `terraform show -json` plans, not HCL). "Not comparable" expectations depend on peer configuration or belong to another rule.', '');
  lines.push('## Deliberate differences', '');
  for (const result of results.filter((r) => r.status === 'differ')) {
    const entry = expectations.differences[result.file];
    lines.push(`- **${result.peer}** \`${result.file}\`: the peer expects *${result.cases.map((c) => c.peer).join(', ')}*, kmslint *${result.cases.map((c) => c.kmslint).join(', ')}*. ${entry?.reason ?? '(no reason recorded)'}`);
  }
  lines.push('', '## Features', '', 'The feature table of `../shared/spec/peers.md` §1.1 with a kmslint column; each claim names the test that shows it.', '');
  const table = readFileSync(path.resolve(root, '../shared/spec/peers.md'), 'utf8').split('\n');
  const start = table.findIndex((l) => l.startsWith('| Capability |'));
  let first = true;
  for (let i = start; i < table.length && table[i].startsWith('|'); i++) {
    const row = table[i];
    if (first) { lines.push(`${row} kmslint |`); first = false; continue; }
    if (/^\|[-| ]+\|$/.test(row)) { lines.push(`${row}---|`); continue; }
    const label = row.split('|')[1].trim();
    const claim = KMSLINT.find(([prefix]) => label.startsWith(prefix));
    if (!claim) { lines.push(`${row} – |`); continue; }
    const [, text, file, test, ...evidence] = claim;
    if (file) {
      const source = testSource(file);
      const needles = evidence.length ? evidence : [test];
      for (const needle of needles) if (!source.includes(needle)) throw new Error(`peer-comparison: test/${file}.test.ts does not contain ${JSON.stringify(needle)}, which backs "${label}"`);
    }
    lines.push(`${row} ${text}${file ? ` (test/${file}.test.ts: “${test.replace(/\|/g, '\\|')}”)` : ''} |`);
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { runConformance } = await import('./conformance.mjs');
  const results = await runConformance();
  const expectations = JSON.parse(readFileSync(path.join(root, 'test/conformance/expectations.json'), 'utf8'));
  writeFileSync(path.join(root, 'docs/peer-comparison.md'), peerComparison(results, expectations));
  console.log('docs/peer-comparison.md written');
}
