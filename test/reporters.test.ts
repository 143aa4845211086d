import { readFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ValidateFunction } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import { annotationsFor, escapeData, escapeProperty, formatGithubCommands } from '../src/report/github.js';
import { formatJunit } from '../src/report/junit.js';
import { formatSarif } from '../src/report/sarif.js';
import { lint, type LintResult } from '../src/lint.js';
import { kmslint, ROOT, tempTree } from './support/cli.js';

// ajv-draft-04 is CommonJS: under NodeNext the class is the default export's `default`.
type AjvLike = new (options: Record<string, unknown>) => { compile(schema: object): ((data: unknown) => boolean) & Pick<ValidateFunction, 'errors'> };
const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: AjvLike }).default ?? AjvDraft04Module) as unknown as AjvLike;
const sarifSchema = JSON.parse(readFileSync(new URL('schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
// Formats (uri, date-time) are left out: the structure is what GitHub rejects files for.
const validateSarif = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false }).compile(sarifSchema);

const examples: LintResult = await lint({ paths: ['examples'], cwd: ROOT, engine: { ownerAccount: '111122223333' }, today: '2026-12-04' });
const sarifContext = { toolVersion: '0.1.0', srcRootUri: 'file:///repo/', relativeToRoot: (file: string) => file };

const sarif = suite('SARIF 2.1.0');
sarif('the examples produce SARIF that validates against the official schema', () => {
  const log = JSON.parse(formatSarif(examples, sarifContext));
  const valid = validateSarif(log);
  assert.ok(valid, JSON.stringify(validateSarif.errors?.slice(0, 3)));
});
sarif('exactly one run; every rule described within GitHub\'s limits', () => {
  const log = JSON.parse(formatSarif(examples, sarifContext));
  assert.is(log.runs.length, 1);
  const rules = log.runs[0].tool.driver.rules as { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; defaultConfiguration: { level: string }; properties: { tags: string[]; 'security-severity'?: string } }[];
  assert.is(rules.length, 23);
  for (const rule of rules) {
    assert.ok(rule.shortDescription.text.length <= 1024 && rule.fullDescription.text.length <= 1024, rule.id);
    assert.ok(rule.help.text.length > 0 && rule.help.markdown.includes('How to fix it'), rule.id);
    assert.ok(rule.properties.tags.length <= 10 && rule.properties.tags.includes('security'), rule.id);
  }
  const flagship = rules.find((r) => r.id === 'encrypt-to-wildcard-principal')!;
  assert.equal([flagship.defaultConfiguration.level, flagship.properties['security-severity'], flagship.properties.tags.includes('external/mitre-attack/T1486')], ['error', '8.0', true]);
  assert.is(rules.find((r) => r.id === 'duplicate-sid')!.properties['security-severity'], undefined, 'info rules carry no security severity');
});
sarif('results: relative URIs under %SRCROOT%, 1-based regions, fingerprints without line numbers, no mitigated or attempt results', () => {
  const log = JSON.parse(formatSarif(examples, sarifContext));
  const results = log.runs[0].results as { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[]; partialFingerprints: Record<string, string>; properties: { status: string } }[];
  assert.is(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, 'file:///repo/');
  assert.ok(results.length > 0);
  for (const r of results) {
    const location = r.locations[0]!.physicalLocation;
    assert.is(location.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.not.match(location.artifactLocation.uri, /^(\/|file:)/);
    assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
    assert.match(r.partialFingerprints['kmslint/v1']!, /^[0-9a-f]{32}$/);
    assert.ok(['violation', 'unknown', 'suppressed'].includes(r.properties.status));
  }
  const flagship = results.find((r) => r.ruleId === 'encrypt-to-wildcard-principal' && r.locations[0]!.physicalLocation.artifactLocation.uri === 'examples/policies/public-encrypt.json')!;
  assert.equal([flagship.level, flagship.locations[0]!.physicalLocation.region.startLine], ['error', 12]);
});
sarif('suppressed findings carry result.suppressions with the reason', async () => {
  const dir = tempTree({
    '.kmslint.yaml': 'suppressions:\n  - rule: encrypt-to-wildcard-principal\n    resource: key.json\n    reason: Partner upload key, reviewed in SEC-123\n',
    'key.json': JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }] }),
  });
  const { stdout } = kmslint(['lint', '--format', 'sarif', 'key.json'], dir);
  const log = JSON.parse(stdout);
  assert.ok(validateSarif(log));
  const suppressed = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'encrypt-to-wildcard-principal');
  assert.equal(suppressed.suppressions, [{ kind: 'external', justification: 'Partner upload key, reviewed in SEC-123' }]);
});
sarif.run();

const github = suite('GitHub workflow commands');
github('escaping follows @actions/core: data escapes %, CR, LF; properties also : and ,', () => {
  assert.is(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
  assert.is(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
  const line = formatGithubCommands([{ level: 'error', title: 'kmslint x (high)', message: 'line one\nline two', file: 'dir,1/key:a.json', startLine: 3, endLine: 3, startColumn: 5, endColumn: 9 }]);
  assert.is(line, '::error file=dir%2C1/key%3Aa.json,line=3,endLine=3,col=5,endColumn=9,title=kmslint x (high)::line one%0Aline two\n');
});
github('the most severe first, at most 10 per level, then one notice with the count', () => {
  const statements = Array.from({ length: 14 }, (_, i) => ({ Sid: `S${i}`, Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }));
  const dir = tempTree({ 'key.json': JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 1) });
  const { stdout } = kmslint(['lint', '--format', 'github', '--owner-account', '111122223333', 'key.json'], dir);
  const lines = stdout.trim().split('\n');
  assert.is(lines.filter((l) => l.startsWith('::error ')).length, 10);
  assert.ok(lines.filter((l) => l.startsWith('::notice ')).length <= 10);
  assert.match(lines[lines.length - 1]!, /^::notice file=key\.json,line=1,endLine=1,title=kmslint%3A more findings::\d+ more findings not annotated here \(GitHub shows 10 annotations per level\); see the kmslint report/);
  assert.match(lines[0]!, /^::error file=key\.json,line=4,endLine=10,title=kmslint encrypt-to-wildcard-principal \(high\)::Statement "S0" lets any AWS account encrypt/);
});
github('only violations and unknowns are annotated', () => {
  const annotations = annotationsFor(examples);
  const annotated = examples.findings.filter((f) => f.status === 'violation' || f.status === 'unknown');
  assert.is(annotations.length, annotated.length);
});
github('annotations are ordered by code unit, whatever the locale', () => {
  const high = examples.findings.find((f) => f.severity === 'high' && f.status === 'violation')!;
  const result = { ...examples, findings: ['a.json', 'B.json', '_.json'].map((file) => ({ ...high, loc: { ...high.loc, file } })) };
  assert.equal(annotationsFor(result).map((a) => a.file), ['B.json', '_.json', 'a.json']);
});
github.run();

const junit = suite('JUnit XML');
junit('one suite per rule, one failing case per finding, escaped', () => {
  const xml = formatJunit(examples);
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="kmslint" tests="\d+" failures="\d+" errors="0">/);
  assert.is((xml.match(/<testsuite /g) ?? []).length, 23);
  const failures = examples.findings.filter((f) => f.status === 'violation' || f.status === 'unknown').length;
  assert.is((xml.match(/<failure /g) ?? []).length, failures);
  assert.match(xml, /<failure type="high" message="Statement &quot;Let anyone encrypt&quot; lets any AWS account encrypt/);
  assert.not.match(xml.replace(/<\?xml[^>]*>/, ''), /<(?!\/?(testsuites|testsuite|testcase|failure|error)\b)/);
});
junit.run();

const output = suite('several formats in one run');
output('--format text --format sarif:FILE --format junit:FILE', () => {
  const dir = tempTree({ 'key.json': JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }] }) });
  const run = kmslint(['lint', '--format', 'text', '--format', 'sarif:out/kmslint.sarif', '--format', 'junit:report.xml', 'key.json'], path.join(dir));
  assert.is(run.code, 1);
  assert.match(run.stdout, /decrypt-to-wildcard-principal/);
  const log = JSON.parse(readFileSync(path.join(dir, 'out/kmslint.sarif'), 'utf8'));
  assert.ok(validateSarif(log));
  assert.match(readFileSync(path.join(dir, 'report.xml'), 'utf8'), /<testsuites name="kmslint"/);
});
output('--output writes a single format; two formats on stdout are refused', () => {
  const dir = tempTree({ 'key.json': '{"Version": "2012-10-17", "Statement": []}' });
  assert.is(kmslint(['lint', '--format', 'json', '--output', 'r.json', 'key.json'], dir).stdout, '');
  assert.is(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')).version, 1);
  const twice = kmslint(['lint', '--format', 'json', '--format', 'text', 'key.json'], dir);
  assert.is(twice.code, 2);
  assert.match(twice.stderr, /only one format can go to stdout/);
});
output('colour on FORCE_COLOR, never with NO_COLOR or in files; progress on --progress', () => {
  const dir = tempTree({ 'key.json': JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }] }) });
  const colored = kmslint(['lint', 'key.json'], dir, { FORCE_COLOR: '1', NO_COLOR: undefined });
  assert.match(colored.stdout, /\u001b\[31mcritical\u001b\[0m|\u001b\[1m\u001b\[31mcritical/);
  const plain = kmslint(['lint', 'key.json'], dir);
  assert.not.match(plain.stdout, /\u001b\[/);
  const progress = kmslint(['lint', '--progress', 'key.json'], dir);
  assert.match(progress.stderr, /\rkmslint: 1\/1 files, 2 findings/);
});
output.run();

const summary = suite('job summary');
summary('stays under GitHub\'s 1 MiB limit and says what it left out', async () => {
  const { formatJobSummary, SUMMARY_LIMIT_BYTES } = await import('../src/report/summary.js');
  const template = examples.findings.find((f) => f.status === 'violation')!;
  const flood = { ...examples, findings: Array.from({ length: 20_000 }, (_, i) => ({ ...template, message: `${template.message} (${i})`, fingerprint: `${i}` })) };
  const markdown = formatJobSummary(flood, '0.1.0');
  assert.ok(Buffer.byteLength(markdown) < SUMMARY_LIMIT_BYTES);
  assert.match(markdown, /_\d+ more findings are not shown here \(GitHub limits the summary to 1 MiB\); see the SARIF or JSON report\._/);
  assert.match(markdown, /\| Severity \| Status \| Rule \| Location \| Resource \| Statement \| Message \|/);
});
summary('table cells cannot break the Markdown', async () => {
  const { formatJobSummary } = await import('../src/report/summary.js');
  const template = examples.findings[0]!;
  const markdown = formatJobSummary({ ...examples, findings: [{ ...template, message: 'a | pipe\nand <script>', resource: 'x|y' }] }, '0.1.0');
  assert.match(markdown, /\| x\\\|y \| .* \| a \\\| pipe and &lt;script> \|/);
});
summary.run();
