/**
 * CloudFormation templates (YAML or JSON, CDK synth output, SAM): the `KeyPolicy` of every
 * `AWS::KMS::Key` and `AWS::KMS::ReplicaKey` (inputs.md §2). The owner account is the stack's own
 * (`${AWS::AccountId}`); a key without `KeyPolicy` gets the default key policy.
 */
import { fromPlain, parseSource, relocate, shiftInto } from '../source.js';
import { SELF_ACCOUNT, type Diagnostic, type InlineSuppression, type KeyFacts, type KeyPolicyDocument, type MapNode, type SourceNode } from '../types.js';
import { defaultKeyPolicy } from './cloudtrail-record.js';
import { intrinsicName, resolveIntrinsics, type TemplateContext } from './intrinsics.js';
import { policyDocument, type LoadResult } from './policy.js';

export const KEY_RESOURCE_TYPES = new Set(['AWS::KMS::Key', 'AWS::KMS::ReplicaKey']);

const entry = (map: MapNode, key: string): SourceNode | undefined => map.entries.findLast((e) => e.key === key)?.value;

/** A template is a map with a `Resources` map whose entries have a `Type`. */
export function looksLikeTemplate(root: SourceNode): boolean {
  if (root.kind !== 'map') return false;
  const resources = entry(root, 'Resources');
  return resources?.kind === 'map' && (entry(root, 'AWSTemplateFormatVersion') !== undefined || resources.entries.length === 0
    || resources.entries.some((e) => e.value.kind === 'map' && entry(e.value, 'Type')?.kind === 'scalar'));
}

export function loadCloudFormation(root: SourceNode, file: string): LoadResult {
  const documents: KeyPolicyDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const resources = root.kind === 'map' ? entry(root, 'Resources') : undefined;
  if (resources?.kind !== 'map') {
    return { documents, diagnostics: [{ code: 'not-a-template', severity: 'error', message: 'expected a CloudFormation template with a "Resources" map', loc: root.loc }] };
  }
  const resourceTypes = new Map<string, string>();
  for (const { key, value } of resources.entries) {
    const type = value.kind === 'map' ? entry(value, 'Type') : undefined;
    if (type?.kind === 'scalar') resourceTypes.set(key, type.text);
  }
  const context: TemplateContext = { resourceTypes };

  for (const { key: logicalId, keyLoc, value: resource } of resources.entries) {
    if (resource.kind !== 'map' || !KEY_RESOURCE_TYPES.has(resourceTypes.get(logicalId) ?? '')) continue;
    const type = resourceTypes.get(logicalId)!;
    const properties = entry(resource, 'Properties');
    const props = properties?.kind === 'map' ? properties : null;
    const metadata = entry(resource, 'Metadata');
    const cdkPath = metadata?.kind === 'map' ? entry(metadata, 'aws:cdk:path') : undefined;
    const facts = keyFacts(props, context);
    const policyEntry = props?.entries.findLast((e) => e.key === 'KeyPolicy');
    const origin = {
      source: 'cloudformation' as const,
      resource: logicalId,
      loc: policyEntry?.keyLoc ?? keyLoc,
      embedded: false,
      facts,
    };
    const suppressions = inlineSuppressions(metadata, logicalId, diagnostics);
    const withPath = (document: KeyPolicyDocument | null): KeyPolicyDocument | null => {
      if (!document) return null;
      return { ...document, ...(cdkPath?.kind === 'scalar' ? { cdkPath: cdkPath.text } : {}), ...(suppressions.length ? { suppressions } : {}) };
    };

    if (!policyEntry) {
      if (type === 'AWS::KMS::ReplicaKey') {
        diagnostics.push({ code: 'missing-key-policy', severity: 'error', message: `${logicalId}: AWS::KMS::ReplicaKey requires a KeyPolicy; CloudFormation will reject this template`, loc: keyLoc });
        continue;
      }
      // Since 2023 KeyPolicy is optional and KMS applies the default key policy (inputs.md §2.1).
      const result = policyDocument(fromPlain(defaultKeyPolicy(SELF_ACCOUNT), { ...keyLoc, pointer: `/Resources/${logicalId}/Properties/KeyPolicy` }), origin);
      diagnostics.push(...result.diagnostics);
      const document = withPath(result.document);
      if (document) documents.push(document);
      continue;
    }
    const result = keyPolicyDocument(policyEntry.value, origin, context, file);
    diagnostics.push(...result.diagnostics);
    const document = withPath(result.document);
    if (document) documents.push(document);
  }
  return { documents, diagnostics };
}

/** `Metadata: {kmslint: {suppress: [{rule, reason, sid?, expires?}]}}` — a reason is mandatory. */
function inlineSuppressions(metadata: SourceNode | undefined, logicalId: string, diagnostics: Diagnostic[]): InlineSuppression[] {
  const kmslint = metadata?.kind === 'map' ? entry(metadata, 'kmslint') : undefined;
  const list = kmslint?.kind === 'map' ? entry(kmslint, 'suppress') : undefined;
  if (!list) return [];
  if (list.kind !== 'seq') {
    diagnostics.push({ code: 'invalid-suppression', severity: 'error', message: `${logicalId}: Metadata.kmslint.suppress must be a list of {rule, reason, sid?, expires?}`, loc: list.loc });
    return [];
  }
  const suppressions: InlineSuppression[] = [];
  for (const item of list.items) {
    const field = (key: string): string | undefined => {
      const value = item.kind === 'map' ? entry(item, key) : undefined;
      return value?.kind === 'scalar' ? value.text : undefined;
    };
    const rule = field('rule');
    const reason = field('reason');
    const expires = field('expires');
    if (!rule || !reason || reason.trim().length < 3) {
      diagnostics.push({ code: 'invalid-suppression', severity: 'error', message: `${logicalId}: a suppression needs a rule and a reason (got ${rule ? `rule ${rule} without a reason` : 'no rule'}); write {rule: <id>, reason: "why this is accepted"}`, loc: item.loc });
      continue;
    }
    if (expires !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(expires)) {
      diagnostics.push({ code: 'invalid-suppression', severity: 'error', message: `${logicalId}: expires must be a date such as 2026-12-31 (got "${expires}")`, loc: item.loc });
      continue;
    }
    suppressions.push({ rule, reason, loc: item.loc, ...(field('sid') ? { sid: field('sid')! } : {}), ...(expires ? { expires } : {}) });
  }
  return suppressions;
}

/** KeyPolicy as an object, an intrinsic, or a JSON string (`KeyPolicy: |` blocks are located exactly). */
function keyPolicyDocument(node: SourceNode, origin: Parameters<typeof policyDocument>[1], context: TemplateContext, file: string): { document: KeyPolicyDocument | null; diagnostics: Diagnostic[] } {
  const resolved = node.kind === 'map' && intrinsicName(node) ? resolveIntrinsics(node, context) : node;
  if (resolved.kind !== 'scalar' || typeof resolved.value !== 'string') return policyDocument(resolved, origin, context);
  const parsed = parseSource(resolved.text, file, { json: true });
  if (!parsed.root) {
    const cause = parsed.diagnostics[0]?.message ?? 'unreadable';
    return { document: null, diagnostics: [{ code: 'parse-error', severity: 'error', message: `${origin.resource}: the KeyPolicy string is not a JSON policy (${cause})`, loc: node.loc }] };
  }
  const located = resolved.block && resolved === node ? shiftInto(parsed.root, node.loc, resolved.block) : relocate(parsed.root, node.loc);
  return policyDocument(located, { ...origin, embedded: true, rawSizeBytes: Buffer.byteLength(resolved.text, 'utf8') }, context);
}

function keyFacts(props: MapNode | null, context: TemplateContext): KeyFacts {
  const facts: KeyFacts = { ownerAccount: SELF_ACCOUNT };
  if (!props) return facts;
  const scalarText = (key: string): string | null => {
    const value = entry(props, key);
    if (!value) return null;
    const resolved = resolveIntrinsics(value, context);
    return resolved.kind === 'scalar' ? resolved.text : null;
  };
  const bypass = scalarText('BypassPolicyLockoutSafetyCheck');
  // CloudFormation reads booleans leniently; "yes" arrives as a string under YAML 1.2.
  if (bypass !== null) facts.bypassLockoutSafetyCheck = /^(true|yes|on)$/i.test(bypass);
  const keySpec = scalarText('KeySpec');
  const keyUsage = scalarText('KeyUsage');
  if (keySpec) facts.keySpec = keySpec;
  if (keyUsage) facts.keyUsage = keyUsage;
  return facts;
}
