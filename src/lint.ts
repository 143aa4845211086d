/**
 * The lint API shared by the CLI and the GitHub Action: discover files, load key policies, evaluate the
 * rules, return findings and diagnostics. Formatting and exit codes belong to the callers.
 */
import { evaluateDocuments, type EngineOptions } from './engine/evaluate.js';
import type { CompiledRule } from './engine/rules.js';
import { discoverFiles, displayPath, type DiscoveredFile } from './files.js';
import { DEFAULT_LOAD_OPTIONS, loadFile, type InputKind } from './loaders/file.js';
import { loadRules } from './rules-loader.js';
import { SEVERITIES, type Diagnostic, type Finding, type KeyPolicyDocument, type Severity } from './types.js';

/** What a directory scan reads; the content decides what each file is. */
export const INPUT_FILE_PATTERNS = [
  '**/*.json', '**/*.yaml', '**/*.yml', '**/*.template', '**/*.json.gz',
  '**/*.ndjson', '**/*.ndjson.gz', '**/*.jsonl', '**/*.jsonl.gz', '**/*.log', '**/*.log.gz', '**/*.tfstate',
];
/** CloudTrail digest files hold hashes, not events. */
export const SKIPPED_PATTERNS = ['**/CloudTrail-Digest/**', '**/*_CloudTrail-Digest_*'];

export interface LintOptions {
  paths: readonly string[];
  cwd: string;
  rulesDirs?: readonly string[];
  exclude?: readonly string[];
  engine?: EngineOptions;
  /** Force one input kind instead of recognising each file by its content. */
  input?: InputKind;
  maxDecompressedBytes?: number;
  /** Called after each file, for progress reports. */
  onFile?: (progress: { done: number; total: number; records: number; findings: number }) => void;
}

export interface LintResult {
  /** Files that held at least one key policy, or could not be read. */
  files: string[];
  documents: KeyPolicyDocument[];
  findings: Finding[];
  /** Problems reading inputs (exit 2 unless soft-failing). */
  diagnostics: Diagnostic[];
  /** Problems with rules: nothing was evaluated. */
  ruleDiagnostics: Diagnostic[];
  rules: CompiledRule[];
}

export async function lint(options: LintOptions): Promise<LintResult> {
  const { rules, diagnostics: ruleDiagnostics } = await loadRules(options.rulesDirs ?? [], options.cwd);
  const result: LintResult = { files: [], documents: [], findings: [], diagnostics: [], ruleDiagnostics, rules };
  if (ruleDiagnostics.some((d) => d.severity === 'error')) return result;
  const discovered = await discoverFiles(options.paths, { cwd: options.cwd, include: INPUT_FILE_PATTERNS, exclude: [...SKIPPED_PATTERNS, ...(options.exclude ?? [])] });
  result.diagnostics.push(...discovered.diagnostics);
  const loadOptions = { ...DEFAULT_LOAD_OPTIONS, input: options.input ?? 'auto', ...(options.maxDecompressedBytes ? { maxDecompressedBytes: options.maxDecompressedBytes } : {}) };
  const queue: DiscoveredFile[] = [...discovered.files];
  const seen = new Set(queue.map((f) => f.absolute));
  let records = 0;
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i]!;
    const loaded = await loadFile(file, loadOptions);
    records += loaded.records;
    for (const extra of loaded.extraFiles) {
      if (seen.has(extra)) continue;
      seen.add(extra);
      queue.push({ absolute: extra, display: displayPath(extra, options.cwd), explicit: true });
    }
    if (loaded.documents.length > 0 || loaded.diagnostics.length > 0) result.files.push(file.display);
    result.documents.push(...loaded.documents);
    result.diagnostics.push(...loaded.diagnostics);
    options.onFile?.({ done: i + 1, total: queue.length, records, findings: 0 });
  }
  result.findings = evaluateDocuments(result.documents, rules, options.engine ?? {});
  return result;
}

export const FAIL_ON_LEVELS = ['critical', 'high', 'medium', 'low'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/** Violations and unknowns at or above the threshold fail the run; info findings never do. */
export function failingFindings(findings: readonly Finding[], failOn: FailOn): Finding[] {
  const limit = SEVERITIES.indexOf(failOn);
  return findings.filter((f) => (f.status === 'violation' || f.status === 'unknown') && f.severity !== 'info' && SEVERITIES.indexOf(f.severity) <= limit);
}

/** 0 nothing fails, 1 findings at or above `failOn`, 2 rules or inputs could not be read. */
export function exitCode(result: LintResult, failOn: FailOn, softFail: boolean): number {
  if (result.ruleDiagnostics.some((d) => d.severity === 'error')) return 2;
  if (softFail) return 0;
  if (result.diagnostics.some((d) => d.severity === 'error')) return 2;
  return failingFindings(result.findings, failOn).length > 0 ? 1 : 0;
}

export function countBy<T extends string>(values: readonly T[]): Partial<Record<T, number>> {
  const counts: Partial<Record<T, number>> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts = countBy(findings.map((f) => f.severity));
  return Object.fromEntries(SEVERITIES.map((s) => [s, counts[s] ?? 0])) as Record<Severity, number>;
}
