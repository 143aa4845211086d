/**
 * The blind spots of the Splunk detection kmslint grew from (semantics.md §11), one assembled CloudTrail
 * record each. Here the engine judges the policy carried by each event; turning a failed call into an
 * `attempt` is the CloudTrail loader's job.
 */
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyzePolicy } from '../src/policy/analyze.js';
import { normalizePolicy } from '../src/policy/normalize.js';
import { parseSource } from '../src/source.js';
import type { PolicyAnalysis } from '../src/policy/analyze.js';

interface CloudTrailRecord {
  eventID: string;
  eventName: string;
  eventSource: string;
  errorCode?: string;
  recipientAccountId: string;
  requestParameters: { policy?: string } | null;
}

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`fixtures/cloudtrail/${name}`, import.meta.url), 'utf8'));
const records = (fixture('kms_edge_cases.records.json') as { Records: CloudTrailRecord[] }).Records;
const expectations = (fixture('kms_edge_cases.expected.json') as { events: Record<string, { expected: string; why: string }> }).events;

function analyzeEventPolicy(record: CloudTrailRecord): { analysis: PolicyAnalysis | null; diagnostics: string[] } {
  const text = record.requestParameters?.policy;
  if (typeof text !== 'string') return { analysis: null, diagnostics: [] };
  const parsed = parseSource(text, `event ${record.eventID}`, { json: true });
  if (!parsed.root) return { analysis: null, diagnostics: parsed.diagnostics.map((d) => d.code) };
  const normalized = normalizePolicy(parsed.root, { rawSizeBytes: Buffer.byteLength(text) });
  return { analysis: analyzePolicy(normalized.policy!, { ownerAccount: record.recipientAccountId }), diagnostics: [] };
}

/** Some effective Allow lets any AWS account encrypt, decrypt or administer the key, and no Deny neutralises it. */
function grantsPublicAccess(analysis: PolicyAnalysis): boolean {
  return analysis.statements.some((s) => s.effect === 'Allow' && s.effective && s.exposure === 'public' && !s.mitigation?.complete
    && (s.capabilities.encrypt.length + s.capabilities.decrypt.length + s.capabilities.admin.length > 0));
}

const blindSpots = suite('Splunk seed blind spots (semantics.md §11) on the assembled edge-case records');
for (const record of records) {
  const id = record.eventID.slice(-3);
  const { expected, why } = expectations[record.eventID]!;
  blindSpots(`…${id} ${record.eventName}${record.errorCode ? ` (${record.errorCode})` : ''}: ${record.errorCode ? 'an attempt' : expected} — ${why.slice(0, 90)}`, () => {
    const { analysis, diagnostics } = analyzeEventPolicy(record);
    if (id === '012') {
      assert.equal(diagnostics, ['parse-error'], 'a truncated policy string is a diagnostic, not a verdict');
      return;
    }
    if (record.eventSource !== 'kms.amazonaws.com' || !record.requestParameters?.policy) {
      assert.is(analysis, null, 'no key policy in this event');
      assert.is(expected, 'clean');
      return;
    }
    assert.ok(analysis);
    if (record.errorCode) {
      assert.ok(grantsPublicAccess(analysis!), 'the attempted policy was public');
      assert.is(expected, 'clean', 'nothing was applied');
      return;
    }
    assert.is(grantsPublicAccess(analysis!), expected === 'violation');
  });
}
blindSpots('every record of the matrix is covered', () => {
  assert.is(records.length, 18);
  assert.is(Object.keys(expectations).length, 18);
});
blindSpots.run();

const splunkSamples = suite('the Splunk detection\'s own sample events are true positives');
for (const name of ['aws_cloudtrail_createkey.example_log.json', 'aws_cloudtrail_putkeypolicy.example_log.json']) {
  splunkSamples(name, () => {
    const record = fixture(name) as CloudTrailRecord;
    const { analysis } = analyzeEventPolicy(record);
    assert.ok(analysis && grantsPublicAccess(analysis));
    const last = analysis!.statements[analysis!.statements.length - 1]!;
    assert.equal([last.exposure, last.capabilities.encrypt], ['public', ['kms:Encrypt']]);
  });
}
splunkSamples.run();
