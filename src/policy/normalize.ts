/**
 * Located tree → canonical key policy (semantics.md §1.2). Tolerant by design: a grammar error becomes a
 * located `PolicyIssue` and the rest of the policy is still read, so one typo never hides a public grant.
 */
import keyPolicySchema from '../../schemas/key-policy.schema.json' with { type: 'json' };
import { globMatch, hasWildcard } from '../glob.js';
import { toPlain } from '../source.js';
import type {
  ConditionClause, Diagnostic, Located, MapNode, Policy, PolicyIssue, PolicyIssueCode, PrincipalSet, SourceLocation,
  SourceNode, Statement,
} from '../types.js';
import { validateTree, describeValue } from '../validation.js';
import { compareText } from '../order.js';

/** KMS's key policy size limit, in bytes (KMS Developer Guide, "Resource quotas"). */
export const KMS_POLICY_SIZE_LIMIT = 32_768;

export interface NormalizeOptions {
  /** UTF-8 length of the policy as submitted; defaults to the minified serialization. */
  rawSizeBytes?: number;
}

export interface NormalizeResult {
  policy: Policy | null;
  diagnostics: Diagnostic[];
  /** Set when the whole policy is a value kmslint cannot know (an unresolved intrinsic, known after apply). */
  unknown?: string;
}

const CONDITION_OPERATORS = [
  'StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike',
  'NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals',
  'DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals',
  'Bool', 'BinaryEquals', 'IpAddress', 'NotIpAddress', 'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'Null',
];
const OPERATOR_BY_LOWER = new Map(CONDITION_OPERATORS.map((op) => [op.toLowerCase(), op]));

export function normalizePolicy(root: SourceNode, options: NormalizeOptions = {}): NormalizeResult {
  if (root.kind === 'unresolved') return { policy: null, diagnostics: [], unknown: root.description };
  if (root.kind !== 'map') {
    return {
      policy: null,
      diagnostics: [{
        code: 'not-a-policy',
        severity: 'error',
        message: `expected a key policy object with a "Statement" list (got ${describeValue(toPlain(root))})`,
        loc: root.loc,
      }],
    };
  }
  const issues: PolicyIssue[] = [];
  const statementNodes = collectStatementNodes(root);
  const statementAt = (pointer: string): number | null => {
    const match = /^\/Statement(?:\/(\d+))?(?:\/|$)/.exec(pointer);
    if (!match) return null;
    return match[1] !== undefined ? Number(match[1]) : statementNodes.length === 1 ? 0 : null;
  };

  for (const problem of validateTree(keyPolicySchema, root)) {
    issues.push({ code: issueCodeFor(problem.pointer, problem.schemaPath), message: problem.message, loc: problem.loc, statementIndex: statementAt(problem.pointer) });
  }
  reportDuplicateKeys(root, (entryKey, loc, pointer) => {
    issues.push({
      code: 'duplicate-key',
      message: `"${entryKey}" appears more than once in the same object; AWS does not define which one wins, so kmslint evaluates all of them and keeps the more permissive reading`,
      loc,
      statementIndex: statementAt(pointer),
    });
  });

  const rawSizeBytes = options.rawSizeBytes ?? Buffer.byteLength(JSON.stringify(toPlain(root)), 'utf8');
  if (rawSizeBytes > KMS_POLICY_SIZE_LIMIT) {
    issues.push({
      code: 'policy-too-large',
      message: `the policy is ${rawSizeBytes} bytes; KMS rejects key policies over ${KMS_POLICY_SIZE_LIMIT} bytes (merge statements or move grants to IAM policies)`,
      loc: root.loc,
      statementIndex: null,
    });
  }

  const version = scalarOf(lastValue(root, 'Version'));
  if (!version) {
    issues.push({ code: 'missing-version', message: 'the policy has no "Version"; add "Version": "2012-10-17" (without it, policy variables such as ${aws:username} are literal text)', loc: root.loc, statementIndex: null });
  }
  const statements = statementNodes.map((node, index) => normalizeStatement(node, index, issues));
  return {
    policy: { version, id: scalarOf(lastValue(root, 'Id')), statements, rawSizeBytes, loc: root.loc, issues: sortIssues(issues) },
    diagnostics: [],
  };
}

function issueCodeFor(pointer: string, schemaPath: string): PolicyIssueCode {
  if (pointer === '/Version') return 'unsupported-version';
  if (/\/Effect$/.test(pointer)) return 'invalid-effect';
  if (schemaPath.includes('/principalElement/')) return 'missing-principal';
  if (schemaPath.includes('/actionElement/')) return 'missing-action';
  return 'grammar';
}

function collectStatementNodes(root: MapNode): SourceNode[] {
  const nodes: SourceNode[] = [];
  for (const value of valuesOf(root, 'Statement')) {
    if (value.kind === 'seq') nodes.push(...value.items);
    else nodes.push(value);
  }
  return nodes;
}

function normalizeStatement(node: SourceNode, index: number, issues: PolicyIssue[]): Statement {
  const empty: Statement = {
    index, sid: null, effect: null, effectLoc: null, principal: null, notPrincipal: null, action: null, notAction: null,
    resource: null, notResource: null, conditions: [], conditionsUnknown: null, effective: false, ineffectiveBecause: [], loc: node.loc,
  };
  if (node.kind === 'unresolved') {
    return { ...empty, conditionsUnknown: node.description, ineffectiveBecause: [`the statement is ${node.description}`] };
  }
  if (node.kind !== 'map') return { ...empty, ineffectiveBecause: ['the statement is not an object'] };

  const effectNodes = valuesOf(node, 'Effect');
  const effects = effectNodes.map((n) => (n.kind === 'scalar' ? n.text : ''));
  const effect = effects.includes('Allow') ? 'Allow' : effects.includes('Deny') ? 'Deny' : null;
  const conditionNodes = valuesOf(node, 'Condition');
  const { clauses, unknown: conditionsUnknown } = conditionNodes.length > 1
    ? { clauses: [], unknown: 'the Condition element appears more than once' }
    : parseConditions(conditionNodes[0] ?? null, index, issues);

  const statement: Statement = {
    ...empty,
    sid: scalarOf(lastValue(node, 'Sid')),
    effect,
    effectLoc: effectNodes[effectNodes.length - 1]?.loc ?? null,
    principal: principalSetOf(valuesOf(node, 'Principal')),
    notPrincipal: principalSetOf(valuesOf(node, 'NotPrincipal')),
    action: listOf(valuesOf(node, 'Action')),
    notAction: listOf(valuesOf(node, 'NotAction')),
    resource: listOf(valuesOf(node, 'Resource')),
    notResource: listOf(valuesOf(node, 'NotResource')),
    conditions: clauses,
    conditionsUnknown,
  };
  statement.ineffectiveBecause = ineffectiveReasons(statement, effectNodes.length > 0);
  statement.effective = statement.ineffectiveBecause.length === 0;
  return statement;
}

function ineffectiveReasons(statement: Statement, hasEffect: boolean): string[] {
  const reasons: string[] = [];
  if (!statement.effect) reasons.push(hasEffect ? 'its Effect is neither "Allow" nor "Deny"' : 'it has no Effect');
  if (!statement.principal && !statement.notPrincipal) reasons.push('it has no Principal');
  if (!statement.action && !statement.notAction) reasons.push('it has no Action');
  if (!statement.resource && !statement.notResource) reasons.push('it has no Resource, so it applies to nothing');
  else if (statement.resource && !statement.resource.some(resourceCanBeThisKey)) reasons.push('its Resource cannot be this key');
  else if (statement.notResource?.some((r) => !r.unresolved && /^\*+$/.test(r.value))) reasons.push('its NotResource excludes every resource');
  return reasons;
}

/**
 * In a key policy `Resource: "*"` means "this key"; an ARN pattern counts when it could name a KMS key
 * (semantics.md §2.5). Unresolved values might, so they count.
 */
function resourceCanBeThisKey(resource: Located<string>): boolean {
  if (resource.unresolved || /^\*+$/.test(resource.value)) return true;
  const parts = resource.value.split(':');
  if (parts.length < 6 || parts[0]!.toLowerCase() !== 'arn') return hasWildcard(resource.value) && globMatch(resource.value, 'arn:aws:kms:region:111122223333:key/id');
  const service = parts[2]!;
  const keyPart = parts.slice(5).join(':');
  return globMatch(service, 'kms', true) && (/^key\//.test(keyPart) || globMatch(keyPart, 'key/x'));
}

function parseConditions(node: SourceNode | null, index: number, issues: PolicyIssue[]): { clauses: ConditionClause[]; unknown: string | null } {
  if (!node) return { clauses: [], unknown: null };
  if (node.kind === 'unresolved') return { clauses: [], unknown: `the Condition is ${node.description}` };
  if (node.kind !== 'map') return { clauses: [], unknown: null };
  const clauses: ConditionClause[] = [];
  let unknown: string | null = null;
  for (const { key: rawOperator, keyLoc, value: block } of node.entries) {
    const parsed = parseOperator(rawOperator);
    if (!parsed.knownOperator) {
      issues.push({ code: 'grammar', message: `unknown condition operator "${rawOperator}" (see "IAM JSON policy elements: Condition operators")`, loc: keyLoc, statementIndex: index });
    } else if (parsed.canonical !== rawOperator) {
      issues.push({ code: 'noncanonical-operator', message: `condition operator "${rawOperator}" is not spelled as documented; write "${parsed.canonical}"`, loc: keyLoc, statementIndex: index });
    }
    if (block.kind === 'unresolved') {
      unknown = `the ${rawOperator} block is ${block.description}`;
      continue;
    }
    if (block.kind !== 'map') continue;
    for (const { key: keyOriginal, keyLoc: conditionKeyLoc, value } of block.entries) {
      const values = listOf([value]) ?? [];
      clauses.push({
        rawOperator,
        setQualifier: parsed.setQualifier,
        baseOperator: parsed.baseOperator,
        ifExists: parsed.ifExists,
        knownOperator: parsed.knownOperator,
        key: keyOriginal.toLowerCase(),
        keyOriginal,
        values,
        loc: conditionKeyLoc,
      });
      if (/^string(equals|notequals)(ignorecase)?$/i.test(parsed.baseOperator)) {
        for (const v of values) {
          if (!v.unresolved && hasWildcard(v.value)) {
            issues.push({
              code: 'wildcard-without-like-operator',
              message: `${rawOperator} compares "${v.value}" literally, so its "*" or "?" is not a wildcard; use ${parsed.baseOperator.includes('Not') ? 'StringNotLike' : 'StringLike'} if a pattern was meant`,
              loc: v.loc,
              statementIndex: index,
            });
          }
        }
      }
    }
  }
  return { clauses, unknown };
}

export function parseOperator(raw: string): {
  setQualifier: 'ForAnyValue' | 'ForAllValues' | null; baseOperator: string; ifExists: boolean; knownOperator: boolean; canonical: string;
} {
  let rest = raw;
  let setQualifier: 'ForAnyValue' | 'ForAllValues' | null = null;
  const qualifier = /^(ForAnyValue|ForAllValues):/i.exec(rest);
  if (qualifier) {
    setQualifier = qualifier[1]!.toLowerCase() === 'foranyvalue' ? 'ForAnyValue' : 'ForAllValues';
    rest = rest.slice(qualifier[0].length);
  }
  let ifExists = false;
  if (/IfExists$/i.test(rest) && rest.toLowerCase() !== 'null') {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const known = OPERATOR_BY_LOWER.get(rest.toLowerCase());
  const baseOperator = known ?? rest;
  const canonical = `${setQualifier ? `${setQualifier}:` : ''}${baseOperator}${ifExists ? 'IfExists' : ''}`;
  return { setQualifier, baseOperator, ifExists, knownOperator: known !== undefined && !(known === 'Null' && ifExists), canonical };
}

function principalSetOf(nodes: SourceNode[]): PrincipalSet | null {
  if (nodes.length === 0) return null;
  const set: PrincipalSet = { wildcard: false, aws: [], service: [], federated: [], canonicalUser: [], loc: nodes[0]!.loc };
  const fields = { AWS: set.aws, Service: set.service, Federated: set.federated, CanonicalUser: set.canonicalUser } as const;
  for (const node of nodes) {
    if (node.kind === 'map') {
      for (const entry of node.entries) {
        const target = fields[entry.key as keyof typeof fields];
        if (target) target.push(...(listOf([entry.value]) ?? []));
      }
    } else {
      set.aws.push(...(listOf([node]) ?? []));
    }
  }
  set.wildcard = [set.aws, set.service, set.federated, set.canonicalUser].some((list) => list.some((p) => !p.unresolved && p.value === '*'));
  return set;
}

/** An element that may be a scalar or a list, as a list of located strings (semantics.md §1.3 rules 2 and 4). */
function listOf(nodes: SourceNode[]): Located<string>[] | null {
  if (nodes.length === 0) return null;
  const values: Located<string>[] = [];
  const add = (node: SourceNode): void => {
    if (node.kind === 'scalar') values.push({ value: node.text, loc: node.loc });
    else if (node.kind === 'unresolved') values.push({ value: node.description, loc: node.loc, unresolved: node.description, ...(node.pattern !== undefined ? { pattern: node.pattern } : {}) });
  };
  for (const node of nodes) {
    if (node.kind === 'seq') node.items.forEach(add);
    else add(node);
  }
  return values;
}

function valuesOf(map: MapNode, key: string): SourceNode[] {
  return map.entries.filter((entry) => entry.key === key).map((entry) => entry.value);
}

function lastValue(map: MapNode, key: string): SourceNode | null {
  const values = valuesOf(map, key);
  return values[values.length - 1] ?? null;
}

function scalarOf(node: SourceNode | null): Located<string> | null {
  if (!node) return null;
  if (node.kind === 'scalar') return { value: node.text, loc: node.loc };
  if (node.kind === 'unresolved') return { value: node.description, loc: node.loc, unresolved: node.description };
  return null;
}

function reportDuplicateKeys(node: SourceNode, report: (key: string, loc: SourceLocation, pointer: string) => void): void {
  if (node.kind === 'map') {
    const seen = new Set<string>();
    for (const entry of node.entries) {
      if (seen.has(entry.key)) report(entry.key, entry.keyLoc, entry.keyLoc.pointer);
      seen.add(entry.key);
      reportDuplicateKeys(entry.value, report);
    }
  } else if (node.kind === 'seq') {
    node.items.forEach((item) => reportDuplicateKeys(item, report));
  }
}

export function sortIssues(issues: PolicyIssue[]): PolicyIssue[] {
  return issues.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column || compareText(a.code, b.code) || compareText(a.message, b.message));
}
