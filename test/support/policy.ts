import { analyzePolicy, type AnalysisOptions, type PolicyAnalysis, type StatementAnalysis } from '../../src/policy/analyze.js';
import { normalizePolicy, type NormalizeResult } from '../../src/policy/normalize.js';
import { parseSource } from '../../src/source.js';

export const OWNER = '111122223333';

/** Parses text exactly as a file would be parsed (JSON when the name ends .json). */
export function normalizeText(text: string, file = 'policy.json'): NormalizeResult & { parseDiagnostics: ReturnType<typeof parseSource>['diagnostics'] } {
  const parsed = parseSource(text, file, { json: file.endsWith('.json') });
  if (!parsed.root) return { policy: null, diagnostics: [], parseDiagnostics: parsed.diagnostics };
  return { ...normalizePolicy(parsed.root, { rawSizeBytes: Buffer.byteLength(text) }), parseDiagnostics: parsed.diagnostics };
}

export function analyzeDoc(doc: unknown, options: AnalysisOptions = { ownerAccount: OWNER }): PolicyAnalysis {
  const normalized = normalizeText(JSON.stringify(doc, null, 2));
  if (!normalized.policy) throw new Error(`not a policy: ${JSON.stringify(normalized)}`);
  return analyzePolicy(normalized.policy, options);
}

/** One Allow statement with Principal "*" and kms:Encrypt, plus the given fields. */
export function wildcardEncrypt(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*', ...extra };
}

export function analyzeStatement(statement: unknown, options?: AnalysisOptions): StatementAnalysis {
  return analyzeDoc({ Version: '2012-10-17', Statement: [statement] }, options).statements[0]!;
}

import { fromPlain, nodeAt } from '../../src/source.js';
import type { SourceNode } from '../../src/types.js';

/** Analyses a document in which the values at `pointers` are unresolved (as a CloudFormation intrinsic would be). */
export function analyzeWithUnresolved(doc: unknown, pointers: string[], options: AnalysisOptions = { ownerAccount: OWNER }): PolicyAnalysis {
  const root = fromPlain(doc, { file: 'template.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, pointer: '' });
  for (const pointer of pointers) {
    const slash = pointer.lastIndexOf('/');
    const parent = nodeAt(root, pointer.slice(0, slash));
    const token = pointer.slice(slash + 1);
    const replace = (node: SourceNode): SourceNode => ({ kind: 'unresolved', loc: node.loc, description: `Fn::GetAtt at ${pointer}` });
    if (parent?.kind === 'map') {
      const entry = parent.entries.find((e) => e.key === token);
      if (!entry) throw new Error(`no ${pointer}`);
      entry.value = replace(entry.value);
    } else if (parent?.kind === 'seq') {
      parent.items[Number(token)] = replace(parent.items[Number(token)]!);
    } else throw new Error(`no parent for ${pointer}`);
  }
  const normalized = normalizePolicy(root);
  if (!normalized.policy) throw new Error('not a policy');
  return analyzePolicy(normalized.policy, options);
}
