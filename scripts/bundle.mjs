#!/usr/bin/env node
// Bundles the GitHub Action into dist/index.js: one ESM file with every dependency inlined, committed so the
// runner needs no install step. Deterministic, so a test can rebuild it and compare (check-dist).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function bundle(outfile = `${root}dist/index.js`, write = true) {
  return build({
    entryPoints: [`${root}src/action-main.ts`],
    outfile,
    write,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS dependencies (ajv, fast-glob) call require() for Node's built-ins; ESM has none of its own.
    banner: { js: "import { createRequire as __kmslintCreateRequire } from 'node:module';\nconst require = __kmslintCreateRequire(import.meta.url);" },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
