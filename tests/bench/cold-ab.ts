/**
 * `npm run bench:cold-ab -- <other-tree> [--runs N]`: the engine's cold start, this tree against another checkout
 * (e.g. a `git worktree` of `main`), in fresh child processes run in interleaved pairs (A, B, A, B, ...) so that
 * other load on a shared machine hits both alike. Each child imports the minified engine bundle, calls
 * `ready(reader)` with a reader of that tree's `assets/engine/` files (an engine whose data is bundled ignores
 * the reader), and analyses the 1,000-word article of `npm run bench`; it reports its CPU time per phase
 * (import, ready, first analysis) and the wall clock. Prints the medians and the load average before and after.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { bundleEngine } from './engine-bundle';

const repoRoot = process.cwd();
const outDir = path.join(repoRoot, '.cache/bench');
const articleFile = path.join(outDir, 'article-1000w.txt');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 10;
const other = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--runs');

interface Phases {
  import: number;
  ready: number;
  first: number;
  total: number;
  wall: number;
}

const CHILD = `import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
const [engine, articleFile, dataDir] = process.argv.slice(2);
const text = readFileSync(articleFile, 'utf8');
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const t0 = performance.now();
const c0 = cpu();
const m = await import(engine);
const c1 = cpu();
await m.ready((name) => readFile(dataDir + '/' + name));
const c2 = cpu();
m.analyze(text);
const c3 = cpu();
console.log(JSON.stringify({ import: c1 - c0, ready: c2 - c1, first: c3 - c2, total: c3 - c0, wall: performance.now() - t0 }));
`;

/** Builds the engine bundle of `tree` as the extension ships it (minified). */
async function bundle(tree: string, name: string): Promise<string> {
  return bundleEngine(tree, path.join(outDir, `cold-ab-${name}.mjs`));
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  if (!other || !existsSync(path.join(other, 'src/core/index.ts'))) {
    console.error('usage: npm run bench:cold-ab -- <other-tree> [--runs N]   (another checkout of this repository)');
    process.exit(2);
  }
  if (!existsSync(articleFile)) {
    console.error(`bench:cold-ab: ${path.relative(repoRoot, articleFile)} is missing: run npm run bench once first`);
    process.exit(2);
  }
  mkdirSync(outDir, { recursive: true });
  const child = path.join(outDir, 'cold-ab-child.mjs');
  writeFileSync(child, CHILD);
  const trees = [
    { name: 'this', tree: repoRoot },
    { name: 'other', tree: path.resolve(other) },
  ];
  const engines = await Promise.all(trees.map((t) => bundle(t.tree, t.name)));
  const results: Phases[][] = [[], []];
  const load0 = loadavg()[0];
  for (let r = 0; r < RUNS; r++) {
    for (let k = 0; k < 2; k++) {
      const out = execFileSync(process.execPath, [child, 'file://' + engines[k], articleFile, path.join(trees[k].tree, 'assets/engine')], { encoding: 'utf8' });
      results[k].push(JSON.parse(out.trim().split('\n').pop() ?? '{}') as Phases);
    }
  }
  const load1 = loadavg()[0];
  console.log(`cold start, ${RUNS} interleaved pairs, medians of child CPU ms (wall ms); load average ${load0.toFixed(1)} → ${load1.toFixed(1)}`);
  console.log(`${'tree'.padEnd(40)} ${'import'.padStart(7)} ${'ready'.padStart(7)} ${'first'.padStart(7)} ${'total'.padStart(7)} ${'wall'.padStart(7)}`);
  trees.forEach((t, k) => {
    const m = (f: keyof Phases): string => median(results[k].map((x) => x[f])).toFixed(1).padStart(7);
    console.log(`${path.relative(path.dirname(repoRoot), t.tree).padEnd(40)} ${m('import')} ${m('ready')} ${m('first')} ${m('total')} ${m('wall')}`);
  });
}

await main();
