/** `kmslint rules` lists the rules; `kmslint explain <id>` documents one. */
import type { CompiledRule } from '../engine/rules.js';
import { formatDiagnostic } from '../report/location.js';
import { compareRules } from '../report/rules-table.js';
import { loadRules } from '../rules-loader.js';
import { UsageError, oneOf, type CliIo, type Command } from './command.js';

async function rulesOrFail(values: Record<string, unknown>, io: CliIo): Promise<CompiledRule[] | null> {
  const { rules, diagnostics } = await loadRules((values.rules as string[] | undefined) ?? [], io.cwd);
  for (const diagnostic of diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
  return diagnostics.some((d) => d.severity === 'error') ? null : rules;
}


export const rulesCommand: Command = {
  summary: 'list the rules (id, severity, scope, sources, title)',
  help: `Usage: kmslint rules [options]

Lists the built-in rules and those added with --rules, most severe first.

Options:
  --format text|json       output format (default: text)
  --rules DIR              include the rules in DIR (repeatable)
  -h, --help               show this help
`,
  options: { format: { type: 'string', default: 'text' }, rules: { type: 'string', multiple: true } },
  async run(values, _positionals, io) {
    const format = oneOf('format', values.format, ['text', 'json'] as const);
    const rules = await rulesOrFail(values, io);
    if (!rules) return 2;
    const sorted = [...rules].sort(compareRules);
    if (format === 'json') {
      io.stdout(`${JSON.stringify(sorted.map((r) => ({ id: r.id, severity: r.severity, scope: r.scope, sources: r.sources, title: r.title, builtIn: r.builtIn })), null, 2)}\n`);
      return 0;
    }
    const width = Math.max(...sorted.map((r) => r.id.length));
    for (const rule of sorted) io.stdout(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(8)}  ${rule.scope.padEnd(9)}  ${rule.title} [${rule.sources.join(', ')}]\n`);
    return 0;
  },
};

export const explainCommand: Command = {
  summary: 'describe a rule: what it finds, why, how to fix it, an example',
  help: `Usage: kmslint explain [options] <rule-id>

Prints the rule's description, remediation, references, MITRE ATT&CK mapping, risk score and an example
input that it reports.

Options:
  --rules DIR              also look in DIR (repeatable)
  -h, --help               show this help

Example:
  kmslint explain encrypt-to-wildcard-principal
`,
  options: { rules: { type: 'string', multiple: true } },
  async run(values, positionals, io) {
    if (positionals.length !== 1) throw new UsageError('name one rule id, e.g. kmslint explain encrypt-to-wildcard-principal');
    const rules = await rulesOrFail(values, io);
    if (!rules) return 2;
    const rule = rules.find((r) => r.id === positionals[0]);
    if (!rule) throw new UsageError(`no rule "${positionals[0]}"; "kmslint rules" lists them`);
    io.stdout(explainRule(rule));
    return 0;
  },
};

export function explainRule(rule: CompiledRule): string {
  const example = rule.tests.find((t) => (typeof t.expect === 'string' ? t.expect : t.expect.result) === 'violation' && t.input !== undefined);
  const passing = rule.tests.find((t) => (typeof t.expect === 'string' ? t.expect : t.expect.result) === 'pass' && t.input !== undefined);
  const lines = [
    `${rule.id} — ${rule.title}`,
    '',
    `Severity: ${rule.severity}    Scope: ${rule.scope}    Sources: ${rule.sources.join(', ')}${rule.risk ? `    Risk score: ${rule.risk.score} (impact ${rule.risk.impact} × confidence ${rule.risk.confidence} / 100)` : ''}`,
    ...(rule.mitre.length ? [`MITRE ATT&CK: ${rule.mitre.map((m) => (m.tactic ? `${m.tactic}/${m.technique}` : m.technique)).join(', ')}`] : []),
    '',
    'What it finds',
    wrap(rule.description),
    '',
    'How to fix it',
    wrap(rule.remediation),
    '',
    'References',
    ...rule.references.map((r) => `  ${r}`),
  ];
  if (example) lines.push('', `Example it reports (${example.name})`, indent(JSON.stringify(example.input, null, 2)));
  if (passing) lines.push('', `Example it accepts (${passing.name})`, indent(JSON.stringify(passing.input, null, 2)));
  return `${lines.join('\n')}\n`;
}

function indent(text: string): string {
  return text.split('\n').map((line) => `  ${line}`).join('\n');
}

function wrap(text: string, width = 100): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = ' ';
  for (const word of words) {
    if (line.length + word.length + 1 > width) {
      lines.push(line);
      line = ' ';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}
