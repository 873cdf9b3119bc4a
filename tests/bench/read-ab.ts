/**
 * `node build/run-ts.mjs tests/bench/read-ab.ts [--base DIR] [--rounds N] [--only a.html,b.html]`: the content
 * script's read (find the article, collect its text, read the metadata) of this checkout against the one at
 * `--base` (another worktree), A/B in the same headless Chromium on the saved pages.
 *
 * Each tree's read is bundled on its own and evaluated at document_start of a fresh load of the page (cold, as
 * the content script is), then run once at DOMContentLoaded, as the content script runs it. The two trees
 * alternate page by page and round by round, so both see the same machine load; per page the minimum over the
 * rounds is kept (the OS stopping the renderer only ever adds time). Also prints a hash of each tree's text
 * and metadata over all pages, so "same output" is checked, not assumed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { build } from 'esbuild';
// @ts-expect-error: plain ESM helper shared with the e2e tests, no type declarations.
import { findChromium, isAllowedUrl, repoRoot, serve } from '../e2e/harness.mjs';
import { launchPlainChromium, pollPage, withoutScripts } from './saved-pages';

/* eslint-disable @typescript-eslint/no-explicit-any */
const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const base = arg('--base');
const rounds = Number(arg('--rounds') ?? 5);
const only = arg('--only')?.split(',') ?? [];
/** Sample a CPU profile of this tree's read (unminified) and print self time per function. */
const profile = argv.includes('--profile');
const pagesDir = path.resolve(repoRoot, '../shared/corpus/pages');

/** Bundles the read of the checkout at `tree` as a script that runs it at DOMContentLoaded and leaves its result on `window`. */
async function bundleRead(tree: string, label: string): Promise<string> {
  const dir = path.join(repoRoot, '.cache', 'read-ab');
  mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, `entry-${label}.ts`);
  const src = (p: string) => JSON.stringify(path.join(tree, 'src/content', p));
  writeFileSync(
    entry,
    `import { findArticle } from ${src('article/find-article')};
import { collectText } from ${src('article/collect-text')};
import { readMeta } from ${src('article/meta')};
import { TextModel } from ${src('article/text-model')};
import { Slicer } from ${src('slicer')};
document.addEventListener('DOMContentLoaded', async () => {
  const t0 = performance.now();
  const slicer = new Slicer('read', undefined, 1e9, 1e9);
  const finding = await findArticle(document, slicer);
  const t1 = performance.now();
  const model = new TextModel();
  if (finding.ok) await collectText(finding.article.blocks, model, slicer);
  const t2 = performance.now();
  const meta = readMeta(document);
  const text = model.text;
  const t3 = performance.now();
  (window as any).__readAb = { ms: t3 - t0, phases: [t1 - t0, t2 - t1, t3 - t2], out: JSON.stringify({ ok: finding.ok, text, meta }) };
});
`,
  );
  const out = path.join(dir, `read-${label}.js`);
  await build({ entryPoints: [entry], outfile: out, bundle: true, minify: !profile, format: 'iife', target: 'chrome120', logLevel: 'warning' });
  return readFileSync(out, 'utf8');
}

async function main(): Promise<void> {
  if (!existsSync(pagesDir)) {
    console.log(`read-ab skipped: no pages at ${pagesDir}`);
    return;
  }
  const files = readdirSync(pagesDir).filter((f) => /\.html$/.test(f) && (!only.length || only.includes(f))).sort();
  const trees: Array<{ label: string; script: string }> = [{ label: 'this', script: await bundleRead(repoRoot, 'this') }];
  if (base) trees.push({ label: 'base', script: await bundleRead(path.resolve(base), 'base') });
  const routes: Record<string, { body: string; type: string }> = {};
  for (const f of files) routes[`/${f}`] = { body: withoutScripts(readFileSync(path.join(pagesDir, f), 'utf8')), type: 'text/html; charset=utf-8' };
  const server = await serve(routes);
  const plain = await launchPlainChromium(findChromium(), isAllowedUrl);
  const best = new Map<string, Map<string, number>>(trees.map((t) => [t.label, new Map()]));
  /** Find / collect / metadata of the fastest load. */
  const phases = new Map<string, Map<string, number[]>>(trees.map((t) => [t.label, new Map()]));
  const outputs = new Map<string, Map<string, string>>(trees.map((t) => [t.label, new Map()]));
  const selfMs = new Map<string, number>();
  const load0 = loadavg()[0];
  try {
    for (let r = 0; r < rounds; r++) {
      for (const [i, f] of files.entries()) {
        const order = (r + i) % 2 ? [...trees].reverse() : trees;
        for (const t of order) {
          const page = await plain.newPage();
          await page.addInitScript(t.script);
          const cdp = await page.context().newCDPSession(page);
          if (profile && t.label === 'this') {
            await cdp.send('Profiler.enable');
            await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
            await cdp.send('Profiler.start');
          }
          const events: any[] = [];
          cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
          const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
          await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' });
          await page.goto(`${server.base}/${f}`, { waitUntil: 'domcontentloaded' });
          const res = await pollPage<{ ms: number; phases: number[]; out: string }>(cdp, 'window.__readAb', 10_000);
          await cdp.send('Tracing.end');
          await traced;
          // Thread (CPU) time of the DOMContentLoaded dispatch, which runs the read and its microtasks: the OS
          // stopping the renderer does not count in it, unlike in the wall time measured in the page.
          // Frames of the page (iframes) have their own DOMContentLoaded: the read's is the longest.
          const dcl = events
            .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'DOMContentLoaded' && e.tdur)
            .sort((a, b) => b.tdur - a.tdur)[0];
          if (res && dcl) res.ms = dcl.tdur / 1000;
          if (profile && t.label === 'this') {
            const { profile: p } = await cdp.send('Profiler.stop');
            const dt = new Map<number, number>();
            for (let k = 0; k < p.samples.length; k++) dt.set(p.samples[k], (dt.get(p.samples[k]) ?? 0) + p.timeDeltas[k] / 1000);
            for (const node of p.nodes) {
              const ms = dt.get(node.id);
              if (!ms) continue;
              const key = `${node.callFrame.functionName || '(anon)'}${node.callFrame.url ? '' : ' [native]'}`;
              selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
            }
          }
          await cdp.detach().catch(() => undefined);
          await page.close();
          if (!res) continue;
          const prev = best.get(t.label)!.get(f);
          if (prev === undefined || res.ms < prev) {
            best.get(t.label)!.set(f, res.ms);
            phases.get(t.label)!.set(f, res.phases);
          }
          // The server's port changes from run to run; the metadata's URLs carry it.
          outputs.get(t.label)!.set(f, res.out.split(server.base).join('http://pages'));
        }
      }
      process.stderr.write('.');
    }
    process.stderr.write('\n');
  } finally {
    await plain.close();
    await server.close();
  }
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  console.log(`${'page'.padEnd(22)}${trees.map((t) => t.label.padStart(9)).join('')}`);
  for (const f of files) console.log(`${f.padEnd(22)}${trees.map((t) => (best.get(t.label)!.get(f)?.toFixed(2) ?? '-').padStart(9)).join('')}`);
  for (const t of trees) {
    const h = createHash('sha256');
    for (const f of files) h.update(`${f}\n${outputs.get(t.label)!.get(f) ?? ''}\n`);
    const ph = [0, 0, 0];
    for (const p of phases.get(t.label)!.values()) p.forEach((x, k) => (ph[k] += x));
    console.log(`${t.label}: find ${ph[0].toFixed(1)} ms, collect ${ph[1].toFixed(1)} ms, metadata ${ph[2].toFixed(1)} ms`);
    console.log(`${t.label}: read total ${sum(best.get(t.label)!).toFixed(1)} ms over ${best.get(t.label)!.size} pages (CPU of the DOMContentLoaded dispatch, min of ${rounds} cold loads each); output sha256 ${h.digest('hex').slice(0, 16)}`);
  }
  if (profile) for (const [k, v] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(1).padStart(8), k);
  console.log(`load ${load0.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
}

await main();
