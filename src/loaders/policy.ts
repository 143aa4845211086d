/** A bare key-policy document: a JSON or YAML file whose top level is the policy itself. */
import { normalizePolicy } from '../policy/normalize.js';
import { parseSource } from '../source.js';
import type { Diagnostic, KeyFacts, KeyPolicyDocument, SourceKind, SourceLocation, SourceNode } from '../types.js';
import { resolveIntrinsics } from './intrinsics.js';

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
export function policyDocument(node: SourceNode, origin: PolicyOrigin): { document: KeyPolicyDocument | null; diagnostics: Diagnostic[] } {
  const normalized = normalizePolicy(resolveIntrinsics(node), origin.rawSizeBytes === undefined ? {} : { rawSizeBytes: origin.rawSizeBytes });
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
