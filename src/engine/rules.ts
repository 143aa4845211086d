/**
 * Rules are data: a YAML file validated by `schemas/rule.schema.json`, then by a semantic pass for what a
 * schema cannot say (one predicate per expression, which predicates a scope allows, message placeholders,
 * references between rules). Every error is located in the rule file.
 */
import ruleSchema from '../../schemas/rule.schema.json' with { type: 'json' };
import { nodeAt, parseSource, toPlain } from '../source.js';
import type { Capability, Diagnostic, Exposure, PolicyIssueCode, RuleSource, Severity, SourceLocation, SourceNode } from '../types.js';
import { RULE_SOURCES } from '../types.js';
import { validateTree } from '../validation.js';

export type RuleScope = 'statement' | 'policy' | 'issue' | 'event';
export type Tri = true | false | null;

export interface ActionsPredicate {
  anyOf?: string[];
  allOf?: string[];
  capability?: Capability;
  coversAll?: true;
  includeEscalation?: boolean;
  keyUsage?: 'auto' | 'any';
}

export interface FieldPredicate {
  field: string;
  equals?: unknown;
  notEquals?: unknown;
  in?: unknown[];
  notIn?: unknown[];
  like?: string;
  exists?: boolean;
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
  ignoreCase?: boolean;
  missing?: 'match' | 'nomatch';
}

export type NumberTest = { gt?: number; gte?: number; lt?: number; lte?: number };

export type Expr =
  | { all: Expr[] }
  | { any: Expr[] }
  | { not: Expr }
  | { effect: 'Allow' | 'Deny' }
  | { actions: ActionsPredicate }
  | { principal: { wildcard?: true; class?: string[]; accountRoot?: 'self' | 'any'; element?: 'Principal' | 'NotPrincipal' } }
  | { exposure: Exposure[] }
  | { conditions: { none?: true; hasKey?: string[]; clause?: { operator?: string; key: string; values?: string[] } } }
  | { effective: boolean }
  | { element: { name: StatementElement; present: boolean } }
  | { neutralized: boolean }
  | { someStatement: Expr }
  | { noStatement: Expr }
  | { everyStatement: Expr }
  | { sizeBytes: NumberTest }
  | { version: { in?: string[]; notIn?: string[]; missing?: 'match' | 'nomatch' } }
  | { issue: PolicyIssueCode[] }
  | { policyUnknown: boolean }
  | { key: { bypassLockoutSafetyCheck?: boolean; keyUsage?: string[]; keySpec?: string[] } }
  | { event: { source?: string; name?: string[]; succeeded?: boolean } }
  | { actor: { mfa?: (string | boolean)[]; type?: string[]; viaService?: boolean } }
  | { policy: Expr }
  | { rule: string }
  | FieldPredicate;

export type StatementElement = 'Sid' | 'Principal' | 'NotPrincipal' | 'Action' | 'NotAction' | 'Resource' | 'NotResource' | 'Condition';

export type TestResult = 'violation' | 'mitigated' | 'suppressed' | 'unknown' | 'attempt' | 'pass' | 'skip';

export interface TestConfig {
  ownerAccount?: string;
  trustedAccounts?: string[];
  trustedOrgs?: string[];
  attempts?: 'report' | 'ignore';
  ifExistsAlwaysPresent?: boolean;
}

export interface RuleTestCase {
  name: string;
  source?: RuleSource;
  input?: unknown;
  file?: string;
  config?: TestConfig;
  expect: TestResult | { result: TestResult; count?: number; sids?: string[]; statementIndexes?: number[]; messageContains?: string };
  loc: SourceLocation;
}

export interface CompiledRule {
  id: string;
  title: string;
  severity: Severity;
  description: string;
  remediation: string;
  references: string[];
  mitre: { tactic?: string; technique: string }[];
  risk: { impact: number; confidence: number; score: number } | null;
  tags: string[];
  sources: RuleSource[];
  scope: RuleScope;
  mitigation: 'report' | 'drop' | 'ignore';
  status: 'stable' | 'experimental' | 'deprecated';
  match: Expr;
  message: string;
  tests: RuleTestCase[];
  /** The rule's `match` mentions `effective`: ineffective statements are then evaluated too. */
  includesIneffective: boolean;
  /** The rule asks about policies that cannot be known. */
  asksPolicyUnknown: boolean;
  /** Rules referenced with `rule:`, and the scope of the place that references them. */
  ruleRefs: { id: string; context: RuleScope; loc: SourceLocation }[];
  file: string;
  loc: SourceLocation;
  builtIn: boolean;
}

const FIELD_MODIFIERS = new Set(['equals', 'notEquals', 'in', 'notIn', 'like', 'exists', 'gt', 'gte', 'lt', 'lte', 'ignoreCase', 'missing']);
const FIELD_COMPARISONS = ['equals', 'notEquals', 'in', 'notIn', 'like', 'exists', 'gt', 'gte', 'lt', 'lte'];
const COMMON = ['all', 'any', 'not', 'key', 'field', 'rule'];
const ALLOWED: Record<RuleScope, Set<string>> = {
  statement: new Set([...COMMON, 'effect', 'actions', 'principal', 'exposure', 'conditions', 'effective', 'element', 'neutralized']),
  policy: new Set([...COMMON, 'someStatement', 'noStatement', 'everyStatement', 'sizeBytes', 'version', 'policyUnknown']),
  issue: new Set([...COMMON, 'issue']),
  event: new Set([...COMMON, 'event', 'actor', 'policy']),
};
const FIELD_ROOTS: Record<RuleScope, RegExp> = {
  statement: /^(key\.\w+|resource|source|statement\.(sid|effect|index))$/,
  policy: /^(key\.\w+|resource|source)$/,
  issue: /^(key\.\w+|resource|source|issue\.(code|message))$/,
  event: /^(key\.\w+|resource|source|event(\.[\w:@-]+)+)$/,
};

const COMMON_PLACEHOLDERS = ['rule.id', 'rule.title', 'resource.id', 'source.file', 'source.kind', 'key.keyUsage', 'key.keySpec', 'key.ownerAccount', 'key.bypassLockoutSafetyCheck'];
const PLACEHOLDERS: Record<RuleScope, (name: string) => boolean> = {
  statement: (name) => [...COMMON_PLACEHOLDERS, 'statement.index', 'statement.sid', 'statement.label', 'principals', 'actions.matched', 'exposure', 'exposure.reason', 'mitigatedBy'].includes(name),
  policy: (name) => [...COMMON_PLACEHOLDERS, 'policy.sizeBytes', 'policy.statementCount', 'policy.unknown'].includes(name),
  issue: (name) => [...COMMON_PLACEHOLDERS, 'issue.message', 'issue.code', 'statement.label'].includes(name),
  event: (name) => [...COMMON_PLACEHOLDERS, 'policy.sizeBytes', 'actor.mfa'].includes(name) || /^event(\.[\w:@-]+)+$/.test(name),
};

export const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

class RuleErrors {
  readonly list: Diagnostic[] = [];
  add(loc: SourceLocation, message: string): void {
    this.list.push({ code: 'invalid-rule', severity: 'error', message, loc });
  }
}

/** Parses and checks one rule file. Custom YAML tags are refused: a rule file is data, nothing else. */
export function compileRule(text: string, file: string, builtIn: boolean): { rule: CompiledRule | null; diagnostics: Diagnostic[] } {
  const parsed = parseSource(text, file, { rejectTags: true });
  if (!parsed.root) return { rule: null, diagnostics: parsed.diagnostics.map((d) => ({ ...d, code: 'invalid-rule' })) };
  const errors = new RuleErrors();
  for (const d of parsed.diagnostics) if (d.severity === 'error') errors.add(d.loc, d.message);
  for (const problem of validateTree(ruleSchema, parsed.root)) errors.add(problem.loc, problem.message);
  if (errors.list.length > 0) return { rule: null, diagnostics: errors.list };

  const raw = toPlain(parsed.root) as Record<string, unknown>;
  const scope = raw.scope as RuleScope;
  const id = raw.id as string;
  const fileId = file.split('/').pop()!.replace(/\.ya?ml$/i, '');
  if (id !== fileId) errors.add(nodeAt(parsed.root, '/id')!.loc, `the rule id "${id}" must equal the file name "${fileId}"; rename one of them`);

  const state: CheckState = { includesIneffective: false, asksPolicyUnknown: false, ruleRefs: [] };
  checkExpr(nodeAt(parsed.root, '/match')!, scope, errors, state);
  const messageNode = nodeAt(parsed.root, '/message')!;
  for (const [, name] of (raw.message as string).matchAll(PLACEHOLDER)) {
    if (!PLACEHOLDERS[scope](name!)) errors.add(messageNode.loc, `unknown placeholder {{${name}}} for a ${scope}-scope rule; see the placeholder list in the README`);
  }
  const tests = ((raw.tests as Record<string, unknown>[] | undefined) ?? []).map((test, i) => ({ ...test, loc: nodeAt(parsed.root!, `/tests/${i}`)!.loc }) as RuleTestCase);
  const names = new Set<string>();
  for (const test of tests) {
    if (names.has(test.name)) errors.add(test.loc, `two test cases are named "${test.name}"; give each case its own name`);
    names.add(test.name);
  }
  const sources = (raw.sources as RuleSource[] | undefined) ?? (scope === 'event' ? ['cloudtrail'] : [...RULE_SOURCES]);
  if (scope === 'event' && sources.some((s) => s !== 'cloudtrail')) errors.add(nodeAt(parsed.root, '/sources')!.loc, 'an event-scope rule reads CloudTrail events: its sources can only be [cloudtrail]');
  if (errors.list.length > 0) return { rule: null, diagnostics: errors.list };

  const risk = raw.risk as { impact: number; confidence: number; score?: number } | undefined;
  return {
    rule: {
      id,
      title: raw.title as string,
      severity: raw.severity as Severity,
      description: raw.description as string,
      remediation: raw.remediation as string,
      references: raw.references as string[],
      mitre: (raw.mitre as CompiledRule['mitre'] | undefined) ?? [],
      risk: risk ? { impact: risk.impact, confidence: risk.confidence, score: risk.score ?? Math.round((risk.impact * risk.confidence) / 100) } : null,
      tags: (raw.tags as string[] | undefined) ?? [],
      sources,
      scope,
      mitigation: (raw.mitigation as CompiledRule['mitigation'] | undefined) ?? 'report',
      status: (raw.status as CompiledRule['status'] | undefined) ?? 'stable',
      match: raw.match as Expr,
      message: raw.message as string,
      tests,
      includesIneffective: state.includesIneffective,
      asksPolicyUnknown: state.asksPolicyUnknown,
      ruleRefs: state.ruleRefs,
      file,
      loc: parsed.root.loc,
      builtIn,
    },
    diagnostics: [],
  };
}

interface CheckState {
  includesIneffective: boolean;
  asksPolicyUnknown: boolean;
  ruleRefs: CompiledRule['ruleRefs'];
}

function checkExpr(node: SourceNode, context: RuleScope, errors: RuleErrors, state: CheckState): void {
  if (node.kind !== 'map') return;
  const keys = node.entries.map((e) => e.key);
  const predicates = keys.filter((k) => !FIELD_MODIFIERS.has(k));
  if (predicates.length !== 1) {
    errors.add(node.loc, predicates.length === 0
      ? `an expression needs a predicate (got only ${keys.join(', ')})`
      : `an expression has exactly one predicate; found ${predicates.join(', ')} — combine them with all: [...] or any: [...]`);
    return;
  }
  const predicate = predicates[0]!;
  const value = node.entries.find((e) => e.key === predicate)!.value;
  if (predicate !== 'field' && keys.length > 1) errors.add(node.loc, `${keys.filter((k) => k !== predicate).join(', ')} can only be used with field:`);
  if (!ALLOWED[context].has(predicate)) {
    errors.add(node.entries.find((e) => e.key === predicate)!.keyLoc, `"${predicate}" cannot be used in ${context} scope (allowed: ${[...ALLOWED[context]].join(', ')})`);
    return;
  }
  switch (predicate) {
    case 'all':
    case 'any':
      if (value.kind === 'seq') value.items.forEach((item) => checkExpr(item, context, errors, state));
      break;
    case 'not':
      checkExpr(value, context, errors, state);
      break;
    case 'someStatement':
    case 'noStatement':
    case 'everyStatement':
      checkExpr(value, 'statement', errors, state);
      break;
    case 'policy':
      checkExpr(value, 'policy', errors, state);
      break;
    case 'effective':
      state.includesIneffective = true;
      break;
    case 'policyUnknown':
      state.asksPolicyUnknown = true;
      break;
    case 'rule':
      if (value.kind === 'scalar') state.ruleRefs.push({ id: value.text, context, loc: value.loc });
      break;
    case 'field': {
      const comparisons = keys.filter((k) => FIELD_COMPARISONS.includes(k));
      if (comparisons.length !== 1) errors.add(node.loc, `field: needs exactly one of ${FIELD_COMPARISONS.join(', ')} (found ${comparisons.length === 0 ? 'none' : comparisons.join(', ')})`);
      const path = value.kind === 'scalar' ? value.text : '';
      if (!FIELD_ROOTS[context].test(path)) errors.add(value.loc, `field "${path}" is not available in ${context} scope (use key.<fact>, resource, source${context === 'event' ? ', event.<path>' : context === 'statement' ? ', statement.sid|effect|index' : ''})`);
      break;
    }
  }
}

/**
 * Checks a set of rules together: ids are unique, `rule:` references exist, have the scope of the place
 * that uses them, and form no cycle.
 */
export function checkRuleSet(rules: readonly CompiledRule[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, CompiledRule>();
  for (const rule of rules) {
    const existing = byId.get(rule.id);
    if (existing) {
      diagnostics.push({ code: 'invalid-rule', severity: 'error', message: `rule id "${rule.id}" is already defined in ${existing.file}; ids must be unique (rename one, or remove the copy)`, loc: rule.loc });
    } else byId.set(rule.id, rule);
  }
  for (const rule of byId.values()) {
    for (const reference of rule.ruleRefs) {
      const target = byId.get(reference.id);
      if (!target) diagnostics.push({ code: 'invalid-rule', severity: 'error', message: `rule: ${reference.id} refers to no known rule`, loc: reference.loc });
      else if (target.scope !== reference.context) {
        diagnostics.push({ code: 'invalid-rule', severity: 'error', message: `rule: ${reference.id} is a ${target.scope}-scope rule and cannot be used where a ${reference.context} is evaluated`, loc: reference.loc });
      }
    }
    const path = findCycle(rule.id, byId, []);
    if (path) diagnostics.push({ code: 'invalid-rule', severity: 'error', message: `rule references form a cycle: ${path.join(' → ')}`, loc: rule.loc });
  }
  return diagnostics;
}

function findCycle(id: string, byId: Map<string, CompiledRule>, path: string[]): string[] | null {
  if (path.includes(id)) return [...path.slice(path.indexOf(id)), id];
  for (const next of byId.get(id)?.ruleRefs ?? []) {
    const cycle = findCycle(next.id, byId, [...path, id]);
    if (cycle) return cycle;
  }
  return null;
}
