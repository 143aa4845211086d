/**
 * kmslint's public API. `analyzePolicyText` goes from file text to analysis; `normalizePolicy` and
 * `analyzePolicy` are the two stages for callers that already hold a parsed document.
 */
import { analyzePolicy, type AnalysisOptions, type PolicyAnalysis } from './policy/analyze.js';
import { loadPolicyDocument } from './loaders/policy.js';
import type { Diagnostic, Policy } from './types.js';

export { analyzePolicy, statementLabel } from './policy/analyze.js';
export type { AnalysisOptions, PolicyAnalysis, StatementAnalysis } from './policy/analyze.js';
export { normalizePolicy, KMS_POLICY_SIZE_LIMIT } from './policy/normalize.js';
export { parseSource, decodeText } from './source.js';
export { KMS_ACTIONS, KEY_ACTIONS, expandActionPattern } from './policy/actions.js';
export type { Mitigation, Neutralizer } from './policy/deny.js';
export type { TrustedSet, ClauseVerdict } from './policy/conditions.js';
export type { ClassifiedPrincipal, PrincipalClass } from './policy/principals.js';
export * from './types.js';

/** Parses, normalises and analyses one key-policy document given as JSON or YAML text. */
export function analyzePolicyText(text: string, file: string, options: AnalysisOptions = {}): { policy: Policy | null; analysis: PolicyAnalysis | null; diagnostics: Diagnostic[] } {
  const loaded = loadPolicyDocument(text, file);
  const document = loaded.documents[0];
  if (!document?.policy) return { policy: null, analysis: null, diagnostics: loaded.diagnostics };
  return { policy: document.policy, analysis: analyzePolicy(document.policy, options), diagnostics: loaded.diagnostics };
}
