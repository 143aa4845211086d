#!/usr/bin/env node
// Regenerates the rule table in README.md from rules/*.yaml (run after npm run build).
import { readFileSync, writeFileSync } from 'node:fs';
import { loadRules } from '../lib/src/rules-loader.js';
import { formatRulesTable, replaceRulesTable } from '../lib/src/report/rules-table.js';

const readmeUrl = new URL('../README.md', import.meta.url);
const { rules, diagnostics } = await loadRules([], process.cwd());
if (diagnostics.length > 0) {
  console.error(diagnostics.map((d) => `${d.loc.file}:${d.loc.line}:${d.loc.column}: ${d.message}`).join('\n'));
  process.exit(2);
}
const updated = replaceRulesTable(readFileSync(readmeUrl, 'utf8'), formatRulesTable(rules));
if (updated === null) {
  console.error('README.md has no rules-table markers');
  process.exit(2);
}
writeFileSync(readmeUrl, updated);
console.log(`README.md: ${rules.length} rules`);
