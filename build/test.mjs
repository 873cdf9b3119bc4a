#!/usr/bin/env node
// npm test: build, typecheck, unit tests (jest), end-to-end tests (node --test, real Chromium and Firefox).
// Ends with ONE plain line `N passed, N failed` summing every suite; exits non-zero when anything failed.
//
// Usage: node build/test.mjs [--only unit|e2e|typecheck] [jest or node --test file filters...]
//   A typecheck counts as one test per tsconfig; jest and node --test tests count one each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildAll, root } from './build.mjs';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : null;
const filters = onlyAt >= 0 ? [...args.slice(0, onlyAt), ...args.slice(onlyAt + 2)] : args;
if (only && !['unit', 'e2e', 'typecheck'].includes(only)) {
  console.error(`test: --only takes unit, e2e or typecheck, not "${only}"`);
  process.exit(2);
}
const cacheDir = path.join(root, '.cache', 'test');
mkdirSync(cacheDir, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** @type {Array<{ suite: string, passed: number, failed: number, skipped: number, ms: number }>} */
const results = [];

function run(cmd, argv, opts = {}) {
  return spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', ...opts });
}

function typecheck() {
  for (const project of ['tsconfig.json', 'src/core/tsconfig.json']) {
    const t0 = Date.now();
    console.log(`\n== typecheck (${project})`);
    const r = run(bin('tsc'), ['-p', project, '--noEmit']);
    const ok = r.status === 0;
    if (ok) console.log('ok');
    results.push({ suite: `typecheck ${project}`, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, ms: Date.now() - t0 });
  }
}

function unit() {
  const t0 = Date.now();
  console.log('\n== unit tests (jest)');
  const out = path.join(cacheDir, 'jest.json');
  rmSync(out, { force: true });
  const r = run(bin('jest'), ['--json', `--outputFile=${out}`, ...filters]);
  if (!existsSync(out)) {
    results.push({ suite: 'unit', passed: 0, failed: 1, skipped: 0, ms: Date.now() - t0 });
    console.error(`jest did not report (exit ${r.status})`);
    return;
  }
  const j = JSON.parse(readFileSync(out, 'utf8'));
  // A test file that fails to load has no failed test but is a failure all the same.
  const brokenFiles = j.numRuntimeErrorTestSuites ?? 0;
  const failed = j.numFailedTests + brokenFiles + (r.status !== 0 && j.numFailedTests + brokenFiles === 0 ? 1 : 0);
  results.push({ suite: 'unit', passed: j.numPassedTests, failed, skipped: j.numPendingTests + j.numTodoTests, ms: Date.now() - t0 });
}

function e2e() {
  const t0 = Date.now();
  console.log('\n== end-to-end tests (node --test, Chromium + Firefox)');
  const tap = path.join(cacheDir, 'e2e.tap');
  rmSync(tap, { force: true });
  const files = filters.length ? filters : [path.join('tests', 'e2e')];
  const r = run(process.execPath, [
    '--test',
    '--test-concurrency=1',
    '--test-timeout=180000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  const passed = count('pass');
  let failed = count('fail') + count('cancelled');
  if (r.status !== 0 && failed === 0) failed = 1; // the runner itself failed
  results.push({ suite: 'e2e', passed, failed, skipped: count('skipped') + count('todo'), ms: Date.now() - t0 });
}

const t0 = Date.now();
if (only !== 'unit' && only !== 'typecheck') {
  try {
    const ms = await buildAll({ log: (s) => console.error(s) });
    console.log(`built dist/chrome and dist/firefox in ${Math.round(ms)} ms`);
  } catch (e) {
    console.error(`build failed: ${e.message ?? e}`);
    results.push({ suite: 'build', passed: 0, failed: 1, skipped: 0, ms: 0 });
  }
}
if (!only || only === 'typecheck') typecheck();
if (!only || only === 'unit') unit();
if ((!only || only === 'e2e') && !results.some((r) => r.suite === 'build')) e2e();

console.log('\n== summary');
for (const r of results)
  console.log(`${r.suite.padEnd(36)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ${String(r.skipped).padStart(3)} skipped  ${(r.ms / 1000).toFixed(1)} s`);
console.log(`total time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
