/**
 * Conformance with the peers' own test suites (../shared/corpus/peers): kmslint agrees with each peer's
 * expected verdict, or the difference is deliberate and listed, with its reason, in
 * test/conformance/expectations.json. docs/peer-comparison.md is generated from the same run.
 */
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

// @ts-expect-error -- plain JavaScript shared with scripts/peer-comparison.mjs
import { runConformance } from '../scripts/conformance.mjs';

interface Case { resource: string | null; peer: string; kmslint: string }
interface Result { file: string; peer: string; format: string; status: string; cases: Case[]; unreadable?: string[] }
const results = (await runConformance()) as Result[];
const expectations = JSON.parse(readFileSync(new URL('conformance/expectations.json', import.meta.url), 'utf8')) as { differences: Record<string, { kmslint: string; reason: string }> };

const conformance = suite('conformance with the peers\' test fixtures');
conformance('every peer file is accounted for', () => {
  assert.is(results.length, 68);
  const readable = results.filter((r) => r.status === 'agree' || r.status === 'differ');
  assert.ok(readable.length >= 39, `${readable.length} fixtures compared`);
  // An empty document named on the command line is refused as no input; the peer skips it too.
  for (const r of readable) {
    const allowed = r.file.endsWith('case01-empty-skip.yaml') ? ['not a key policy, CloudFormation template, Terraform plan or state, or CloudTrail log; if it is one, say which with --input'] : [];
    assert.equal(r.unreadable ?? [], allowed, `${r.file} could not be read`);
  }
});
for (const result of results.filter((r) => r.status === 'agree' || r.status === 'differ')) {
  conformance(`${result.peer} › ${result.file}`, () => {
    const listed = expectations.differences[result.file];
    if (result.status === 'agree') {
      assert.is(listed, undefined, 'listed as a difference, but kmslint now agrees: remove the entry');
      return;
    }
    assert.ok(listed, `kmslint differs from ${result.peer} (${JSON.stringify(result.cases)}) without a documented reason`);
    assert.ok(result.cases.every((c) => c.kmslint === listed!.kmslint), `expected kmslint to ${listed!.kmslint}: ${JSON.stringify(result.cases)}`);
    assert.match(listed!.reason, /(peers|semantics)\.md §/);
  });
}
conformance('docs/peer-comparison.md is generated from this run (npm run docs)', async () => {
  // @ts-expect-error -- plain JavaScript
  const { peerComparison } = await import('../scripts/peer-comparison.mjs');
  assert.is(peerComparison(results, expectations), readFileSync(new URL('../docs/peer-comparison.md', import.meta.url), 'utf8'));
});
conformance.run();
