/** Lint output as text for people and as the versioned JSON contract for tools. Pure functions. */
import type { LintResult } from '../lint.js';
import { countBy, severityCounts } from '../lint.js';
import type { Finding } from '../types.js';
import { formatLocation } from './location.js';
import { compareText } from '../order.js';

export interface TextOptions {
  /** ANSI colours (the CLI decides from the terminal, NO_COLOR and FORCE_COLOR). */
  color?: boolean;
  /** File texts for code frames under findings in templates and policies. */
  sources?: ReadonlyMap<string, string>;
  /** List suppressed findings too (they are always counted). */
  showSuppressed?: boolean;
}

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m', magenta: '\u001b[35m', gray: '\u001b[90m' };
const SEVERITY_COLOR = { critical: `${ANSI.bold}${ANSI.red}`, high: ANSI.red, medium: ANSI.yellow, low: ANSI.cyan, info: ANSI.gray } as const;

export function formatFindingsText(result: LintResult, options: TextOptions = {}): string {
  const paint = (code: string, text: string): string => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const lines: string[] = [];
  let currentFile: string | null = null;
  const lineCache = new Map<string, string[]>();
  for (const finding of result.findings) {
    if (finding.status === 'suppressed' && !options.showSuppressed) continue;
    if (finding.loc.file !== currentFile) {
      if (currentFile !== null) lines.push('');
      currentFile = finding.loc.file;
    }
    const status = finding.status === 'violation' ? '' : ` ${paint(ANSI.magenta, `[${finding.status}]`)}`;
    const construct = finding.cdkPath ? ` [${finding.cdkPath}]` : '';
    const reason = finding.suppression && finding.status === 'suppressed' ? ` (suppressed: ${finding.suppression.reason})` : '';
    lines.push(`${paint(ANSI.bold, formatLocation(finding.loc))}  ${paint(SEVERITY_COLOR[finding.severity], finding.severity.padEnd(8))} ${paint(ANSI.dim, finding.ruleId)}${status}  ${finding.message}${construct}${reason}`);
    const frame = codeFrame(finding, options.sources, lineCache);
    if (frame) lines.push(...frame.map((l) => paint(ANSI.gray, l)));
  }
  if (lines.length > 0) lines.push('');
  const audit = formatEventTable(result.findings);
  if (audit) lines.push(audit, '');
  lines.push(summaryLine(result));
  return `${lines.join('\n')}\n`;
}

/** The source line of a finding in a template or policy, with a caret under its column. */
function codeFrame(finding: Finding, sources: ReadonlyMap<string, string> | undefined, cache: Map<string, string[]>): string[] | null {
  if (!sources || (finding.source !== 'cloudformation' && finding.source !== 'policy')) return null;
  const text = sources.get(finding.loc.file);
  if (text === undefined) return null;
  let fileLines = cache.get(finding.loc.file);
  if (!fileLines) cache.set(finding.loc.file, (fileLines = text.split(/\r?\n/)));
  const line = fileLines[finding.loc.line - 1];
  if (line === undefined || line.length > 400) return null;
  const gutter = String(finding.loc.line).padStart(6);
  return [`${gutter} | ${line}`, `${' '.repeat(gutter.length)} | ${' '.repeat(Math.max(0, finding.loc.column - 1))}^`];
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
  if (result.baselined) rest.push(`${result.baselined} in the baseline`);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors) rest.push(`${errors} input error${errors === 1 ? '' : 's'}`);
  return `${[head, ...rest].join(', ')} — ${result.files.length} file${result.files.length === 1 ? '' : 's'}, ${result.documents.length} polic${result.documents.length === 1 ? 'y' : 'ies'}, ${result.rules.length} rules`;
}

export interface EventGroup {
  eventName: string;
  eventSource: string;
  awsRegion: string;
  principal: string;
  user: string;
  mfa: string;
  count: number;
  firstTime: string;
  lastTime: string;
  rules: string[];
}

/**
 * CloudTrail findings grouped the way the Splunk detection reports them: by event name, source, region,
 * principal and user, with the number of distinct events and the first and last time.
 */
export function groupEvents(findings: readonly Finding[]): EventGroup[] {
  const groups = new Map<string, EventGroup & { ids: Set<string> }>();
  for (const f of findings) {
    if (!f.event || f.status === 'mitigated' || f.status === 'suppressed') continue;
    const e = f.event;
    const user = e.userName ?? e.userArn ?? '(unknown)';
    const key = [e.eventName, e.eventSource, e.awsRegion, e.principalId, user].join('\u0000');
    const time = e.eventTime ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { eventName: e.eventName, eventSource: e.eventSource, awsRegion: e.awsRegion ?? '', principal: e.principalId ?? '', user, mfa: e.mfaAuthenticated === null ? '-' : String(e.mfaAuthenticated), count: 0, firstTime: time, lastTime: time, rules: [], ids: new Set() };
      groups.set(key, group);
    }
    group.ids.add(e.eventID);
    group.count = group.ids.size;
    if (time && (!group.firstTime || time < group.firstTime)) group.firstTime = time;
    if (time > group.lastTime) group.lastTime = time;
    if (!group.rules.includes(f.ruleId)) group.rules.push(f.ruleId);
  }
  return [...groups.values()]
    .map(({ ids: _ids, ...group }) => ({ ...group, rules: group.rules.sort() }))
    .sort((a, b) => b.count - a.count || compareText(a.firstTime, b.firstTime) || compareText(a.eventName, b.eventName));
}

function formatEventTable(findings: readonly Finding[]): string | null {
  const groups = groupEvents(findings);
  if (groups.length === 0) return null;
  const header = ['count', 'first', 'last', 'eventName', 'eventSource', 'awsRegion', 'principal', 'user', 'mfa', 'rules'];
  const rows = groups.map((g) => [String(g.count), g.firstTime, g.lastTime, g.eventName, g.eventSource, g.awsRegion, g.principal, g.user, g.mfa, g.rules.join(',')]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return ['CloudTrail events with findings:', line(header), ...rows.map(line)].join('\n');
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
      baselined: result.baselined,
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
    ...(f.suppression ? { suppression: f.suppression } : {}),
  };
}
