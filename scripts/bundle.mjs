#!/usr/bin/env node
// Bundles the GitHub Action into dist/ (after npm run build): index.js, one ESM file with every dependency
// inlined, and the build's rules cache and validators, committed so the runner needs no install step.
// Deterministic, so a test can rebuild it and compare (check-dist).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { nodeBundle } from './esbuild-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The files of dist/, by name: the Action, and beside it what the build makes for lib/ (the Action's
 * checkout has no lib/): the rules cache and the precompiled validators, their ajv helpers inlined.
 * Without them each run compiled the rules and schemas: 0.36 s against 0.16 s on the examples.
 */
export async function distFiles() {
  const action = await build(nodeBundle(`${root}src/action-main.ts`, `${root}dist/index.js`, { write: false }));
  const { standaloneValidators } = await import('./standalone-validators.mjs');
  const validators = await build(nodeBundle({ contents: await standaloneValidators(root), resolveDir: root, sourcefile: 'validators.mjs' }, `${root}dist/validators.mjs`, { write: false }));
  const { rulesCacheText } = await import(`${root}lib/src/rules-loader.js`);
  return {
    'index.js': action.outputFiles[0].text,
    'validators.mjs': validators.outputFiles[0].text,
    'builtin-rules.json': rulesCacheText(root),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(`${root}dist`, { recursive: true });
  for (const [name, text] of Object.entries(await distFiles())) writeFileSync(`${root}dist/${name}`, text);
}
