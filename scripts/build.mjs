#!/usr/bin/env node
// After tsc: bundles the CLI into lib/kmslint.mjs (one file loads much faster than ~40 modules) and
// compiles the built-in rules into lib/builtin-rules.json (used only while the rule files hash the same).
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

// Standalone ajv validators for the three schemas, each tagged with the hash of the schema it was built from.
const { createAjv, schemaHash } = await import(`${root}lib/src/validation.js`);
const { default: standaloneModule } = await import('ajv/dist/standalone/index.js');
const standaloneCode = standaloneModule.default ?? standaloneModule;
const { readFileSync, writeFileSync } = await import('node:fs');
const schemas = { keyPolicy: 'key-policy', rule: 'rule', config: 'config' };
const ajv = await createAjv({ source: true });
const entries = Object.entries(schemas).map(([name, file]) => {
  const schema = JSON.parse(readFileSync(`${root}schemas/${file}.schema.json`, 'utf8'));
  ajv.addSchema(schema);
  return { name, id: schema.$id, hash: schemaHash(schema) };
});
const code = standaloneCode(ajv, Object.fromEntries(entries.map((e) => [e.name, e.id])));
const registry = `export const validators = {${entries.map((e) => `${e.name}: {hash: ${JSON.stringify(e.hash)}, validate: ${e.name}}`).join(', ')}};\n`;
// ajv's esm option changes only the exports: its runtime helpers are still loaded with require().
const banner = "import { createRequire as __kmslintCreateRequire } from 'node:module';\nconst require = __kmslintCreateRequire(import.meta.url);\n";
writeFileSync(`${root}lib/validators.mjs`, `${banner}${code.replace(/^"use strict";/, '')}\n${registry}`);
