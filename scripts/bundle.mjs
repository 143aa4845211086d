#!/usr/bin/env node
// Bundles the GitHub Action into dist/index.js: one ESM file with every dependency inlined, committed so the
// runner needs no install step. Deterministic, so a test can rebuild it and compare (check-dist).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { nodeBundle } from './esbuild-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function bundle(outfile = `${root}dist/index.js`, write = true) {
  return build(nodeBundle(`${root}src/action-main.ts`, outfile, { write }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
