/**
 * The lint API shared by the CLI and the GitHub Action: discover files, load key policies, evaluate the
 * rules, return findings and diagnostics. Formatting and exit codes belong to the callers.
 */
import { evaluateDocuments, type EngineOptions } from './engine/evaluate.js';
import type { CompiledRule } from './engine/rules.js';
import { discoverFiles, readTextFile } from './files.js';
import { loadPolicyDocument } from './loaders/policy.js';
import { loadRules } from './rules-loader.js';
import { SEVERITIES, type Diagnostic, type Finding, type KeyPolicyDocument, type Severity } from './types.js';

export const INPUT_FILE_PATTERNS = ['**/*.json', '**/*.yaml', '**/*.yml'];

export interface LintOptions {
  paths: readonly string[];
  cwd: string;
  rulesDirs?: readonly string[];
  exclude?: readonly string[];
  engine?: EngineOptions;
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
  const discovered = await discoverFiles(options.paths, { cwd: options.cwd, include: INPUT_FILE_PATTERNS, exclude: options.exclude ?? [] });
  result.diagnostics.push(...discovered.diagnostics);
  for (const file of discovered.files) {
    const read = await readTextFile(file);
    if (read.text === null) {
      result.files.push(file.display);
      result.diagnostics.push(...read.diagnostics);
      continue;
    }
    const loaded = loadPolicyDocument(read.text, file.display, { explicit: file.explicit });
    if (loaded.skipped) continue;
    result.files.push(file.display);
    result.documents.push(...loaded.documents);
    result.diagnostics.push(...loaded.diagnostics);
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
