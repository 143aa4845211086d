// Runs kmslint over the peers' own test fixtures (../shared/corpus/peers) and compares, per resource, with
// the verdict each peer expects. Used by test/conformance.test.ts and by scripts/peer-comparison.mjs.
// Needs the build (lib/).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const PEERS_DIR = path.resolve(root, '../shared/corpus/peers');
const READABLE = new Set(['cloudformation-yaml', 'cloudformation-json', 'policy-json', 'terraform-plan-json']);
/** Every peer's check asks "is this key open to anyone": a kmslint grant finding with public or network exposure. */
const isOpen = (f) => f.status === 'violation' && (f.ruleId === 'allow-with-notprincipal' || (f.statement && (f.evidence.exposure === 'public' || f.evidence.exposure === 'network') && f.evidence.actions.length > 0));
/** The account the peers' tests audit, where they name one (Prowler's TRUSTED_AWS_ACCOUNT_NUMBER). */
const OWNERS = { prowler: '123456789012' };

/** "fail: A, B; pass: C" → per-resource verdicts; "fail (…)" / "pass (…)" / "skip (…)" → the whole file. */
export function parseExpectation(text) {
  const perResource = [...text.matchAll(/\b(fail|pass):\s*([^;]+)/g)];
  if (perResource.length > 0) {
    const cases = [];
    for (const [, verdict, list] of perResource) {
      for (const item of list.split(',')) {
        const resource = item.trim().replace(/\s*\(.*$/, '').replace(/^AWS::KMS::Key\./, '');
        if (resource) cases.push({ resource, peer: verdict });
      }
    }
    return { comparable: true, cases };
  }
  const whole = /^(fail|pass|skip)\b/.exec(text);
  if (whole) return { comparable: true, cases: [{ resource: null, peer: whole[1] === 'skip' ? 'pass' : whole[1] }] };
  return { comparable: false, cases: [] };
}

export async function runConformance() {
  const { lint } = await import(path.join(root, 'lib/src/lint.js'));
  const manifest = JSON.parse(readFileSync(path.join(PEERS_DIR, 'MANIFEST.json'), 'utf8'));
  const results = [];
  for (const entry of manifest) {
    const base = { file: entry.file, peer: entry.peer, format: entry.format, expectation: entry.peer_expectation };
    if (!READABLE.has(entry.format)) {
      results.push({ ...base, status: 'not-an-input', cases: [] });
      continue;
    }
    const expectation = parseExpectation(entry.peer_expectation);
    if (!expectation.comparable) {
      results.push({ ...base, status: 'not-comparable', cases: [] });
      continue;
    }
    const owner = OWNERS[entry.peer];
    const result = await lint({ paths: [path.join(PEERS_DIR, entry.file)], cwd: PEERS_DIR, input: entry.format === 'policy-json' ? 'policy' : 'auto', ...(owner ? { engine: { ownerAccount: owner } } : {}) });
    const failing = new Set(result.findings.filter(isOpen).map((f) => f.resource));
    const cases = expectation.cases.map(({ resource, peer }) => {
      const kmslint = resource === null ? (failing.size > 0 ? 'fail' : 'pass') : failing.has(resource) ? 'fail' : 'pass';
      return { resource, peer, kmslint };
    });
    const unreadable = result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    results.push({ ...base, status: cases.every((c) => c.peer === c.kmslint) ? 'agree' : 'differ', cases, unreadable });
  }
  return results;
}
