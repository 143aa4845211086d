/**
 * Principal classification and the zone of trust (semantics.md §2.3, §5). Only a bare `*` is a wildcard
 * in IAM; `arn:aws:iam::*:root` is invalid, and kmslint treats it as public and reports it.
 */
import { hasWildcard } from '../glob.js';
import { SELF_ACCOUNT, UNKNOWN_PART, type Exposure, type Located, type PolicyIssue, type PrincipalSet, type SourceLocation } from '../types.js';

export type PrincipalClass =
  | 'public' | 'account-self' | 'account-external' | 'identity-self' | 'identity-external'
  | 'service' | 'federated' | 'canonical' | 'dangling-id' | 'unresolved' | 'invalid';

export interface ClassifiedPrincipal {
  type: 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';
  value: string;
  class: PrincipalClass;
  /** The principal's account, when it has one kmslint can read. */
  account: string | null;
  /** Whether the principal lies inside the zone of trust (owner account, trusted accounts). */
  trusted: boolean;
  /** For an unresolved principal: the exposures its value could give (every one when nothing is known). */
  possible?: Exposure[];
  loc: SourceLocation;
}

const ANY_EXPOSURE: Exposure[] = ['public', 'cross-account', 'account'];

export interface TrustOptions {
  /** The key's account: a 12-digit id, or SELF_ACCOUNT when only "this account" is known. */
  ownerAccount?: string;
  trustedAccounts?: readonly string[];
  trustedOrgs?: readonly string[];
}

/** owner ∪ trustedAccounts ∪ trustedOrgs. Without a configured owner only the symbolic SELF is the owner. */
export class TrustZone {
  readonly owner: string | null;
  private readonly accounts: Set<string>;
  private readonly orgs: Set<string>;

  constructor(options: TrustOptions = {}) {
    this.owner = options.ownerAccount ?? null;
    this.accounts = new Set([SELF_ACCOUNT, ...(options.ownerAccount ? [options.ownerAccount] : []), ...(options.trustedAccounts ?? [])]);
    this.orgs = new Set(options.trustedOrgs ?? []);
  }

  isOwner(account: string): boolean {
    return account === SELF_ACCOUNT || account === this.owner;
  }

  containsAccount(account: string): boolean {
    return this.accounts.has(account);
  }

  containsOrg(org: string): boolean {
    return this.orgs.has(org);
  }
}

const ACCOUNT_ID = /^\d{12}$/;
const UNIQUE_ID = /^(AIDA|AROA|AIPA|ANPA|ANVA|ASIA|AGPA|AKIA)[A-Z0-9]{12,}$/;
const SELF_MARK = '\u0000self\u0000';

/**
 * Splits an ARN (or `account:name` user id) at its colons. The symbolic owner `${AWS::AccountId}` has
 * colons of its own, so it is kept whole.
 */
export function splitArn(value: string): string[] {
  return value.replaceAll(SELF_ACCOUNT, SELF_MARK).split(':').map((part) => part.replaceAll(SELF_MARK, SELF_ACCOUNT));
}

/** `arn:PARTITION:iam|sts::ACCOUNT:RESOURCE` → its account and resource, or null. */
function iamArn(value: string): { account: string; resource: string } | null {
  const fields = splitArn(value);
  if (fields.length < 6 || fields[0] !== 'arn' || (fields[2] !== 'iam' && fields[2] !== 'sts') || fields[3] !== '') return null;
  return { account: fields[4]!, resource: fields.slice(5).join(':') };
}

export function isAccountId(value: string): boolean {
  return ACCOUNT_ID.test(value) || value === SELF_ACCOUNT;
}

export interface PrincipalFindings {
  principals: ClassifiedPrincipal[];
  issues: PolicyIssue[];
}

export function classifyPrincipalSet(set: PrincipalSet, zone: TrustZone, statementIndex: number): PrincipalFindings {
  const principals: ClassifiedPrincipal[] = [];
  const issues: PolicyIssue[] = [];
  const issue = (code: PolicyIssue['code'], message: string, loc: SourceLocation): void => {
    issues.push({ code, message, loc, statementIndex });
  };
  const push = (type: ClassifiedPrincipal['type'], p: Located<string>, cls: PrincipalClass, account: string | null): void => {
    const trusted = account !== null && zone.containsAccount(account) && cls !== 'public';
    principals.push({ type, value: p.value, class: cls, account, trusted, loc: p.loc });
  };

  for (const p of set.aws) {
    if (p.unresolved) {
      // A partly known ARN: "arn:aws:iam::${AWS::AccountId}:role/${Name}" is a role of this account;
      // "arn:aws:iam::${AccountParameter}:root" is some account's root, which cannot be everyone.
      const shape = p.pattern !== undefined ? iamArn(p.pattern) : null;
      if (shape && isAccountId(shape.account)) {
        const self = zone.isOwner(shape.account);
        const cls: PrincipalClass = shape.resource === 'root' ? (self ? 'account-self' : 'account-external') : self ? 'identity-self' : 'identity-external';
        push('AWS', p, cls, shape.account);
      } else {
        push('AWS', p, 'unresolved', null);
        principals[principals.length - 1]!.possible = shape && shape.account === UNKNOWN_PART ? ['cross-account', 'account'] : ANY_EXPOSURE;
      }
    }
    else if (p.value === '*') push('AWS', p, 'public', null);
    else if (isAccountId(p.value)) push('AWS', p, zone.isOwner(p.value) ? 'account-self' : 'account-external', p.value);
    else if (UNIQUE_ID.test(p.value)) {
      issue('dangling-principal', `"${p.value}" is an IAM unique id: AWS shows one when the user or role it named was deleted; remove it or name the identity again`, p.loc);
      push('AWS', p, 'dangling-id', null);
    } else {
      const arn = iamArn(p.value);
      if (!arn) {
        issue('grammar', `"${p.value}" is not an AWS principal; use an account id, "arn:aws:iam::ACCOUNT:root", or a role/user ARN`, p.loc);
        push('AWS', p, 'invalid', null);
        continue;
      }
      const { account, resource } = arn;
      if (hasWildcard(account)) {
        issue('wildcard-in-principal', `"${p.value}" has a wildcard in its account; IAM does not allow wildcards inside a principal, and kmslint treats it as "*" (every AWS account)`, p.loc);
        push('AWS', p, 'public', null);
      } else if (!isAccountId(account)) {
        issue('grammar', `"${p.value}" does not name a 12-digit account`, p.loc);
        push('AWS', p, 'invalid', null);
      } else {
        const self = zone.isOwner(account);
        if (hasWildcard(resource)) {
          issue('wildcard-in-principal', `"${p.value}" has a wildcard in its name; IAM does not allow partial wildcards in a principal (use the account principal with an aws:PrincipalArn condition)`, p.loc);
          push('AWS', p, self ? 'account-self' : 'account-external', account);
        } else if (resource === 'root') push('AWS', p, self ? 'account-self' : 'account-external', account);
        else if (/^group\//.test(resource)) {
          issue('grammar', `"${p.value}" is an IAM group; groups cannot be principals in a key policy`, p.loc);
          push('AWS', p, 'invalid', account);
        } else push('AWS', p, self ? 'identity-self' : 'identity-external', account);
      }
    }
  }
  for (const p of set.service) {
    push('Service', p, p.unresolved ? 'unresolved' : p.value === '*' ? 'public' : 'service', p.unresolved || p.value === '*' ? null : SELF_ACCOUNT);
  }
  for (const p of principals) if (p.class === 'unresolved') p.possible ??= ANY_EXPOSURE;
  for (const p of set.federated) {
    if (p.unresolved) push('Federated', p, 'unresolved', null);
    else if (p.value === '*') push('Federated', p, 'public', null);
    else {
      const provider = iamArn(p.value);
      push('Federated', p, 'federated', provider && isAccountId(provider.account) ? provider.account : null);
    }
  }
  for (const p of set.canonicalUser) {
    push('CanonicalUser', p, p.unresolved ? 'unresolved' : p.value === '*' ? 'public' : 'canonical', null);
  }
  return { principals, issues };
}

const WIDTH: Record<Exposure, number> = { account: 0, 'cross-account': 1, unknown: 2, network: 3, public: 4 };

/**
 * Exposure from the principals alone, before conditions (semantics.md §5), with the exposures it could
 * take when some principal is unresolved.
 */
export function principalExposure(principals: ClassifiedPrincipal[]): { exposure: Exposure; reason: string; possible: Exposure[] } {
  const publicOnes = principals.filter((p) => p.class === 'public');
  if (publicOnes.length > 0) return { exposure: 'public', reason: `principal ${quoteList(publicOnes.map((p) => p.value))} is every AWS account`, possible: ['public'] };
  const external = principals.filter((p) => p.class !== 'invalid' && p.class !== 'dangling-id' && p.class !== 'service' && p.class !== 'unresolved' && !p.trusted);
  const known: Exposure = external.length > 0 ? 'cross-account' : 'account';
  const unresolved = principals.filter((p) => p.class === 'unresolved');
  const possible = [...new Set([known, ...unresolved.flatMap((p) => p.possible ?? ANY_EXPOSURE)].map((e) => (WIDTH[e] > WIDTH[known] ? e : known)))];
  if (possible.length > 1) {
    return { exposure: 'unknown', reason: `principal ${quoteList(unresolved.map((p) => p.value))} cannot be resolved (it could make the statement ${possible.join(', ')})`, possible };
  }
  if (known === 'cross-account') return { exposure: known, reason: `principal ${quoteList(external.map((p) => p.value))} is outside the zone of trust`, possible };
  return { exposure: 'account', reason: 'every principal is inside the zone of trust', possible };
}

export function quoteList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}
