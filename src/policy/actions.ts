/**
 * The KMS action catalog and IAM action matching (semantics.md §2.4, §4). Action names and prefixes are
 * case-insensitive; `*` and `?` are wildcards; `NotAction` grants the complement, which is open-ended
 * because every future KMS action falls into it too.
 */
import catalogJson from '../data/kms-actions.json' with { type: 'json' };
import { globMatch } from '../glob.js';
import type { Capability, KeyFacts, Located } from '../types.js';
import { compareText } from '../order.js';

export interface CatalogAction {
  name: string;
  category: string;
  capabilities: Capability[];
  accessLevel: string;
  keyResource: boolean;
  keyUsages: string[] | null;
  capabilityConditions?: Partial<Record<Capability, { keyUsage?: string[]; keySpec?: string[] }>>;
  reason?: string;
}

export const KMS_ACTIONS: readonly CatalogAction[] = catalogJson.actions as CatalogAction[];

/** The actions a key policy can grant: those with a key resource (semantics.md §4.1). */
export const KEY_ACTIONS: readonly CatalogAction[] = KMS_ACTIONS.filter((action) => action.keyResource);

const ACTION_SHAPE = /^(\*|[A-Za-z0-9-]+:[A-Za-z0-9*?-]+)$/;

/** A set of KMS key actions; `openEnded` means "and every KMS action AWS adds later" (from NotAction). */
export interface ActionSet {
  actions: string[];
  openEnded: boolean;
  /** Patterns whose value kmslint cannot know: the true set may be larger. */
  unresolved: Located<string>[];
}

export const EMPTY_ACTION_SET: ActionSet = { actions: [], openEnded: false, unresolved: [] };

const LOWER_NAMES = new Map(KMS_ACTIONS.map((action) => [action, action.name.toLowerCase()]));
// Policies repeat the same few patterns endlessly; bounded so hostile input cannot grow it without limit.
const expansions = new Map<readonly CatalogAction[], Map<string, string[]>>();
const MAX_CACHED_PATTERNS = 10_000;

/** Key actions one pattern matches. `kms:Encrypt*` → Encrypt; patterns of other services match nothing. */
export function expandActionPattern(pattern: string, universe: readonly CatalogAction[] = KEY_ACTIONS): string[] {
  const lower = pattern.toLowerCase();
  let cache = expansions.get(universe);
  if (!cache) expansions.set(universe, (cache = new Map()));
  const cached = cache.get(lower);
  if (cached) return cached;
  const names = universe.filter((action) => globMatch(lower, LOWER_NAMES.get(action)!)).map((action) => action.name);
  if (cache.size >= MAX_CACHED_PATTERNS) cache.clear();
  cache.set(lower, names);
  return names;
}

/** True when the pattern matches every KMS action, present and future (`*`, `kms:*`, `KMS:**`, …). */
function matchesAllKms(pattern: string): boolean {
  if (/^\*+$/.test(pattern)) return true;
  const colon = pattern.indexOf(':');
  return colon > 0 && globMatch(pattern.slice(0, colon), 'kms', true) && /^\*+$/.test(pattern.slice(colon + 1));
}

/** The key actions an `Action` or `NotAction` element grants or denies. */
export function actionSetOf(action: Located<string>[] | null, notAction: Located<string>[] | null): ActionSet {
  const patterns = action ?? notAction;
  if (!patterns) return EMPTY_ACTION_SET;
  const matched = new Set<string>();
  let matchesEverything = false;
  for (const pattern of patterns) {
    if (pattern.unresolved) continue;
    if (matchesAllKms(pattern.value)) matchesEverything = true;
    for (const name of expandActionPattern(pattern.value)) matched.add(name);
  }
  const unresolved = patterns.filter((p) => p.unresolved);
  if (action) return { actions: sortActions(matched), openEnded: matchesEverything, unresolved };
  return { actions: KEY_ACTIONS.map((a) => a.name).filter((name) => !matched.has(name)), openEnded: !matchesEverything, unresolved };
}

/** Patterns that are not action names at all, and `kms:` names that match no KMS action (typos). */
export function unknownActionPatterns(patterns: Located<string>[]): Located<string>[] {
  return patterns.filter((pattern) => {
    if (pattern.unresolved || !ACTION_SHAPE.test(pattern.value)) return false;
    const service = pattern.value.split(':')[0]!;
    return globMatch(service, 'kms', true) && !/^\*+$/.test(service) && expandActionPattern(pattern.value, KMS_ACTIONS).length === 0;
  });
}

export function isWellFormedActionPattern(value: string): boolean {
  return ACTION_SHAPE.test(value);
}

/** Whether the catalog's capability applies to this key (GetPublicKey encrypts only with RSA/SM2 keys). */
export function hasCapability(action: CatalogAction, capability: Capability, facts: KeyFacts, anyKeyUsage = false): boolean {
  if (!action.capabilities.includes(capability)) return false;
  const condition = action.capabilityConditions?.[capability];
  if (!condition || anyKeyUsage) return true;
  // AWS's default when nothing says otherwise: a symmetric ENCRYPT_DECRYPT key.
  const keyUsage = facts.keyUsage ?? 'ENCRYPT_DECRYPT';
  const keySpec = facts.keySpec ?? 'SYMMETRIC_DEFAULT';
  if (condition.keyUsage && !condition.keyUsage.includes(keyUsage)) return false;
  if (condition.keySpec && !condition.keySpec.some((spec) => globMatch(spec, keySpec))) return false;
  return true;
}

const BY_NAME = new Map(KMS_ACTIONS.map((action) => [action.name, action]));

export function catalogAction(name: string): CatalogAction | undefined {
  return BY_NAME.get(name);
}

/** The members of `set` that carry `capability` for this key. */
export function actionsWithCapability(set: ActionSet, capability: Capability, facts: KeyFacts, anyKeyUsage = false): string[] {
  return set.actions.filter((name) => {
    const action = BY_NAME.get(name);
    return action !== undefined && hasCapability(action, capability, facts, anyKeyUsage);
  });
}

/** True when `set` contains every key action, including future ones. */
export function coversAllActions(set: ActionSet): boolean {
  return set.openEnded && set.actions.length === KEY_ACTIONS.length;
}

export function sortActions(names: Iterable<string>): string[] {
  return [...names].sort(compareText);
}
