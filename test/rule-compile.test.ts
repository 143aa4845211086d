import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkRuleSet, compileRule, type CompiledRule } from '../src/engine/rules.js';

const VALID = `schema: kmslint/rule@1
id: x
title: Example
severity: high
scope: statement
match:
  all:
    - effect: Allow
    - exposure: [public]
message: "{{statement.label}} is public"
description: d
remediation: r
references: [https://example.com/doc]
`;

const errorsOf = (text: string, file = 'rules/x.yaml'): string[] =>
  compileRule(text, file, false).diagnostics.map((d) => `${d.loc.file}:${d.loc.line}:${d.loc.column}: ${d.message}`);

const compile = suite('rule files: located errors');
compile('a valid rule compiles', () => {
  const { rule, diagnostics } = compileRule(VALID, 'rules/x.yaml', false);
  assert.equal(diagnostics, []);
  assert.equal([rule!.id, rule!.scope, rule!.sources, rule!.mitigation, rule!.status], ['x', 'statement', ['policy', 'cloudformation', 'terraform', 'cloudtrail'], 'report', 'stable']);
});
compile('an invalid severity names the allowed values and what it got', () => {
  assert.equal(errorsOf(VALID.replace('severity: high', 'severity: hi')), ['rules/x.yaml:4:11: "severity" must be one of critical, high, medium, low, info (got "hi"; did you mean "high"? values are case-sensitive)']);
});
compile('unknown keys are rejected with a suggestion', () => {
  assert.equal(errorsOf(`${VALID}severty: high\n`), ['rules/x.yaml:14:1: unknown key "severty" in the document (did you mean "severity"?)']);
});
compile('the id must equal the file name', () => {
  assert.equal(errorsOf(VALID, 'rules/other-name.yaml'), ['rules/other-name.yaml:2:5: the rule id "x" must equal the file name "other-name"; rename one of them']);
});
compile('an expression has exactly one predicate', () => {
  assert.equal(errorsOf(VALID.replace('    - effect: Allow\n', '    - effect: Allow\n      exposure: [public]\n')), [
    'rules/x.yaml:8:7: an expression has exactly one predicate; found effect, exposure — combine them with all: [...] or any: [...]',
  ]);
});
compile('a predicate of another scope is refused', () => {
  assert.equal(errorsOf(VALID.replace('    - effect: Allow\n', '    - actor: {mfa: [false]}\n')), [
    'rules/x.yaml:8:7: "actor" cannot be used in statement scope (allowed: all, any, not, key, field, rule, effect, actions, principal, exposure, conditions, effective, element, neutralized)',
  ]);
});
compile('unknown message placeholders are refused', () => {
  assert.equal(errorsOf(VALID.replace('{{statement.label}}', '{{statement.lable}}')), ['rules/x.yaml:10:10: unknown placeholder {{statement.lable}} for a statement-scope rule; see the placeholder list in the README']);
});
compile('rule files cannot carry YAML tags (no code, no intrinsics)', () => {
  assert.equal(errorsOf(VALID.replace('description: d', 'description: !!js/function "function () {}"')), ['rules/x.yaml:11:14: YAML tag !!js/function is not allowed here: this file is plain data (remove the tag)']);
  assert.equal(errorsOf(VALID.replace('description: d', 'description: !!str d')), []);
  assert.equal(errorsOf(VALID.replace('description: d', 'description: !Sub "x"')), ['rules/x.yaml:11:14: YAML tag !Sub is not allowed here: this file is plain data (remove the tag)']);
});
compile('field tests need exactly one comparison and a path the scope offers', () => {
  assert.equal(errorsOf(VALID.replace('    - effect: Allow\n', '    - field: event.eventName\n')), [
    'rules/x.yaml:8:7: field: needs exactly one of equals, notEquals, in, notIn, like, exists, gt, gte, lt, lte (found none)',
    'rules/x.yaml:8:14: field "event.eventName" is not available in statement scope (use key.<fact>, resource, source, statement.sid|effect|index)',
  ]);
});
compile('modifiers belong to field:', () => {
  assert.equal(errorsOf(VALID.replace('    - effect: Allow\n', '    - effect: Allow\n      missing: match\n')), ['rules/x.yaml:8:7: missing can only be used with field:']);
});
compile('an action pattern must look like one', () => {
  assert.equal(errorsOf(VALID.replace('    - effect: Allow\n', '    - actions: {anyOf: ["kms Encrypt"]}\n')), [
    'rules/x.yaml:8:25: "anyOf[0]" is not valid (got "kms Encrypt"): expected an action pattern such as kms:Encrypt or kms:Generate*',
  ]);
});
compile('test cases need an input or a file, and distinct names', () => {
  assert.equal(errorsOf(`${VALID}tests:\n  - {name: a, expect: pass}\n`), ['rules/x.yaml:15:5: a test case needs a name, an expect, and exactly one of input or file']);
  assert.equal(errorsOf(`${VALID}tests:\n  - {name: a, input: {}, expect: pass}\n  - {name: a, input: {}, expect: pass}\n`), ['rules/x.yaml:16:5: two test cases are named "a"; give each case its own name']);
});
compile('an event rule reads CloudTrail only', () => {
  const event = VALID.replace('scope: statement', 'scope: event\nsources: [policy]').replace(/match:[\s\S]*?message: .*\n/, 'match:\n  event: {name: [CreateKey]}\nmessage: "{{event.eventName}}"\n');
  assert.equal(errorsOf(event), ['rules/x.yaml:6:10: an event-scope rule reads CloudTrail only: its sources can only be [cloudtrail]'.replace('reads CloudTrail only: its', 'reads CloudTrail events: its')]);
});
compile('YAML syntax errors are located', () => {
  const [error] = errorsOf('schema: kmslint/rule@1\nid: [x\n');
  assert.match(error!, /^rules\/x\.yaml:\d+:\d+: invalid YAML: /);
});
compile.run();

const set = suite('rule sets');
const rule = (id: string, match: string, scope = 'statement'): CompiledRule =>
  compileRule(VALID.replace('id: x', `id: ${id}`).replace('scope: statement', `scope: ${scope}`).replace(/match:[\s\S]*?message/, `match:\n  ${match}\nmessage`).replace('{{statement.label}} is public', 'found'), `rules/${id}.yaml`, false).rule!;
set('duplicate ids are an error naming both files', () => {
  const messages = checkRuleSet([rule('a', 'effect: Allow'), { ...rule('a', 'effect: Deny'), file: 'mine/a.yaml' }]).map((d) => d.message);
  assert.equal(messages, ['rule id "a" is already defined in rules/a.yaml; ids must be unique (rename one, or remove the copy)']);
});
set('references must exist, match the scope and not form a cycle', () => {
  assert.equal(checkRuleSet([rule('a', 'rule: nowhere')]).map((d) => d.message), ['rule: nowhere refers to no known rule']);
  assert.equal(checkRuleSet([rule('a', 'rule: p'), rule('p', 'sizeBytes: {gt: 1}', 'policy')]).map((d) => d.message), [
    'rule: p is a policy-scope rule and cannot be used where a statement is evaluated',
  ]);
  assert.equal(checkRuleSet([rule('a', 'rule: b'), rule('b', 'rule: a')]).map((d) => d.message), [
    'rule references form a cycle: a → b → a',
    'rule references form a cycle: b → a → b',
  ]);
});
set.run();
