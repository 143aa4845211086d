/**
 * CloudFormation intrinsic functions inside a key policy (semantics.md §1.1, inputs.md §2.4). The account,
 * partition, region and URL suffix resolve symbolically; everything else becomes an `unresolved` node, which
 * never matches "*" and never clears a finding. `Fn::If` keeps both branches where a list can hold them.
 */
import { SELF_ACCOUNT, UNKNOWN_PART, type MapEntry, type SourceNode } from '../types.js';

const PSEUDO_PARAMETERS: Record<string, string> = {
  'AWS::AccountId': SELF_ACCOUNT,
  'AWS::Partition': 'aws',
  'AWS::Region': '${AWS::Region}',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': '${AWS::StackName}',
};

/** `no-value` (`!Ref AWS::NoValue`) is dropped from lists and maps; `branches` are both sides of an `Fn::If`. */
type Resolved = SourceNode | { kind: 'no-value' } | { kind: 'branches'; branches: SourceNode[] };
const NO_VALUE: Resolved = { kind: 'no-value' };

/** The intrinsic a map stands for (`{"Fn::Sub": …}`, `{"Ref": …}`), or null for an ordinary map. */
export function intrinsicName(node: SourceNode): string | null {
  if (node.kind !== 'map' || node.entries.length !== 1) return null;
  const key = node.entries[0]!.key;
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') ? key : null;
}

/**
 * What the template around a policy says: the types of its resources, so `Fn::GetAtt Role.Arn` of an IAM
 * role defined in the same stack is known to be "a role of this account".
 */
export interface TemplateContext {
  resourceTypes: ReadonlyMap<string, string>;
}

const IAM_IDENTITY_TYPES: Record<string, string> = { 'AWS::IAM::Role': 'role', 'AWS::IAM::User': 'user' };

export function resolveIntrinsics(node: SourceNode, template: TemplateContext | null = null): SourceNode {
  const resolved = resolve(node, template);
  if (resolved.kind === 'no-value') return { kind: 'unresolved', loc: node.loc, description: 'AWS::NoValue' };
  if (resolved.kind === 'branches') return { kind: 'seq', loc: node.loc, items: resolved.branches };
  return resolved;
}

function resolve(node: SourceNode, template: TemplateContext | null): Resolved {
  if (node.kind === 'scalar' || node.kind === 'unresolved') return node;
  if (node.kind === 'seq') {
    const items: SourceNode[] = [];
    for (const item of node.items) {
      const value = resolve(item, template);
      if (value.kind === 'no-value') continue;
      if (value.kind === 'branches') items.push(...value.branches);
      else items.push(value);
    }
    return { ...node, items };
  }
  const name = intrinsicName(node);
  if (!name) {
    const entries: MapEntry[] = [];
    for (const entry of node.entries) {
      const value = resolve(entry.value, template);
      if (value.kind === 'no-value') continue;
      entries.push({ ...entry, value: value.kind === 'branches' ? branchesAsValue(value.branches, entry.value) : value });
    }
    return { ...node, entries };
  }
  return resolveFunction(name, node.entries[0]!.value, node, template);
}

/** Both branches of an `Fn::If` in a single slot: a list when each branch is a value or a list, else unknown. */
function branchesAsValue(branches: SourceNode[], at: SourceNode): SourceNode {
  if (branches.every((b) => b.kind === 'scalar' || b.kind === 'seq')) {
    return { kind: 'seq', loc: at.loc, items: branches.flatMap((b) => (b.kind === 'seq' ? b.items : [b])) };
  }
  return unresolved(at, 'Fn::If with branches kmslint cannot combine');
}

/** A resolved value as a single node, or null for "no value" and for both branches of an `Fn::If`. */
function plain(value: Resolved): SourceNode | null {
  return value.kind === 'no-value' || value.kind === 'branches' ? null : value;
}

function unresolved(node: SourceNode, description: string, pattern?: string): SourceNode {
  return pattern === undefined ? { kind: 'unresolved', loc: node.loc, description } : { kind: 'unresolved', loc: node.loc, description, pattern };
}

function scalar(node: SourceNode, text: string): SourceNode {
  return { kind: 'scalar', loc: node.loc, value: text, text };
}

function resolveFunction(name: string, argument: SourceNode, node: SourceNode, template: TemplateContext | null): Resolved {
  switch (name) {
    case 'Ref': {
      const target = argument.kind === 'scalar' ? argument.text : '';
      if (target === 'AWS::NoValue') return NO_VALUE;
      const pseudo = PSEUDO_PARAMETERS[target];
      return pseudo !== undefined ? scalar(node, pseudo) : unresolved(node, `Ref ${target || '(invalid)'}`);
    }
    case 'Fn::Sub':
      return resolveSub(argument, node, template);
    case 'Fn::Join': {
      if (argument.kind !== 'seq' || argument.items.length !== 2) return unresolved(node, 'Fn::Join (malformed)');
      const delimiter = argument.items[0]!;
      const list = plain(resolve(argument.items[1]!, template));
      if (delimiter.kind !== 'scalar' || list?.kind !== 'seq') return unresolved(node, 'Fn::Join over a value kmslint cannot resolve');
      const texts: string[] = [];
      let missing: string | null = null;
      for (const item of list.items) {
        const part = plain(resolve(item, template));
        if (part?.kind === 'scalar') texts.push(part.text);
        else {
          missing ??= part?.kind === 'unresolved' ? part.description : 'a value kmslint cannot resolve';
          texts.push(part?.kind === 'unresolved' && part.pattern !== undefined ? part.pattern : UNKNOWN_PART);
        }
      }
      const joined = texts.join(delimiter.text);
      return missing ? unresolved(node, `Fn::Join with ${missing}`, joined) : scalar(node, joined);
    }
    case 'Fn::If': {
      if (argument.kind !== 'seq' || argument.items.length !== 3) return unresolved(node, 'Fn::If (malformed)');
      const branches = [resolve(argument.items[1]!, template), resolve(argument.items[2]!, template)].flatMap((b) => (b.kind === 'no-value' ? [] : b.kind === 'branches' ? b.branches : [b]));
      return branches.length === 0 ? NO_VALUE : branches.length === 1 ? branches[0]! : { kind: 'branches', branches };
    }
    case 'Fn::GetAtt': {
      const [resource, attribute] = argument.kind === 'seq' ? argument.items.map((i) => (i.kind === 'scalar' ? i.text : '')) : [];
      const kind = resource ? IAM_IDENTITY_TYPES[template?.resourceTypes.get(resource) ?? ''] : undefined;
      // The name is generated at deployment, but the account is certainly this one.
      if (kind && attribute === 'Arn') return scalar(node, `arn:aws:iam::${SELF_ACCOUNT}:${kind}/${resource}`);
      return unresolved(node, `Fn::GetAtt ${resource ?? ''}${attribute ? `.${attribute}` : ''}`);
    }
    default: {
      const detail = argument.kind === 'scalar' ? ` ${argument.text}` : argument.kind === 'seq' && argument.items.every((i) => i.kind === 'scalar') ? ` ${argument.items.map((i) => (i.kind === 'scalar' ? i.text : '')).join('.')}` : '';
      return unresolved(node, `${name}${detail}`);
    }
  }
}

/** `Fn::Sub`: pseudo parameters and literal variables substitute; any other `${Name}` leaves it unresolved. */
function resolveSub(argument: SourceNode, node: SourceNode, context: TemplateContext | null): SourceNode {
  let template: SourceNode | undefined = argument;
  const variables = new Map<string, string>();
  if (argument.kind === 'seq') {
    template = argument.items[0];
    const map = argument.items[1];
    if (map?.kind === 'map') {
      for (const entry of map.entries) {
        const value = plain(resolve(entry.value, context));
        if (value?.kind === 'scalar') variables.set(entry.key, value.text);
      }
    }
  }
  if (template?.kind !== 'scalar') return unresolved(node, 'Fn::Sub (malformed)');
  let missing: string | null = null;
  const text = template.text.replace(/\$\{(!?)([^}]*)\}/g, (_whole, literal: string, name: string) => {
    if (literal) return `\${${name}}`;
    const value = variables.get(name) ?? PSEUDO_PARAMETERS[name];
    if (value === undefined) missing ??= name;
    return value ?? UNKNOWN_PART;
  });
  return missing ? unresolved(node, `Fn::Sub "${template.text}" (\${${missing}} is not known before deployment)`, text) : scalar(node, text);
}
