/**
 * SARIF 2.1.0 for GitHub code scanning (github-action.md §5.3): exactly one run, every rule described,
 * results fingerprinted without line numbers, URIs relative to %SRCROOT%. Pure.
 */
import type { CompiledRule } from '../engine/rules.js';
import type { LintResult } from '../lint.js';
import type { Finding, Severity } from '../types.js';
import { compareText } from '../order.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** GitHub keeps only the first 25,000 results of a run (by severity, most severe first). */
export const MAX_SARIF_RESULTS = 25_000;
const MAX_TAGS = 10;
const MAX_DESCRIPTION = 1024;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
const SECURITY_SEVERITY: Partial<Record<Severity, string>> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' };
const SEVERITY_ORDER: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export interface SarifContext {
  toolVersion: string;
  /** The folder result URIs are relative to (the repository root); file:// URI for %SRCROOT%. */
  srcRootUri: string;
  /** Turns a finding's file (relative to the working directory) into a path relative to %SRCROOT%. */
  relativeToRoot(file: string): string;
}

export function formatSarif(result: LintResult, context: SarifContext): string {
  return `${JSON.stringify(sarifLog(result, context), null, 2)}\n`;
}

export function sarifLog(result: LintResult, context: SarifContext): Record<string, unknown> {
  const rules = [...result.rules].sort((a, b) => compareText(a.id, b.id));
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const reportable = result.findings
    .filter((f) => f.status === 'violation' || f.status === 'unknown' || f.status === 'suppressed')
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const kept = reportable.slice(0, MAX_SARIF_RESULTS);
  const errors = [...result.ruleDiagnostics, ...result.diagnostics];
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'kmslint', semanticVersion: context.toolVersion, rules: rules.map(ruleDescriptor) } },
      originalUriBaseIds: { '%SRCROOT%': { uri: context.srcRootUri } },
      invocations: [{
        executionSuccessful: !errors.some((d) => d.severity === 'error'),
        toolExecutionNotifications: errors.map((d) => ({
          level: d.severity === 'error' ? 'error' : 'warning',
          message: { text: d.message },
          descriptor: { id: d.code },
          locations: [{ physicalLocation: { artifactLocation: { uri: context.relativeToRoot(d.loc.file), uriBaseId: '%SRCROOT%' }, region: { startLine: d.loc.line, startColumn: d.loc.column } } }],
        })),
      }],
      results: kept.map((f) => resultOf(f, ruleIndex.get(f.ruleId) ?? 0, context)),
      ...(reportable.length > kept.length ? { properties: { omittedResults: reportable.length - kept.length } } : {}),
    }],
  };
}

function ruleDescriptor(rule: CompiledRule): Record<string, unknown> {
  const techniques = rule.mitre.map((m) => `external/mitre-attack/${m.technique}`);
  const tags = [...new Set(['security', ...techniques, ...rule.tags])].slice(0, MAX_TAGS);
  const securitySeverity = SECURITY_SEVERITY[rule.severity];
  const references = rule.references.map((r) => `- <${r}>`).join('\n');
  return {
    id: rule.id,
    name: rule.id.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(''),
    shortDescription: { text: clip(rule.title) },
    fullDescription: { text: clip(rule.description) },
    help: {
      text: clip(`${rule.remediation} References: ${rule.references.join(' ')}`, 10_000),
      markdown: `**${rule.title}**\n\n${rule.description}\n\n**How to fix it.** ${rule.remediation}\n\n**References**\n\n${references}`,
    },
    ...(rule.references[0] ? { helpUri: rule.references[0] } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags,
      precision: rule.scope === 'issue' ? 'very-high' : 'high',
      ...(securitySeverity ? { 'security-severity': securitySeverity } : {}),
      ...(rule.risk ? { 'risk-score': rule.risk.score } : {}),
    },
  };
}

function resultOf(f: Finding, ruleIndex: number, context: SarifContext): Record<string, unknown> {
  const region = { startLine: f.loc.line, startColumn: f.loc.column, endLine: Math.max(f.loc.endLine, f.loc.line), endColumn: Math.max(f.loc.endColumn, f.loc.endLine > f.loc.line ? 1 : f.loc.column + 1) };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.status === 'unknown' ? `Unknown: ${f.message}` : f.message },
    locations: [{
      physicalLocation: { artifactLocation: { uri: context.relativeToRoot(f.loc.file), uriBaseId: '%SRCROOT%' }, region },
      ...(f.resource ? { logicalLocations: [{ name: f.resource, kind: 'resource' }] } : {}),
    }],
    partialFingerprints: { 'kmslint/v1': f.fingerprint },
    ...(f.status === 'suppressed' && f.suppression
      ? { suppressions: [{ kind: f.suppression.source === 'metadata' ? 'inSource' : 'external', justification: f.suppression.reason }] }
      : {}),
    properties: {
      status: f.status,
      resource: f.resource,
      ...(f.statement ? { statement: f.statement } : {}),
      ...(f.cdkPath ? { cdkPath: f.cdkPath } : {}),
      ...(f.event ? { eventID: f.event.eventID, eventName: f.event.eventName } : {}),
    },
  };
}

function clip(text: string, limit = MAX_DESCRIPTION): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
