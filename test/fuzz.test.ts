/** Fuzzing with a fixed seed: mutated, truncated and random inputs of every kind never throw, hang or pass silently. */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { evaluateDocuments } from '../src/engine/evaluate.js';
import { loadFile, loadText } from '../src/loaders/file.js';
import { loadRules } from '../src/rules-loader.js';
import { ROOT } from './support/cli.js';

// @ts-expect-error -- plain JavaScript shared with scripts/fuzz.mjs
import { makeCase, rng, runCase, seedCorpus, tempWriter } from '../scripts/fuzz-cases.mjs';

const { rules } = await loadRules([], ROOT);
const tools = { loadText, loadFile, evaluateDocuments, rules, writeTemp: tempWriter() };

const fuzz = suite('fuzzing (fixed seed)');
fuzz('3,000 mutated inputs of every kind: no exception, every diagnostic located, no silent pass', async () => {
  const corpus = seedCorpus();
  assert.ok(corpus.length >= 20, `${corpus.length} seeds`);
  const random = rng(20261204);
  let documents = 0;
  let diagnostics = 0;
  for (let i = 0; i < 3000; i++) {
    const fuzzCase = makeCase(random, corpus);
    try {
      const loaded = await runCase(fuzzCase, tools);
      documents += loaded.documents.length;
      diagnostics += loaded.diagnostics.length;
    } catch (error) {
      assert.unreachable(`case ${i} (${fuzzCase.name}) threw: ${(error as Error).stack}\ninput: ${JSON.stringify((fuzzCase.text ?? '').slice(0, 500))}`);
    }
  }
  assert.ok(documents > 500 && diagnostics > 500, `the cases exercise both outcomes (${documents} documents, ${diagnostics} diagnostics)`);
});
fuzz.run();
