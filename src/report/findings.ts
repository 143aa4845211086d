/** Lint output as text for people and as the versioned JSON contract for tools. Pure functions. */
import type { LintResult } from '../lint.js';
import { countBy, severityCounts } from '../lint.js';
import type { Finding } from '../types.js';
import { formatLocation } from './location.js';

export function formatFindingsText(result: LintResult): string {
  const lines: string[] = [];
  let currentFile: string | null = null;
  for (const finding of result.findings) {
    if (finding.loc.file !== currentFile) {
      if (currentFile !== null) lines.push('');
      currentFile = finding.loc.file;
    }
    const status = finding.status === 'violation' ? '' : ` [${finding.status}]`;
    const construct = finding.cdkPath ? ` [${finding.cdkPath}]` : '';
    lines.push(`${formatLocation(finding.loc)}  ${finding.severity.padEnd(8)} ${finding.ruleId}${status}  ${finding.message}${construct}`);
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(result));
  return `${lines.join('\n')}\n`;
}

export function summaryLine(result: LintResult): string {
  const byStatus = countBy(result.findings.map((f) => f.status));
  const failing = result.findings.filter((f) => f.status === 'violation' || f.status === 'unknown');
  const severities = Object.entries(severityCounts(failing)).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`);
  const parts = [`${byStatus.violation ?? 0} violation${byStatus.violation === 1 ? '' : 's'}`];
  if (byStatus.unknown) parts.push(`${byStatus.unknown} unknown`);
  let head = parts.join(', ');
  if (severities.length) head += ` (${severities.join(', ')})`;
  const rest = (['attempt', 'mitigated', 'suppressed'] as const).filter((s) => byStatus[s]).map((s) => `${byStatus[s]} ${s}`);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors) rest.push(`${errors} input error${errors === 1 ? '' : 's'}`);
  return `${[head, ...rest].join(', ')} — ${result.files.length} file${result.files.length === 1 ? '' : 's'}, ${result.documents.length} polic${result.documents.length === 1 ? 'y' : 'ies'}, ${result.rules.length} rules`;
}

/** The JSON output contract, version 1: field names are a public interface. */
export function formatFindingsJson(result: LintResult, toolVersion: string): string {
  const failing = result.findings.filter((f) => f.status === 'violation' || f.status === 'unknown');
  const output = {
    version: 1,
    tool: { name: 'kmslint', version: toolVersion },
    findings: result.findings.map(findingJson),
    diagnostics: [...result.ruleDiagnostics, ...result.diagnostics].map((d) => ({ code: d.code, severity: d.severity, message: d.message, file: d.loc.file, line: d.loc.line, column: d.loc.column })),
    summary: {
      files: result.files.length,
      policies: result.documents.length,
      findings: result.findings.length,
      violations: result.findings.filter((f) => f.status === 'violation').length,
      bySeverity: severityCounts(failing),
      byStatus: countBy(result.findings.map((f) => f.status)),
    },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

export function findingJson(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    status: f.status,
    message: f.message,
    source: f.source,
    file: f.loc.file,
    line: f.loc.line,
    column: f.loc.column,
    endLine: f.loc.endLine,
    endColumn: f.loc.endColumn,
    resource: f.resource,
    statement: f.statement,
    evidence: f.evidence,
    event: f.event,
    fingerprint: f.fingerprint,
    ...(f.cdkPath ? { cdkPath: f.cdkPath } : {}),
  };
}
