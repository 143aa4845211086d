/**
 * The loader registry: turns a value or a file's text into key-policy documents, by input kind.
 * Rule tests and the lint command both go through it, so a test exercises the real loaders.
 */
import { fromPlain, parseSource } from '../source.js';
import type { Diagnostic, KeyPolicyDocument, RuleSource, SourceLocation } from '../types.js';
import { documentFromRecord, isKeyPolicyEvent } from './cloudtrail-record.js';
import { loadPolicyDocument, policyDocument } from './policy.js';

export interface Loaded {
  documents: KeyPolicyDocument[];
  diagnostics: Diagnostic[];
}

const at = (file: string, pointer = ''): SourceLocation => ({ file, line: 1, column: 1, endLine: 1, endColumn: 1, pointer });

/** Documents from a value written inline (a rule test's `input`). */
export function loadInlineInput(source: RuleSource, input: unknown, file: string): Loaded {
  if (typeof input === 'string') return loadInputText(source, input, file);
  switch (source) {
    case 'policy': {
      const { document, diagnostics } = policyDocument(fromPlain(input, at(file)), { source: 'policy', resource: file, loc: at(file), embedded: false, facts: {} });
      return { documents: document ? [document] : [], diagnostics };
    }
    case 'cloudtrail':
      return loadCloudTrailValue(input, file);
    default:
      return { documents: [], diagnostics: [{ code: 'unsupported-input', severity: 'error', message: `${source} inputs are not supported yet`, loc: at(file) }] };
  }
}

/** Documents from a file's text, given its kind. */
export function loadInputText(source: RuleSource, text: string, file: string): Loaded {
  switch (source) {
    case 'policy':
      return loadPolicyDocument(text, file);
    case 'cloudtrail': {
      const parsed = parseSource(text, file, { json: true });
      if (!parsed.root) return { documents: [], diagnostics: parsed.diagnostics };
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return { documents: [], diagnostics: parsed.diagnostics };
      }
      return loadCloudTrailValue(value, file);
    }
    default:
      return { documents: [], diagnostics: [{ code: 'unsupported-input', severity: 'error', message: `${source} inputs are not supported yet`, loc: at(file) }] };
  }
}

function loadCloudTrailValue(value: unknown, file: string): Loaded {
  const records = value !== null && typeof value === 'object' && Array.isArray((value as { Records?: unknown }).Records)
    ? (value as { Records: unknown[] }).Records
    : [value];
  const documents: KeyPolicyDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  records.forEach((record, i) => {
    if (record === null || typeof record !== 'object' || !isKeyPolicyEvent(record as Record<string, unknown>)) return;
    const result = documentFromRecord(record as Record<string, unknown>, at(file, records.length > 1 || record !== value ? `/Records/${i}` : ''));
    if (result.document) documents.push(result.document);
    diagnostics.push(...result.diagnostics);
  });
  return { documents, diagnostics };
}
