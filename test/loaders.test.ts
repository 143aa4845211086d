import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { Gunzip, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { evaluateDocuments } from '../src/engine/evaluate.js';
import { CHECK_EVERY_BYTES, DEAD_BUFFERS_LIMIT, garbageCollector, LARGE_LOAD_BYTES, LoadCollector } from '../src/loaders/collect.js';
import { loadFile, loadText, type FileLoad, type InputKind } from '../src/loaders/file.js';
import { gunzip } from '../src/loaders/read.js';
import { BLOCK_PATTERNS, ESCAPED_TOKENS, NdjsonReader, PLAIN_TOKENS } from '../src/loaders/ndjson.js';
import { recordSpans, scanEventNames } from '../src/loaders/s3-log-object.js';
import { loadRules } from '../src/rules-loader.js';
import type { KeyPolicyDocument } from '../src/types.js';
import { ROOT } from './support/cli.js';

const { rules } = await loadRules([], ROOT);
const load = (file: string, input: InputKind = 'auto'): Promise<FileLoad> =>
  loadFile({ absolute: path.resolve(ROOT, file), display: file, explicit: true }, { input, maxDecompressedBytes: 64 * 1024 * 1024, maxFileBytes: 64 * 1024 * 1024 });
const byResource = (documents: KeyPolicyDocument[]) => new Map(documents.map((d) => [d.resource, d]));
const ruleIds = (documents: KeyPolicyDocument[], resource: string) =>
  [...new Set(evaluateDocuments(documents.filter((d) => d.resource === resource), rules, { ownerAccount: '111122223333' }).filter((f) => f.status !== 'mitigated').map((f) => `${f.ruleId}:${f.status}`))].sort();

const terraform = suite('Terraform plan and state JSON (hand-made fixtures)');
terraform('every key resource type of a plan, with change actions and unknown values', async () => {
  const { kind, documents, diagnostics } = await load('test/fixtures/terraform/all-key-resources.plan.json');
  assert.is(kind, 'terraform-plan');
  const docs = byResource(documents);
  assert.equal([...docs.keys()].sort(), [
    'aws_kms_external_key.imported["payments"]', 'aws_kms_key.both', 'aws_kms_key.computed', 'aws_kms_key.no_policy', 'aws_kms_key.public',
    'aws_kms_key_policy.both', 'aws_kms_key_policy.removed', 'aws_kms_key_policy.standalone', 'aws_kms_replica_external_key.imported_replica',
    'module.shared.aws_kms_replica_key.replica[0]',
  ]);
  assert.not.ok(docs.has('aws_kms_key.retired'), 'a deleted key has no policy to lint');
  assert.not.ok(docs.has('aws_kms_key.forgotten'), 'forget leaves AWS untouched');
  assert.not.ok(docs.has('aws_kms_key.standalone'), 'the standalone aws_kms_key_policy carries its policy');
  assert.is(docs.get('aws_kms_key.computed')!.unknown, 'known only after apply (built from aws_iam_role.app.arn, aws_iam_role.app)');
  assert.equal(ruleIds(documents, 'aws_kms_key.computed'), ['policy-unknown:unknown']);
  assert.equal(ruleIds(documents, 'aws_kms_key.no_policy'), [], 'no policy argument: the default key policy');
  assert.equal(docs.get('aws_kms_key_policy.removed')!.policy!.statements[0]!.principal!.aws.map((p) => p.value), ['arn:aws:iam::111122223333:root'], 'deleting aws_kms_key_policy restores the default policy');
  assert.ok(ruleIds(documents, 'aws_kms_key.public').includes('encrypt-to-wildcard-principal:violation'));
  assert.ok(ruleIds(documents, 'aws_kms_key_policy.standalone').includes('decrypt-to-wildcard-principal:violation'));
  assert.ok(ruleIds(documents, 'module.shared.aws_kms_replica_key.replica[0]').includes('encrypt-to-wildcard-principal:violation'));
  assert.equal(ruleIds(documents, 'aws_kms_external_key.imported["payments"]'), ['bypass-lockout-safety-check:violation']);
  assert.equal(docs.get('aws_kms_key.public')!.facts, { ownerAccount: '111122223333', bypassLockoutSafetyCheck: false, keyUsage: 'ENCRYPT_DECRYPT', keySpec: 'SYMMETRIC_DEFAULT' });
  assert.equal(docs.get('module.shared.aws_kms_replica_key.replica[0]')!.loc.line, 109);
  assert.equal(diagnostics.map((d) => [d.code, d.severity, d.loc.line]), [['policy-defined-twice', 'warning', 222]]);
});
terraform('a minified plan gives the same documents, located by column on line 1', async () => {
  const pretty = await load('test/fixtures/terraform/all-key-resources.plan.json');
  const minified = await load('test/fixtures/terraform/minified.plan.json');
  assert.equal(minified.documents.map((d) => d.resource), pretty.documents.map((d) => d.resource));
  assert.ok(minified.documents.every((d) => d.loc.line === 1 && d.loc.column > 1));
});
terraform('state JSON, root and child modules', async () => {
  const { kind, documents } = await load('test/fixtures/terraform/state.json');
  assert.is(kind, 'terraform-plan');
  assert.equal(documents.map((d) => [d.source, d.resource, d.facts.ownerAccount]), [['terraform-state', 'aws_kms_key.public', '111122223333'], ['terraform-state', 'module.shared.aws_kms_key.own', '111122223333']]);
});
terraform('a raw terraform.tfstate is explained; format_version 2 is refused', async () => {
  const raw = await load('test/fixtures/terraform/raw.tfstate');
  assert.equal(raw.diagnostics.map((d) => d.message), ['this is a raw Terraform state file (terraform.tfstate), whose format is internal to Terraform; run "terraform show -json > state.json" and lint state.json']);
  const future = await load('test/fixtures/terraform/future-format.plan.json');
  assert.match(future.diagnostics[0]!.message, /format_version "2\.0" is not supported: kmslint reads 0\.x and 1\.x/);
  assert.equal([future.diagnostics[0]!.loc.line, future.diagnostics[0]!.loc.column], [1, 2]);
});
terraform.run();

interface IacEntry { file: string; kms_resources: string[]; has_wildcard_principal_statement: boolean | 'unknown' }
const corpusIac = suite('../shared/corpus/iac: every file against its MANIFEST');
const iacManifest = JSON.parse(readFileSync(path.join(ROOT, '../shared/corpus/iac/MANIFEST.json'), 'utf8')) as IacEntry[];
for (const entry of iacManifest) {
  corpusIac(`${entry.file}: ${entry.kms_resources.length} key(s), wildcard principal ${String(entry.has_wildcard_principal_statement)}`, async () => {
    const { documents, diagnostics } = await load(`../shared/corpus/iac/${entry.file}`);
    assert.equal(diagnostics.filter((d) => d.severity === 'error'), []);
    assert.equal(documents.map((d) => d.resource).sort(), [...entry.kms_resources].sort());
    if (entry.has_wildcard_principal_statement === 'unknown') return;
    const wildcardAllow = documents.some((d) => d.policy?.statements.some((s) => s.effect === 'Allow' && (s.principal?.wildcard || s.principal?.aws.some((p) => p.value.includes(':*:')))));
    assert.is(wildcardAllow, entry.has_wildcard_principal_statement);
  });
}
corpusIac('CDK templates carry resolved account roots and the bypass flag', async () => {
  const bypass = await load('../shared/corpus/iac/aws-cdk/integ.key-bypass-policy-lockout.aws-cdk-kms-bypass-policy-lockout.template.json');
  assert.equal(bypass.documents.map((d) => [d.resource, d.facts.bypassLockoutSafetyCheck ?? null]), [['KeyWithBypassTrue6B9254EA', true], ['KeyWithBypassFalseE7AF3F6C', false], ['KeyWithBypassUndefinedDAB57087', null]]);
  const root = bypass.documents[0]!.policy!.statements[0]!.principal!.aws[0]!;
  assert.equal([root.value, root.unresolved], ['arn:aws:iam::${AWS::AccountId}:root', undefined]);
});
corpusIac('UTF-16 plans decode; a template without KeyPolicy gets the default policy', async () => {
  const utf16 = await load('../shared/corpus/iac/checkov/plan_with_utf_16_encoding-tfplan.json');
  assert.equal([utf16.kind, utf16.diagnostics], ['terraform-plan', []]);
  const ecs = await load('../shared/corpus/iac/aws-cloudformation-templates/ECS_Schedule_Example.yaml');
  assert.equal(ecs.documents[0]!.policy!.statements.map((s) => [s.effect, s.action!.map((a) => a.value)]), [['Allow', ['kms:*']]]);
});
corpusIac.run();

interface TrailEntry { file: string; events: { eventID: string | null; eventName: string | null; expected: 'violation' | 'clean' }[] }
const PUBLIC_RULES = new Set(['encrypt-to-wildcard-principal', 'decrypt-to-wildcard-principal', 'full-access-to-wildcard-principal', 'admin-to-wildcard-principal', 'allow-with-notprincipal', 'encrypt-to-network-restricted-principal']);
const corpusTrail = suite('../shared/corpus/cloudtrail: every event against its MANIFEST');
const trailManifest = JSON.parse(readFileSync(path.join(ROOT, '../shared/corpus/cloudtrail/MANIFEST.json'), 'utf8')) as TrailEntry[];
for (const entry of trailManifest) {
  corpusTrail(`${entry.file}: ${entry.events.length} event(s)`, async () => {
    const loaded = await load(`../shared/corpus/cloudtrail/${entry.file}`);
    if (entry.file.includes('invalid-json')) {
      assert.ok(loaded.diagnostics.some((d) => d.severity === 'error' && d.code === 'parse-error'), 'invalid JSON is a located diagnostic');
      assert.equal(loaded.documents, []);
      return;
    }
    const findings = evaluateDocuments(loaded.documents, rules);
    entry.events.forEach((event, i) => {
      // Key snapshots (Panther policy tests) have no event id: they are the file's documents in order.
      const mine = event.eventID === null
        ? evaluateDocuments(loaded.documents.slice(i, i + 1), rules)
        : findings.filter((f) => f.event?.eventID === event.eventID);
      const publicViolation = mine.some((f) => PUBLIC_RULES.has(f.ruleId) && f.status === 'violation');
      assert.is(publicViolation, event.expected === 'violation', `${event.eventID ?? i} ${event.eventName}: expected ${event.expected}`);
    });
  });
}
corpusTrail('the digest file beside the S3 log holds no events', async () => {
  const digest = await load('../shared/corpus/cloudtrail/assembled/s3/AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2025/01/15/111122223333_CloudTrail-Digest_us-east-1_management-trail_us-east-1_20250115T130500Z.json.gz');
  assert.equal([digest.kind, digest.documents.length], ['digest', 0]);
});
corpusTrail('the same 18 records give the same verdicts in the S3 object, the records file and every other container', async () => {
  const verdicts = async (file: string) => {
    const loaded = await load(`../shared/corpus/cloudtrail/assembled/${file}`);
    return evaluateDocuments(loaded.documents, rules).map((f) => `${f.event!.eventID}|${f.ruleId}|${f.status}|${f.statement?.index ?? '-'}`).sort();
  };
  const reference = await verdicts('records/kms_edge_cases.records.json');
  assert.equal(await verdicts('s3/AWSLogs/111122223333/CloudTrail/us-east-1/2025/01/15/111122223333_CloudTrail_us-east-1_20250115T1240Z_Q3kz9XnYp2LmV7aB.json.gz'), reference);
  for (const file of ['eventbridge/createkey_public_encrypt_via_cloudformation.eventbridge.json', 'cloudwatch-logs/subscription.decoded.json', 'cloudwatch-logs/subscription.lambda-event.json', 'lookup-events/lookup-events.kms.json', 'ocsf/api_activity_kms.ocsf.ndjson']) {
    const subset = await verdicts(file);
    assert.ok(subset.length > 0, file);
    for (const verdict of subset) assert.ok(reference.includes(verdict), `${file}: ${verdict}`);
  }
});
corpusTrail.run();

const malformed = suite('malformed inputs: a located diagnostic each, never an exception');
const temp = mkdtempSync(path.join(tmpdir(), 'kmslint-loaders-'));
const write = (name: string, content: string | Buffer): string => {
  writeFileSync(path.join(temp, name), content);
  return path.join(temp, name);
};
const loadTemp = (name: string, content: string | Buffer, explicit = true) => loadFile({ absolute: write(name, content), display: name, explicit }, { input: 'auto', maxDecompressedBytes: 1024 * 1024, maxFileBytes: 1024 * 1024 });
const cases: [name: string, content: string | Buffer, code: string, message: RegExp][] = [
  ['truncated.json', '{"Resources": {"Key": {"Type": "AWS::KMS::Key", "Properties": {"KeyPolicy": {"Statement": [', 'parse-error', /^invalid JSON: .*truncated/],
  ['bad.json.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03]), 'bad-gzip', /^the file is not valid gzip/],
  ['bomb.json.gz', gzipSync(Buffer.alloc(4 * 1024 * 1024, 32)), 'decompressed-too-large', /^the file decompresses to more than 1MB; kmslint stops there \(a gzip bomb\?\); if it is a real log, raise the limit with --max-decompressed-size$/],
  ['bomb.ndjson.gz', gzipSync(Buffer.alloc(4 * 1024 * 1024, 10)), 'decompressed-too-large', /^reading stopped at line \d+: the file decompresses to more than 1MB/],
  ['huge.json', Buffer.alloc(1024 * 1024 + 1, 32), 'file-too-large', /^the file is 1048577 bytes, over the 1MB limit \(1048576 bytes\); raise it with --max-file-size/],
  ['deep.yaml', `a: ${'['.repeat(300)}${']'.repeat(300)}\n`, 'too-large', /^the document nests deeper than 256 levels; no key policy does$/],
  ['deep-policy.json', `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "kms:Encrypt", "Resource": "*", "Condition": ${'['.repeat(300)}${']'.repeat(300)}}]}`, 'too-large', /^the document nests deeper than 256 levels/],
  ['numbers.json', '[1, 2, 3]', 'unsupported-input', /^not a key policy, CloudFormation template, Terraform plan or state, or CloudTrail log/],
  ['template-string.yaml', 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy: |\n        {"Version": "2012-10-17", "Statement": [\n', 'parse-error', /^Key: the KeyPolicy string is not a JSON policy/],
  ['trail.json', JSON.stringify({ Records: [{ eventSource: 'kms.amazonaws.com', eventName: 'PutKeyPolicy', eventID: 'e1', requestParameters: { policy: '{"Statement": [' } }] }), 'parse-error', /^the requestParameters\.policy of event e1 is not valid JSON/],
  ['lambda.json', JSON.stringify({ awslogs: { data: 'not-gzip' } }), 'parse-error', /^awslogs\.data is not base64-encoded gzip/],
  ['lookup.json', JSON.stringify({ Events: [{ EventId: 'x', CloudTrailEvent: '{"eventSource": ' }] }), 'parse-error', /^a lookup-events CloudTrailEvent is not valid JSON/],
  ['plan.json', JSON.stringify({ format_version: '1.2', resource_changes: [{ address: 'aws_kms_key.k', mode: 'managed', type: 'aws_kms_key', name: 'k', change: { actions: ['create'], after: { policy: '{not json' } } }] }), 'parse-error', /^aws_kms_key\.k: the policy is not valid JSON/],
];
for (const [name, content, code, message] of cases) {
  malformed(`${name} → ${code}`, async () => {
    const { diagnostics } = await loadTemp(name, content);
    const match = diagnostics.find((d) => d.code === code);
    assert.ok(match, JSON.stringify(diagnostics));
    assert.match(match!.message, message);
    assert.ok(match!.loc.line >= 1 && match!.loc.column >= 1);
    assert.is(match!.loc.file, name);
  });
}
malformed('NDJSON: unreadable lines are located, the others still load', async () => {
  const good = JSON.stringify({ eventSource: 'kms.amazonaws.com', eventName: 'PutKeyPolicy', eventID: 'ok-1', recipientAccountId: '111122223333', requestParameters: { policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] }) } });
  const { documents, diagnostics } = await loadTemp('events.ndjson', `${good}\n{broken\n\n${good.replace('ok-1', 'ok-2')}\n`);
  assert.equal(documents.map((d) => [d.facts.event!.eventID, d.loc.line]), [['ok-1', 1], ['ok-2', 4]]);
  assert.equal(diagnostics.map((d) => [d.loc.line, d.code]), [[2, 'parse-error']]);
});
malformed('a gzip-compressed NDJSON log is streamed', async () => {
  const line = JSON.stringify({ eventSource: 'kms.amazonaws.com', eventName: 'CreateKey', eventID: 'gz-1', recipientAccountId: '111122223333', requestParameters: {} });
  const { documents, records } = await loadTemp('events.ndjson.gz', gzipSync(`${line}\n${line.replace('gz-1', 'gz-2')}\n`));
  assert.equal([documents.map((d) => d.facts.event!.eventID), records], [['gz-1', 'gz-2'], 2]);
});
malformed('in a directory scan a file that is no input is skipped silently', async () => {
  const { diagnostics, documents } = await loadTemp('package.json', '{"name": "app", "version": "1.0.0"}', false);
  assert.equal([diagnostics, documents], [[], []]);
});
malformed('an unknown YAML tag in a template only warns', async () => {
  const { documents, diagnostics } = await loadTemp('rain.yaml', 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      Description: !Rain::Embed desc.txt\n');
  assert.is(documents.length, 1);
  assert.equal(diagnostics.map((d) => [d.severity, d.message]), [['warning', 'Unresolved tag: !Rain::Embed']]);
});
malformed.run();

const embedded = suite('embedded policy strings (Terraform, CloudTrail) on the fast path');
embedded('a duplicated key inside the string is still reported, and the more permissive reading kept', async () => {
  const policy = '{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Effect": "Allow", "Principal": "*", "Action": "kms:Encrypt", "Resource": "*"}]}';
  const { documents } = await loadTemp('dup-trail.json', JSON.stringify({ Records: [{ eventSource: 'kms.amazonaws.com', eventName: 'PutKeyPolicy', eventID: 'd1', recipientAccountId: '111122223333', requestParameters: { keyId: 'k', policy } }] }));
  const issues = documents[0]!.policy!.issues.map((i) => [i.code, i.loc.pointer]);
  assert.equal(issues, [['duplicate-key', '/Records/0/requestParameters/policy/Statement/0/Effect']]);
  assert.is(documents[0]!.policy!.statements[0]!.effect, 'Allow');
  const plan = await loadTemp('dup-plan.json', JSON.stringify({ format_version: '1.2', resource_changes: [{ address: 'aws_kms_key.k', mode: 'managed', type: 'aws_kms_key', name: 'k', change: { actions: ['create'], after: { policy } } }] }));
  assert.equal(plan.documents[0]!.policy!.issues.map((i) => i.code), ['duplicate-key']);
});
embedded('strings with colons and escaped quotes are not mistaken for duplicates', async () => {
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'a:b "c": d', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }] });
  const { documents } = await loadTemp('colon-trail.json', JSON.stringify({ eventSource: 'kms.amazonaws.com', eventName: 'PutKeyPolicy', eventID: 'c1', requestParameters: { policy } }));
  assert.equal(documents[0]!.policy!.issues, []);
});
embedded.run();

const prefilter = suite('the CloudTrail prefilter is exact');
const reading = suite('reading and inflating files');
prefilter('S3 log objects without a key-policy event name are skipped unparsed; any \\u escape or backslash in a name means a full read', async () => {
  const skipped = (bytes: Buffer) => scanEventNames(bytes)?.keyEventNames.length === 0;
  const record = (name: string) => ({ eventSource: 'kms.amazonaws.com', eventName: name, eventID: name, requestParameters: { keyId: 'k' } });
  const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));
  assert.ok(skipped(bytes({ Records: [record('Decrypt'), record('CreateKeyPair'), { ...record('PutRolePolicy'), requestParameters: { policyDocument: '{"Action": "kms:CreateKey"}' } }] })));
  assert.not.ok(skipped(bytes({ Records: [record('Decrypt'), record('PutKeyPolicy')] })));
  assert.is(scanEventNames(Buffer.from('{"Records": [{"eventName": "Create\\u004bey"}]}')), null, 'an escaped name is read in full');
  assert.equal(scanEventNames(bytes({ Records: [record('Decrypt'), record('Encrypt'), { ...record('PutEvents'), requestParameters: { note: 'eventName', userName: 'eventName', preventName: 'CreateKey', eventNames: 'PutKeyPolicy' } }] })), { records: 3, keyEventNames: [] }, 'it counts the records; other keys that end like it are not it');
  assert.not.ok(skipped(Buffer.from(JSON.stringify({ Records: [record('Decrypt'), record('CreateKey')] }, null, 2))), 'whitespace around the colon');
  const spaced = '{"Records": [{"eventName" :\n "ReplicateKey"}, {"eventName": "Decrypt"}]}';
  assert.equal(scanEventNames(Buffer.from(spaced)), { records: 2, keyEventNames: [spaced.indexOf('ReplicateKey"')] }, 'where each key-policy event name starts');
  assert.not.ok(skipped(Buffer.from('{"Records": [{"eventName": "Decrypt", "eventName": "PutKeyPolicy"}]}')), 'a duplicate key: the last wins in JSON.parse');
  assert.is(scanEventNames(Buffer.from('{"Records": [{"eventName": "Put\\"KeyPolicy"}]}')), null, 'a backslash in a name means a full read');
  assert.is(scanEventNames(Buffer.from('{"Records": [{"eventName": "Decrypt"}, {"eventName": "Enc')), null, 'a truncated object is read in full, and its error reported');
  assert.equal(scanEventNames(Buffer.from('{"Records": [{"eventName": "Decrypt"}]}\n')), { records: 1, keyEventNames: [] });
  assert.is(scanEventNames(Buffer.from('[1,2]')), null, 'only {"Records": objects are prefiltered');
  assert.is(scanEventNames(Buffer.from('{}')), null);
});
prefilter('the record scan places each offset in its entry of Records, strings and nesting skipped; null when the bytes do not allow it', () => {
  const spansOf = (text: string, ...needles: string[]) => {
    const spans = recordSpans(Buffer.from(text), needles.map((needle) => Buffer.from(text).indexOf(needle)));
    return spans?.map(({ index, start, end }) => [index, Buffer.from(text).toString('utf8', start, end)]) ?? null;
  };
  const text = '{"Records" : [ 1, "a,]\\"}", {"x": [1, {"y": "}"}]}, {"eventName": "CreateKey"} ,\n{"eventName": "PutKeyPolicy"}, {"é": "\\\\"}, {"eventName": "ReplicateKey"}]}';
  assert.equal(spansOf(text, 'CreateKey', 'PutKeyPolicy', 'ReplicateKey'), [[3, '{"eventName": "CreateKey"} '], [4, '{"eventName": "PutKeyPolicy"}'], [6, '{"eventName": "ReplicateKey"}']]);
  assert.equal(spansOf(text, '"y"', 'PutKeyPolicy'), [[2, '{"x": [1, {"y": "}"}]}'], [4, '{"eventName": "PutKeyPolicy"}']], 'two offsets in one entry: one span');
  assert.equal(spansOf('{"Records":[{"a":1}],"B":[{"eventName":"CreateKey"}]}', 'CreateKey'), null, 'the array closes before the offset');
  assert.equal(spansOf('{"Records":[{"a":1}}, {"eventName":"CreateKey"}]}', 'CreateKey'), null, 'a bracket that closes nothing');
  assert.equal(spansOf('{"Records":[{"a":"1}, {"eventName":"CreateKey"}]}', 'CreateKey'), null, 'a string that does not end');
  assert.equal(spansOf('{"Records":[{"a":1},,{"eventName":"CreateKey"}]}', 'CreateKey'), null, 'an empty entry');
  assert.equal(spansOf('{"Records":{"eventName":"CreateKey"}}', 'CreateKey'), null, 'Records is not an array');
});
prefilter('every CloudTrail record of the corpus and fixtures, bare and in four containers: the S3 and NDJSON prefilters skip only what a full read finds nothing in', async () => {
  const isRecordsWithoutKeyEvents = (bytes: Buffer) => scanEventNames(bytes)?.keyEventNames.length === 0;
  const under = (dir: string) => readdirSync(dir, { recursive: true }).map((f) => path.join(dir, String(f)));
  const files = [...under(path.join(ROOT, '../shared/corpus/cloudtrail')), ...under(path.join(ROOT, 'test/fixtures/cloudtrail'))]
    .filter((f) => /\.(json|ndjson|jsonl|log)$/.test(f) && !f.endsWith('MANIFEST.json'));
  const read = (text: string, name: string) => loadText(text, { display: name, absolute: name, explicit: true }, { input: 'cloudtrail' }).documents.length;
  let checked = 0;
  let skippedObjects = 0;
  let skippedLines = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const units = text.trimStart().startsWith('{') && !text.trim().includes('\n{') ? [text] : text.split('\n').filter((l) => l.trim().startsWith('{'));
    const values = units.flatMap((unit) => {
      try {
        const value = JSON.parse(unit) as { Records?: unknown[] } | unknown[];
        return [value, ...(Array.isArray(value) ? value : Array.isArray(value.Records) ? value.Records : [])];
      } catch {
        return [];
      }
    });
    const containers = values.flatMap((value) => [value, { result: { _raw: JSON.stringify(value) } }, { 'detail-type': 'AWS API Call via CloudTrail', detail: value }, { Events: [{ EventId: 'e', CloudTrailEvent: JSON.stringify(value) }] }]);
    for (const value of containers) {
      checked++;
      const s3Object = JSON.stringify({ Records: [value] });
      if (isRecordsWithoutKeyEvents(Buffer.from(s3Object))) {
        skippedObjects++;
        assert.is(read(s3Object, 'object.json'), 0, `${file}: the S3 prefilter skipped a record that holds a key policy`);
      }
      const line = JSON.stringify(value);
      const inFull = read(line, 'single.json');
      const asLines = read(`${line}\n${line}\n`, 'lines.ndjson');
      if (asLines === 0 && inFull > 0) skippedLines++;
      assert.is(asLines, 2 * inFull, `${file}: the NDJSON prefilter skipped a line that holds a key policy`);
    }
  }
  assert.ok(checked > 200 && skippedObjects > 20, `${checked} values, ${skippedObjects} S3 objects skipped`);
  assert.is(skippedLines, 0);
});
prefilter('key-policy events inside strings and key snapshots on NDJSON lines are found and judged; an S3 object holds plain records only', async () => {
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] });
  const event = (id: string) => ({ eventVersion: '1.08', eventSource: 'kms.amazonaws.com', eventName: 'PutKeyPolicy', eventID: id, recipientAccountId: '111122223333', awsRegion: 'us-east-1', eventTime: '2026-11-30T00:00:00Z', requestParameters: { keyId: 'k', policyName: 'default', policy } });
  const snapshot = { Resource: { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', Arn: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', Policy: policy } };
  const lines = [{ result: { _raw: JSON.stringify(event('raw-1')) } }, snapshot, { awslogs: { data: gzipSync(JSON.stringify({ messageType: 'DATA_MESSAGE', logEvents: [{ id: '1', message: JSON.stringify(event('sub-1')) }] })).toString('base64') } }];
  const splunk = await loadTemp('splunk.ndjson', lines.map((l) => JSON.stringify(l)).join('\n'));
  assert.equal([splunk.documents.map((d) => d.facts.event?.eventID ?? 'snapshot'), splunk.diagnostics], [['raw-1', 'snapshot', 'sub-1'], []]);
  const records = await loadTemp('records.json.gz', gzipSync(JSON.stringify({ Records: [event('plain-1'), ...lines] })));
  assert.equal(records.documents.map((d) => d.facts.event!.eventID), ['plain-1']);
});
prefilter('an S3 object with key-policy events has only their records parsed, and loads as a full read does', async () => {
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] });
  const keyEvent = (id: string, extra: Record<string, unknown> = {}) => ({ eventVersion: '1.09', eventSource: 'kms.amazonaws.com', eventName: 'PutKeyPolicy', ...extra, eventID: id, recipientAccountId: '111122223333', awsRegion: 'us-east-1', eventTime: '2026-11-30T00:00:00Z', requestParameters: { keyId: 'k', policyName: 'default', policy } });
  const other = (i: number) => ({ eventVersion: '1.09', eventSource: 's3.amazonaws.com', eventName: 'GetObject', eventID: `other-${i}`, requestParameters: { bucketName: 'b' } });
  const records = (...entries: unknown[]) => JSON.stringify({ Records: entries }).slice(1, -1);
  const objects: [name: string, text: string, eventIDs: string[]][] = [
    ['two key events among others', `{${records(other(0), keyEvent('k-1'), other(1), keyEvent('k-2'), other(2), other(3))}}`, ['k-1', 'k-2']],
    ['a string that ends in ",{" after the name', `{${records(keyEvent('k-1', { note: 'x,{' }), other(1))}}`, ['k-1']],
    ['a nested array after the name', `{${records(keyEvent('k-1', { resources: [{ ARN: 'a' }, { ARN: 'b' }] }), other(1))}}`, ['k-1']],
    ['a second "Records" key after the records (JSON.parse keeps the last)', `{${records(keyEvent('k-1'), other(1))}, ${records(other(2))}}`, []],
    ['another top-level array after the records', `{${records(keyEvent('k-1'), other(1))}, "Extra": [{"a": 1}, {"b": 2}]}`, ['k-1']],
    ['a key event last', `{${records(other(0), keyEvent('k-1'))}}`, ['k-1']],
    ['a "Statement" key after the records: still CloudTrail, as the prefilter reads it', `{${records(keyEvent('k-1'), other(1))}, "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*"}]}`, ['k-1']],
  ];
  for (const [name, text, eventIDs] of objects) {
    const full = loadText(text, { display: 'object.json', absolute: 'object.json', explicit: true }, { input: 'auto' });
    const read = await loadTemp('object.json', text);
    assert.equal(full.documents.map((d) => d.facts.event!.eventID), eventIDs, name);
    assert.equal([read.documents, read.diagnostics], [full.documents, full.diagnostics], `${name}: locations, pointers and all`);
  }
  // What shows that only the key-policy records were parsed: like the prefilter, the scan does not check
  // the syntax of the records it skips, before or after them. A truncated object still gets a full read,
  // and its error.
  const brokenHead = await loadTemp('broken-head.json', `{"Records": [{"eventVersion": oops}, ${JSON.stringify(other(0))}, ${JSON.stringify(keyEvent('k-1'))}]}`);
  assert.equal([brokenHead.documents.map((d) => [d.facts.event!.eventID, d.loc.pointer]), brokenHead.diagnostics], [[['k-1', '/Records/2']], []]);
  const brokenTail = await loadTemp('broken-tail.json', `{${records(keyEvent('k-1'), other(1)).slice(0, -1)}, {"eventVersion": oops}]}`);
  assert.equal([brokenTail.documents.map((d) => d.facts.event!.eventID), brokenTail.diagnostics], [['k-1'], []]);
  const truncated = await loadTemp('truncated.json', `{${records(keyEvent('k-1'), other(1)).slice(0, -1)}, {"eventVer`);
  assert.equal([truncated.documents, truncated.diagnostics.map((d) => d.code)], [[], ['parse-error']]);
  const truncatedWithoutKeyEvent = await loadTemp('truncated.json.gz', gzipSync(`{${records(other(0), other(1)).slice(0, -1)}, {"eventVer`));
  assert.equal([truncatedWithoutKeyEvent.documents, truncatedWithoutKeyEvent.diagnostics.map((d) => `${d.code} ${d.loc.file}:${d.loc.line}`)], [[], ['parse-error truncated.json.gz:1']]);
});
prefilter('the KMS edge-case records, written as CloudTrail writes S3 objects among other records, load through the record scan exactly as through a full read', async () => {
  const { Records: edgeCases } = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/cloudtrail/kms_edge_cases.records.json'), 'utf8')) as { Records: unknown[] };
  const other = (i: number) => ({ eventVersion: '1.09', eventSource: 's3.amazonaws.com', eventName: 'GetObject', eventID: `other-${i}`, userIdentity: { type: 'AssumedRole', arn: 'arn:aws:sts::111122223333:assumed-role/r/s\u00e9' }, requestParameters: { bucketName: 'b', key: 'caf\u00e9/\u{1F600}' } });
  const records = edgeCases.flatMap((record, i) => [other(2 * i), record, other(2 * i + 1)]);
  const layouts: [layout: string, text: string][] = [['one line', JSON.stringify({ Records: records })], ['a record per line', `{"Records":[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]}`]];
  for (const [layout, text] of layouts) {
    assert.ok(scanEventNames(Buffer.from(text)) !== null, `${layout}: the prefilter applies`);
    const full = loadText(text, { display: 'trail.json.gz', absolute: 'trail.json.gz', explicit: true }, { input: 'auto' });
    const read = await loadTemp('trail.json.gz', gzipSync(text));
    assert.ok(full.documents.length >= edgeCases.length / 2, `${layout}: ${full.documents.length} documents`);
    assert.equal([read.documents, read.diagnostics], [full.documents, full.diagnostics], `${layout}: documents, locations and diagnostics`);
  }
});
prefilter('NDJSON read in blocks of lines, any chunking, loads exactly as read line by line with readline (fast-check, fixed seed)', async () => {
  assert.ok([...PLAIN_TOKENS, ...ESCAPED_TOKENS].every((token) => BLOCK_PATTERNS.some((pattern) => token.includes(pattern))), 'a line without a block pattern holds no token');
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] });
  const keyEvent = (id: string) => ({ eventVersion: '1.09', eventSource: 'kms.amazonaws.com', eventName: 'PutKeyPolicy', eventID: id, recipientAccountId: '111122223333', awsRegion: 'us-east-1', requestParameters: { keyId: 'k', policyName: 'default', policy } });
  const line = fc.oneof(
    fc.constantFrom(
      JSON.stringify({ eventSource: 's3.amazonaws.com', eventName: 'GetObject', eventID: 'g', requestParameters: { key: 'caf\u00e9 \u{1F600}' } }),
      JSON.stringify({ eventSource: 'iam.amazonaws.com', eventName: 'PutRolePolicy', eventID: 'decoy', requestParameters: { policyDocument: '{"Action": "kms:CreateKey"}' } }),
      JSON.stringify(keyEvent('plain')),
      JSON.stringify({ result: { _raw: JSON.stringify(keyEvent('raw')) } }),
      JSON.stringify(keyEvent('escaped')).replace('PutKeyPolicy', 'Put\\u004beyPolicy'),
      JSON.stringify({ Resource: { KeyId: 'k', Arn: 'arn:aws:kms:us-east-1:111122223333:key/k', Policy: policy } }),
      'not json', '{"broken": ', '[1, 2]', '{"a": 1} trailing', '', '   ', '\uFEFF{"a": 1}', '\u00a0{"a": 1}', '\t{"a": 1} \v', '{}', '{',
    ),
    fc.string({ maxLength: 8 }),
  );
  const entry = fc.record({ text: line, pad: fc.constantFrom('', '', ' ', '\t'), lineBreak: fc.constantFrom('\n', '\n', '\n', '\r\n', '\r') });
  const file = fc.record({ entries: fc.array(entry, { minLength: 1, maxLength: 12 }), finalBreak: fc.boolean(), explicit: fc.boolean(), cuts: fc.array(fc.nat(), { maxLength: 6 }) });
  await fc.assert(fc.asyncProperty(file, async ({ entries, finalBreak, explicit, cuts }) => {
    const text = entries.map((e, i) => `${e.pad}${e.text}${e.pad}${i < entries.length - 1 || finalBreak ? e.lineBreak : ''}`).join('');
    const bytes = Buffer.from(text);
    const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    const pieces = [0, ...at].map((start, i) => bytes.subarray(start, [...at, bytes.length][i])).filter((piece) => piece.length > 0);
    const read = await new NdjsonReader('log.ndjson', explicit).read(Readable.from(pieces), { bytes: Infinity, message: '' });
    const lines: string[] = [];
    for await (const l of createInterface({ input: Readable.from([bytes]), crlfDelay: Infinity })) lines.push(l);
    const byLine = new NdjsonReader('log.ndjson', explicit);
    byLine.lines(lines);
    const { bytes: counted, ...loaded } = read;
    const { bytes: _notCounted, ...expected } = byLine.finish();
    assert.equal(loaded, expected, JSON.stringify(text));
    // Reading stops at the first line of a file that is not a log; otherwise every byte is counted.
    if (!read.notAnInput) assert.is(counted, bytes.length);
  }), { seed: 20261205, numRuns: 400 });
});
prefilter('random S3 log objects load through the prefilter and the record scan exactly as through a full read (fast-check, fixed seed)', async () => {
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] });
  // Strings and shapes that look like the byte patterns the prefilter and the scan search for, and text
  // whose UTF-8 bytes and UTF-16 columns differ.
  const tricky = fc.constantFrom('x,{', ',{"eventName":"PutKeyPolicy"}', 'Records"', '{"Records":[', ']}', '"]}', 'eventName', '\\', '\\"', 'caf\u00e9', '\u{1F600}', 'a\nb');
  const record = fc.record({
    eventName: fc.constantFrom('Decrypt', 'CreateKey', 'PutKeyPolicy', 'ReplicateKey', 'GetObject', 'CreateKeyPair'),
    eventSource: fc.constantFrom('kms.amazonaws.com', 's3.amazonaws.com'),
    note: fc.option(tricky, { nil: undefined }),
    nested: fc.option(fc.constantFrom<unknown>([{ ARN: 'a' }, { ARN: 'b' }], { eventName: 'PutKeyPolicy', policy }, [{ eventName: 'CreateKey' }], [[], {}, 1]), { nil: undefined }),
    errorCode: fc.option(fc.constant('AccessDenied'), { nil: undefined }),
  }, { requiredKeys: ['eventName', 'eventSource'] });
  // Entries that are not records still take an index in Records.
  const notARecord = fc.constantFrom<unknown>(1, 'x', null, [], {}, [{ eventSource: 'kms.amazonaws.com', eventName: 'PutKeyPolicy', requestParameters: { policy } }]);
  const entry = fc.oneof({ arbitrary: record.map((fields) => ({ fields })), weight: 4 }, { arbitrary: notARecord.map((value) => ({ value })), weight: 1 });
  const object = fc.record({
    entries: fc.array(entry, { maxLength: 16 }),
    after: fc.constantFrom('', '', '', ', "Extra": [{"a": 1}, {"b": 2}]', ', "Records": [{"eventSource": "kms.amazonaws.com", "eventName": "Decrypt"}]', ', "Statement": []'),
    // One line, a record per line (as some exports write it), or pretty-printed (the prefilter passes it by).
    layout: fc.constantFrom('line', 'line', 'record per line', 'pretty'),
    truncate: fc.constantFrom(false, false, false, true),
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'kmslint-scan-'));
  const file = { absolute: path.join(dir, 'object.json'), display: 'object.json', explicit: true };
  let scanned = 0;
  await fc.assert(fc.asyncProperty(object, async ({ entries, after, layout, truncate }) => {
    const records = entries.map((entry, i) => {
      if (!('fields' in entry)) return entry.value;
      const r = entry.fields;
      return {
        eventVersion: '1.09', eventSource: r.eventSource, eventName: r.eventName, eventID: `e-${i}`, recipientAccountId: '111122223333', awsRegion: 'us-east-1',
        ...(r.errorCode ? { errorCode: r.errorCode } : {}), requestParameters: { keyId: 'k', policyName: 'default', policy, ...(r.note ? { note: r.note } : {}), ...(r.nested ? { nested: r.nested } : {}) },
      };
    });
    const recordsText = layout === 'pretty' ? JSON.stringify({ Records: records }, null, 2).slice(0, -1)
      : `{"Records":[${records.map((r) => JSON.stringify(r)).join(layout === 'line' ? ',' : ',\n')}]`;
    const whole = `${recordsText}${after}}`;
    const text = truncate ? whole.slice(0, Math.floor(whole.length * 0.8)) : whole;
    writeFileSync(file.absolute, text);
    const read = await loadFile(file, { input: 'auto', maxDecompressedBytes: 1 << 20, maxFileBytes: 1 << 20 });
    const full = loadText(text, file, { input: 'auto' });
      if (!truncate && (scanEventNames(Buffer.from(text))?.keyEventNames.length ?? 0) > 0 && !after.includes('Records')) scanned++;
    // A truncated object is always read in full, key-policy event or not, so its error is reported.
    assert.equal([read.documents, read.diagnostics], [full.documents, full.diagnostics]);
  }), { seed: 20261204, numRuns: 300 });
  assert.ok(scanned > 50, `${scanned} of 300 objects had their key-policy records read alone`);
});
reading('a gzip file of several members (gzip files concatenated) is read whole, though its trailer states the size of the last one only', async () => {
  const text = readFileSync(path.join(ROOT, 'test/fixtures/cloudtrail/aws_cloudtrail_putkeypolicy.example_log.json'), 'utf8');
  const half = text.length >> 1;
  const members = await loadTemp('members.json.gz', Buffer.concat([gzipSync(text.slice(0, half)), gzipSync(text.slice(half))]));
  const whole = await loadTemp('whole.json.gz', gzipSync(text));
  assert.ok(whole.documents.length > 0);
  assert.equal([members.documents.length, members.diagnostics], [whole.documents.length, []]);
});
reading('a load counts the bytes it read after decompression (loader threads collect garbage by them)', async () => {
  const text = readFileSync(path.join(ROOT, 'test/fixtures/cloudtrail/aws_cloudtrail_putkeypolicy.example_log.json'), 'utf8');
  const lines = text.trim().startsWith('{"Records"') ? (JSON.parse(text) as { Records: unknown[] }).Records.map((r) => JSON.stringify(r)).join('\n') : text;
  assert.is((await loadTemp('counted.json.gz', gzipSync(text))).bytes, Buffer.byteLength(text));
  assert.is((await loadTemp('counted.json', text)).bytes, Buffer.byteLength(text));
  assert.is((await loadTemp('counted.ndjson.gz', gzipSync(lines))).bytes, Buffer.byteLength(lines));
  assert.is((await loadTemp('counted.ndjson', lines)).bytes, Buffer.byteLength(lines));
});
reading('files are read and inflated into buffers reused from file to file; nothing a load returns is a view on them', async () => {
  const first = gunzip(gzipSync('a'.repeat(5000)), 1 << 20);
  const second = gunzip(gzipSync('b'.repeat(10)), 1 << 20);
  assert.equal([second.toString(), second.buffer === first.buffer], ['b'.repeat(10), true], 'on this Node, the second inflation lands where the first did');
  assert.is(first.subarray(0, 10).toString(), 'b'.repeat(10), 'and so overwrites it: a view is valid until the next file');
  assert.throws(() => gunzip(gzipSync('c'.repeat(5000)), 4000), (error: NodeJS.ErrnoException) => error.code === 'ERR_BUFFER_TOO_LARGE', 'the output limit holds with a reused buffer larger than it');
  // A runtime whose zlib engines lack the method: a fresh buffer, as from gunzipSync.
  const prototype = Gunzip.prototype as unknown as { _processChunk?: unknown };
  assert.not.ok(Object.hasOwn(prototype, '_processChunk'), 'it is inherited, so deleting the shadow restores it');
  prototype._processChunk = undefined;
  try {
    const fresh = gunzip(gzipSync('d'.repeat(100)), 1 << 20);
    assert.equal([fresh.toString(), fresh.buffer === first.buffer], ['d'.repeat(100), false]);
  } finally {
    delete prototype._processChunk;
  }

  const text = readFileSync(path.join(ROOT, 'test/fixtures/cloudtrail/aws_cloudtrail_putkeypolicy.example_log.json'), 'utf8');
  const loaded = await loadTemp('kept.json.gz', gzipSync(text));
  const kept = JSON.stringify(loaded);
  assert.ok(loaded.documents.length > 0);
  await loadTemp('next.json.gz', gzipSync(Buffer.alloc(2 * text.length, 'x')));
  await loadTemp('next.json', Buffer.alloc(2 * text.length, 'y'));
  assert.is(JSON.stringify(loaded), kept, 'the documents of a file are unchanged once later files have reused the buffers');
  const small = await loadTemp('small.json', JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] }));
  assert.equal([small.kind, small.documents.length, small.diagnostics], ['policy', 1, []], 'a small file after larger ones is read without their leftover bytes');
});
reading('a file whose size is unknown when it is measured (a named pipe) is read to its end, however long', async () => {
  const policy = { Version: '2012-10-17', Statement: [{ Sid: 'x'.repeat(200_000), Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] };
  const source = write('piped-source.json', JSON.stringify(policy));
  const fifo = path.join(temp, 'piped.json');
  execFileSync('mkfifo', [fifo]);
  const writer = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', source, fifo], { stdio: 'ignore' });
  const loaded = await loadFile({ absolute: fifo, display: 'piped.json', explicit: true }, { input: 'auto', maxDecompressedBytes: 1 << 20, maxFileBytes: 1 << 20 });
  await new Promise((resolve) => writer.on('close', resolve));
  assert.equal([loaded.kind, loaded.documents.map((d) => d.policy?.statements[0]?.sid?.value.length), loaded.diagnostics], ['policy', [200_000], []]);
});
reading('after each load: a full collection after one of 16 MB or more, a young one every few megabytes when dead buffers pile up; the collector is obtained only when needed', async () => {
  const calls: string[] = [];
  let deadBuffers = 0;
  const collector = new LoadCollector(() => (options) => void calls.push(options.type), () => deadBuffers);
  const load = (bytes: number) => ({ bytes });
  const small = load(CHECK_EVERY_BYTES / 2);
  assert.is(collector.afterLoad(small), small);
  collector.afterLoad(load(LARGE_LOAD_BYTES));
  assert.equal(calls, ['major']);
  collector.afterLoad(small);
  collector.afterLoad(small);
  collector.afterLoad(small);
  assert.equal(calls, ['major'], 'few dead buffers: nothing to collect');
  deadBuffers = DEAD_BUFFERS_LIMIT + 1;
  collector.afterLoad(small);
  collector.afterLoad(small);
  assert.equal(calls, ['major'], 'looked at only every CHECK_EVERY_BYTES');
  collector.afterLoad(small);
  assert.equal(calls, ['major', 'minor']);
  // Importing kmslint exposes no gc to the program that imports it; asking for the collector does.
  const probe = "const vm = await import('node:vm'); const before = vm.runInNewContext('typeof gc'); await import(process.argv[1]); const imported = vm.runInNewContext('typeof gc'); const collector = typeof (await import(process.argv[2])).garbageCollector(); console.log(before, imported, collector, vm.runInNewContext('typeof gc'))";
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', probe, path.join(ROOT, 'lib/src/index.js'), path.join(ROOT, 'lib/src/loaders/collect.js')], { encoding: 'utf8' });
  assert.is(output.trim(), 'undefined undefined function function');
  assert.type(garbageCollector(), 'function', 'this Node accepts the flag');
});
prefilter('an escaped event name is still found and judged', async () => {
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] });
  const text = `{"Records": [{"eventSource": "kms.amazonaws.com", "eventName": "Put\\u004beyPolicy", "eventID": "esc-1", "requestParameters": {"policy": ${JSON.stringify(policy)}}}]}`;
  const { documents } = await loadTemp('escaped.json', text);
  assert.equal(documents.map((d) => d.facts.event!.eventName), ['PutKeyPolicy']);
});
prefilter.run();
reading.run();
