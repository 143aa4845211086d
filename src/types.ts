/**
 * Core types shared by every stage: source → loaders → normalized policy → engine → reporters.
 * Coordinates are 1-based lines and columns everywhere; they are computed once, at parse time.
 */

/** Where a value sits in its file. Lines and columns are 1-based; `pointer` is an RFC 6901 JSON pointer. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  pointer: string;
}

/**
 * A parsed document as a tree of located nodes. Only `source.ts` knows the YAML library; loaders and the
 * normalizer see nothing but this tree.
 */
export type SourceNode = MapNode | SeqNode | ScalarNode | UnresolvedNode;

export interface MapEntry {
  key: string;
  keyLoc: SourceLocation;
  value: SourceNode;
}

export interface MapNode {
  kind: 'map';
  loc: SourceLocation;
  /** In source order; a key repeated in the source appears once per occurrence. */
  entries: MapEntry[];
}

export interface SeqNode {
  kind: 'seq';
  loc: SourceLocation;
  items: SourceNode[];
}

export interface ScalarNode {
  kind: 'scalar';
  loc: SourceLocation;
  value: string | number | boolean | null;
  /**
   * The value as a policy string: the source text of a plain scalar (so the YAML number `012345678901`
   * stays the account id it was written as), `"true"` for a boolean, the value of a quoted string.
   */
  text: string;
  /** For a `|` block scalar: where its content starts, so text parsed from it can be located exactly. */
  block?: { line: number; indent: number };
}

/** A value a loader could not resolve (CloudFormation intrinsic, Terraform unknown-after-apply). */
export interface UnresolvedNode {
  kind: 'unresolved';
  loc: SourceLocation;
  /** What the value is, for messages: `Fn::GetAtt Role.Arn`, `known after apply`, … */
  description: string;
  /**
   * The known shape of a partly resolved string (`Fn::Sub`, `Fn::Join`): the text with each unknown part
   * written as UNKNOWN_PART, e.g. the root of an account given as a template parameter.
   */
  pattern?: string;
}

/** Marks an unknown part inside an `UnresolvedNode.pattern`. */
export const UNKNOWN_PART = '\u0000?\u0000';

/** A value plus where it came from. `unresolved` values never match a pattern and never clear a finding. */
export interface Located<T> {
  value: T;
  loc: SourceLocation;
  unresolved?: string;
  /** For an unresolved string whose shape is known: see `UnresolvedNode.pattern`. */
  pattern?: string;
}

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** Who a statement really lets in (semantics.md §5–§6), from widest to narrowest. */
export type Exposure = 'public' | 'network' | 'cross-account' | 'account' | 'unknown';

export type Capability = 'encrypt' | 'decrypt' | 'admin' | 'escalation' | 'read-only';
export const CAPABILITIES: readonly Capability[] = ['encrypt', 'decrypt', 'admin', 'escalation', 'read-only'];

/** A problem with a file that stops kmslint from reading a policy at all: a parse error, a wrong shape. */
export interface Diagnostic {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  loc: SourceLocation;
}

/**
 * A grammar or lint problem inside a policy that could still be read. Rules decide how to report it
 * (`malformed-policy`, `unknown-action`, …); `code` is the stable key they select on.
 */
export interface PolicyIssue {
  code: PolicyIssueCode;
  message: string;
  loc: SourceLocation;
  statementIndex: number | null;
}

export type PolicyIssueCode =
  | 'grammar'
  | 'duplicate-key'
  | 'invalid-effect'
  | 'missing-principal'
  | 'missing-action'
  | 'wildcard-in-principal'
  | 'unsupported-version'
  | 'missing-version'
  | 'unknown-action'
  | 'duplicate-sid'
  | 'dangling-principal'
  | 'noncanonical-operator'
  | 'wildcard-without-like-operator'
  | 'policy-too-large';

/** Grammar errors make a policy malformed (KMS would reject it); the rest are lint warnings. */
export const ISSUE_LEVEL: Record<PolicyIssueCode, 'error' | 'warning'> = {
  grammar: 'error',
  'duplicate-key': 'error',
  'invalid-effect': 'error',
  'missing-principal': 'error',
  'missing-action': 'error',
  'wildcard-in-principal': 'error',
  'unsupported-version': 'error',
  'policy-too-large': 'error',
  'missing-version': 'warning',
  'unknown-action': 'warning',
  'duplicate-sid': 'warning',
  'dangling-principal': 'warning',
  'noncanonical-operator': 'warning',
  'wildcard-without-like-operator': 'warning',
};

export interface PrincipalSet {
  /** True when the element grants to everyone: `"*"`, `{"AWS": "*"}`, or `*` anywhere in a principal list. */
  wildcard: boolean;
  aws: Located<string>[];
  service: Located<string>[];
  federated: Located<string>[];
  canonicalUser: Located<string>[];
  loc: SourceLocation;
}

export interface ConditionClause {
  rawOperator: string;
  setQualifier: 'ForAnyValue' | 'ForAllValues' | null;
  /** Canonical spelling when the operator is known (`StringEquals`), else as written. */
  baseOperator: string;
  ifExists: boolean;
  knownOperator: boolean;
  /** Lower-cased for matching; condition keys are case-insensitive. */
  key: string;
  keyOriginal: string;
  values: Located<string>[];
  loc: SourceLocation;
}

/** The canonical statement of semantics.md §1.2. */
export interface Statement {
  index: number;
  sid: Located<string> | null;
  /** `Allow` or `Deny` when valid; null when missing, invalid or unresolved (see `issues`). */
  effect: 'Allow' | 'Deny' | null;
  effectLoc: SourceLocation | null;
  principal: PrincipalSet | null;
  notPrincipal: PrincipalSet | null;
  action: Located<string>[] | null;
  notAction: Located<string>[] | null;
  resource: Located<string>[] | null;
  notResource: Located<string>[] | null;
  conditions: ConditionClause[];
  /** The conditions cannot be known: an unresolved Condition block, or one given twice. */
  conditionsUnknown: string | null;
  /** False when the statement cannot grant or deny anything (semantics.md §8.1); see `ineffectiveBecause`. */
  effective: boolean;
  ineffectiveBecause: string[];
  loc: SourceLocation;
}

export interface Policy {
  version: Located<string> | null;
  id: Located<string> | null;
  statements: Statement[];
  /** UTF-8 length of the submitted document (KMS limit: 32,768). */
  rawSizeBytes: number;
  loc: SourceLocation;
  issues: PolicyIssue[];
}


/** Marker for "the account that owns the key" when a template does not know its number. */
export const SELF_ACCOUNT = '${AWS::AccountId}';

export type SourceKind = 'policy' | 'cloudformation' | 'terraform-plan' | 'terraform-state' | 'cloudtrail';

/** Rule `sources` name input families; a Terraform rule covers plans and state alike. */
export type RuleSource = 'policy' | 'cloudformation' | 'terraform' | 'cloudtrail';
export const RULE_SOURCES: readonly RuleSource[] = ['policy', 'cloudformation', 'terraform', 'cloudtrail'];

export function ruleSourceOf(kind: SourceKind): RuleSource {
  return kind === 'terraform-plan' || kind === 'terraform-state' ? 'terraform' : kind;
}

/** Multi-factor state of a CloudTrail caller (semantics.md §9): `none` = long-term keys, which cannot carry MFA. */
export type MfaState = 'true' | 'false' | 'none' | 'unknown';

/** The CloudTrail call that set a key policy. */
export interface EventFacts {
  eventID: string;
  eventName: string;
  eventSource: string;
  eventTime: string | null;
  awsRegion: string | null;
  recipientAccountId: string | null;
  principalId: string | null;
  userArn: string | null;
  userName: string | null;
  userType: string | null;
  mfaAuthenticated: boolean | null;
  errorCode: string | null;
  actor: { mfa: MfaState; viaService: boolean };
  /** The record as logged, for `field` tests in rules. */
  record: Record<string, unknown>;
}

/** Facts about the key beside its policy; they change how the policy is judged. */
export interface KeyFacts {
  /** The owning account: a 12-digit id, or SELF_ACCOUNT when only "this account" is known. */
  ownerAccount?: string;
  keyUsage?: string;
  keySpec?: string;
  bypassLockoutSafetyCheck?: boolean;
  event?: EventFacts;
}

/** One key policy found in an input, with everything the engine needs and nothing about the file format. */
export interface KeyPolicyDocument {
  source: SourceKind;
  /** CloudFormation logical id, Terraform address, key ARN or id, or the file path for a bare policy. */
  resource: string;
  /** Where the policy value sits in its file. */
  loc: SourceLocation;
  /** The policy arrived as a JSON string inside another document. */
  embedded: boolean;
  facts: KeyFacts;
  /** Null when the policy cannot be known (`unknown` says why): it then yields one `policy-unknown` finding. */
  policy: Policy | null;
  unknown?: string;
  /** The CDK construct path (`Stack/Key/Resource`) when the template came from `cdk synth`. */
  cdkPath?: string;
  suppressions?: InlineSuppression[];
}

export type FindingStatus = 'violation' | 'mitigated' | 'suppressed' | 'unknown' | 'attempt';

/** One rule result worth reporting. Field names follow the JSON output contract (version 1). */
export interface Finding {
  ruleId: string;
  severity: Severity;
  status: FindingStatus;
  message: string;
  source: SourceKind;
  loc: SourceLocation;
  resource: string;
  statement: { index: number; sid: string | null } | null;
  evidence: {
    actions: string[];
    principals: string[];
    exposure: Exposure | null;
    effectiveExposure?: Exposure;
    mitigatedBy?: string[];
    reason?: string;
  };
  event: Omit<EventFacts, 'actor' | 'record'> | null;
  /** Stable across edits that move lines: rule, source, resource, statement (Sid or index), event. */
  fingerprint: string;
  cdkPath?: string;
  /** Why a finding is suppressed, when it is. */
  suppression?: SuppressionNote;
}

export interface SuppressionNote {
  reason: string;
  /** `config`: .kmslint.yaml; `metadata`: the CloudFormation resource's Metadata. */
  source: 'config' | 'metadata';
  expires?: string;
  /** Past its `expires` date: it no longer suppresses, and the run says so. */
  expired?: true;
}

/** A suppression written beside the resource (CloudFormation `Metadata.kmslint.suppress`). */
export interface InlineSuppression {
  rule: string;
  reason: string;
  sid?: string;
  expires?: string;
  loc: SourceLocation;
}
