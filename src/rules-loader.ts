/** Reads the built-in rules and any user rule directories (`--rules DIR`) and compiles them. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkRuleSet, compileRule, type CompiledRule } from './engine/rules.js';
import { displayPath, fileLocation } from './files.js';
import { BUILTIN_RULES_DIR } from './package-root.js';
import type { Diagnostic } from './types.js';

export interface LoadedRules {
  rules: CompiledRule[];
  diagnostics: Diagnostic[];
}

export async function loadRules(extraDirs: readonly string[], cwd: string, options: { builtIn?: boolean } = {}): Promise<LoadedRules> {
  const rules: CompiledRule[] = [];
  const diagnostics: Diagnostic[] = [];
  const dirs = [...(options.builtIn === false ? [] : [{ dir: BUILTIN_RULES_DIR, builtIn: true }]), ...extraDirs.map((dir) => ({ dir: path.resolve(cwd, dir), builtIn: false }))];
  for (const { dir, builtIn } of dirs) {
    let names: string[];
    try {
      names = (await readdir(dir)).filter((name) => /\.ya?ml$/i.test(name)).sort();
    } catch (error) {
      diagnostics.push({ code: 'invalid-rule', severity: 'error', message: `cannot read the rule directory (${(error as NodeJS.ErrnoException).code ?? 'error'}); --rules takes a directory of *.yaml rule files`, loc: fileLocation(displayPath(dir, cwd)) });
      continue;
    }
    for (const name of names) {
      const absolute = path.join(dir, name);
      const file = builtIn ? `rules/${name}` : displayPath(absolute, cwd);
      const compiled = compileRule(await readFile(absolute, 'utf8'), file, builtIn);
      diagnostics.push(...compiled.diagnostics);
      if (compiled.rule) rules.push(compiled.rule);
    }
  }
  diagnostics.push(...checkRuleSet(rules));
  return { rules, diagnostics };
}
