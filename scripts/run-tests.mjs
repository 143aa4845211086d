#!/usr/bin/env node
// Runs the uvu suites under test/ (TypeScript, loaded through tsx), passes their output through, and ends
// with the one summary line CI reads: "N passed, N failed". Exits non-zero when anything failed, including
// a suite that crashed before uvu could count it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const uvu = fileURLToPath(new URL('../node_modules/uvu/bin.js', import.meta.url));
const pattern = process.argv[2] ?? '\\.test\\.ts$';

const child = spawn(process.execPath, ['--import', 'tsx', uvu, 'test', pattern, '--no-color'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
});

let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});

child.on('close', (code, signal) => {
  const count = (label) => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(output)?.[1] ?? 0);
  const total = count('Total');
  const passed = count('Passed');
  const skipped = count('Skipped');
  let failed = total - passed - skipped;
  if ((code !== 0 || signal) && failed === 0) failed = 1;
  if (total === 0 && failed === 0) failed = 1;
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed > 0 ? 1 : 0);
});
