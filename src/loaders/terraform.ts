/**
 * Terraform JSON from `terraform show -json`: plans (`resource_changes`) and state (`values`), per
 * inputs.md §1. Plans carry no positions, so each document points at the line of its resource address.
 */
import { fromPlain, parseEmbeddedJson } from '../source.js';
import type { Diagnostic, KeyFacts, KeyPolicyDocument, SourceLocation } from '../types.js';
import { defaultKeyPolicy } from './cloudtrail-record.js';
import { policyDocument, type LoadResult } from './policy.js';
import { TextLocator } from './text-locator.js';
import { asObject, type Json } from './json.js';

export const TERRAFORM_KEY_TYPES = new Set(['aws_kms_key', 'aws_kms_key_policy', 'aws_kms_replica_key', 'aws_kms_external_key', 'aws_kms_replica_external_key']);


export type TerraformShape = 'terraform-plan' | 'terraform-state' | 'terraform-raw-state';

export function terraformShape(value: Json): TerraformShape | null {
  if (typeof value.format_version === 'string') {
    if ('resource_changes' in value || 'planned_values' in value || 'configuration' in value || 'prior_state' in value) return 'terraform-plan';
    if ('values' in value || Object.keys(value).every((k) => k === 'format_version' || k === 'terraform_version')) return 'terraform-state';
  }
  if (typeof value.version === 'number' && 'lineage' in value && Array.isArray(value.resources)) return 'terraform-raw-state';
  return null;
}

export function loadTerraform(value: Json, text: string, file: string): LoadResult {
  const locator = new TextLocator(text, file);
  const shape = terraformShape(value);
  if (shape === 'terraform-raw-state') {
    return { documents: [], diagnostics: [{ code: 'raw-terraform-state', severity: 'error', message: 'this is a raw Terraform state file (terraform.tfstate), whose format is internal to Terraform; run "terraform show -json > state.json" and lint state.json', loc: locator.at(0, '') }] };
  }
  const version = String(value.format_version ?? '');
  const major = Number(/^(\d+)\./.exec(version)?.[1] ?? NaN);
  if (!(major === 0 || major === 1)) {
    return { documents: [], diagnostics: [{ code: 'unsupported-format-version', severity: 'error', message: `Terraform JSON format_version "${version}" is not supported: kmslint reads 0.x and 1.x (update kmslint, or produce the file with a Terraform release that writes 1.x)`, loc: locator.find('"format_version"', 0, '/format_version') }] };
  }
  return shape === 'terraform-plan' ? loadPlan(value, locator) : loadState(value, locator);
}

interface KeyChange {
  address: string;
  type: string;
  values: Json;
  unknown: Json;
  loc: SourceLocation;
  pointer: string;
  configuration: Json | null;
  deleted: boolean;
}

function loadPlan(plan: Json, locator: TextLocator): LoadResult {
  const documents: KeyPolicyDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const owner = callerAccount(plan);
  const changes: KeyChange[] = [];
  const resourceChanges = Array.isArray(plan.resource_changes) ? plan.resource_changes : [];
  // Resource changes appear in order, so each address is searched from where the previous one was found.
  let cursor = Math.max(0, locator.indexOf('"resource_changes"'));
  resourceChanges.forEach((raw, i) => {
    const rc = asObject(raw);
    if (!rc || rc.mode === 'data' || typeof rc.type !== 'string' || !TERRAFORM_KEY_TYPES.has(rc.type)) return;
    const change = asObject(rc.change) ?? {};
    const actions = Array.isArray(change.actions) ? change.actions.map(String) : [];
    // forget: removed from state only, the key and its policy stay as they are.
    if (actions.includes('forget') || actions.includes('read')) return;
    const address = String(rc.address ?? `${rc.type}.${String(rc.name)}`);
    const deleted = actions.includes('delete') && !actions.includes('create');
    changes.push({
      address,
      type: rc.type,
      values: asObject(deleted ? change.before : change.after) ?? {},
      unknown: asObject(change.after_unknown) ?? {},
      loc: locateAddress(address, `/resource_changes/${i}`),
      pointer: `/resource_changes/${i}/change/after/policy`,
      configuration: configurationOf(plan, rc),
      deleted,
    });
  });

  function locateAddress(address: string, pointer: string): SourceLocation {
    const found = locator.searchOffset('address', address, cursor);
    if (!found) return locator.at(0, pointer);
    cursor = found.end;
    return locator.at(found.start, pointer, found.end - found.start);
  }

  const policiesByKey = new Map<string, KeyChange>();
  for (const change of changes) {
    if (change.type !== 'aws_kms_key_policy' || change.deleted) continue;
    const refs = expressionReferences(change.configuration, 'key_id');
    const key = refs.map((r) => /^(.*aws_kms_key\.[^.[\]]+)/.exec(r)?.[1]).find(Boolean);
    if (key) policiesByKey.set(key.replace(/^module\.[^.]+\./, ''), change);
  }

  for (const change of changes) {
    const facts = factsOf(change.values, owner);
    const origin = { source: 'terraform-plan' as const, resource: change.address, loc: change.loc, embedded: true, facts };
    if (change.deleted) {
      // Destroying aws_kms_key_policy puts the default key policy back; a deleted key has no policy to lint.
      if (change.type === 'aws_kms_key_policy' && change.values.bypass_policy_lockout_safety_check !== true) {
        push(policyDocument(fromPlain(defaultKeyPolicy(owner ?? '${AWS::AccountId}'), { ...change.loc, pointer: `${change.loc.pointer}/(default key policy)` }), origin));
      }
      continue;
    }
    const standalone = change.type === 'aws_kms_key' ? policiesByKey.get(change.address.replace(/\[[^\]]*\]$/, '').replace(/^(module\.[^.]+\.)+/, '')) : undefined;
    const inline = change.type === 'aws_kms_key' && (typeof change.values.policy === 'string' || expressionPresent(change.configuration, 'policy'));
    if (standalone && inline) {
      diagnostics.push({
        code: 'policy-defined-twice',
        severity: 'warning',
        message: `${change.address} sets an inline policy and ${standalone.address} sets one too: the AWS provider warns that configuring both causes inconsistencies and may overwrite the policy; keep one`,
        loc: change.loc,
      });
    }
    if (typeof change.values.policy === 'string' && change.values.policy.trim() !== '') {
      push(policyFromString(change.values.policy, origin, change.pointer, locator.file));
    } else if (change.unknown.policy === true && (change.type === 'aws_kms_key_policy' || expressionPresent(change.configuration, 'policy'))) {
      const refs = expressionReferences(change.configuration, 'policy');
      documents.push({ ...origin, policy: null, unknown: `known only after apply${refs.length ? ` (built from ${refs.join(', ')})` : ''}` });
    } else if (change.type !== 'aws_kms_key_policy' && !standalone) {
      // No policy argument: the provider leaves it to AWS, which applies the default key policy.
      push(policyDocument(fromPlain(defaultKeyPolicy(owner ?? '${AWS::AccountId}'), { ...change.loc, pointer: `${change.pointer}/(default key policy)` }), origin));
    }
  }
  return { documents, diagnostics };

  function push(result: { document: KeyPolicyDocument | null; diagnostics: Diagnostic[] }): void {
    if (result.document) documents.push(result.document);
    diagnostics.push(...result.diagnostics);
  }
}

function loadState(state: Json, locator: TextLocator): LoadResult {
  const documents: KeyPolicyDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const owner = callerAccount(state);
  for (const { resource, pointer } of moduleResources(asObject(asObject(state.values)?.root_module), '/values/root_module')) {
    if (resource.mode === 'data' || typeof resource.type !== 'string' || !TERRAFORM_KEY_TYPES.has(resource.type)) continue;
    const values = asObject(resource.values) ?? {};
    const address = String(resource.address ?? `${resource.type}.${String(resource.name)}`);
    if (typeof values.policy !== 'string' || values.policy.trim() === '') continue;
    const loc = locator.findValue('address', address, 0, pointer);
    const result = policyFromString(values.policy, { source: 'terraform-state', resource: address, loc, embedded: true, facts: factsOf(values, owner) }, `${pointer}/values/policy`, locator.file);
    if (result.document) documents.push(result.document);
    diagnostics.push(...result.diagnostics);
  }
  return { documents, diagnostics };
}

function policyFromString(text: string, origin: Parameters<typeof policyDocument>[1], pointer: string, file: string): { document: KeyPolicyDocument | null; diagnostics: Diagnostic[] } {
  const host = { ...origin.loc, pointer };
  const parsed = parseEmbeddedJson(text, file, host);
  if (!parsed.root) {
    return { document: null, diagnostics: [{ code: 'parse-error', severity: 'error', message: `${origin.resource}: the policy is not valid JSON (${parsed.diagnostics[0]?.message ?? 'unreadable'})`, loc: host }] };
  }
  return policyDocument(parsed.root, { ...origin, rawSizeBytes: Buffer.byteLength(text, 'utf8') });
}

function factsOf(values: Json, owner: string | null): KeyFacts {
  const facts: KeyFacts = {};
  const arnAccount = typeof values.arn === 'string' ? /^arn:[^:]+:kms:[^:]*:(\d{12}):/.exec(values.arn)?.[1] : undefined;
  const account = arnAccount ?? owner;
  if (account) facts.ownerAccount = account;
  if (typeof values.bypass_policy_lockout_safety_check === 'boolean') facts.bypassLockoutSafetyCheck = values.bypass_policy_lockout_safety_check;
  if (typeof values.key_usage === 'string') facts.keyUsage = values.key_usage;
  if (typeof values.customer_master_key_spec === 'string') facts.keySpec = values.customer_master_key_spec;
  return facts;
}

/** The account the plan runs in, when `data.aws_caller_identity` was read into the prior state. */
function callerAccount(document: Json): string | null {
  const roots = [asObject(asObject(asObject(document.prior_state)?.values)?.root_module), asObject(asObject(document.values)?.root_module)];
  for (const root of roots) {
    for (const { resource } of moduleResources(root, '')) {
      const account = asObject(resource.values)?.account_id;
      if (resource.type === 'aws_caller_identity' && typeof account === 'string' && /^\d{12}$/.test(account)) return account;
    }
  }
  return null;
}

function* moduleResources(module: Json | null, pointer: string): Generator<{ resource: Json; pointer: string }> {
  if (!module) return;
  const resources = Array.isArray(module.resources) ? module.resources : [];
  for (let i = 0; i < resources.length; i++) {
    const resource = asObject(resources[i]);
    if (resource) yield { resource, pointer: `${pointer}/resources/${i}` };
  }
  const children = Array.isArray(module.child_modules) ? module.child_modules : [];
  for (let i = 0; i < children.length; i++) yield* moduleResources(asObject(children[i]), `${pointer}/child_modules/${i}`);
}

/** The configuration block of a resource change (module-relative address, nested module calls). */
function configurationOf(plan: Json, change: Json): Json | null {
  let module = asObject(asObject(plan.configuration)?.root_module);
  const modulePath = typeof change.module_address === 'string' ? [...change.module_address.matchAll(/module\.([^.[]+)/g)].map((m) => m[1]!) : [];
  for (const name of modulePath) module = asObject(asObject(asObject(module?.module_calls)?.[name])?.module);
  const resources = Array.isArray(module?.resources) ? module.resources : [];
  const address = `${String(change.type)}.${String(change.name)}`;
  return (resources.map(asObject).find((r) => r?.address === address && r.mode !== 'data') ?? null) as Json | null;
}

function expressionPresent(configuration: Json | null, name: string): boolean {
  return asObject(configuration?.expressions)?.[name] !== undefined;
}

function expressionReferences(configuration: Json | null, name: string): string[] {
  const expression = asObject(asObject(configuration?.expressions)?.[name]);
  return Array.isArray(expression?.references) ? expression.references.map(String) : [];
}
