/**
 * Evaluates compiled rules over key-policy documents (rules.md §6). Pure: documents and rules in,
 * sorted findings out. Logic is three-valued — a value kmslint cannot know makes a predicate `unknown`
 * (null), which propagates Kleene-style and ends as an `unknown` finding, never as a pass.
 */
import { createHash } from 'node:crypto';
import { actionsWithCapability, coversAllActions, expandActionPattern, type ActionSet } from '../policy/actions.js';
import { analyzePolicy, type PolicyAnalysis, type StatementAnalysis } from '../policy/analyze.js';
import type { ClassifiedPrincipal } from '../policy/principals.js';
import { deniesPrincipals, mitigationOf, type Mitigation } from '../policy/deny.js';
import { parseOperator } from '../policy/normalize.js';
import { globMatch } from '../glob.js';
import { SELF_ACCOUNT, ruleSourceOf, type Finding, type FindingStatus, type KeyPolicyDocument, type PolicyIssue, type Severity, type Statement } from '../types.js';
import { dig, renderMessage } from './message.js';
import type { CompiledRule, Expr, FieldPredicate, NumberTest, Tri } from './rules.js';
import { compareText } from '../order.js';

export interface EngineOptions {
  ownerAccount?: string;
  trustedAccounts?: readonly string[];
  trustedOrgs?: readonly string[];
  /** What a match on a failed CloudTrail call becomes: an `attempt` finding (default) or nothing. */
  attempts?: 'report' | 'ignore';
  ifExistsAlwaysPresent?: boolean;
  /** Today as YYYY-MM-DD, for suppression expiry (default: the current date). */
  today?: string;
}

/** What a rule is evaluated on. */
export type Unit =
  | { kind: 'statement'; analysis: StatementAnalysis; statement: Statement }
  | { kind: 'policy' }
  | { kind: 'issue'; issue: PolicyIssue }
  | { kind: 'event' };

interface Outcome {
  value: Tri;
  /** Actions the match is about (from `actions` predicates that held). */
  actions: string[];
  coversAll: boolean;
}

const TRUE: Outcome = { value: true, actions: [], coversAll: false };
const FALSE: Outcome = { value: false, actions: [], coversAll: false };
const UNKNOWN: Outcome = { value: null, actions: [], coversAll: false };
const tri = (value: Tri): Outcome => (value === true ? TRUE : value === false ? FALSE : UNKNOWN);

/** Everything rules can ask about one document. */
export class DocumentContext {
  readonly analysis: PolicyAnalysis | null;
  private readonly memo = new Map<string, Tri>();

  constructor(
    readonly document: KeyPolicyDocument,
    readonly rules: ReadonlyMap<string, CompiledRule>,
    readonly options: EngineOptions,
  ) {
    // A template only knows "this account" (SELF); a configured owner says which account that is.
    const documentOwner = document.facts.ownerAccount === SELF_ACCOUNT ? undefined : document.facts.ownerAccount;
    const owner = documentOwner ?? options.ownerAccount;
    const trustedAccounts = [...(options.trustedAccounts ?? []), ...(options.ownerAccount && options.ownerAccount !== owner ? [options.ownerAccount] : [])];
    this.analysis = document.policy
      ? analyzePolicy(document.policy, {
        ...(owner ? { ownerAccount: owner } : {}),
        trustedAccounts,
        trustedOrgs: options.trustedOrgs ?? [],
        facts: document.facts,
        ...(options.ifExistsAlwaysPresent ? { ifExistsAlwaysPresent: true } : {}),
      })
      : null;
  }

  /** Statements a rule looks at: effective ones, unless the rule asks about effectiveness itself. */
  statementUnits(includeIneffective: boolean): Extract<Unit, { kind: 'statement' }>[] {
    if (!this.analysis || !this.document.policy) return [];
    const statements = this.document.policy.statements;
    return this.analysis.statements
      .filter((s) => includeIneffective || s.effective)
      .map((analysis) => ({ kind: 'statement' as const, analysis, statement: statements[analysis.index]! }));
  }

  /** Whether a rule matches a unit and is not neutralised there: the meaning of `rule: <id>`. */
  ruleHolds(rule: CompiledRule, unit: Unit): Tri {
    const key = `${rule.id}|${unit.kind === 'statement' ? unit.analysis.index : unit.kind}`;
    const cached = this.memo.get(key);
    if (cached !== undefined) return cached;
    this.memo.set(key, false);
    const outcome = this.evaluate(rule.match, unit);
    let value = outcome.value;
    if (value === true && unit.kind === 'statement' && rule.mitigation !== 'ignore' && this.mitigation(unit.analysis, outcome)?.complete) value = false;
    this.memo.set(key, value);
    return value;
  }

  mitigation(s: StatementAnalysis, outcome: Outcome): Mitigation | null {
    if (s.effect !== 'Allow' || s.exposure === 'account' || !this.analysis) return null;
    const grant: ActionSet = {
      actions: outcome.actions.length > 0 ? outcome.actions : s.actions.actions,
      openEnded: s.actions.openEnded && (outcome.coversAll || outcome.actions.length === 0),
      unresolved: [],
    };
    return mitigationOf(grant, s.exposure, this.analysis.neutralizers.filter((n) => n.index !== s.index));
  }

  evaluate(expr: Expr, unit: Unit): Outcome {
    if ('all' in expr) return combineAll(expr.all.map((e) => this.evaluate(e, unit)));
    if ('any' in expr) return combineAny(expr.any.map((e) => this.evaluate(e, unit)));
    if ('not' in expr) {
      const inner = this.evaluate(expr.not, unit).value;
      return tri(inner === null ? null : !inner);
    }
    if ('rule' in expr) {
      const rule = this.rules.get(expr.rule);
      return rule ? tri(this.ruleHolds(rule, unit)) : FALSE;
    }
    if ('field' in expr) return tri(this.field(expr, unit));
    if ('key' in expr) return tri(this.keyTest(expr.key));
    if (unit.kind === 'statement') return this.statementPredicate(expr, unit.analysis, unit.statement);
    if ('issue' in expr) return tri(unit.kind === 'issue' && expr.issue.includes(unit.issue.code));
    if ('policy' in expr) return this.evaluate(expr.policy, { kind: 'policy' });
    if ('event' in expr || 'actor' in expr) return tri(this.eventPredicate(expr));
    return this.policyPredicate(expr);
  }

  private statementPredicate(expr: Expr, s: StatementAnalysis, statement: Statement): Outcome {
    if ('effect' in expr) return tri(s.effect === expr.effect);
    if ('effective' in expr) return tri(s.effective === expr.effective);
    if ('neutralized' in expr) {
      const denies = this.analysis?.neutralizers.filter((n) => n.index !== s.index && deniesPrincipals(n, s.principals)) ?? [];
      return tri((mitigationOf(s.actions, 'public', denies)?.complete ?? false) === expr.neutralized);
    }
    if ('exposure' in expr) {
      if (expr.exposure.includes(s.exposure)) return TRUE;
      const could = s.possibleExposures.filter((e) => expr.exposure.includes(e));
      return tri(could.length === 0 ? false : could.length === s.possibleExposures.length ? true : null);
    }
    if ('element' in expr) {
      const present = { Sid: statement.sid, Principal: statement.principal, NotPrincipal: statement.notPrincipal, Action: statement.action, NotAction: statement.notAction, Resource: statement.resource, NotResource: statement.notResource, Condition: statement.conditions.length > 0 || statement.conditionsUnknown ? true : null }[expr.element.name];
      return tri((present !== null && present !== undefined) === expr.element.present);
    }
    if ('actions' in expr) return this.actionsPredicate(expr.actions, s);
    if ('principal' in expr) {
      const p = expr.principal;
      // true when some principal is of a wanted class, unknown when an unresolved one could be, else false.
      const test = (classes: readonly string[]): Tri =>
        s.principals.some((x) => classes.includes(x.class)) ? true : s.principals.some((x) => possibleClasses(x).some((c) => classes.includes(c))) ? null : false;
      const tests: Tri[] = [];
      if (p.element) tests.push(s.principalElement === p.element);
      if (p.wildcard) tests.push(s.principalElement === 'NotPrincipal' && s.effect === 'Allow' ? true : test(['public']));
      if (p.class) tests.push(test(p.class));
      if (p.accountRoot) {
        const ownerKnown = Boolean(this.document.facts.ownerAccount ?? this.options.ownerAccount) || s.principals.some((x) => x.class === 'account-self');
        tests.push(test(p.accountRoot === 'self' && ownerKnown ? ['account-self'] : ['account-self', 'account-external']));
      }
      return combineAll(tests.map(tri));
    }
    if ('conditions' in expr) {
      const c = expr.conditions;
      if (statement.conditionsUnknown) return UNKNOWN;
      if (c.none) return tri(statement.conditions.length === 0);
      if (c.hasKey) return tri(statement.conditions.some((clause) => c.hasKey!.some((k) => k.toLowerCase() === clause.key)));
      if (c.clause) {
        const wanted = c.clause;
        return tri(statement.conditions.some((clause) => clause.key === wanted.key.toLowerCase()
          && (!wanted.operator || parseOperator(wanted.operator).canonical === parseOperator(clause.rawOperator).canonical)
          && (!wanted.values || wanted.values.every((v) => clause.values.some((cv) => cv.value === v)))));
      }
    }
    return FALSE;
  }

  private actionsPredicate(a: Extract<Expr, { actions: unknown }>['actions'], s: StatementAnalysis): Outcome {
    const grant = s.actions;
    const facts = this.document.facts;
    const results: Outcome[] = [];
    const fromNames = (names: string[]): Outcome => (names.length > 0 ? { value: true, actions: names, coversAll: false } : grant.unresolved.length > 0 ? UNKNOWN : FALSE);
    if (a.capability) {
      const names = new Set(actionsWithCapability(grant, a.capability, facts, a.keyUsage === 'any'));
      if (a.includeEscalation) for (const name of actionsWithCapability(grant, 'escalation', facts)) names.add(name);
      results.push(fromNames([...names].sort()));
    }
    if (a.anyOf) {
      const wanted = new Set(a.anyOf.flatMap((p) => expandActionPattern(p)));
      results.push(fromNames(grant.actions.filter((n) => wanted.has(n))));
    }
    if (a.allOf) {
      const each = a.allOf.map((p) => grant.actions.filter((n) => expandActionPattern(p).includes(n)));
      results.push(each.every((names) => names.length > 0) ? { value: true, actions: [...new Set(each.flat())].sort(), coversAll: false } : grant.unresolved.length > 0 ? UNKNOWN : FALSE);
    }
    if (a.coversAll) {
      results.push(coversAllActions(grant) ? { value: true, actions: grant.actions, coversAll: true } : grant.unresolved.length > 0 ? UNKNOWN : FALSE);
    }
    return combineAll(results);
  }

  private policyPredicate(expr: Expr): Outcome {
    const policy = this.document.policy;
    if ('policyUnknown' in expr) return tri((policy === null) === expr.policyUnknown);
    if (!policy) return UNKNOWN;
    if ('someStatement' in expr || 'noStatement' in expr || 'everyStatement' in expr) {
      const inner = 'someStatement' in expr ? expr.someStatement : 'noStatement' in expr ? expr.noStatement : expr.everyStatement;
      const values = this.statementUnits(mentionsEffective(inner)).map((unit) => this.evaluate(inner, unit).value);
      const some: Tri = values.includes(true) ? true : values.includes(null) ? null : false;
      if ('someStatement' in expr) return tri(some);
      if ('noStatement' in expr) return tri(some === null ? null : !some);
      return tri(values.includes(false) ? false : values.includes(null) ? null : true);
    }
    if ('sizeBytes' in expr) return tri(compareNumber(policy.rawSizeBytes, expr.sizeBytes));
    if ('version' in expr) {
      const version = policy.version?.value;
      if (version === undefined) return tri(expr.version.missing === 'match');
      if (expr.version.in && !expr.version.in.includes(version)) return FALSE;
      return tri(!expr.version.notIn?.includes(version));
    }
    return FALSE;
  }

  private eventPredicate(expr: Expr): Tri {
    const event = this.document.facts.event;
    if (!event) return false;
    if ('event' in expr) {
      const e = expr.event;
      return (!e.source || e.source === event.eventSource) && (!e.name || e.name.includes(event.eventName)) && (e.succeeded === undefined || (event.errorCode === null) === e.succeeded);
    }
    if ('actor' in expr) {
      const a = expr.actor;
      return (!a.mfa || a.mfa.map(String).includes(event.actor.mfa)) && (!a.type || (event.userType !== null && a.type.includes(event.userType))) && (a.viaService === undefined || event.actor.viaService === a.viaService);
    }
    return false;
  }

  private keyTest(k: Extract<Expr, { key: unknown }>['key']): Tri {
    const facts = this.document.facts;
    if (k.bypassLockoutSafetyCheck !== undefined && (facts.bypassLockoutSafetyCheck ?? false) !== k.bypassLockoutSafetyCheck) return false;
    if (k.keyUsage && !k.keyUsage.includes(facts.keyUsage ?? 'ENCRYPT_DECRYPT')) return false;
    if (k.keySpec && !k.keySpec.includes(facts.keySpec ?? 'SYMMETRIC_DEFAULT')) return false;
    return true;
  }

  private field(predicate: FieldPredicate, unit: Unit): Tri {
    const value = this.fieldValue(predicate.field, unit);
    if (predicate.exists !== undefined) return (value !== undefined && value !== null) === predicate.exists;
    if (value === undefined || value === null) return predicate.missing === 'match';
    const text = (v: unknown): string => (predicate.ignoreCase ? String(v).toLowerCase() : String(v));
    if ('equals' in predicate) return text(value) === text(predicate.equals);
    if ('notEquals' in predicate) return text(value) !== text(predicate.notEquals);
    if (predicate.in) return predicate.in.some((v) => text(v) === text(value));
    if (predicate.notIn) return !predicate.notIn.some((v) => text(v) === text(value));
    if (predicate.like !== undefined) return globMatch(predicate.like, String(value), predicate.ignoreCase ?? false);
    const number = Number(value);
    return Number.isFinite(number) && compareNumber(number, predicate) === true;
  }

  fieldValue(path: string, unit: Unit): unknown {
    const [root, ...rest] = path.split('.');
    const document = this.document;
    switch (root) {
      case 'resource':
        return document.resource;
      case 'source':
        return document.source;
      case 'key':
        return (document.facts as Record<string, unknown>)[rest[0] ?? ''];
      case 'event':
        return dig(document.facts.event?.record, rest);
      case 'statement':
        if (unit.kind !== 'statement') return undefined;
        return { sid: unit.analysis.sid, effect: unit.analysis.effect, index: unit.analysis.index }[rest[0] as 'sid' | 'effect' | 'index'];
      case 'issue':
        return unit.kind === 'issue' ? { code: unit.issue.code, message: unit.issue.message }[rest[0] as 'code' | 'message'] : undefined;
      default:
        return undefined;
    }
  }
}

/** The classes an unresolved principal could turn out to have, given its element and known shape. */
function possibleClasses(principal: ClassifiedPrincipal): string[] {
  if (principal.class !== 'unresolved') return [];
  const everyone = principal.possible?.includes('public') ?? true;
  const named = { AWS: ['account-self', 'account-external', 'identity-self', 'identity-external'], Service: ['service'], Federated: ['federated'], CanonicalUser: ['canonical'] }[principal.type];
  return everyone ? ['public', ...named] : named;
}

function compareNumber(value: number, test: NumberTest): boolean {
  return (test.gt === undefined || value > test.gt) && (test.gte === undefined || value >= test.gte)
    && (test.lt === undefined || value < test.lt) && (test.lte === undefined || value <= test.lte);
}

function combineAll(outcomes: Outcome[]): Outcome {
  if (outcomes.some((o) => o.value === false)) return FALSE;
  if (outcomes.some((o) => o.value === null)) return UNKNOWN;
  return { value: true, actions: [...new Set(outcomes.flatMap((o) => o.actions))].sort(), coversAll: outcomes.some((o) => o.coversAll) };
}

function combineAny(outcomes: Outcome[]): Outcome {
  const held = outcomes.filter((o) => o.value === true);
  if (held.length > 0) return { value: true, actions: [...new Set(held.flatMap((o) => o.actions))].sort(), coversAll: held.some((o) => o.coversAll) };
  return outcomes.some((o) => o.value === null) ? UNKNOWN : FALSE;
}

function mentionsEffective(expr: Expr): boolean {
  return JSON.stringify(expr).includes('"effective"');
}

/** Evaluates every applicable rule on every document; findings are sorted by file, position and rule. */
export function evaluateDocuments(documents: readonly KeyPolicyDocument[], rules: readonly CompiledRule[], options: EngineOptions = {}): Finding[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const findings: Finding[] = [];
  for (const document of documents) {
    const context = new DocumentContext(document, byId, options);
    for (const rule of rules) {
      if (!rule.sources.includes(ruleSourceOf(document.source))) continue;
      findings.push(...evaluateRule(rule, context));
    }
  }
  return sortFindings(findings);
}

export function evaluateRule(rule: CompiledRule, context: DocumentContext): Finding[] {
  const { document } = context;
  if (!document.policy && !rule.asksPolicyUnknown) return [];
  const findings: Finding[] = [];
  const units: Unit[] = rule.scope === 'statement'
    ? context.statementUnits(rule.includesIneffective)
    : rule.scope === 'issue'
      ? (context.analysis?.issues ?? []).map((issue) => ({ kind: 'issue' as const, issue }))
      : rule.scope === 'event'
        ? (document.facts.event ? [{ kind: 'event' as const }] : [])
        : [{ kind: 'policy' as const }];
  for (const unit of units) {
    const outcome = context.evaluate(rule.match, unit);
    if (outcome.value === false) continue;
    const finding = buildFinding(rule, context, unit, outcome);
    if (finding) findings.push(finding);
  }
  return findings;
}

function buildFinding(rule: CompiledRule, context: DocumentContext, unit: Unit, outcome: Outcome): Finding | null {
  const { document } = context;
  // A finding about a policy nobody can read yet (known only after apply, an intrinsic) is undecided by nature.
  let status: FindingStatus = outcome.value === null || !document.policy ? 'unknown' : 'violation';
  let severity: Severity = rule.severity;
  let actions = outcome.actions;
  const evidence: Finding['evidence'] = { actions: [], principals: [], exposure: null };
  if (unit.kind === 'statement') {
    const s = unit.analysis;
    evidence.principals = s.principals.map((p) => p.value);
    evidence.exposure = s.exposure;
    evidence.reason = s.exposureReason;
    const mitigation = outcome.value === true && rule.mitigation !== 'ignore' ? context.mitigation(s, outcome) : null;
    if (mitigation?.complete) {
      if (rule.mitigation === 'drop') return null;
      status = 'mitigated';
      severity = 'info';
      evidence.effectiveExposure = mitigation.effectiveExposure;
      evidence.mitigatedBy = mitigation.by.map((b) => b.label);
      evidence.reason = mitigation.reason;
    } else if (mitigation) {
      if (actions.length > 0) actions = actions.filter((a) => mitigation.residual.actions.includes(a));
      evidence.reason = `${s.exposureReason}; ${mitigation.reason}`;
    }
  }
  evidence.actions = actions;
  const event = document.facts.event;
  if (event && event.errorCode !== null && (status === 'violation' || status === 'unknown')) {
    if (context.options.attempts === 'ignore') return null;
    status = 'attempt';
    severity = 'low';
  }
  const inline = document.suppressions?.find((s) => s.rule === rule.id && (s.sid === undefined || s.sid === (unit.kind === 'statement' ? unit.analysis.sid : null)));
  let suppression: Finding['suppression'];
  if (inline && status !== 'mitigated') {
    const expired = inline.expires !== undefined && inline.expires < (context.options.today ?? new Date().toISOString().slice(0, 10));
    suppression = { reason: inline.reason, source: 'metadata', ...(inline.expires ? { expires: inline.expires } : {}), ...(expired ? { expired: true as const } : {}) };
    if (!expired) status = 'suppressed';
  }
  const statement = unit.kind === 'statement'
    ? { index: unit.analysis.index, sid: unit.analysis.sid }
    : unit.kind === 'issue' && unit.issue.statementIndex !== null
      ? { index: unit.issue.statementIndex, sid: context.analysis?.statements[unit.issue.statementIndex]?.sid ?? null }
      : null;
  const loc = unit.kind === 'statement' ? unit.analysis.loc : unit.kind === 'issue' ? unit.issue.loc : document.policy?.loc ?? document.loc;
  const message = renderMessage(rule.message, { rule, context, unit, actions, evidence });
  return {
    ruleId: rule.id,
    severity,
    status,
    message,
    source: document.source,
    loc: document.source === 'cloudtrail' ? document.loc : loc,
    resource: document.resource,
    statement,
    evidence,
    event: event ? eventSummary(event) : null,
    fingerprint: fingerprint(rule.id, document, statement, unit.kind === 'issue' ? `${unit.issue.code}${unit.issue.loc.pointer}` : null),
    ...(document.cdkPath ? { cdkPath: document.cdkPath } : {}),
    ...(suppression ? { suppression } : {}),
  };
}

function eventSummary(event: NonNullable<KeyPolicyDocument['facts']['event']>): NonNullable<Finding['event']> {
  const { actor: _actor, record: _record, ...summary } = event;
  return summary;
}

/** Never includes a line number: findings keep their identity when a file is edited above them. */
export function fingerprint(ruleId: string, document: KeyPolicyDocument, statement: Finding['statement'], detail: string | null): string {
  const parts = [ruleId, ruleSourceOf(document.source), document.resource, statement ? statement.sid ?? `#${statement.index}` : null, document.facts.event?.eventID ?? null, detail];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => compareText(a.loc.file, b.loc.file) || a.loc.line - b.loc.line || a.loc.column - b.loc.column
    || compareText(a.ruleId, b.ruleId) || (a.statement?.index ?? -1) - (b.statement?.index ?? -1) || compareText(a.resource, b.resource)
    || compareText(a.event?.eventID ?? '', b.event?.eventID ?? '') || compareText(a.message, b.message));
}
