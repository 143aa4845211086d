#!/usr/bin/env node
// Fuzzes kmslint's loaders and engine: npm run fuzz [-- --cases N] [-- --seed S]. Runs the cases on a
// worker thread; the main thread is a watchdog, so a hang is reported (with its case number) rather than
// waited on. Reports crashes (exceptions), hangs and slow cases; exits 1 when there are crashes or hangs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i >= 0 ? Number(process.argv[i + 1]) : fallback; };

if (isMainThread) {
  const cases = arg('cases', 100_000);
  const seed = arg('seed', Date.now() % 2 ** 31);
  const HANG_MS = 10_000;
  const SLOW_MS = 250;
  let start = arg('from', 0);
  const crashes = [];
  const hangs = [];
  const slow = [];
  const began = Date.now();
  console.log(`kmslint fuzz: ${cases} cases, seed ${seed}`);
  while (start < cases) {
    const outcome = await new Promise((resolve) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { seed, from: start, to: cases, slowMs: SLOW_MS } });
      let last = start;
      let timer = setTimeout(onHang, HANG_MS);
      function onHang() {
        worker.terminate();
        resolve({ hang: last });
      }
      worker.on('message', (message) => {
        clearTimeout(timer);
        timer = setTimeout(onHang, HANG_MS);
        if (message.done !== undefined) last = message.done + 1;
        if (message.crash) crashes.push(message.crash);
        if (message.slow) slow.push(message.slow);
        if (message.done !== undefined && message.done % 10_000 === 0) process.stderr.write(`\r${message.done}/${cases} cases, ${crashes.length} crashes, ${hangs.length} hangs`);
      });
      worker.on('exit', () => { clearTimeout(timer); resolve({ finished: last }); });
      worker.on('error', (error) => { crashes.push({ index: last, error: String(error) }); });
    });
    if (outcome.hang !== undefined) {
      hangs.push(outcome.hang);
      start = outcome.hang + 1;
    } else {
      start = Math.max(outcome.finished, start + 1);
    }
  }
  process.stderr.write('\n');
  slow.sort((a, b) => b.ms - a.ms);
  console.log(`${cases} cases in ${((Date.now() - began) / 1000).toFixed(1)} s: ${crashes.length} crashes, ${hangs.length} hangs, ${slow.length} slow (> ${SLOW_MS} ms)`);
  for (const crash of crashes.slice(0, 20)) console.log(`CRASH case ${crash.index} (${crash.name}): ${crash.error}\n  input: ${JSON.stringify(crash.input ?? '').slice(0, 300)}`);
  for (const hang of hangs) console.log(`HANG case ${hang} (replay: npm run fuzz -- --seed ${seed} --from ${hang} --cases ${hang + 1})`);
  for (const s of slow.slice(0, 10)) console.log(`SLOW case ${s.index} (${s.name}): ${s.ms.toFixed(0)} ms, ${s.size} bytes`);
  process.exit(crashes.length + hangs.length > 0 ? 1 : 0);
} else {
  const { makeCase, rng, runCase, seedCorpus, tempWriter } = await import('./fuzz-cases.mjs');
  const { loadFile, loadText } = await import(path.join(root, 'lib/src/loaders/file.js'));
  const { evaluateDocuments } = await import(path.join(root, 'lib/src/engine/evaluate.js'));
  const { loadRules } = await import(path.join(root, 'lib/src/rules-loader.js'));
  const { rules } = await loadRules([], root);
  const tools = { loadText, loadFile, evaluateDocuments, rules, writeTemp: tempWriter() };
  const corpus = seedCorpus();
  const random = rng(workerData.seed);
  for (let i = 0; i < workerData.to; i++) {
    const fuzzCase = makeCase(random, corpus);
    if (i < workerData.from) continue;
    const started = performance.now();
    try {
      await runCase(fuzzCase, tools);
    } catch (error) {
      parentPort.postMessage({ crash: { index: i, name: fuzzCase.name, error: error.stack ?? String(error), input: fuzzCase.text ?? '(gzip bytes)' } });
    }
    const ms = performance.now() - started;
    if (ms > workerData.slowMs) parentPort.postMessage({ slow: { index: i, name: fuzzCase.name, ms, size: (fuzzCase.text ?? fuzzCase.bytes).length } });
    parentPort.postMessage({ done: i });
  }
}
