/**
 * Per-statement analysis of a normalized key policy: who it lets in (exposure), what it grants per
 * capability class, and which Deny statements neutralise it. Pure: no file system, no parser.
 */
import { actionSetOf, actionsWithCapability, unknownActionPatterns, type ActionSet } from './actions.js';
import { judgeConditions, type ClauseVerdict, type TrustedSet } from './conditions.js';
import { findNeutralizers, mitigationOf, narrower, type Mitigation, type Neutralizer } from './deny.js';
import { sortIssues } from './normalize.js';
import { TrustZone, classifyPrincipalSet, principalExposure, type ClassifiedPrincipal, type TrustOptions } from './principals.js';
import { CAPABILITIES, type Capability, type Exposure, type KeyFacts, type Policy, type PolicyIssue, type SourceLocation, type Statement } from '../types.js';

export interface AnalysisOptions extends TrustOptions {
  /** Key usage and spec decide whether GetPublicKey / DeriveSharedSecret encrypt (semantics.md §4.2). */
  facts?: KeyFacts;
  /** Count IfExists on always-present keys (kms:CallerAccount, …) as restricting (semantics.md §6.3.2). */
  ifExistsAlwaysPresent?: boolean;
}

export interface StatementAnalysis {
  index: number;
  sid: string | null;
  /** The Sid in quotes, else `#index` (0-based, as in the JSON output). */
  label: string;
  effect: 'Allow' | 'Deny' | null;
  effective: boolean;
  ineffectiveBecause: string[];
  principalElement: 'Principal' | 'NotPrincipal' | null;
  principals: ClassifiedPrincipal[];
  /** Actions the statement grants (Allow) or denies (Deny). */
  actions: ActionSet;
  capabilities: Record<Capability, string[]>;
  /** Who the statement applies to, principals and conditions together; `unknown` when it could be several. */
  exposure: Exposure;
  /** Every exposure the statement could have once unresolved values are known (one entry when known). */
  possibleExposures: Exposure[];
  exposureReason: string;
  trusted: TrustedSet | null;
  conditions: ClauseVerdict[];
  /** For an Allow wider than the account: how Deny statements limit it. */
  mitigation: Mitigation | null;
  loc: SourceLocation;
}

export interface PolicyAnalysis {
  statements: StatementAnalysis[];
  neutralizers: Neutralizer[];
  /** Grammar and lint problems: the normalizer's plus those found while analysing. */
  issues: PolicyIssue[];
  facts: KeyFacts;
}

export function statementLabel(statement: Pick<Statement, 'index' | 'sid'>): string {
  return statement.sid && !statement.sid.unresolved ? `"${statement.sid.value}"` : `#${statement.index}`;
}

export function analyzePolicy(policy: Policy, options: AnalysisOptions = {}): PolicyAnalysis {
  const zone = new TrustZone(options);
  const facts: KeyFacts = { ownerAccount: options.ownerAccount, ...options.facts };
  const version = policy.version && !policy.version.unresolved ? policy.version.value : null;
  const issues: PolicyIssue[] = [...policy.issues];

  const partial = policy.statements.map((statement) => {
    const element = statement.principal ? 'Principal' : statement.notPrincipal ? 'NotPrincipal' : null;
    const classified = statement.principal ?? statement.notPrincipal
      ? classifyPrincipalSet((statement.principal ?? statement.notPrincipal)!, zone, statement.index)
      : { principals: [], issues: [] };
    issues.push(...classified.issues);
    for (const pattern of unknownActionPatterns([...(statement.action ?? []), ...(statement.notAction ?? [])])) {
      issues.push({
        code: 'unknown-action',
        message: `"${pattern.value}" matches no KMS action, so it grants nothing (a typo? see "AWS KMS permissions reference")`,
        loc: pattern.loc,
        statementIndex: statement.index,
      });
    }
    return { statement, element, principals: classified.principals, label: statementLabel(statement) } as const;
  });
  issues.push(...duplicateSids(policy));

  const neutralizers = findNeutralizers(
    partial.filter((p) => p.statement.effect === 'Deny').map((p) => ({ statement: p.statement, label: p.label, principals: p.principals })),
    zone,
    version,
  );

  const statements = partial.map(({ statement, element, principals, label }): StatementAnalysis => {
    const actions = actionSetOf(statement.action, statement.notAction);
    const capabilities = Object.fromEntries(CAPABILITIES.map((c) => [c, actionsWithCapability(actions, c, facts)])) as Record<Capability, string[]>;
    const conditionContext = { zone, version, ifExistsAlwaysPresent: options.ifExistsAlwaysPresent };
    const conditions = judgeConditions(statement.conditions, statement.conditionsUnknown, conditionContext);
    const fromPrincipals = element === 'NotPrincipal'
      ? { exposure: 'public' as const, reason: `NotPrincipal applies to every principal except ${principals.map((p) => `"${p.value}"`).join(', ')}`, possible: ['public' as const] }
      : principalExposure(principals);
    const { exposure, reason, trusted, possible } = combineExposure(fromPrincipals, conditions);
    const mitigation = statement.effect === 'Allow' && statement.effective && exposure !== 'account'
      ? mitigationOf(actions, exposure, neutralizers.filter((n) => n.index !== statement.index))
      : null;
    return {
      index: statement.index,
      sid: statement.sid?.value ?? null,
      label,
      effect: statement.effect,
      effective: statement.effective,
      ineffectiveBecause: statement.ineffectiveBecause,
      principalElement: element,
      principals,
      actions,
      capabilities,
      exposure,
      possibleExposures: possible,
      exposureReason: reason,
      trusted,
      conditions: conditions.clauses,
      mitigation,
      loc: statement.loc,
    };
  });
  return { statements, neutralizers, issues: sortIssues(dedupeIssues(issues)), facts };
}

/**
 * Principal and condition verdicts together: a wildcard principal is as wide as its conditions allow; a
 * named principal stays named whatever its conditions, unless a condition narrows it into the account.
 * Unresolved values give several possible outcomes; the exposure is `unknown` when they differ.
 */
function combineExposure(
  principals: { exposure: Exposure; reason: string; possible: Exposure[] },
  conditions: { exposure: Exposure; reason: string; trusted: TrustedSet | null },
): { exposure: Exposure; reason: string; trusted: TrustedSet | null; possible: Exposure[] } {
  const conditionOutcomes: Exposure[] = conditions.exposure === 'unknown' ? ['public', 'network', 'cross-account', 'account'] : [conditions.exposure];
  const possible = [...new Set(principals.possible.flatMap((p) => conditionOutcomes.map((c) => narrowedBy(p, c))))];
  if (possible.length > 1) {
    const reason = principals.exposure === 'unknown' && principals.possible.length === possible.length
      ? principals.reason
      : `${principals.exposure === 'unknown' ? principals.reason : conditions.reason}; it could be ${possible.join(', ')}`;
    return { exposure: 'unknown', reason, trusted: null, possible };
  }
  const exposure = possible[0]!;
  if (principals.exposure === 'public' || (exposure === conditions.exposure && exposure !== principals.possible[0])) {
    return { exposure, reason: principals.exposure === 'public' ? `${principals.reason}; ${conditions.reason}` : conditions.reason, trusted: conditions.trusted, possible };
  }
  return { exposure, reason: principals.reason, trusted: null, possible };
}

/** What a condition makes of a principal exposure: everyone becomes whom the condition names; a named principal only narrows. */
function narrowedBy(principal: Exposure, condition: Exposure): Exposure {
  if (principal === 'public') return condition;
  return (condition === 'account' || condition === 'cross-account') && narrower(condition, principal) === condition ? condition : principal;
}

function duplicateSids(policy: Policy): PolicyIssue[] {
  const seen = new Map<string, number>();
  const issues: PolicyIssue[] = [];
  for (const statement of policy.statements) {
    const sid = statement.sid;
    if (!sid || sid.unresolved) continue;
    const first = seen.get(sid.value);
    if (first !== undefined) {
      issues.push({ code: 'duplicate-sid', message: `Sid "${sid.value}" is also used by statement #${first}; give each statement its own Sid`, loc: sid.loc, statementIndex: statement.index });
    } else seen.set(sid.value, statement.index);
  }
  return issues;
}

function dedupeIssues(issues: PolicyIssue[]): PolicyIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code}|${issue.loc.file}|${issue.loc.pointer}|${issue.statementIndex}|${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
