/** Finds and reads `.kmslint.yaml`: from the working directory upward, or the file given with --config. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import configSchema from '../schemas/config.schema.json' with { type: 'json' };
import { EMPTY_CONFIG, type ApplyContext, type ProjectConfig, type RuleSetting, type Suppression } from './engine/config.js';
import { displayPath, fileLocation, parseSize } from './files.js';
import { globMatch } from './glob.js';
import { nodeAt, parseSource, toPlain } from './source.js';
import type { Diagnostic, SourceLocation, SourceNode } from './types.js';
import { validateTree } from './validation.js';

export const CONFIG_NAMES = ['.kmslint.yaml', '.kmslint.yml'];

export function findConfig(cwd: string): string | null {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_NAMES) if (existsSync(path.join(dir, name))) return path.join(dir, name);
    if (path.dirname(dir) === dir) return null;
  }
}

export interface LoadedConfig {
  config: ProjectConfig;
  diagnostics: Diagnostic[];
  /** Where each rule id named in the file stands, to report ids that name no rule. */
  ruleIdLocations: { id: string; loc: SourceLocation }[];
}

export async function loadConfig(file: string, cwd: string): Promise<LoadedConfig> {
  const display = displayPath(path.resolve(cwd, file), cwd);
  const empty = (diagnostics: Diagnostic[]): LoadedConfig => ({ config: EMPTY_CONFIG, diagnostics, ruleIdLocations: [] });
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    return empty([{ code: 'invalid-config', severity: 'error', message: `cannot read the configuration (${(error as NodeJS.ErrnoException).code ?? 'error'})`, loc: fileLocation(display) }]);
  }
  const parsed = parseSource(text, display, { rejectTags: true });
  if (!parsed.root) return empty(parsed.diagnostics.map((d) => ({ ...d, code: 'invalid-config' })));
  if (parsed.root.kind === 'scalar' && parsed.root.value === null) return { ...empty([]), config: { ...EMPTY_CONFIG, file: display } };
  accountIdsAsWritten(parsed.root, '');
  const problems = validateTree(configSchema, parsed.root);
  if (problems.length > 0) return empty(problems.map((p) => ({ code: 'invalid-config', severity: 'error' as const, message: p.message, loc: p.loc })));

  const raw = toPlain(parsed.root) as Record<string, unknown>;
  const dir = path.dirname(path.resolve(cwd, file));
  const at = (pointer: string): SourceLocation => nodeAt(parsed.root!, pointer)?.loc ?? parsed.root!.loc;
  const ruleIdLocations: LoadedConfig['ruleIdLocations'] = [];
  const ruleMap = (value: unknown, pointer: string): Record<string, RuleSetting> => {
    const map = (value ?? {}) as Record<string, RuleSetting>;
    for (const id of Object.keys(map)) ruleIdLocations.push({ id, loc: at(`${pointer}/${id}`) });
    return map;
  };
  const suppressions = ((raw.suppressions as Omit<Suppression, 'loc'>[] | undefined) ?? []).map((s, i) => {
    if (!/[*?]/.test(s.rule)) ruleIdLocations.push({ id: s.rule, loc: at(`/suppressions/${i}/rule`) });
    return { ...s, loc: at(`/suppressions/${i}`) };
  });
  const config: ProjectConfig = {
    file: display,
    ...(raw.ownerAccount ? { ownerAccount: raw.ownerAccount as string } : {}),
    trustedAccounts: (raw.trustedAccounts as string[] | undefined) ?? [],
    trustedOrgs: (raw.trustedOrgs as string[] | undefined) ?? [],
    ...(raw.attempts ? { attempts: raw.attempts as 'report' | 'ignore' } : {}),
    ...(raw.ifExistsAlwaysPresent !== undefined ? { ifExistsAlwaysPresent: raw.ifExistsAlwaysPresent as boolean } : {}),
    ...(raw.failOn ? { failOn: raw.failOn as ProjectConfig['failOn'] } : {}),
    rules: ruleMap(raw.rules, '/rules'),
    overrides: ((raw.overrides as { files: string[]; rules: Record<string, RuleSetting> }[] | undefined) ?? []).map((o, i) => ({ ...o, rules: ruleMap(o.rules, `/overrides/${i}/rules`), loc: at(`/overrides/${i}`) })),
    rulesDirs: ((raw.rulesDirs as string[] | undefined) ?? []).map((d) => path.resolve(dir, d)),
    exclude: (raw.exclude as string[] | undefined) ?? [],
    suppressions,
    ...(raw.maxFileSize !== undefined ? { maxFileBytes: parseSize(raw.maxFileSize as string | number)! } : {}),
    ...(raw.maxDecompressedSize !== undefined ? { maxDecompressedBytes: parseSize(raw.maxDecompressedSize as string | number)! } : {}),
  };
  return { config, diagnostics: [], ruleIdLocations };
}

/** Globs in the configuration are relative to its folder; findings' files are relative to the working directory. */
export function applyContext(configFile: string | null, cwd: string, today = new Date().toISOString().slice(0, 10)): ApplyContext {
  const base = configFile ? path.dirname(path.resolve(cwd, configFile)) : cwd;
  const cache = new Map<string, (value: string) => boolean>();
  const matcher = (glob: string): ((value: string) => boolean) => {
    let match = cache.get(glob);
    if (!match) cache.set(glob, (match = picomatch(glob, { dot: true })));
    return match;
  };
  return {
    today,
    fileMatches: (glob, file) => matcher(glob)(path.relative(base, path.resolve(cwd, file)).split(path.sep).join('/')),
    // Rule ids and ARNs are not paths: `*` spans slashes, as in IAM.
    matches: (glob, value) => globMatch(glob, value),
  };
}

const ACCOUNT_FIELDS = /^\/(ownerAccount|trustedAccounts\/\d+|suppressions\/\d+\/account)$/;

/** `ownerAccount: 012345678901` unquoted is a YAML number; an account id is the digits as written. */
function accountIdsAsWritten(node: SourceNode, pointer: string): void {
  if (node.kind === 'map') for (const entry of node.entries) {
    const child = `${pointer}/${entry.key}`;
    if (entry.value.kind === 'scalar' && typeof entry.value.value === 'number' && ACCOUNT_FIELDS.test(child)) entry.value = { ...entry.value, value: entry.value.text };
    else accountIdsAsWritten(entry.value, child);
  } else if (node.kind === 'seq') {
    node.items.forEach((item, i) => {
      const child = `${pointer}/${i}`;
      if (item.kind === 'scalar' && typeof item.value === 'number' && ACCOUNT_FIELDS.test(child)) node.items[i] = { ...item, value: item.text };
      else accountIdsAsWritten(item, child);
    });
  }
}
