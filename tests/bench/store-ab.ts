/**
 * `npm run bench:store-ab -- --base DIR`: paired ingest timings of this checkout's store against the store of
 * another checkout (DIR, e.g. an older commit unpacked with `git archive`), in one headless Chromium, the same
 * articles alternately into each. On a machine whose load changes by the minute, the per-article differences
 * say more than two runs of `bench:store` minutes apart.
 *
 * Usage: npm run bench:store-ab -- --base /tmp/store-base [--articles 3000] [--every 1000]
 * Prints, for each block of `every` articles: median and p95 of each store, and the median of the paired
 * differences (this checkout minus base; negative = faster).
 */
import { build } from 'esbuild';
import { launchWithExtension } from './bench-browser';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Percentile `p` (0-100) of `xs` (as `store-bench.ts` computes it). */
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

const root = process.cwd();
const baseDir = path.resolve(option('base') ?? '');
const total = Number(option('articles') ?? 3000);
const every = Number(option('every') ?? 1000);

async function bundle(): Promise<string> {
  const baseStore = path.join(baseDir, 'src/background/store/index.ts');
  if (!existsSync(baseStore)) throw new Error(`--base ${baseDir}: no src/background/store/index.ts there`);
  const dir = path.join(root, '.cache', 'store-ab', 'ext');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [path.join(root, 'tests/bench/store-ab-page.ts')],
    outfile: path.join(dir, 'ab.js'), bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', minify: true, logLevel: 'warning',
    plugins: [{
      name: 'base-store',
      setup(b) {
        b.onResolve({ filter: /\/store-ab-base$/ }, () => ({ path: baseStore }));
      },
    }],
  });
  writeFileSync(path.join(dir, 'sw.js'), '// the benchmark needs a worker only to learn the extension id\n');
  writeFileSync(path.join(dir, 'ab.html'), '<!doctype html><meta charset="utf-8"><title>store-ab</title><script src="ab.js"></script>');
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'Backstory store A/B', version: '0.0.1', background: { service_worker: 'sw.js' }, permissions: ['unlimitedStorage'],
  }));
  return dir;
}

type Ab = { init(): Promise<void>; ingest(from: number, to: number): Promise<{ base: number[]; head: number[] }> };

async function main(): Promise<void> {
  const ext = await bundle();
  const browser = await launchWithExtension(ext, 'store-ab');
  try {
    const page = await browser.ctx.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`chrome-extension://${browser.id}/ab.html`);
    await page.waitForFunction(() => document.title === 'store-ab ready');
    const call = <K extends keyof Ab>(k: K, ...a: Parameters<Ab[K]>) =>
      page.evaluate(([k, a]) => (globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>).ab[k as string](...(a as unknown[])), [k, a] as const) as ReturnType<Ab[K]>;
    await call('init');
    const f1 = (n: number) => +n.toFixed(1);
    for (let from = 0; from < total; from += every) {
      const t = await call('ingest', from, Math.min(total, from + every));
      const diff = t.head.map((x, i) => x - t.base[i]);
      console.log(JSON.stringify({
        articles: Math.min(total, from + every), load: loadavg()[0].toFixed(1),
        base_median_ms: f1(percentile(t.base, 50)), base_p95_ms: f1(percentile(t.base, 95)),
        head_median_ms: f1(percentile(t.head, 50)), head_p95_ms: f1(percentile(t.head, 95)),
        paired_diff_median_ms: f1(percentile(diff, 50)),
      }));
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
