/**
 * Deny neutralisation (semantics.md §7.1): an explicit Deny overrides any Allow, so `Allow *` paired with
 * `Deny * unless aws:PrincipalOrgID = o-x` lets in only the organization. A Deny neutralises outsiders when
 * it covers every principal, covers the granted actions, and is unconditional or conditioned only on
 * "the caller is not one of these trusted ones" with concrete values.
 */
import { actionSetOf, type ActionSet } from './actions.js';
import {
  ALWAYS_PRESENT, NEGATED_LITERAL, NEGATED_PATTERN, describeTrusted, emptyTrustedSet, isInsideZone, readTrustValues, unionTrusted,
  type TrustedSet,
} from './conditions.js';
import type { ClassifiedPrincipal, TrustZone } from './principals.js';
import type { ConditionClause, Exposure, Statement } from '../types.js';

export interface Neutralizer {
  index: number;
  label: string;
  actions: ActionSet;
  /** Who the Deny still lets through. */
  exceptions: TrustedSet;
  exceptionsExposure: 'account' | 'cross-account';
  /** False when further AND-ed clauses may let outsiders through: then it only partly mitigates. */
  complete: boolean;
  /** Whom the Deny applies to, e.g. "everyone but organization o-a1b2c3d4e5". */
  deniedTo: string;
  /** For an incomplete one: why outsiders may escape it. */
  why: string;
}

export interface Mitigation {
  /** True when every granted action is denied to everyone outside the Deny's exceptions. */
  complete: boolean;
  by: { index: number; label: string }[];
  partialBy: { index: number; label: string; why: string }[];
  /** What outsiders can still do. */
  residual: ActionSet;
  effectiveExposure: Exposure;
  reason: string;
}

const TRUST_KEYS = new Set(['kms:calleraccount', 'aws:principalaccount', 'aws:principalarn', 'aws:userid', 'aws:principalorgid', 'aws:principalorgpaths']);

export interface DenyInput {
  statement: Statement;
  label: string;
  /** Principals of the Deny's Principal element, or of its NotPrincipal element (the exceptions). */
  principals: ClassifiedPrincipal[];
}

export function findNeutralizers(denies: DenyInput[], zone: TrustZone, version: string | null): Neutralizer[] {
  const neutralizers: Neutralizer[] = [];
  for (const { statement, label, principals } of denies) {
    if (!statement.effective || statement.effect !== 'Deny') continue;
    let exceptions: TrustedSet;
    if (statement.notPrincipal) {
      exceptions = exceptionsFromPrincipals(principals);
    } else if (principals.some((p) => p.class === 'public')) {
      exceptions = emptyTrustedSet();
    } else {
      continue;
    }
    const actions = actionSetOf(statement.action, statement.notAction);
    const base = { index: statement.index, label, actions };
    if (statement.conditionsUnknown) {
      neutralizers.push({ ...base, exceptions, exceptionsExposure: 'cross-account', complete: false, deniedTo: 'callers kmslint cannot determine', why: statement.conditionsUnknown });
      continue;
    }
    const trustClauses = statement.conditions.filter((c) => TRUST_KEYS.has(c.key));
    const others = statement.conditions.filter((c) => !TRUST_KEYS.has(c.key) && !exemptsOnlyAwsServices(c));
    const clauseSets: TrustedSet[] = [];
    let incomplete: string | null = others.length > 0
      ? `it also requires ${others.map((c) => `${c.rawOperator} ${c.keyOriginal}`).join(' and ')}, which outsiders need not meet`
      : null;
    for (const clause of trustClauses) {
      const problem = negatedTrustProblem(clause);
      if (problem) {
        incomplete ??= problem;
        continue;
      }
      const { trusted, any, unknown } = readTrustValues(clause, NEGATED_PATTERN.has(clause.baseOperator), version);
      if (any || unknown) incomplete ??= any ?? unknown;
      else clauseSets.push(trusted);
    }
    const allExceptions = unionTrusted([exceptions, ...clauseSets]);
    const inside = isInsideZone(allExceptions, zone);
    const who = statement.conditions.length === 0 && !statement.notPrincipal ? 'everyone' : `everyone but ${describeTrusted(allExceptions)}`;
    neutralizers.push({
      ...base,
      exceptions: allExceptions,
      exceptionsExposure: inside ? 'account' : 'cross-account',
      complete: incomplete === null,
      deniedTo: who,
      why: incomplete ?? '',
    });
  }
  return neutralizers;
}

/** Why a trust clause of a Deny does not deny every outsider, or null when it does. */
function negatedTrustProblem(clause: ConditionClause): string | null {
  const op = clause.baseOperator;
  if (!NEGATED_LITERAL.has(op) && !NEGATED_PATTERN.has(op)) return `${clause.rawOperator} ${clause.keyOriginal} does not deny "everyone but" a trusted set`;
  // With no value for the key, ForAnyValue is false: principals outside any organization escape the Deny.
  if (clause.setQualifier === 'ForAnyValue' && !ALWAYS_PRESENT.has(clause.key)) {
    return `${clause.rawOperator} is false for callers without ${clause.keyOriginal}, so they escape the Deny`;
  }
  return null;
}

/** `Bool aws:PrincipalIsAWSService false` only exempts AWS services, never an outside account. */
function exemptsOnlyAwsServices(clause: ConditionClause): boolean {
  return clause.key === 'aws:principalisawsservice' && clause.baseOperator === 'Bool' && clause.values.every((v) => v.value === 'false');
}

function exceptionsFromPrincipals(principals: ClassifiedPrincipal[]): TrustedSet {
  const set = emptyTrustedSet();
  for (const p of principals) {
    if (p.class === 'account-self' || p.class === 'account-external') set.accounts.push(p.account!);
    else if (p.class === 'identity-self' || p.class === 'identity-external') set.principals.push(p.value);
    else if (p.class !== 'service') set.principals.push(p.value);
  }
  return set;
}

/**
 * Whether a Deny applies to these principals themselves: it has no exceptions, or its exceptions name
 * none of them (an organization exception might include them, so it is taken to).
 */
export function deniesPrincipals(neutralizer: Neutralizer, principals: readonly ClassifiedPrincipal[]): boolean {
  const { accounts, orgs, principals: named } = neutralizer.exceptions;
  if (accounts.length === 0 && orgs.length === 0 && named.length === 0) return true;
  if (orgs.length > 0) return false;
  return principals.every((p) => !named.includes(p.value) && !(p.account !== null && accounts.includes(p.account)));
}

const RANK: Record<Exposure, number> = { account: 0, 'cross-account': 1, unknown: 2, network: 3, public: 4 };

export function narrower(a: Exposure, b: Exposure): Exposure {
  return RANK[a] <= RANK[b] ? a : b;
}

export function wider(a: Exposure, b: Exposure): Exposure {
  return RANK[a] >= RANK[b] ? a : b;
}

/** How the policy's Deny statements limit a grant of `grant` at `exposure`; null when no Deny touches it. */
export function mitigationOf(grant: ActionSet, exposure: Exposure, neutralizers: readonly Neutralizer[]): Mitigation | null {
  const touches = (n: Neutralizer): boolean => grant.actions.some((a) => n.actions.actions.includes(a)) || (grant.openEnded && n.actions.openEnded);
  const complete = neutralizers.filter((n) => n.complete && touches(n));
  const partial = neutralizers.filter((n) => !n.complete && touches(n));
  if (complete.length === 0 && partial.length === 0) return null;
  const residualActions = grant.actions.filter((a) => !complete.some((n) => n.actions.actions.includes(a)));
  const residual: ActionSet = {
    actions: residualActions,
    openEnded: grant.openEnded && !complete.some((n) => n.actions.openEnded),
    unresolved: grant.unresolved,
  };
  const isComplete = residual.actions.length === 0 && !residual.openEnded && residual.unresolved.length === 0;
  const exceptionsExposure = complete.reduce<Exposure>((worst, n) => wider(worst, n.exceptionsExposure), 'account');
  const by = complete.map((n) => ({ index: n.index, label: n.label }));
  const partialBy = partial.map((n) => ({ index: n.index, label: n.label, why: n.why }));
  const names = complete.map((n) => `${n.label} (it denies ${n.deniedTo})`).join('; ');
  let reason: string;
  if (isComplete) reason = `neutralised by Deny ${names}`;
  else if (complete.length > 0) reason = `Deny ${names} covers only part of the grant; still open: ${describeActionSet(residual)}`;
  else reason = `Deny ${partial.map((n) => `${n.label}`).join(', ')} does not neutralise it: ${partial.map((n) => n.why).join('; ')}`;
  return {
    complete: isComplete,
    by,
    partialBy,
    residual,
    effectiveExposure: isComplete ? narrower(exposure, exceptionsExposure) : exposure,
    reason,
  };
}

export function describeActionSet(set: ActionSet): string {
  const names = set.actions.join(', ');
  const future = set.openEnded ? `${names ? ' and ' : ''}every future KMS action` : '';
  return `${names}${future}` || 'nothing';
}
