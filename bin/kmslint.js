#!/usr/bin/env node
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22 and later keep V8's compiled code on disk between runs (NODE_DISABLE_COMPILE_CACHE=1 turns it
// off); the variable passes the cache on to the loader threads. Node 20 has no such cache.
const cache = module.enableCompileCache?.();
if (cache?.directory) process.env.NODE_COMPILE_CACHE = cache.directory;

// The bundled CLI starts faster; the module tree is the fallback when only tsc has run.
const bundled = new URL('../lib/kmslint.mjs', import.meta.url);
const { main } = existsSync(bundled) ? { main: null } : await import('../lib/src/cli.js');
if (main) await main();
else await import(bundled.href);
