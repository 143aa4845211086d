/** JUnit XML for CI systems that show test reports: one test suite per rule, one failing case per finding. */
import type { LintResult } from '../lint.js';
import { formatLocation } from './location.js';
import { compareText } from '../order.js';

export function formatJunit(result: LintResult): string {
  const failing = result.findings.filter((f) => f.status === 'violation' || f.status === 'unknown');
  const suites = [...result.rules].sort((a, b) => compareText(a.id, b.id)).map((rule) => {
    const mine = failing.filter((f) => f.ruleId === rule.id);
    const cases = mine.length === 0
      ? `    <testcase classname="kmslint.${rule.id}" name="no findings"/>`
      : mine.map((f) => [
        `    <testcase classname="kmslint.${rule.id}" name="${xml(`${formatLocation(f.loc)} ${f.resource}${f.statement ? ` ${f.statement.sid ?? `#${f.statement.index}`}` : ''}`)}" file="${xml(f.loc.file)}" line="${f.loc.line}">`,
        `      <failure type="${f.severity}" message="${xml(f.message)}">${xml(`${f.status} ${f.severity} ${rule.id}\n${f.message}\n${formatLocation(f.loc)}`)}</failure>`,
        '    </testcase>',
      ].join('\n')).join('\n');
    return `  <testsuite name="${xml(rule.id)}" tests="${Math.max(1, mine.length)}" failures="${mine.length}" errors="0" skipped="0">\n${cases}\n  </testsuite>`;
  });
  const errors = [...result.ruleDiagnostics, ...result.diagnostics].filter((d) => d.severity === 'error');
  const inputSuite = errors.length === 0 ? [] : [`  <testsuite name="inputs" tests="${errors.length}" failures="0" errors="${errors.length}" skipped="0">\n${errors.map((d) => `    <testcase classname="kmslint.inputs" name="${xml(formatLocation(d.loc))}">\n      <error type="${xml(d.code)}" message="${xml(d.message)}"/>\n    </testcase>`).join('\n')}\n  </testsuite>`];
  const tests = suites.length + failing.length - result.rules.filter((r) => failing.some((f) => f.ruleId === r.id)).length + errors.length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kmslint" tests="${tests}" failures="${failing.length}" errors="${errors.length}">\n${[...suites, ...inputSuite].join('\n')}\n</testsuites>\n`;
}

function xml(text: string): string {
  // XML 1.0 cannot carry most control characters at all, even escaped.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
