#!/usr/bin/env node
// Benchmarks (never part of the test suite). Prints each figure with the machine's core count.
// Today: the semantics engine's throughput on the example policies. The CloudTrail, cold-start and
// Terraform-plan figures of issue #7 join this script as those inputs are supported.
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { analyzePolicy } from '../lib/src/policy/analyze.js';
import { normalizePolicy } from '../lib/src/policy/normalize.js';
import { parseSource } from '../lib/src/source.js';

const dir = new URL('../examples/policies/', import.meta.url);
const inputs = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => ({ file: f, text: readFileSync(new URL(f, dir), 'utf8') }));
const rounds = 2000;
let statements = 0;
const start = performance.now();
for (let i = 0; i < rounds; i++) {
  for (const { file, text } of inputs) {
    const { root } = parseSource(text, file, { json: true });
    const { policy } = normalizePolicy(root);
    statements += analyzePolicy(policy, { ownerAccount: '111122223333' }).statements.length;
  }
}
const ms = performance.now() - start;
const policies = rounds * inputs.length;
console.log(`machine: ${os.cpus().length} cores, node ${process.version}`);
console.log(`parse + normalize + analyze: ${policies} policies (${statements} statements) in ${ms.toFixed(0)} ms = ${(policies / (ms / 1000)).toFixed(0)} policies/s, ${((ms * 1000) / policies).toFixed(1)} µs per policy`);
