/** Output of `kmslint analyze`: the per-statement analysis, as text for people or JSON for tools. */
import { KEY_ACTIONS } from '../policy/actions.js';
import type { PolicyAnalysis, StatementAnalysis } from '../policy/analyze.js';
import { describeActionSet } from '../policy/deny.js';
import { CAPABILITIES, ISSUE_LEVEL, type Diagnostic, type KeyPolicyDocument } from '../types.js';
import { formatDiagnostic, formatLocation } from './location.js';

export interface AnalyzedFile {
  file: string;
  documents: { document: KeyPolicyDocument; analysis: PolicyAnalysis | null }[];
  diagnostics: Diagnostic[];
}

const LONG_LIST = 8;

export function formatAnalysisText(files: readonly AnalyzedFile[]): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const diagnostic of file.diagnostics) lines.push(formatDiagnostic(diagnostic));
    for (const { document, analysis } of file.documents) {
      const policy = document.policy;
      if (!policy || !analysis) {
        lines.push(`${document.resource}: the policy cannot be known: ${document.unknown ?? 'unreadable'}`, '');
        continue;
      }
      const count = policy.statements.length;
      lines.push(`${document.resource}: ${count} statement${count === 1 ? '' : 's'}, ${policy.rawSizeBytes} bytes${policy.version ? `, Version ${policy.version.value}` : ''}`);
      for (const statement of analysis.statements) lines.push(...formatStatement(statement, analysis));
      if (analysis.issues.length > 0) {
        lines.push('  issues:');
        for (const issue of analysis.issues) lines.push(`    ${formatLocation(issue.loc)}  ${ISSUE_LEVEL[issue.code]}  ${issue.code}  ${issue.message}`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function formatStatement(s: StatementAnalysis, analysis: PolicyAnalysis): string[] {
  const lines = [`  statement ${s.label}${s.sid ? ` (#${s.index})` : ''}, line ${s.loc.line}`];
  const principals = s.principals.map((p) => `${p.type === 'AWS' ? '' : `${p.type}:`}${p.value} (${p.class})`).join(', ') || 'none';
  lines.push(`    ${s.effect ?? 'invalid Effect'}  ${s.principalElement ?? 'Principal'} ${principals}`);
  if (!s.effective) lines.push(`    ineffective: ${s.ineffectiveBecause.join('; ')}`);
  const verb = s.effect === 'Deny' ? 'denies' : 'grants';
  const all = s.actions.actions.length === KEY_ACTIONS.length;
  const listed = { ...s.actions, actions: s.actions.actions.map((n) => n.replace(/^kms:/, '')) };
  lines.push(`    ${verb} ${all ? `all ${KEY_ACTIONS.length} key actions${s.actions.openEnded ? ' and every future KMS action' : ''}` : describeActionSet(listed)}${s.actions.unresolved.length ? ` (+ unresolved ${s.actions.unresolved.map((u) => u.value).join(', ')})` : ''}`);
  for (const capability of CAPABILITIES) {
    const names = s.capabilities[capability].map((n) => n.replace(/^kms:/, ''));
    if (names.length === 0) continue;
    lines.push(`      ${capability}: ${names.length > LONG_LIST ? `${names.length} actions (${names.slice(0, 4).join(', ')}, …)` : names.join(', ')}`);
  }
  const neutralizer = analysis.neutralizers.find((n) => n.index === s.index);
  if (s.effect === 'Deny') {
    lines.push(`    applies to: ${neutralizer ? `${neutralizer.deniedTo}${neutralizer.complete ? '' : `, but ${neutralizer.why}`}` : s.exposureReason}`);
  } else {
    lines.push(`    exposure: ${s.exposure === 'public' ? 'PUBLIC' : s.exposure} — ${s.exposureReason}`);
  }
  if (s.mitigation) {
    const m = s.mitigation;
    lines.push(`    ${m.complete ? 'mitigated' : 'not mitigated'}: ${m.reason}${m.complete ? `; effective exposure ${m.effectiveExposure}` : ''}`);
  }
  return lines;
}

/** Stable, versioned JSON for tools; field names are part of kmslint's interface. */
export function formatAnalysisJson(files: readonly AnalyzedFile[], toolVersion: string): string {
  const output = {
    version: 1,
    tool: { name: 'kmslint', version: toolVersion },
    files: files.map((file) => ({
      file: file.file,
      diagnostics: file.diagnostics,
      policies: file.documents.map(({ document, analysis }) => ({
        source: document.source,
        resource: document.resource,
        location: document.loc,
        unknown: document.unknown ?? null,
        sizeBytes: document.policy?.rawSizeBytes ?? null,
        version: document.policy?.version?.value ?? null,
        statements: (analysis?.statements ?? []).map((s) => ({
          index: s.index,
          sid: s.sid,
          effect: s.effect,
          effective: s.effective,
          ineffectiveBecause: s.ineffectiveBecause,
          principalElement: s.principalElement,
          principals: s.principals.map((p) => ({ type: p.type, value: p.value, class: p.class, account: p.account, trusted: p.trusted, location: p.loc })),
          actions: { granted: s.actions.actions, openEnded: s.actions.openEnded, unresolved: s.actions.unresolved.map((u) => u.value) },
          capabilities: s.capabilities,
          exposure: s.exposure,
          exposureReason: s.exposureReason,
          trusted: s.trusted,
          conditions: s.conditions.map((c) => ({ operator: c.clause.rawOperator, key: c.clause.keyOriginal, values: c.clause.values.map((v) => v.value), effect: c.effect, why: c.why, location: c.clause.loc })),
          mitigation: s.mitigation && {
            complete: s.mitigation.complete,
            by: s.mitigation.by,
            partialBy: s.mitigation.partialBy,
            residual: { actions: s.mitigation.residual.actions, openEnded: s.mitigation.residual.openEnded },
            effectiveExposure: s.mitigation.effectiveExposure,
            reason: s.mitigation.reason,
          },
          location: s.loc,
        })),
        issues: (analysis?.issues ?? []).map((issue) => ({ ...issue, level: ISSUE_LEVEL[issue.code] })),
      })),
    })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
