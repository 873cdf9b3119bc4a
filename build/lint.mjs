#!/usr/bin/env node
// npm run lint: typecheck (app + core), typescript-eslint, and `web-ext lint` on the built Firefox extension.
// Passes only with 0 errors everywhere (warnings are printed, not fatal). Builds first when dist/ is stale.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildAll, isStale, root } from './build.mjs';

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const steps = [];

function step(name, cmd, args, judge = (r) => r.status === 0) {
  console.log(`\n== ${name}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const ok = judge(r);
  if (r.stdout) process.stdout.write(r.stdout.endsWith('\n') ? r.stdout : `${r.stdout}\n`);
  steps.push({ name, ok, ms: Date.now() - t0 });
}

step('typecheck (tsconfig.json)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
step('typecheck (src/core/tsconfig.json)', bin('tsc'), ['-p', 'src/core/tsconfig.json', '--noEmit']);
step('eslint', bin('eslint'), ['.']);

if (isStale('firefox')) await buildAll({ browsers: ['firefox'], log: () => {} });
console.log('\n== web-ext lint (dist/firefox)');
{
  const t0 = Date.now();
  const r = spawnSync(bin('web-ext'), ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-input'], {
    cwd: root,
    encoding: 'utf8',
  });
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    console.error(r.stdout, r.stderr);
  }
  if (report) {
    for (const kind of ['errors', 'warnings', 'notices'])
      for (const m of report[kind] ?? []) console.log(`${kind.slice(0, -1).padEnd(7)} ${m.code}  ${m.file ?? ''}  ${m.message}`);
    console.log(`errors ${report.count?.errors ?? report.errors.length}, warnings ${report.warnings.length}, notices ${report.notices.length}`);
  }
  steps.push({ name: 'web-ext lint', ok: !!report && report.errors.length === 0, ms: Date.now() - t0 });
}

console.log('\n== summary');
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${(s.ms / 1000).toFixed(1)} s)`);
process.exit(steps.every((s) => s.ok) ? 0 : 1);
