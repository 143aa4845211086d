#!/usr/bin/env node
// After tsc: bundles the CLI into lib/kmslint.mjs (one file loads much faster than ~40 modules),
// compiles the built-in rules into lib/builtin-rules.json (used only while the rule files hash the same)
// and the schemas into lib/validators.mjs.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { nodeBundle } from './esbuild-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// @actions/core is only for the Action; ajv is loaded only when a precompiled validator is stale or
// missing (validation.ts), so it stays in node_modules and the CLI parses a quarter less at start.
await build(nodeBundle(`${root}src/cli-main.ts`, `${root}lib/kmslint.mjs`, { external: ['@actions/core', 'ajv'] }));
// The loader thread of the worker pool, beside the bundled CLI (pool.ts looks for ./load-worker.mjs).
// It never globs, and needs ajv only if the precompiled validators are stale: both stay in node_modules
// (lazy imports), so each thread parses half the code and starts ~5 ms sooner.
await build(nodeBundle(`${root}src/loaders/load-worker.ts`, `${root}lib/load-worker.mjs`, { external: ['ajv', 'fast-glob'] }));
const { writeRulesCache } = await import(`${root}lib/src/rules-loader.js`);
await writeRulesCache(root);

// ajv's esm option changes only the exports: its runtime helpers are still loaded with require().
const { standaloneValidators } = await import('./standalone-validators.mjs');
const { writeFileSync } = await import('node:fs');
const banner = "import { createRequire as __kmslintCreateRequire } from 'node:module';\nconst require = __kmslintCreateRequire(import.meta.url);\n";
writeFileSync(`${root}lib/validators.mjs`, `${banner}${await standaloneValidators(root)}`);
