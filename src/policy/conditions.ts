/**
 * When does a condition restrict *who* can use a statement (semantics.md §6)? Clauses are AND-ed, values
 * inside a clause OR-ed. A clause restricts only with a positive operator, no IfExists (unless the key is
 * always present), no ForAllValues, and concrete values — a wildcard account or org restricts nothing.
 */
import { hasWildcard } from '../glob.js';
import { SELF_ACCOUNT, type ConditionClause, type Exposure } from '../types.js';
import { isAccountId, splitArn, type TrustZone } from './principals.js';

/** Who a condition (or a Deny's exception list) lets through. */
export interface TrustedSet {
  accounts: string[];
  orgs: string[];
  /** Principal ARNs or unique ids whose account is not derivable from the value. */
  principals: string[];
  networks: string[];
}

export type ClauseEffect = 'restricts' | 'network' | 'none' | 'unknown';

export interface ClauseVerdict {
  clause: ConditionClause;
  effect: ClauseEffect;
  why: string;
  trusted: TrustedSet | null;
}

export interface ConditionVerdict {
  exposure: Exposure;
  reason: string;
  trusted: TrustedSet | null;
  clauses: ClauseVerdict[];
}

export interface ConditionContext {
  zone: TrustZone;
  /** `2012-10-17` enables policy variables; under other versions `${…}` is literal text. */
  version: string | null;
  /** Opt-in (§6.3.2): IfExists on a key present in every authenticated KMS call still restricts. */
  ifExistsAlwaysPresent?: boolean;
}

type KeyClass = 'account' | 'principal-arn' | 'userid' | 'org-id' | 'org-paths' | 'source-ip' | 'vpc' | 'service-source' | 'service-source-arn';

const KEY_CLASSES: Record<string, KeyClass> = {
  'kms:calleraccount': 'account',
  'aws:principalaccount': 'account',
  'aws:principalarn': 'principal-arn',
  'aws:userid': 'userid',
  'aws:principalorgid': 'org-id',
  'aws:principalorgpaths': 'org-paths',
  'aws:sourceip': 'source-ip',
  'aws:sourcevpc': 'vpc',
  'aws:sourcevpce': 'vpc',
  'aws:sourceaccount': 'service-source',
  'aws:sourceowner': 'service-source',
  'aws:sourceorgid': 'service-source',
  'aws:sourcearn': 'service-source-arn',
};

/** Keys present in every authenticated KMS request, for which IfExists changes nothing. */
const ALWAYS_PRESENT = new Set(['kms:calleraccount', 'aws:principalaccount', 'aws:principalarn', 'aws:userid']);

const POSITIVE_LITERAL = new Set(['StringEquals', 'StringEqualsIgnoreCase']);
const POSITIVE_PATTERN = new Set(['StringLike', 'ArnEquals', 'ArnLike']);
const NEGATED_LITERAL = new Set(['StringNotEquals', 'StringNotEqualsIgnoreCase']);
const NEGATED_PATTERN = new Set(['StringNotLike', 'ArnNotEquals', 'ArnNotLike']);

/** One condition value as kmslint reads it. */
type ValueReading =
  | { kind: 'any'; why: string }
  | { kind: 'unknown'; why: string }
  | { kind: 'none' }
  | { kind: 'account'; account: string; principal?: string }
  | { kind: 'org'; org: string }
  | { kind: 'principal'; principal: string }
  | { kind: 'network'; network: string };

export function emptyTrustedSet(): TrustedSet {
  return { accounts: [], orgs: [], principals: [], networks: [] };
}

/**
 * Reads a trust-establishing clause's values as the set of callers it names; `patterns` says whether `*`
 * and `?` are wildcards (Like and Arn operators) or literal characters (Equals operators).
 */
export function readTrustValues(clause: ConditionClause, patterns: boolean, version: string | null): { trusted: TrustedSet; any: string | null; unknown: string | null } {
  const keyClass = KEY_CLASSES[clause.key];
  const trusted = emptyTrustedSet();
  let any: string | null = null;
  let unknown: string | null = null;
  for (const value of clause.values) {
    const reading: ValueReading = value.unresolved
      ? { kind: 'unknown', why: `value ${value.value} cannot be resolved` }
      : keyClass
        ? readValue(keyClass, substituteVariables(value.value, version), patterns)
        : { kind: 'none' };
    switch (reading.kind) {
      case 'any': any ??= reading.why; break;
      case 'unknown': unknown ??= reading.why; break;
      case 'account':
        // A principal ARN or user id names one identity; its account is read back from it when needed.
        if (reading.principal) trusted.principals.push(reading.principal);
        else trusted.accounts.push(reading.account);
        break;
      case 'org': trusted.orgs.push(reading.org); break;
      case 'principal': trusted.principals.push(reading.principal); break;
      case 'network': trusted.networks.push(reading.network); break;
      case 'none': break;
    }
  }
  return { trusted, any, unknown };
}

const CALLER_VARIABLE = '\u0000caller\u0000';

/**
 * Policy variables (2012-10-17 only). `${aws:ResourceAccount}` is the key's own account;
 * `${aws:PrincipalAccount}` and friends are whatever the caller is, so they match every caller.
 */
function substituteVariables(value: string, version: string | null): string {
  if (version !== '2012-10-17' || !value.includes('${')) return value;
  return value.replace(/\$\{([^}]*)\}/g, (whole, name: string) => {
    if (whole === SELF_ACCOUNT) return whole;
    const lower = name.toLowerCase();
    if (lower === 'aws:resourceaccount') return SELF_ACCOUNT;
    if (lower === '*' || lower === '?' || lower === '$') return name;
    if (['aws:principalaccount', 'aws:userid', 'aws:principalarn', 'aws:username', 'aws:principalorgid'].includes(lower)) return CALLER_VARIABLE;
    return `\u0000unknown:${whole}\u0000`;
  });
}

function readValue(keyClass: KeyClass, value: string, patterns: boolean): ValueReading {
  if (value.includes(CALLER_VARIABLE)) return { kind: 'any', why: `"${value.replaceAll(CALLER_VARIABLE, '${caller}')}" compares the caller with itself` };
  const unknownVariable = /\u0000unknown:([^\u0000]*)\u0000/.exec(value);
  if (unknownVariable) return { kind: 'unknown', why: `policy variable ${unknownVariable[1]} cannot be evaluated statically` };
  const wild = (part: string): boolean => patterns && hasWildcard(part);
  switch (keyClass) {
    case 'account':
    case 'service-source':
      if (wild(value)) return { kind: 'any', why: `"${value}" is a wildcard account` };
      if (isAccountId(value)) return { kind: 'account', account: value };
      if (/^o-[a-z0-9]+$/.test(value)) return { kind: 'org', org: value };
      return { kind: 'none' };
    case 'principal-arn':
    case 'service-source-arn': {
      const fields = splitArn(value);
      if (wild(value) && fields.length < 6) return { kind: 'any', why: `"${value}" is a wildcard ARN` };
      const account = fields[4] ?? '';
      if (wild(account) || (patterns && account === '')) return { kind: 'any', why: `"${value}" has a wildcard account` };
      if (isAccountId(account)) return { kind: 'account', account, principal: value };
      return { kind: 'none' };
    }
    case 'userid': {
      const prefix = splitArn(value)[0]!;
      if (wild(prefix)) return { kind: 'any', why: `"${value}" is a wildcard user id` };
      return isAccountId(prefix) ? { kind: 'account', account: prefix, principal: value } : { kind: 'principal', principal: value };
    }
    case 'org-id':
      return wild(value) ? { kind: 'any', why: `"${value}" is a wildcard organization` } : { kind: 'org', org: value };
    case 'org-paths': {
      const org = value.split('/')[0]!;
      return wild(org) ? { kind: 'any', why: `"${value}" does not fix the organization` } : { kind: 'org', org };
    }
    case 'vpc':
      return wild(value) ? { kind: 'any', why: `"${value}" is a wildcard network` } : { kind: 'network', network: value };
    case 'source-ip': {
      const prefix = /\/(\d+)$/.exec(value);
      if (prefix && Number(prefix[1]) === 0) return { kind: 'any', why: `${value} is every address` };
      return { kind: 'network', network: value };
    }
  }
}

/** The verdict for one clause of an Allow statement with a wildcard principal. */
export function judgeAllowClause(clause: ConditionClause, context: ConditionContext, serviceOnly: boolean): ClauseVerdict {
  const none = (why: string): ClauseVerdict => ({ clause, effect: 'none', why, trusted: null });
  const keyClass = KEY_CLASSES[clause.key];
  if (!keyClass) return none(`${clause.keyOriginal} does not restrict who calls`);
  if ((keyClass === 'service-source' || keyClass === 'service-source-arn') && !serviceOnly) {
    return none(`${clause.keyOriginal} is only set when an AWS service calls for a resource; other callers are not restricted`);
  }
  const op = clause.baseOperator;
  if (NEGATED_LITERAL.has(op) || NEGATED_PATTERN.has(op) || op === 'NotIpAddress') return none(`${clause.rawOperator} lets through everyone not listed`);
  if (clause.setQualifier === 'ForAllValues') return none(`${clause.rawOperator} is true when the request has no value for ${clause.keyOriginal}`);
  if (clause.ifExists && !(context.ifExistsAlwaysPresent && ALWAYS_PRESENT.has(clause.key))) {
    return none(`${clause.rawOperator} lets through every caller without ${clause.keyOriginal}`);
  }
  const ip = keyClass === 'source-ip';
  if (ip ? op !== 'IpAddress' : !POSITIVE_LITERAL.has(op) && !POSITIVE_PATTERN.has(op)) {
    return none(`${clause.rawOperator} on ${clause.keyOriginal} does not name callers`);
  }
  const { trusted, any, unknown } = readTrustValues(clause, POSITIVE_PATTERN.has(op), context.version);
  if (any) return none(any);
  if (unknown) return { clause, effect: 'unknown', why: unknown, trusted: null };
  if (ip || keyClass === 'vpc') return { clause, effect: 'network', why: `${clause.keyOriginal} limits callers to ${trusted.networks.join(', ')}`, trusted };
  return { clause, effect: 'restricts', why: `${clause.rawOperator} ${clause.keyOriginal} limits callers to ${describeTrusted(trusted)}`, trusted };
}

/** Exposure of a wildcard-principal statement given its conditions (semantics.md §6.3–§6.4). */
export function judgeConditions(clauses: ConditionClause[], conditionsUnknown: string | null, context: ConditionContext): ConditionVerdict {
  const serviceOnly = clauses.some((c) => c.key === 'aws:principalisawsservice' && c.baseOperator === 'Bool' && !c.ifExists && !c.setQualifier && c.values.every((v) => v.value === 'true'));
  const verdicts = clauses.map((clause) => judgeAllowClause(clause, context, serviceOnly));
  const restricting = verdicts.filter((v) => v.effect === 'restricts');
  const inside = restricting.find((v) => v.trusted && isInsideZone(v.trusted, context.zone));
  if (inside) return { exposure: 'account', reason: inside.why, trusted: inside.trusted, clauses: verdicts };
  if (restricting.length > 0) {
    const first = restricting[0]!;
    return { exposure: 'cross-account', reason: `${first.why}, outside the zone of trust`, trusted: first.trusted, clauses: verdicts };
  }
  const unknown = verdicts.find((v) => v.effect === 'unknown');
  if (conditionsUnknown || unknown) return { exposure: 'unknown', reason: conditionsUnknown ?? unknown!.why, trusted: null, clauses: verdicts };
  const network = verdicts.find((v) => v.effect === 'network');
  if (network) return { exposure: 'network', reason: `only ${network.why}`, trusted: network.trusted, clauses: verdicts };
  const reason = clauses.length === 0 ? 'no condition restricts who can call' : `no condition restricts who can call (${verdicts.map((v) => v.why).join('; ')})`;
  return { exposure: 'public', reason, trusted: null, clauses: verdicts };
}

/** A set is inside the zone when every account and org it names is trusted; a set that names nobody matches no caller. */
export function isInsideZone(trusted: TrustedSet, zone: TrustZone): boolean {
  return trusted.accounts.every((a) => zone.containsAccount(a))
    && trusted.orgs.every((o) => zone.containsOrg(o))
    && trusted.principals.every((p) => {
      const account = principalAccount(p);
      return account !== null && zone.containsAccount(account);
    });
}

function principalAccount(principal: string): string | null {
  const fields = splitArn(principal);
  const fromArn = fields[4];
  if (fromArn && isAccountId(fromArn)) return fromArn;
  const prefix = fields[0]!;
  return isAccountId(prefix) ? prefix : null;
}

export function describeTrusted(trusted: TrustedSet): string {
  const parts = [
    ...trusted.accounts.map((a) => (a === SELF_ACCOUNT ? 'this account' : `account ${a}`)),
    ...trusted.orgs.map((o) => `organization ${o}`),
    ...trusted.principals.map((p) => `principal ${p}`),
    ...trusted.networks.map((n) => `network ${n}`),
  ];
  return parts.length > 0 ? [...new Set(parts)].join(', ') : 'no caller at all';
}

/** Merges sets (union), e.g. the exception lists of several Deny statements. */
export function unionTrusted(sets: readonly TrustedSet[]): TrustedSet {
  const merge = (pick: (s: TrustedSet) => string[]): string[] => [...new Set(sets.flatMap(pick))].sort();
  return { accounts: merge((s) => s.accounts), orgs: merge((s) => s.orgs), principals: merge((s) => s.principals), networks: merge((s) => s.networks) };
}

export { NEGATED_LITERAL, NEGATED_PATTERN, ALWAYS_PRESENT };
