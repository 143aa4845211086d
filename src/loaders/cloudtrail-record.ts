/**
 * One CloudTrail record → the key policy it set (semantics.md §10, inputs.md §3). Records arrive through
 * `JSON.parse` (the bulk path), so every finding is located at the record; the policy string inside is
 * re-parsed with positions only to report its own syntax and grammar errors.
 */
import { fromPlain, parseEmbeddedJson } from '../source.js';
import type { Diagnostic, EventFacts, KeyFacts, KeyPolicyDocument, MfaState, SourceLocation } from '../types.js';
import { policyDocument } from './policy.js';
import { asObject, type Json } from './json.js';

export const KEY_POLICY_EVENTS = new Set(['CreateKey', 'PutKeyPolicy', 'ReplicateKey']);
export const KMS_EVENT_SOURCE = 'kms.amazonaws.com';


const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Filter on eventSource too: `CreateKey` also exists for payment-cryptography.amazonaws.com. */
export function isKeyPolicyEvent(record: Json): boolean {
  return record.eventSource === KMS_EVENT_SOURCE && typeof record.eventName === 'string' && KEY_POLICY_EVENTS.has(record.eventName);
}

/** The MFA state and service involvement of the caller (semantics.md §9). */
export function eventFacts(record: Json): EventFacts {
  const identity = asObject(record.userIdentity) ?? {};
  const session = asObject(identity.sessionContext);
  const attributes = asObject(session?.attributes);
  const issuer = asObject(session?.sessionIssuer);
  const rawMfa = attributes?.mfaAuthenticated;
  const mfaText = rawMfa === true || rawMfa === 'true' ? 'true' : rawMfa === false || rawMfa === 'false' ? 'false' : null;
  const userType = asString(identity.type);
  let mfa: MfaState;
  if (mfaText) mfa = mfaText;
  else if (userType === 'IAMUser' || userType === 'Root') mfa = 'none';
  else mfa = 'unknown';
  return {
    eventID: asString(record.eventID) ?? '',
    eventName: asString(record.eventName) ?? '',
    eventSource: asString(record.eventSource) ?? '',
    eventTime: asString(record.eventTime),
    awsRegion: asString(record.awsRegion),
    recipientAccountId: asString(record.recipientAccountId),
    principalId: asString(identity.principalId),
    userArn: asString(identity.arn),
    userName: asString(identity.userName) ?? asString(issuer?.userName),
    userType,
    mfaAuthenticated: mfaText === null ? null : mfaText === 'true',
    errorCode: asString(record.errorCode),
    // CloudFormation and other services acting for a caller set invokedBy; IaC pipelines would otherwise always fire.
    actor: { mfa, viaService: userType === 'AWSService' || typeof identity.invokedBy === 'string' },
    record,
  };
}

/** The policy KMS applies when CreateKey names none (KMS Developer Guide, "Default key policy"). */
export function defaultKeyPolicy(account: string, partition = 'aws'): Json {
  return {
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:${partition}:iam::${account}:root` }, Action: 'kms:*', Resource: '*' }],
  };
}

function keyResource(record: Json, facts: EventFacts): string {
  const request = asObject(record.requestParameters) ?? {};
  const response = asObject(record.responseElements) ?? {};
  const metadata = asObject(response.keyMetadata) ?? asObject(response.replicaKeyMetadata);
  const fromResources = Array.isArray(record.resources) ? asString(asObject(record.resources[0])?.ARN) : null;
  return asString(metadata?.arn) ?? asString(request.keyId) ?? fromResources ?? `event ${facts.eventID}`;
}

export interface RecordResult {
  document: KeyPolicyDocument | null;
  diagnostics: Diagnostic[];
}

/** The key policy a key-policy event set, requested or (for ReplicateKey) applied. */
export function documentFromRecord(record: Json, loc: SourceLocation): RecordResult {
  const facts = eventFacts(record);
  const request = asObject(record.requestParameters) ?? {};
  const response = asObject(record.responseElements) ?? {};
  const owner = facts.recipientAccountId ?? asString(asObject(record.userIdentity)?.accountId) ?? undefined;
  const keyFacts: KeyFacts = { ...(owner ? { ownerAccount: owner } : {}), event: facts };
  const bypass = request.bypassPolicyLockoutSafetyCheck;
  if (bypass !== undefined) keyFacts.bypassLockoutSafetyCheck = bypass === true || bypass === 'true';
  const keyUsage = asString(request.keyUsage);
  const keySpec = asString(request.keySpec) ?? asString(request.customerMasterKeySpec);
  if (keyUsage) keyFacts.keyUsage = keyUsage;
  if (keySpec) keyFacts.keySpec = keySpec;

  const origin = { source: 'cloudtrail' as const, resource: keyResource(record, facts), loc, embedded: true, facts: keyFacts };
  const replicaPolicy = facts.eventName === 'ReplicateKey' ? response.replicaPolicy : undefined;
  const policyField = replicaPolicy !== undefined && replicaPolicy !== null ? 'responseElements/replicaPolicy' : 'requestParameters/policy';
  const policy = replicaPolicy ?? request.policy;
  const at = (pointer: string): SourceLocation => ({ ...loc, pointer: `${loc.pointer}/${pointer}` });

  if (policy === undefined || policy === null) {
    if (facts.eventName === 'PutKeyPolicy') {
      return { document: null, diagnostics: [{ code: 'event-without-policy', severity: 'warning', message: `PutKeyPolicy event ${facts.eventID} carries no policy (CloudTrail may have omitted it); nothing to check`, loc }] };
    }
    const partition = /^arn:([^:]+):/.exec(origin.resource)?.[1] ?? 'aws';
    const account = owner ?? '${AWS::AccountId}';
    return policyDocument(fromPlain(defaultKeyPolicy(account, partition), at('(default key policy)')), origin);
  }
  if (typeof policy === 'string') {
    const parsed = parseEmbeddedJson(policy, loc.file, at(policyField));
    if (!parsed.root) {
      const cause = parsed.diagnostics[0]?.message ?? 'unreadable';
      return { document: null, diagnostics: [{ code: 'parse-error', severity: 'error', message: `the ${policyField.replace('/', '.')} of event ${facts.eventID} is not valid JSON (${cause})`, loc: at(policyField) }] };
    }
    return policyDocument(parsed.root, { ...origin, rawSizeBytes: Buffer.byteLength(policy, 'utf8') });
  }
  return policyDocument(fromPlain(policy, at(policyField)), origin);
}
