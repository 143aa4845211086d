/**
 * `kmslint test`: runs every rule's embedded test cases and Sid-annotated fixtures through the real
 * loaders and engine (rules.md §8). A statement whose Sid starts `ruleid:<rule>` must be reported by that
 * rule as a violation; `ok:<rule>` must not; `todoruleid:` / `todook:` record known gaps without failing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DocumentContext, evaluateRule, type EngineOptions } from './engine/evaluate.js';
import type { CompiledRule, RuleTestCase, TestResult } from './engine/rules.js';
import { loadInlineInput, loadInputText, type Loaded } from './loaders/index.js';
import type { Finding, FindingStatus, RuleSource } from './types.js';

export interface CaseResult {
  ruleId: string;
  name: string;
  passed: boolean;
  /** A known gap (`todoruleid:` / `todook:`): shown, never failing. */
  todo: boolean;
  detail: string;
}

/** Runs the embedded tests of `selected` (default: all), with every rule available to `rule:` references. */
export async function runRuleTests(rules: readonly CompiledRule[], cwd: string, selected: readonly CompiledRule[] = rules): Promise<CaseResult[]> {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const results: CaseResult[] = [];
  for (const rule of selected) {
    for (const test of rule.tests) results.push(await runCase(rule, test, byId, cwd));
  }
  return results;
}

async function runCase(rule: CompiledRule, test: RuleTestCase, byId: ReadonlyMap<string, CompiledRule>, cwd: string): Promise<CaseResult> {
  const source: RuleSource = test.source ?? (rule.scope === 'event' ? 'cloudtrail' : 'policy');
  const label = `${rule.file} test "${test.name}"`;
  const result = (passed: boolean, detail: string): CaseResult => ({ ruleId: rule.id, name: test.name, passed, todo: false, detail });
  let loaded: Loaded;
  if (test.file !== undefined) {
    const file = path.resolve(cwd, test.file);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      return result(false, `cannot read ${test.file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    loaded = loadInputText(source, text, test.file);
  } else {
    loaded = loadInlineInput(source, test.input, label);
  }
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return result(false, `the test input cannot be read: ${errors.map((d) => d.message).join('; ')}`);
  const expected = typeof test.expect === 'string' ? { result: test.expect } : test.expect;
  const options: EngineOptions = { ...test.config };
  if (!rule.sources.includes(source)) return result(expected.result === 'skip', `the rule does not apply to ${source} inputs`);
  const findings = loaded.documents.flatMap((document) => evaluateRule(rule, new DocumentContext(document, byId, options)));
  const problem = judge(expected, findings);
  return result(problem === null, problem ?? describeFindings(findings));
}

/** Why the findings do not meet the expectation, or null when they do. */
export function judge(expected: Exclude<RuleTestCase['expect'], string>, findings: Finding[]): string | null {
  const statuses = new Set(findings.map((f) => f.status));
  const want = expected.result;
  const actual = actualResult(statuses);
  if (want === 'skip') return 'expected skip, but the rule applies to this source';
  if (want !== actual) return `expected ${want}, got ${actual} (${describeFindings(findings)})`;
  if (want === 'pass') return null;
  const relevant = findings.filter((f) => f.status === want);
  if (expected.count !== undefined && relevant.length !== expected.count) return `expected ${expected.count} ${want} finding(s), got ${relevant.length} (${describeFindings(findings)})`;
  if (expected.sids) {
    const sids = relevant.map((f) => f.statement?.sid ?? '(no Sid)').sort();
    if (JSON.stringify(sids) !== JSON.stringify([...expected.sids].sort())) return `expected ${want} at Sids ${JSON.stringify(expected.sids)}, got ${JSON.stringify(sids)}`;
  }
  if (expected.statementIndexes) {
    const indexes = relevant.map((f) => f.statement?.index ?? -1).sort((a, b) => a - b);
    if (JSON.stringify(indexes) !== JSON.stringify([...expected.statementIndexes].sort((a, b) => a - b))) return `expected ${want} at statements ${JSON.stringify(expected.statementIndexes)}, got ${JSON.stringify(indexes)}`;
  }
  if (expected.messageContains && !relevant.some((f) => f.message.includes(expected.messageContains!))) {
    return `no ${want} message contains ${JSON.stringify(expected.messageContains)} (messages: ${relevant.map((f) => JSON.stringify(f.message)).join(', ')})`;
  }
  return null;
}

/** The most severe result among the findings: violation, then unknown, attempt, mitigated, suppressed. */
function actualResult(statuses: Set<FindingStatus>): TestResult {
  for (const status of ['violation', 'unknown', 'attempt', 'mitigated', 'suppressed'] as const) if (statuses.has(status)) return status;
  return 'pass';
}

function describeFindings(findings: Finding[]): string {
  if (findings.length === 0) return 'no findings';
  return findings.map((f) => `${f.status}${f.statement ? ` at ${f.statement.sid ? `"${f.statement.sid}"` : `#${f.statement.index}`}` : ''}`).join(', ');
}

const ANNOTATION = /^(ruleid|ok|todoruleid|todook):([a-z0-9-]+)/;

/** Checks the `ruleid:` / `ok:` Sid annotations in already-evaluated documents of one fixture file. */
export function checkAnnotations(file: string, loaded: Loaded, rules: readonly CompiledRule[], findings: readonly Finding[]): CaseResult[] {
  const known = new Set(rules.map((rule) => rule.id));
  const results: CaseResult[] = [];
  for (const document of loaded.documents) {
    for (const statement of document.policy?.statements ?? []) {
      const match = ANNOTATION.exec(statement.sid?.value ?? '');
      if (!match) continue;
      const [, kind, ruleId] = match as unknown as [string, string, string];
      const name = `${file} › ${document.resource === file ? '' : `${document.resource} › `}${statement.sid!.value}`;
      if (!known.has(ruleId)) {
        results.push({ ruleId, name, passed: false, todo: false, detail: `annotation names unknown rule "${ruleId}"` });
        continue;
      }
      const reported = findings.some((f) => f.ruleId === ruleId && f.resource === document.resource && f.statement?.index === statement.index && (f.status === 'violation' || f.status === 'unknown'));
      const wantReported = kind === 'ruleid' || kind === 'todoruleid';
      const todo = kind.startsWith('todo');
      const passed = reported === wantReported;
      results.push({ ruleId, name, passed: todo ? true : passed, todo, detail: passed ? '' : wantReported ? 'expected a violation, got none' : 'expected no violation, got one' });
    }
  }
  return results;
}
