/**
 * The lint API shared by the CLI and the GitHub Action: discover files, load key policies, evaluate the
 * rules, apply the project configuration and baseline, return findings and diagnostics. Formatting and
 * exit codes belong to the callers.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { applyContext } from './config-loader.js';
import { applyConfig, EMPTY_CONFIG, type ProjectConfig } from './engine/config.js';
import { evaluateDocuments, sortFindings, type EngineOptions } from './engine/evaluate.js';
import type { CompiledRule } from './engine/rules.js';
import { discoverFiles, displayPath, fileLocation, mayHoldManyFiles, type DiscoveredFile } from './files.js';
import { DEFAULT_LOAD_OPTIONS, loadFile, type FileLoad, type InputKind } from './loaders/file.js';
import { LoadPool, POOL_MIN_FILES } from './loaders/pool.js';
import { loadRules } from './rules-loader.js';
import { SEVERITIES, type Diagnostic, type Finding, type KeyPolicyDocument, type Severity, type SourceLocation } from './types.js';
import { compareText } from './order.js';

/** What a directory scan reads; the content decides what each file is. */
export const INPUT_FILE_PATTERNS = [
  '**/*.json', '**/*.yaml', '**/*.yml', '**/*.template', '**/*.json.gz',
  '**/*.ndjson', '**/*.ndjson.gz', '**/*.jsonl', '**/*.jsonl.gz', '**/*.log', '**/*.log.gz', '**/*.tfstate',
];
/** CloudTrail digest files hold hashes, not events; the configuration is not an input. */
export const SKIPPED_PATTERNS = ['**/CloudTrail-Digest/**', '**/*_CloudTrail-Digest_*', '**/.kmslint.yaml', '**/.kmslint.yml'];

export interface Progress {
  done: number;
  total: number;
  records: number;
  findings: number;
}

export interface LintOptions {
  paths: readonly string[];
  cwd: string;
  rulesDirs?: readonly string[];
  exclude?: readonly string[];
  /** Command-line settings; they win over the configuration. */
  engine?: EngineOptions;
  config?: ProjectConfig;
  /** Rule ids the configuration names, with their place, to report ids that match no rule. */
  configRuleIds?: { id: string; loc: SourceLocation }[];
  /** Force one input kind instead of recognising each file by its content. */
  input?: InputKind;
  /** Input size limits (--max-file-size, --max-decompressed-size). */
  maxDecompressedBytes?: number;
  maxFileBytes?: number;
  /** Report only findings whose fingerprint is not in this baseline file. */
  baseline?: string;
  onProgress?: (progress: Progress) => void;
  /** Today as YYYY-MM-DD (suppression expiry); default the current date. */
  today?: string;
}

export interface LintResult {
  /** Files that held at least one key policy, or could not be read. */
  files: string[];
  documents: KeyPolicyDocument[];
  findings: Finding[];
  /** Problems reading inputs (exit 2 unless soft-failing) and notes such as expired suppressions. */
  diagnostics: Diagnostic[];
  /** Problems with rules, configuration or baseline: nothing is trustworthy, exit 2. */
  ruleDiagnostics: Diagnostic[];
  rules: CompiledRule[];
  /** Findings hidden because the baseline already lists them. */
  baselined: number;
  records: number;
}

export async function lint(options: LintOptions): Promise<LintResult> {
  // Threads take tens of milliseconds to start: when the inputs may be many files, they start now, while
  // the rules load and the files are found, and stop again if few files turn up.
  const pool = mayHoldManyFiles(options.paths, options.cwd, POOL_MIN_FILES) ? LoadPool.create() : null;
  try {
    return await lintFiles(options, pool);
  } finally {
    pool?.close();
  }
}

async function lintFiles(options: LintOptions, startedPool: LoadPool | null): Promise<LintResult> {
  const config = options.config ?? EMPTY_CONFIG;
  const { rules, diagnostics: ruleDiagnostics } = await loadRules([...config.rulesDirs, ...(options.rulesDirs ?? [])], options.cwd);
  const result: LintResult = { files: [], documents: [], findings: [], diagnostics: [], ruleDiagnostics, rules, baselined: 0, records: 0 };
  const known = new Set(rules.map((r) => r.id));
  for (const { id, loc } of options.configRuleIds ?? []) {
    if (!known.has(id)) ruleDiagnostics.push({ code: 'invalid-config', severity: 'error', message: `"${id}" names no rule; "kmslint rules" lists them`, loc });
  }
  const baseline = options.baseline ? await readBaseline(options.baseline, options.cwd, ruleDiagnostics) : null;
  if (ruleDiagnostics.some((d) => d.severity === 'error')) return result;

  const engine: EngineOptions = {
    ...(config.ownerAccount ? { ownerAccount: config.ownerAccount } : {}),
    ...(config.attempts ? { attempts: config.attempts } : {}),
    ...(config.ifExistsAlwaysPresent ? { ifExistsAlwaysPresent: true } : {}),
    ...stripUndefined(options.engine ?? {}),
    trustedAccounts: [...config.trustedAccounts, ...(options.engine?.trustedAccounts ?? [])],
    trustedOrgs: [...config.trustedOrgs, ...(options.engine?.trustedOrgs ?? [])],
    today: options.today ?? new Date().toISOString().slice(0, 10),
  };
  const discovered = await discoverFiles(options.paths, { cwd: options.cwd, include: INPUT_FILE_PATTERNS, exclude: [...SKIPPED_PATTERNS, ...config.exclude, ...(options.exclude ?? [])] });
  result.diagnostics.push(...discovered.diagnostics);
  const loadOptions = {
    input: options.input ?? 'auto',
    maxDecompressedBytes: options.maxDecompressedBytes ?? config.maxDecompressedBytes ?? DEFAULT_LOAD_OPTIONS.maxDecompressedBytes,
    maxFileBytes: options.maxFileBytes ?? config.maxFileBytes ?? DEFAULT_LOAD_OPTIONS.maxFileBytes,
  };
  const queue: DiscoveredFile[] = [...discovered.files];
  const seen = new Set(queue.map((f) => f.absolute));
  const findings: Finding[] = [];
  const loads = new Map<string, FileLoad>();
  const pool = queue.length >= POOL_MIN_FILES ? startedPool : null;
  if (!pool) startedPool?.close();
  let done = 0;
  const handle = (file: DiscoveredFile, loaded: FileLoad): void => {
    loads.set(file.absolute, loaded);
    result.records += loaded.records;
    for (const extra of loaded.extraFiles) {
      if (seen.has(extra)) continue;
      seen.add(extra);
      queue.push({ absolute: extra, display: displayPath(extra, options.cwd), explicit: true });
    }
    findings.push(...evaluateDocuments(loaded.documents, rules, engine));
    options.onProgress?.({ done: ++done, total: queue.length, records: result.records, findings: findings.length });
  };
  // Files are loaded as fast as the pool allows; each result is evaluated as it arrives.
  for (let next = 0; next < queue.length; ) {
    const batch = queue.slice(next);
    next = queue.length;
    await Promise.all(batch.map(async (file) => handle(file, pool ? await pool.load(file, loadOptions) : await loadFile(file, loadOptions))));
  }
  // Deterministic whatever order the threads finished in.
  for (const file of queue) {
    const loaded = loads.get(file.absolute)!;
    if (loaded.documents.length > 0 || loaded.diagnostics.length > 0) result.files.push(file.display);
    result.documents.push(...loaded.documents);
    result.diagnostics.push(...loaded.diagnostics);
  }
  const configured = applyConfig(findings, config, applyContext(config.file, options.cwd, engine.today));
  result.diagnostics.push(...configured.diagnostics);
  result.findings = sortFindings(configured.findings.filter((f) => {
    const hidden = baseline?.has(f.fingerprint) ?? false;
    if (hidden) result.baselined++;
    return !hidden;
  }));
  return result;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as Partial<T>;
}

export const FAIL_ON_LEVELS = ['critical', 'high', 'medium', 'low'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/** Violations and unknowns at or above the threshold fail the run; info findings never do. */
export function failingFindings(findings: readonly Finding[], failOn: FailOn): Finding[] {
  const limit = SEVERITIES.indexOf(failOn);
  return findings.filter((f) => (f.status === 'violation' || f.status === 'unknown') && f.severity !== 'info' && SEVERITIES.indexOf(f.severity) <= limit);
}

/** 0 nothing fails, 1 findings at or above `failOn`, 2 rules, configuration or inputs could not be read. */
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

/** A baseline lists the fingerprints of findings a team has accepted for now (never line numbers). */
export interface Baseline {
  version: 1;
  tool: 'kmslint';
  findings: { fingerprint: string; ruleId: string; file: string; resource: string; statement: string | null }[];
}

export function baselineOf(findings: readonly Finding[]): Baseline {
  const entries = findings
    .filter((f) => f.status === 'violation' || f.status === 'unknown')
    .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.loc.file, resource: f.resource, statement: f.statement ? f.statement.sid ?? `#${f.statement.index}` : null }));
  const unique = [...new Map(entries.map((e) => [e.fingerprint, e])).values()].sort((a, b) => compareText(a.file, b.file) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint));
  return { version: 1, tool: 'kmslint', findings: unique };
}

export async function writeBaseline(file: string, cwd: string, findings: readonly Finding[]): Promise<number> {
  const baseline = baselineOf(findings);
  await writeFile(path.resolve(cwd, file), `${JSON.stringify(baseline, null, 2)}\n`);
  return baseline.findings.length;
}

async function readBaseline(file: string, cwd: string, diagnostics: Diagnostic[]): Promise<Set<string> | null> {
  const display = displayPath(path.resolve(cwd, file), cwd);
  try {
    const value = JSON.parse(await readFile(path.resolve(cwd, file), 'utf8')) as Partial<Baseline>;
    if (value.tool !== 'kmslint' || value.version !== 1 || !Array.isArray(value.findings)) throw new Error('not a kmslint baseline (version 1); write one with --baseline-write');
    return new Set(value.findings.map((f) => String(f.fingerprint)));
  } catch (error) {
    diagnostics.push({ code: 'invalid-baseline', severity: 'error', message: `cannot use the baseline: ${(error as Error).message}`, loc: fileLocation(display) });
    return null;
  }
}
