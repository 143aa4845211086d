/**
 * The GitHub job summary (Markdown): totals by severity, the findings, and for CloudTrail audits the
 * aggregated events. GitHub refuses summaries over 1 MiB, so tables are cut well below and say so. Pure.
 */
import type { LintResult } from '../lint.js';
import { SEVERITIES, type Finding } from '../types.js';
import { groupEvents } from './findings.js';
import { formatLocation } from './location.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const BUDGET = 900 * 1024;

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');

export function formatJobSummary(result: LintResult, toolVersion: string): string {
  const active = result.findings.filter((f) => f.status !== 'suppressed');
  const counts = (status: Finding['status']) => result.findings.filter((f) => f.status === status).length;
  const bySeverity = SEVERITIES.map((s) => `${s} ${active.filter((f) => f.severity === s && (f.status === 'violation' || f.status === 'unknown')).length}`).join(' · ');
  const parts: string[] = [
    `## kmslint ${toolVersion}`,
    '',
    `**${counts('violation')} violations**, ${counts('unknown')} unknown, ${counts('attempt')} attempts, ${counts('mitigated')} mitigated, ${counts('suppressed')} suppressed${result.baselined ? `, ${result.baselined} in the baseline` : ''} — ${result.files.length} files, ${result.documents.length} key policies, ${result.rules.length} rules.`,
    '',
    `Violations and unknowns by severity: ${bySeverity}`,
    '',
  ];
  const errors = [...result.ruleDiagnostics, ...result.diagnostics].filter((d) => d.severity === 'error');
  if (errors.length) {
    parts.push(`### ${errors.length} input error${errors.length === 1 ? '' : 's'}`, '', ...errors.slice(0, 50).map((d) => `- \`${cell(formatLocation(d.loc))}\` ${cell(d.message)}`), '');
  }
  const order = (f: Finding) => ['violation', 'unknown', 'attempt', 'mitigated', 'suppressed'].indexOf(f.status) * 10 + SEVERITIES.indexOf(f.severity);
  const listed = [...result.findings].sort((a, b) => order(a) - order(b));
  if (listed.length) {
    parts.push('### Findings', '', '| Severity | Status | Rule | Location | Resource | Statement | Message |', '| --- | --- | --- | --- | --- | --- | --- |');
    let used = Buffer.byteLength(parts.join('\n'));
    let shown = 0;
    for (const f of listed) {
      const row = `| ${f.severity} | ${f.status} | \`${f.ruleId}\` | \`${cell(formatLocation(f.loc))}\` | ${cell(f.resource)} | ${f.statement ? cell(f.statement.sid ?? `#${f.statement.index}`) : ''} | ${cell(f.message)} |`;
      used += Buffer.byteLength(row) + 1;
      if (used > BUDGET) break;
      parts.push(row);
      shown++;
    }
    if (shown < listed.length) parts.push('', `_${listed.length - shown} more findings are not shown here (GitHub limits the summary to 1 MiB); see the SARIF or JSON report._`);
    parts.push('');
  }
  const events = groupEvents(result.findings);
  if (events.length) {
    parts.push('### CloudTrail events with findings', '', '| Event | Region | Principal | User | MFA | Count | First | Last | Rules |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const g of events.slice(0, 500)) parts.push(`| ${g.eventName} | ${g.awsRegion} | ${cell(g.principal)} | ${cell(g.user)} | ${g.mfa} | ${g.count} | ${g.firstTime} | ${g.lastTime} | ${g.rules.join(', ')} |`);
    if (events.length > 500) parts.push('', `_${events.length - 500} more event groups are not shown._`);
    parts.push('');
  }
  return `${parts.join('\n')}\n`;
}
