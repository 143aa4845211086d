/**
 * The GitHub Action: a thin adapter from the runner's inputs to the same `lint()` the CLI uses, and from
 * its result to annotations, a job summary, a SARIF file and step outputs. All runner I/O goes through
 * `ActionIo`, so tests drive `run()` directly and the bundle drives it through @actions/core.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findConfig, loadConfig } from './config-loader.js';
import { FAIL_ON_LEVELS, exitCode, failingFindings, lint, type FailOn } from './lint.js';
import { INPUT_KINDS, type InputKind } from './loaders/file.js';
import { annotationsFor, type Annotation } from './report/github.js';
import { formatDiagnostic } from './report/location.js';
import { formatSarif } from './report/sarif.js';
import { formatJobSummary } from './report/summary.js';
import { SEVERITIES } from './types.js';
import { VERSION } from './version.js';

export interface ActionIo {
  getInput(name: string): string;
  annotate(annotation: Annotation): void;
  setOutput(name: string, value: string): void;
  writeSummary(markdown: string): Promise<void>;
  info(message: string): void;
  setFailed(message: string): void;
  /** GITHUB_WORKSPACE: every path must stay inside it. */
  workspace: string;
}

class InputError extends Error {}

export async function run(io: ActionIo): Promise<number> {
  try {
    return await runChecked(io);
  } catch (error) {
    const message = error instanceof InputError ? error.message : `kmslint failed: ${(error as Error).stack ?? String(error)}`;
    io.setFailed(message);
    return 2;
  }
}

async function runChecked(io: ActionIo): Promise<number> {
  const workspace = path.resolve(io.workspace);
  const inside = (input: string, value: string): string => {
    const resolved = path.resolve(workspace, value);
    if (resolved !== workspace && !resolved.startsWith(`${workspace}${path.sep}`)) throw new InputError(`input ${input}: "${value}" is outside the workspace (${workspace})`);
    return path.relative(workspace, resolved) || '.';
  };
  const list = (name: string): string[] => io.getInput(name).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const flag = (name: string, fallback: boolean): boolean => {
    const value = io.getInput(name).trim().toLowerCase();
    if (value === '') return fallback;
    if (['true', 'yes', '1'].includes(value)) return true;
    if (['false', 'no', '0'].includes(value)) return false;
    throw new InputError(`input ${name} must be true or false (got "${value}")`);
  };
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = io.getInput(name).trim() || fallback;
    if (!allowed.includes(value as T)) throw new InputError(`input ${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return value as T;
  };

  const paths = list('path').map((p) => (/[*?[\]{}]/.test(p) ? p : inside('path', p)));
  for (const glob of paths) if (/[*?[\]{}]/.test(glob) && (path.isAbsolute(glob) || glob.split(/[\\/]/).includes('..'))) throw new InputError(`input path: glob "${glob}" must stay inside the workspace`);
  const input = choice<InputKind>('input-type', INPUT_KINDS, 'auto');
  const configInput = io.getInput('config').trim();
  const configFile = configInput ? inside('config', configInput) : findConfig(workspace);
  const loaded = configFile ? await loadConfig(configFile, workspace) : null;
  if (loaded?.diagnostics.some((d) => d.severity === 'error')) {
    throw new InputError(`the configuration cannot be used:\n${loaded.diagnostics.map(formatDiagnostic).join('\n')}`);
  }
  const failOn = choice<FailOn>('fail-on', FAIL_ON_LEVELS, loaded?.config.failOn ?? 'low');
  const softFail = flag('soft-fail', false);
  const baseline = io.getInput('baseline').trim();
  const sarifFile = io.getInput('sarif-file').trim();

  const result = await lint({
    paths: paths.length ? paths : ['.'],
    cwd: workspace,
    rulesDirs: list('rules').map((d) => inside('rules', d)),
    input,
    ...(loaded ? { config: loaded.config, configRuleIds: loaded.ruleIdLocations } : {}),
    ...(baseline ? { baseline: inside('baseline', baseline) } : {}),
  });
  for (const diagnostic of [...result.ruleDiagnostics, ...result.diagnostics]) io.info(formatDiagnostic(diagnostic));
  if (result.ruleDiagnostics.some((d) => d.severity === 'error')) {
    throw new InputError(`kmslint cannot run: ${result.ruleDiagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic).join('\n')}`);
  }

  if (flag('annotations', true)) for (const annotation of annotationsFor(result, 'the job summary or the SARIF report')) io.annotate(annotation);
  if (flag('summary', true)) await io.writeSummary(formatJobSummary(result, VERSION));
  if (sarifFile) {
    const target = path.resolve(workspace, inside('sarif-file', sarifFile));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, formatSarif(result, { toolVersion: VERSION, srcRootUri: `file://${workspace.split(path.sep).join('/').replace(/\/?$/, '/')}`, relativeToRoot: (file) => file }));
    io.setOutput('sarif-file', path.relative(workspace, target));
  }

  const violations = result.findings.filter((f) => f.status === 'violation' || f.status === 'unknown');
  const highest = SEVERITIES.find((s) => violations.some((f) => f.severity === s)) ?? 'none';
  io.setOutput('findings-count', String(result.findings.length));
  io.setOutput('violations-count', String(violations.length));
  io.setOutput('highest-severity', highest);

  const code = exitCode(result, failOn, softFail);
  const failing = failingFindings(result.findings, failOn).length;
  if (code === 2) io.setFailed(`kmslint could not read ${result.diagnostics.filter((d) => d.severity === 'error').length} input(s); see the log above`);
  else if (code === 1) io.setFailed(`kmslint: ${failing} finding${failing === 1 ? '' : 's'} at or above "${failOn}"`);
  else io.info(`kmslint: ${violations.length} violation(s) and unknown(s), none failing the step (fail-on: ${failOn}${softFail ? ', soft-fail' : ''})`);
  return code;
}
