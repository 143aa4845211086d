/** `kmslint test`: run rule test cases and Sid-annotated fixtures; ends with "N passed, N failed". */
import { readFile } from 'node:fs/promises';
import { evaluateDocuments } from '../engine/evaluate.js';
import { discoverFiles } from '../files.js';
import { loadInputText } from '../loaders/index.js';
import { formatDiagnostic } from '../report/location.js';
import { checkAnnotations, runRuleTests, type CaseResult } from '../rule-testing.js';
import { loadRules } from '../rules-loader.js';
import type { Command } from './command.js';

export const testCommand: Command = {
  summary: "run the rules' embedded tests and Sid-annotated fixtures",
  help: `Usage: kmslint test [options] [fixture paths...]

Runs every rule's embedded tests (the tests: list in each rule file), then checks the fixtures in the
given paths: a statement whose Sid starts with "ruleid:<rule-id>" must be reported by that rule as a
violation; one starting with "ok:<rule-id>" must not. "todoruleid:" and "todook:" record known gaps
and never fail. Prints one line per case and ends with "N passed, N failed".

Options:
  --rules DIR              also load and test the rules in DIR (repeatable)
  --only RULE-ID           run the tests of these rules only (repeatable)
  -h, --help               show this help

Exit codes: 0 every case passed; 1 a case failed; 2 a rule file or fixture could not be read.

Examples:
  kmslint test
  kmslint test --rules ./my-rules --only my-rule test/fixtures
`,
  options: { rules: { type: 'string', multiple: true }, only: { type: 'string', multiple: true } },
  async run(values, positionals, io) {
    const { rules, diagnostics } = await loadRules((values.rules as string[] | undefined) ?? [], io.cwd);
    for (const diagnostic of diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
    if (diagnostics.some((d) => d.severity === 'error')) return 2;
    const only = values.only as string[] | undefined;
    const selected = only ? rules.filter((rule) => only.includes(rule.id)) : rules;
    const results: CaseResult[] = await runRuleTests(rules, io.cwd, selected);
    let unreadable = false;
    if (positionals.length > 0) {
      const discovered = await discoverFiles(positionals, { cwd: io.cwd, include: ['**/*.json', '**/*.yaml', '**/*.yml'] });
      for (const diagnostic of discovered.diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
      unreadable = discovered.diagnostics.length > 0;
      for (const file of discovered.files) {
        const text = await readFile(file.absolute, 'utf8');
        const loaded = loadInputText('auto', text, file.display);
        const findings = evaluateDocuments(loaded.documents, rules, {});
        results.push(...checkAnnotations(file.display, loaded, rules, findings).filter((r) => !only || only.includes(r.ruleId)));
      }
    }
    for (const result of results) {
      const mark = result.todo ? '~' : result.passed ? '✓' : '✗';
      io.stdout(`${mark} ${result.ruleId} › ${result.name}${result.passed && !result.todo ? '' : ` — ${result.todo ? 'todo' : result.detail}`}\n`);
    }
    const failed = results.filter((r) => !r.passed).length;
    io.stdout(`\n${results.length - failed} passed, ${failed} failed\n`);
    return unreadable ? 2 : failed > 0 ? 1 : 0;
  },
};
