/**
 * Every container CloudTrail data arrives in (inputs.md §3.7): S3 log files `{"Records": [...]}`, single
 * records, arrays, EventBridge envelopes, `lookup-events` output, CloudWatch Logs subscriptions (decoded
 * or base64+gzip), OCSF API Activity from Security Lake, Splunk exports, Panther test files — unwrapped
 * recursively, string-encoded records included. Only key-policy events become documents.
 */
import { gunzipSync } from 'node:zlib';
import type { Diagnostic, KeyPolicyDocument, SourceLocation } from '../types.js';
import { documentFromRecord, isKeyPolicyEvent } from './cloudtrail-record.js';
import { keySnapshotDocument, looksLikeKeySnapshot, type LoadResult } from './policy.js';
import type { TextLocator } from './text-locator.js';
import { asObject, type Json } from './json.js';


const MAX_WRAPPER_DEPTH = 8;

/** Top-level shapes that mark a CloudTrail container or record. */
export function looksLikeCloudTrail(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.slice(0, 5).some((v) => looksLikeCloudTrail(v));
  const object = asObject(value);
  if (!object) return false;
  return Array.isArray(object.Records) || typeof object['detail-type'] === 'string' || asObject(object.awslogs) !== null || Array.isArray(object.logEvents)
    || (Array.isArray(object.Events) && object.Events.some((e) => typeof asObject(e)?.CloudTrailEvent === 'string'))
    || object.class_uid === 6003 || (typeof object.eventSource === 'string' && typeof object.eventName === 'string')
    || asObject(object.Log) !== null || typeof asObject(object.result)?._raw === 'string' || looksLikeKeySnapshot(object.Resource);
}

/** A CloudTrail digest file (log-file validation): hashes of log files, no events. */
export function looksLikeDigest(value: unknown): boolean {
  const object = asObject(value);
  return object !== null && Array.isArray(object.logFiles) && 'digestStartTime' in object;
}

type Item = { kind: 'record' | 'snapshot'; value: Json; pointer: string } | { kind: 'error'; message: string; pointer: string };

/** Yields the records (and key snapshots) inside any container, however deeply wrapped. */
export function* unwrap(value: unknown, pointer: string, depth = 0): Generator<Item> {
  if (depth > MAX_WRAPPER_DEPTH) {
    yield { kind: 'error', message: 'wrappers nested too deeply', pointer };
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* unwrap(value[i], `${pointer}/${i}`, depth + 1);
    return;
  }
  const object = asObject(value);
  if (!object) return;
  const decodeString = function* (text: unknown, at: string, what: string): Generator<Item> {
    if (typeof text !== 'string') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      yield { kind: 'error', message: `${what} is not valid JSON (${(error as Error).message})`, pointer: at };
      return;
    }
    yield* unwrap(parsed, at, depth + 1);
  };
  if (Array.isArray(object.Records)) {
    // CloudTrail writes plain records into its S3 objects, and nothing else: an entry is a record or
    // ignored, never another container. That is what lets the S3 prefilter stay exact and fast.
    for (let i = 0; i < object.Records.length; i++) {
      const record = asObject(object.Records[i]);
      if (record && typeof record.eventSource === 'string') yield { kind: 'record', value: record, pointer: `${pointer}/Records/${i}` };
    }
  }
  else if (typeof object['detail-type'] === 'string' && asObject(object.detail)) yield* unwrap(object.detail, `${pointer}/detail`, depth + 1);
  else if (asObject(object.awslogs)) {
    const data = asObject(object.awslogs)!.data;
    try {
      const decoded = gunzipSync(Buffer.from(String(data), 'base64'), { maxOutputLength: 64 * 1024 * 1024 }).toString('utf8');
      yield* decodeString(decoded, `${pointer}/awslogs/data`, 'the decoded awslogs.data');
    } catch (error) {
      yield { kind: 'error', message: `awslogs.data is not base64-encoded gzip (${(error as Error).message})`, pointer: `${pointer}/awslogs/data` };
    }
  } else if (Array.isArray(object.logEvents)) {
    if (object.messageType === 'CONTROL_MESSAGE') return;
    for (let i = 0; i < object.logEvents.length; i++) {
      yield* decodeString(asObject(object.logEvents[i])?.message, `${pointer}/logEvents/${i}/message`, 'a CloudWatch Logs message');
    }
  } else if (Array.isArray(object.Events)) {
    for (let i = 0; i < object.Events.length; i++) {
      yield* decodeString(asObject(object.Events[i])?.CloudTrailEvent, `${pointer}/Events/${i}/CloudTrailEvent`, 'a lookup-events CloudTrailEvent');
    }
  } else if (object.class_uid === 6003) {
    const record = recordFromOcsf(object);
    if (typeof record === 'string') yield { kind: 'error', message: record, pointer };
    else yield { kind: 'record', value: record, pointer };
  } else if (typeof asObject(object.result)?._raw === 'string') {
    yield* decodeString(asObject(object.result)!._raw, `${pointer}/result/_raw`, 'a Splunk _raw event');
  } else if (asObject(object.Log)) {
    yield* unwrap(object.Log, `${pointer}/Log`, depth + 1);
  } else if (asObject(object.Resource) && looksLikeKeySnapshot(object.Resource)) {
    yield { kind: 'snapshot', value: asObject(object.Resource)!, pointer: `${pointer}/Resource` };
  } else if (typeof object.eventSource === 'string') {
    yield { kind: 'record', value: object, pointer };
  }
}

/** OCSF 1.1 API Activity (Security Lake) back to CloudTrail's field names; the request is a JSON string. */
function recordFromOcsf(event: Json): Json | string {
  const api = asObject(event.api) ?? {};
  const actor = asObject(event.actor) ?? {};
  const user = asObject(actor.user) ?? {};
  const session = asObject(actor.session);
  const parse = (data: unknown, what: string): Json | null | string => {
    if (data === undefined || data === null) return null;
    if (typeof data !== 'string') return asObject(data);
    try {
      return asObject(JSON.parse(data));
    } catch (error) {
      return `OCSF ${what} is not valid JSON (${(error as Error).message})`;
    }
  };
  const request = parse(asObject(api.request)?.data, 'api.request.data');
  const response = parse(asObject(api.response)?.data, 'api.response.data');
  if (typeof request === 'string') return request;
  if (typeof response === 'string') return response;
  const error = asObject(api.response)?.error;
  const accountId = asObject(user.account)?.uid ?? asObject(asObject(event.cloud)?.account)?.uid;
  return {
    eventSource: asObject(api.service)?.name,
    eventName: api.operation,
    eventID: asObject(event.metadata)?.uid,
    eventTime: event.time_dt ?? event.time,
    awsRegion: asObject(event.cloud)?.region,
    recipientAccountId: asObject(asObject(event.cloud)?.account)?.uid ?? accountId,
    userIdentity: {
      type: user.type,
      arn: user.uid,
      principalId: user.uid_alt,
      accountId,
      userName: user.name,
      ...(typeof actor.invoked_by === 'string' ? { invokedBy: actor.invoked_by } : {}),
      ...(session && typeof session.is_mfa === 'boolean' ? { sessionContext: { attributes: { mfaAuthenticated: String(session.is_mfa) } } } : {}),
    },
    requestParameters: request,
    responseElements: response,
    ...(typeof error === 'string' && error !== '' ? { errorCode: error } : {}),
  };
}

export interface CloudTrailOptions {
  /** Where the value sits when no text search is possible (an NDJSON line). */
  base: SourceLocation;
  /** The raw text, to find each event's line by its eventID. */
  locator?: TextLocator;
}

export function loadCloudTrailValue(value: unknown, options: CloudTrailOptions): LoadResult {
  const documents: KeyPolicyDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const at = (pointer: string, eventID?: string): SourceLocation => {
    // A record inside a JSON string (lookup-events, CloudWatch Logs) has escaped quotes: then find the bare id.
    const found = options.locator && eventID
      ? options.locator.search('eventID', eventID, 0, pointer) ?? (eventID.length >= 8 && options.locator.indexOf(eventID) >= 0 ? options.locator.find(eventID, 0, pointer) : null)
      : null;
    const loc = found ?? options.base;
    return { ...loc, pointer: options.base.pointer + pointer };
  };
  for (const item of unwrap(value, '')) {
    if (item.kind === 'error') {
      diagnostics.push({ code: 'parse-error', severity: 'error', message: item.message, loc: at(item.pointer) });
    } else if (item.kind === 'snapshot') {
      const result = keySnapshotDocument(item.value, at(item.pointer));
      if (result.document) documents.push(result.document);
      diagnostics.push(...result.diagnostics);
    } else if (isKeyPolicyEvent(item.value)) {
      const id = typeof item.value.eventID === 'string' ? item.value.eventID : undefined;
      const result = documentFromRecord(item.value, at(item.pointer, id));
      if (result.document) documents.push(result.document);
      diagnostics.push(...result.diagnostics);
    }
  }
  return { documents, diagnostics };
}
