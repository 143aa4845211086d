/**
 * Every built-in rule's embedded cases, each through the real loaders and engine, plus the meta-checks
 * that keep the rule pack honest (ids, test coverage, references, placeholders).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PLACEHOLDER } from '../src/engine/rules.js';
import { runRuleTests } from '../src/rule-testing.js';
import { loadRules } from '../src/rules-loader.js';
import { ROOT } from './support/cli.js';

const { rules, diagnostics } = await loadRules([], ROOT);
const results = await runRuleTests(rules, ROOT);

const cases = suite('built-in rules: embedded test cases');
cases('the built-in rules load without a diagnostic', () => {
  assert.equal(diagnostics, []);
});
for (const result of results) {
  cases(`${result.ruleId} › ${result.name}`, () => {
    assert.ok(result.passed, result.detail);
  });
}
cases.run();

const meta = suite('built-in rules: meta-checks');
const resultOf = (expect: unknown): string => (typeof expect === 'string' ? expect : (expect as { result: string }).result);
meta('every file in rules/ is a rule whose id is its file name', () => {
  const files = readdirSync(new URL('../rules/', import.meta.url)).filter((f) => f.endsWith('.yaml')).sort();
  assert.equal(rules.map((r) => `${r.id}.yaml`).sort(), files);
});
meta('every rule has at least two reporting and two passing cases', () => {
  for (const rule of rules) {
    const reporting = rule.tests.filter((t) => ['violation', 'unknown', 'attempt'].includes(resultOf(t.expect)));
    const passing = rule.tests.filter((t) => resultOf(t.expect) === 'pass');
    assert.ok(reporting.length >= 2, `${rule.id}: ${reporting.length} reporting case(s)`);
    assert.ok(passing.length >= 2, `${rule.id}: ${passing.length} passing case(s)`);
  }
});
meta('the issue asks for these rules', () => {
  const required = [
    'encrypt-to-wildcard-principal', 'decrypt-to-wildcard-principal', 'full-access-to-wildcard-principal', 'admin-to-wildcard-principal',
    'allow-with-notprincipal', 'cross-account-access', 'malformed-policy', 'statement-without-resource', 'missing-root-statement',
    'policy-unknown', 'bypass-lockout-safety-check', 'encrypt-policy-created-without-mfa',
  ];
  for (const id of required) assert.ok(rules.some((r) => r.id === id), id);
});
meta('the flagship carries the Splunk detection\'s risk metadata and T1486', () => {
  const flagship = rules.find((r) => r.id === 'encrypt-to-wildcard-principal')!;
  assert.equal([flagship.risk, flagship.mitre], [{ impact: 50, confidence: 50, score: 25 }, [{ tactic: 'TA0040', technique: 'T1486' }]]);
});
meta('every rule file starts with the schema comment for editors', () => {
  for (const rule of rules) {
    assert.ok(readFileSync(new URL(`../${rule.file}`, import.meta.url), 'utf8').startsWith('# yaml-language-server: $schema=../schemas/rule.schema.json\n'), rule.id);
  }
});
meta('messages use placeholders; every reference is a https URL', () => {
  for (const rule of rules) {
    assert.ok([...rule.message.matchAll(PLACEHOLDER)].length > 0, `${rule.id} message has no placeholder`);
    for (const reference of rule.references) assert.match(reference, /^https:\/\//);
  }
});
meta.run();

const readme = suite('README');
readme('the rule table is generated from rules/ (run npm run docs after changing a rule)', async () => {
  const { formatRulesTable, replaceRulesTable } = await import('../src/report/rules-table.js');
  const text = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  assert.is(replaceRulesTable(text, formatRulesTable(rules)), text);
});
readme.run();
