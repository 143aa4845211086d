/** A bare key-policy document: a JSON or YAML file whose top level is the policy itself. */
import { normalizePolicy } from '../policy/normalize.js';
import { parseEmbeddedJson, parseSource } from '../source.js';
import type { Diagnostic, KeyFacts, KeyPolicyDocument, SourceKind, SourceLocation, SourceNode } from '../types.js';
import { resolveIntrinsics, type TemplateContext } from './intrinsics.js';
import { asObject, type Json } from './json.js';

export interface LoadResult {
  documents: KeyPolicyDocument[];
  diagnostics: Diagnostic[];
  /** The file is not a key policy and was not named explicitly: nothing to report. */
  skipped?: boolean;
}

/** A document is taken for a key policy when its top level is an object with a `Statement`. */
export function looksLikePolicy(root: SourceNode): boolean {
  return root.kind === 'map' && root.entries.some((entry) => entry.key === 'Statement');
}

export interface PolicyOrigin {
  source: SourceKind;
  resource: string;
  loc: SourceLocation;
  embedded: boolean;
  facts: KeyFacts;
  rawSizeBytes?: number;
}

/**
 * Turns a located policy value into a document for the engine, whatever input it came from: intrinsics are
 * resolved, the grammar is checked, and a policy that cannot be known becomes an `unknown` document.
 */
export function policyDocument(node: SourceNode, origin: PolicyOrigin, template: TemplateContext | null = null): { document: KeyPolicyDocument | null; diagnostics: Diagnostic[] } {
  const normalized = normalizePolicy(resolveIntrinsics(node, template), origin.rawSizeBytes === undefined ? {} : { rawSizeBytes: origin.rawSizeBytes });
  const base = { source: origin.source, resource: origin.resource, loc: origin.loc, embedded: origin.embedded, facts: origin.facts };
  if (normalized.unknown) return { document: { ...base, policy: null, unknown: normalized.unknown }, diagnostics: normalized.diagnostics };
  return { document: normalized.policy ? { ...base, policy: normalized.policy } : null, diagnostics: normalized.diagnostics };
}

export function loadPolicyDocument(text: string, file: string, options: { explicit: boolean } = { explicit: true }): LoadResult {
  const parsed = parseSource(text, file, { json: /\.json$/i.test(file) });
  if (!parsed.root) return { documents: [], diagnostics: parsed.diagnostics };
  if (!options.explicit && !looksLikePolicy(parsed.root)) return { documents: [], diagnostics: [], skipped: true };
  const { document, diagnostics } = policyDocument(parsed.root, {
    source: 'policy', resource: file, loc: parsed.root.loc, embedded: false, facts: {}, rawSizeBytes: Buffer.byteLength(text, 'utf8'),
  });
  return { documents: document ? [document] : [], diagnostics: [...parsed.diagnostics, ...diagnostics] };
}


/**
 * A key described with its policy: `aws kms get-key-policy` output (`{"Policy": "...", "PolicyName"}`) or an
 * inventory snapshot of a key (`{"KeyId", "Arn", "Policy", ...}`, as AWS Config and Panther keep them).
 */
export function looksLikeKeySnapshot(value: unknown): boolean {
  const object = asObject(value);
  return object !== null && typeof object.Policy === 'string' && ['PolicyName', 'KeyId', 'Arn', 'KeyArn'].some((k) => k in object);
}

export function keySnapshotDocument(snapshot: Json, loc: SourceLocation): { document: KeyPolicyDocument | null; diagnostics: Diagnostic[] } {
  const text = String(snapshot.Policy);
  const arn = typeof snapshot.Arn === 'string' ? snapshot.Arn : typeof snapshot.KeyArn === 'string' ? snapshot.KeyArn : null;
  const resource = arn ?? (typeof snapshot.KeyId === 'string' ? snapshot.KeyId : loc.file);
  const host = { ...loc, pointer: `${loc.pointer}/Policy` };
  const parsed = parseEmbeddedJson(text, loc.file, host);
  if (!parsed.root) {
    return { document: null, diagnostics: [{ code: 'parse-error', severity: 'error', message: `the Policy of ${resource} is not valid JSON (${parsed.diagnostics[0]?.message ?? 'unreadable'})`, loc: host }] };
  }
  const facts: KeyFacts = {};
  const owner = (arn ? /^arn:[^:]+:kms:[^:]*:(\d{12}):/.exec(arn)?.[1] : undefined) ?? (typeof snapshot.AWSAccountId === 'string' && /^\d{12}$/.test(snapshot.AWSAccountId) ? snapshot.AWSAccountId : undefined);
  if (owner) facts.ownerAccount = owner;
  if (typeof snapshot.KeyUsage === 'string') facts.keyUsage = snapshot.KeyUsage;
  const spec = snapshot.KeySpec ?? snapshot.CustomerMasterKeySpec;
  if (typeof spec === 'string') facts.keySpec = spec;
  return policyDocument(parsed.root, { source: 'policy', resource, loc, embedded: true, facts, rawSizeBytes: Buffer.byteLength(text, 'utf8') });
}
