/**
 * Project configuration applied to findings (rules.md §9): severity overrides, rules switched off,
 * overrides by file glob, and suppressions with a mandatory reason and an optional expiry. Pure: the
 * caller supplies today's date and a glob matcher.
 */
import type { Diagnostic, Finding, Severity, SourceLocation, SuppressionNote } from '../types.js';

export type RuleSetting = Severity | 'off';

export interface Suppression {
  rule: string;
  file?: string;
  resource?: string;
  sid?: string;
  statementIndex?: number;
  eventID?: string;
  principal?: string;
  account?: string;
  reason: string;
  expires?: string;
  loc: SourceLocation;
}

export interface ProjectConfig {
  /** The configuration file, when there is one. */
  file: string | null;
  ownerAccount?: string;
  trustedAccounts: string[];
  trustedOrgs: string[];
  attempts?: 'report' | 'ignore';
  ifExistsAlwaysPresent?: boolean;
  failOn?: 'critical' | 'high' | 'medium' | 'low';
  rules: Record<string, RuleSetting>;
  overrides: { files: string[]; rules: Record<string, RuleSetting>; loc: SourceLocation }[];
  rulesDirs: string[];
  exclude: string[];
  suppressions: Suppression[];
  /** Input size limits in bytes (maxFileSize, maxDecompressedSize); the command line wins. */
  maxFileBytes?: number;
  maxDecompressedBytes?: number;
}

export const EMPTY_CONFIG: ProjectConfig = { file: null, trustedAccounts: [], trustedOrgs: [], rules: {}, overrides: [], rulesDirs: [], exclude: [], suppressions: [] };

export interface ApplyContext {
  /** Today, as YYYY-MM-DD: a suppression whose `expires` is before it no longer applies. */
  today: string;
  /** Whether a finding's file matches a glob written in the configuration. */
  fileMatches(glob: string, file: string): boolean;
  /** Whether a value matches a glob (resource, principal). */
  matches(glob: string, value: string): boolean;
}

/** Severity settings, then suppressions; returns the findings kept and notes about expired suppressions. */
export function applyConfig(findings: readonly Finding[], config: ProjectConfig, context: ApplyContext): { findings: Finding[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const expiredNoted = new Set<Suppression>();
  const kept: Finding[] = [];
  for (const original of findings) {
    const setting = settingFor(original, config, context);
    if (setting === 'off') continue;
    let finding: Finding = setting && (original.status === 'violation' || original.status === 'unknown') ? { ...original, severity: setting } : original;
    if (finding.suppression?.expired) {
      const { suppression, ...rest } = finding;
      finding = rest;
      diagnostics.push({ code: 'suppression-expired', severity: 'warning', message: `the ${suppression.source} suppression of ${finding.ruleId} on ${finding.resource} expired on ${suppression.expires}; the finding is reported again`, loc: finding.loc });
    }
    if (finding.status === 'suppressed') {
      kept.push(finding);
      continue;
    }
    const match = config.suppressions.find((s) => suppresses(s, finding, context));
    if (match?.expires && match.expires < context.today) {
      if (!expiredNoted.has(match)) {
        expiredNoted.add(match);
        diagnostics.push({ code: 'suppression-expired', severity: 'warning', message: `this suppression of ${match.rule} expired on ${match.expires}; its findings are reported again (renew it with a new date, or fix them)`, loc: match.loc });
      }
      kept.push(finding);
    } else if (match) {
      const note: SuppressionNote = { reason: match.reason, source: 'config', ...(match.expires ? { expires: match.expires } : {}) };
      kept.push({ ...finding, status: 'suppressed', suppression: note });
    } else {
      kept.push(finding);
    }
  }
  return { findings: kept, diagnostics };
}

function settingFor(finding: Finding, config: ProjectConfig, context: ApplyContext): RuleSetting | undefined {
  let setting = config.rules[finding.ruleId];
  for (const override of config.overrides) {
    const value = override.rules[finding.ruleId];
    if (value !== undefined && override.files.some((glob) => context.fileMatches(glob, finding.loc.file))) setting = value;
  }
  return setting;
}

function suppresses(s: Suppression, f: Finding, context: ApplyContext): boolean {
  if (!context.matches(s.rule, f.ruleId)) return false;
  if (s.file !== undefined && !context.fileMatches(s.file, f.loc.file)) return false;
  if (s.resource !== undefined && !context.matches(s.resource, f.resource)) return false;
  if (s.sid !== undefined && f.statement?.sid !== s.sid) return false;
  if (s.statementIndex !== undefined && f.statement?.index !== s.statementIndex) return false;
  if (s.eventID !== undefined && f.event?.eventID !== s.eventID) return false;
  if (s.principal !== undefined && !context.matches(s.principal, f.event?.userArn ?? '')) return false;
  if (s.account !== undefined && f.event?.recipientAccountId !== s.account) return false;
  return true;
}
