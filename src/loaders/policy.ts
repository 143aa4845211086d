/** A bare key-policy document: a JSON or YAML file whose top level is the policy itself. */
import { normalizePolicy } from '../policy/normalize.js';
import { parseSource } from '../source.js';
import type { Diagnostic, KeyPolicyDocument, SourceNode } from '../types.js';

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

export function loadPolicyDocument(text: string, file: string, options: { explicit: boolean } = { explicit: true }): LoadResult {
  const parsed = parseSource(text, file, { json: /\.json$/i.test(file) });
  if (!parsed.root) return { documents: [], diagnostics: parsed.diagnostics };
  if (!options.explicit && !looksLikePolicy(parsed.root)) return { documents: [], diagnostics: [], skipped: true };
  const normalized = normalizePolicy(parsed.root, { rawSizeBytes: Buffer.byteLength(text, 'utf8') });
  const diagnostics = [...parsed.diagnostics, ...normalized.diagnostics];
  if (normalized.unknown) {
    diagnostics.push({ code: 'policy-unknown', severity: 'error', message: `the policy is ${normalized.unknown}`, loc: parsed.root.loc });
  }
  if (!normalized.policy) return { documents: [], diagnostics };
  return {
    documents: [{ source: 'policy', resource: file, loc: parsed.root.loc, embedded: false, facts: {}, policy: normalized.policy }],
    diagnostics,
  };
}
