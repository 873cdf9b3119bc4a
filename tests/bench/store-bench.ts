/**
 * `npm run bench:store`: ingests generated articles into the store in headless Chromium (real IndexedDB, in an
 * extension origin), and reports ingest, card, search and cast latencies and bytes per article at 1,000
 * articles and at the end (10,000 by default).
 *
 * Usage: npm run bench:store -- [--articles 10000] [--checkpoint 1000] [--calls 200] [--profile 200] [--times FILE]
 *
 * `--profile N` (diagnosis, not a measurement) samples the page's CPU with the DevTools profiler while it
 * ingests N more articles after the run, and prints the functions with the most self time (unminified build).
 *
 * The benchmark page is bundled here from the store's own sources and loaded as an unpacked extension page,
 * so it measures the same code and the same IndexedDB the built extension uses.
 */
import { build } from 'esbuild';
import { type Page } from 'playwright-core';
import { launchWithExtension } from './bench-browser';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type Round = { cardFrequent: number[]; cardRare: number[]; search: number[]; listCast: number[]; cardCold: number[]; searchCold: number[]; frequentSeenIn: number; requests: Record<string, number[]> };
type Ingested = { times: number[]; requests: number[] };
type Bench = {
  init(): Promise<number>;
  ingest(from: number, to: number): Promise<Ingested>;
  measure(n: number): Promise<Round>;
  probe(): Promise<Record<string, number>>;
  bytes(): Promise<{ usage: number; baseline: number; articles: number }>;
  cacheSize(): Promise<Record<string, number>>;
};

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Percentile `p` (0-100) of `xs`. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

const root = process.cwd();
const total = arg('articles', 10_000);
const checkpoint = Math.min(arg('checkpoint', 1_000), total);
const calls = arg('calls', 200);
const profileArticles = arg('profile', 0);

async function bundle(): Promise<string> {
  const dir = path.join(root, '.cache', 'store-bench', 'ext');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [path.join(root, 'tests/bench/store-bench-page.ts')],
    outfile: path.join(dir, 'bench.js'), bundle: true, format: 'iife', platform: 'browser', target: 'chrome120',
    minify: profileArticles === 0, logLevel: 'warning',
  });
  writeFileSync(path.join(dir, 'sw.js'), '// the benchmark needs a worker only to learn the extension id\n');
  writeFileSync(path.join(dir, 'bench.html'), '<!doctype html><meta charset="utf-8"><title>store-bench</title><script src="bench.js"></script>');
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'Backstory store bench', version: '0.0.1', background: { service_worker: 'sw.js' },
    permissions: ['unlimitedStorage'],
  }));
  return dir;
}

const f1 = (n: number) => n.toFixed(2);

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };

/** Runs `work` under the DevTools CPU profiler of `page` and prints the 25 functions with the most self time. */
async function cpuProfile(page: Page, work: () => Promise<unknown>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await work();
  const wall = Date.now() - t0;
  const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<string, number>();
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  p.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const name = `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  const totalMs = [...self.values()].reduce((a, b) => a + b, 0);
  console.error(`[profile] ${wall} ms wall; self time by function (ms, of ${totalMs.toFixed(0)} sampled):`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.error(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
}

async function main(): Promise<void> {
  const ext = await bundle();
  const browser = await launchWithExtension(ext, 'store-bench');
  const { ctx, id } = browser;
  try {
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`chrome-extension://${id}/bench.html`);
    await page.waitForFunction(() => document.title === 'store-bench ready');
    const call = <K extends keyof Bench>(k: K, ...a: Parameters<Bench[K]>) =>
      page.evaluate(([k, a]) => (globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>).bench[k as string](...(a as unknown[])), [k, a] as const) as ReturnType<Bench[K]>;

    await call('init');
    const rows: Array<Record<string, string | number>> = [];
    const stage = async (label: number, ingested: Ingested) => {
      const ingestTimes = ingested.times;
      console.error(`[bench] read cache after ${label} articles (entries, and their size as JSON): ${JSON.stringify(await call('cacheSize'))}`);
      const m = await call('measure', calls);
      const b = await call('bytes');
      console.error(`[bench] raw IndexedDB costs now: ${JSON.stringify(await call('probe'))}`);
      const row = {
        articles: label,
        ingest_median_ms: +f1(percentile(ingestTimes, 50)),
        ingest_p95_ms: +f1(percentile(ingestTimes, 95)),
        // The slowest ingests: those that waited for a batch of summaries to be written (one in 64, deferred.ts).
        ingest_p99_ms: +f1(percentile(ingestTimes, 99)),
        ingest_max_ms: +f1(percentile(ingestTimes, 100)),
        card_frequent_p50_ms: +f1(percentile(m.cardFrequent, 50)),
        card_frequent_p95_ms: +f1(percentile(m.cardFrequent, 95)),
        card_rare_p50_ms: +f1(percentile(m.cardRare, 50)),
        card_rare_p95_ms: +f1(percentile(m.cardRare, 95)),
        card_p95_ms: +f1(percentile([...m.cardFrequent, ...m.cardRare], 95)),
        card_cold_p95_ms: +f1(percentile(m.cardCold, 95)),
        search_p50_ms: +f1(percentile(m.search, 50)),
        search_p95_ms: +f1(percentile(m.search, 95)),
        search_cold_p95_ms: +f1(percentile(m.searchCold, 95)),
        cast_p95_ms: +f1(percentile(m.listCast, 95)),
        bytes_per_article: Math.round((b.usage - b.baseline) / b.articles),
        top_entity_seen_in: m.frequentSeenIn,
        // IndexedDB requests per call (median): the work done, whatever the machine's load.
        ingest_requests: percentile(ingested.requests, 50),
        card_requests: percentile(m.requests.card ?? [], 50),
        card_cold_requests: percentile(m.requests.cardCold ?? [], 50),
        search_requests: percentile(m.requests.search ?? [], 50),
      };
      rows.push(row);
      console.error(`[bench] ${label} articles: ${JSON.stringify(row)}`);
    };
    const t0 = Date.now();
    const first = await call('ingest', 0, checkpoint);
    await stage(checkpoint, first);
    const later: Ingested = { times: [], requests: [] };
    const chunk = 500;
    for (let from = checkpoint; from < total; from += chunk) {
      const got = await call('ingest', from, Math.min(total, from + chunk));
      later.times.push(...got.times);
      later.requests.push(...got.requests);
      if ((from / chunk) % 2 === 0) console.error(`[bench] ${Math.min(total, from + chunk)} articles (${((Date.now() - t0) / 1000).toFixed(0)} s, last ${got.times.length}: median ${percentile(got.times, 50).toFixed(1)} ms)`);
    }
    // The final stage reports the ingests of the last `checkpoint` articles (9 in 10 timed, 1 in 10 counted).
    if (total > checkpoint) await stage(total, { times: later.times.slice(-Math.round(checkpoint * 0.9)), requests: later.requests.slice(-Math.round(checkpoint / 10)) });
    // `--times FILE` (diagnosis): every timed ingest, in order, as JSON.
    const timesFile = process.argv.indexOf('--times');
    if (timesFile > 0) writeFileSync(process.argv[timesFile + 1], JSON.stringify([...first.times, ...later.times]));
    if (profileArticles > 0) await cpuProfile(page, () => call('ingest', total, total + profileArticles));
    const keys = Object.keys(rows[0]);
    console.log(`| ${keys.join(' | ')} |`);
    console.log(`|${keys.map(() => '---').join('|')}|`);
    for (const row of rows) console.log(`| ${keys.map((k) => row[k]).join(' | ')} |`);
    const end = rows[rows.length - 1];
    console.log(JSON.stringify({
      articles: end.articles, ingest_median_ms: end.ingest_median_ms, ingest_p95_ms: end.ingest_p95_ms, ingest_p99_ms: end.ingest_p99_ms, ingest_max_ms: end.ingest_max_ms,
      card_p95_ms: end.card_p95_ms, card_cold_p95_ms: end.card_cold_p95_ms, search_p95_ms: end.search_p95_ms, search_cold_p95_ms: end.search_cold_p95_ms, cast_p95_ms: end.cast_p95_ms, bytes_per_article: end.bytes_per_article,
      at_1000: rows.length > 1 ? { ingest_p95_ms: rows[0].ingest_p95_ms, card_p95_ms: rows[0].card_p95_ms, card_cold_p95_ms: rows[0].card_cold_p95_ms, search_p95_ms: rows[0].search_p95_ms, bytes_per_article: rows[0].bytes_per_article } : undefined,
    }));
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
