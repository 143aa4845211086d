#!/usr/bin/env node
import { existsSync } from 'node:fs';

// The bundled CLI starts faster; the module tree is the fallback when only tsc has run.
const bundled = new URL('../lib/kmslint.mjs', import.meta.url);
const { main } = existsSync(bundled) ? { main: null } : await import('../lib/src/cli.js');
if (main) await main();
else await import(bundled.href);
