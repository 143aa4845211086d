/** Fills a rule's message template. The placeholder vocabulary is checked when the rule is compiled. */
import type { Finding } from '../types.js';
import type { DocumentContext, Unit } from './evaluate.js';
import { PLACEHOLDER, type CompiledRule } from './rules.js';

export interface MessageContext {
  rule: CompiledRule;
  context: DocumentContext;
  unit: Unit;
  actions: string[];
  evidence: Finding['evidence'];
}

const MFA_WORDS = {
  true: 'signed in with MFA',
  false: 'a session without MFA',
  none: 'long-term access keys, which cannot carry MFA',
  unknown: 'MFA state not logged',
} as const;

const list = (values: readonly string[]): string => (values.length > 0 ? values.join(', ') : 'none');

export function renderMessage(template: string, m: MessageContext): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => valueOf(name, m));
}

function valueOf(name: string, { rule, context, unit, actions, evidence }: MessageContext): string {
  const { document } = context;
  const statement = unit.kind === 'statement'
    ? unit.analysis
    : unit.kind === 'issue' && unit.issue.statementIndex !== null ? context.analysis?.statements[unit.issue.statementIndex] : undefined;
  if (name.startsWith('event.')) {
    const value = dig(document.facts.event?.record, name.split('.').slice(1));
    return value === undefined || value === null ? '(none)' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  if (name.startsWith('key.')) {
    const value = (document.facts as Record<string, unknown>)[name.slice(4)];
    return value === undefined ? '(unknown)' : String(value);
  }
  switch (name) {
    case 'rule.id': return rule.id;
    case 'rule.title': return rule.title;
    case 'resource.id': return document.resource;
    case 'source.file': return document.loc.file;
    case 'source.kind': return document.source;
    case 'statement.index': return statement ? String(statement.index) : '(none)';
    case 'statement.sid': return statement?.sid ?? '(none)';
    case 'statement.label': return statement ? `Statement ${statement.label}` : 'The policy';
    case 'principals': {
      if (unit.kind === 'statement' && unit.analysis.principalElement === 'NotPrincipal') return `everyone except ${list(evidence.principals.map((p) => `"${p}"`))}`;
      return list(evidence.principals.map((p) => `"${p}"`));
    }
    case 'actions.matched': return list(actions.length > 0 ? actions : unit.kind === 'statement' ? unit.analysis.actions.actions : []);
    case 'exposure': return evidence.exposure ?? '(none)';
    case 'exposure.reason': return evidence.reason ?? '(none)';
    case 'mitigatedBy': return list(evidence.mitigatedBy ?? []);
    case 'policy.sizeBytes': return String(document.policy?.rawSizeBytes ?? '(unknown)');
    case 'policy.statementCount': return String(document.policy?.statements.length ?? '(unknown)');
    case 'policy.unknown': return document.unknown ?? '(known)';
    case 'issue.message': return unit.kind === 'issue' ? unit.issue.message : '(none)';
    case 'issue.code': return unit.kind === 'issue' ? unit.issue.code : '(none)';
    case 'actor.mfa': return MFA_WORDS[document.facts.event?.actor.mfa ?? 'unknown'];
    default: return `{{${name}}}`;
  }
}

/** The value at a dotted path inside a plain object, or undefined. */
export function dig(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const token of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}
