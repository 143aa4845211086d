/** Reads the built-in rules and any user rule directories (`--rules DIR`) and compiles them. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkRuleSet, compileRule, type CompiledRule } from './engine/rules.js';
import { displayPath, fileLocation } from './files.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT, builtFile } from './package-root.js';
import type { Diagnostic } from './types.js';

export interface LoadedRules {
  rules: CompiledRule[];
  diagnostics: Diagnostic[];
}

/**
 * Compiled built-in rules, written at build time (npm run build). Used only when the hash of the rule
 * files matches, so an edited rule is never served stale; otherwise the rules are compiled as usual.
 */
const RULES_CACHE = 'builtin-rules.json';

interface RuleFile {
  absolute: string;
  display: string;
  text: string;
}

/** Synchronous: a few small files, read at every start, where each promise round trip costs more than the read. */
function readRuleDir(dir: string, builtIn: boolean, cwd: string): RuleFile[] {
  const names = readdirSync(dir).filter((name) => /\.ya?ml$/i.test(name)).sort();
  return names.map((name) => {
    const absolute = path.join(dir, name);
    return { absolute, display: builtIn ? `rules/${name}` : displayPath(absolute, cwd), text: readFileSync(absolute, 'utf8') };
  });
}

function hashOf(files: readonly RuleFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.display).update('\u0000').update(file.text).update('\u0000');
  return hash.digest('hex');
}

function compileFiles(files: readonly RuleFile[], builtIn: boolean, rules: CompiledRule[], diagnostics: Diagnostic[]): void {
  for (const file of files) {
    const compiled = compileRule(file.text, file.display, builtIn);
    diagnostics.push(...compiled.diagnostics);
    if (compiled.rule) rules.push(compiled.rule);
  }
}

async function builtInRules(rules: CompiledRule[], diagnostics: Diagnostic[], cwd: string): Promise<void> {
  const files = readRuleDir(BUILTIN_RULES_DIR, true, cwd);
  const hash = hashOf(files);
  const cached = readCache();
  if (cached?.hash === hash) {
    rules.push(...cached.rules);
    return;
  }
  compileFiles(files, true, rules, diagnostics);
}

function readCache(): { hash: string; rules: CompiledRule[] } | null {
  try {
    return JSON.parse(readFileSync(builtFile(RULES_CACHE), 'utf8')) as { hash: string; rules: CompiledRule[] };
  } catch {
    return null;
  }
}

/** The built-in rules compiled, as the text of the cache (the build writes it to lib/, the bundle to dist/). */
export function rulesCacheText(cwd: string): string {
  const files = readRuleDir(BUILTIN_RULES_DIR, true, cwd);
  const rules: CompiledRule[] = [];
  const diagnostics: Diagnostic[] = [];
  compileFiles(files, true, rules, diagnostics);
  if (diagnostics.length > 0) throw new Error(diagnostics.map((d) => `${d.loc.file}:${d.loc.line}:${d.loc.column}: ${d.message}`).join('\n'));
  return JSON.stringify({ hash: hashOf(files), rules });
}

/** Writes the cache into lib/ (called by the build). */
export async function writeRulesCache(cwd: string): Promise<void> {
  await writeFile(path.join(PACKAGE_ROOT, 'lib', RULES_CACHE), rulesCacheText(cwd));
}

export async function loadRules(extraDirs: readonly string[], cwd: string, options: { builtIn?: boolean } = {}): Promise<LoadedRules> {
  const rules: CompiledRule[] = [];
  const diagnostics: Diagnostic[] = [];
  if (options.builtIn !== false) await builtInRules(rules, diagnostics, cwd);
  for (const dir of extraDirs) {
    const absolute = path.resolve(cwd, dir);
    let files: RuleFile[];
    try {
      files = readRuleDir(absolute, false, cwd);
    } catch (error) {
      diagnostics.push({ code: 'invalid-rule', severity: 'error', message: `cannot read the rule directory (${(error as NodeJS.ErrnoException).code ?? 'error'}); --rules takes a directory of *.yaml rule files`, loc: fileLocation(displayPath(absolute, cwd)) });
      continue;
    }
    compileFiles(files, false, rules, diagnostics);
  }
  diagnostics.push(...checkRuleSet(rules));
  return { rules, diagnostics };
}
