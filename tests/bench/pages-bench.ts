/**
 * `npm run bench:pages [-- --pages DIR] [--limit N]`: the content script on real saved pages, in headless
 * Chromium with the BUILT extension.
 *
 * Serves every `*.html` of DIR (default `../shared/corpus/pages`) on 127.0.0.1 with the pages' own scripts
 * removed (JSON-LD kept) and every other request blocked, enables the site, and measures per page, from the
 * `backstory:*` performance marks the content script leaves in the page's timeline:
 * - DOMContentLoaded → marks painted (ms), split into: how long the page's own main thread stayed busy after
 *   DOMContentLoaded (a zero-delay timer of the page's world; nothing of Backstory's can run earlier), injection,
 *   article text, analysis in the background; then marks painted → store ids attached (cards can open);
 * - the first page separately: it pays for loading the engine's data (cold start);
 * - the longest task Backstory ran (its own time-sliced work, measured by the content script) and the longest
 *   long task the browser observed while Backstory worked (includes the browser's own rendering work);
 * - layout shift after the content script started (its highlights and card must cause none); pages with a
 *   shift or a long task are loaded again with Backstory off (up to 3 times: a page's own shifts depend on
 *   timing), to tell the page's own from Backstory's;
 * - JS heap of the renderer after GC (page scripts are off, so this is mostly the content script);
 * - number of marks; hover-to-card latency after the intent delay (pointer moved onto marks).
 * Prints a table and a final one-line JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
// @ts-expect-error: plain ESM helper shared with the e2e tests, no type declarations.
import { findChromium, isAllowedUrl, launchChromium, repoRoot, sendToBackground, serve } from '../e2e/harness.mjs';
import { firstPaintAfterDcl, launchPlainChromium, notePageFree, pollPage, withoutScripts, type OffLoad } from './saved-pages';

interface Args {
  pages: string;
  limit: number;
  hovers: number;
  /** Also load every page in a Chromium without Backstory (`--no-off` skips it). */
  off: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { pages: path.resolve(repoRoot, '../shared/corpus/pages'), limit: Infinity, hovers: 3, off: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--pages') args.pages = path.resolve(argv[++i]);
    else if (argv[i] === '--limit') args.limit = Number(argv[++i]);
    else if (argv[i] === '--hovers') args.hovers = Number(argv[++i]);
    else if (argv[i] === '--no-off') args.off = false;
  }
  return args;
}

interface PageResult {
  page: string;
  status: string;
  readyMs: number | null;
  /** Content script start → article text ready (Backstory's page work). */
  textMs: number | null;
  /** Text ready → marks painted (the background's engine and store, plus painting). */
  analyzeMs: number | null;
  /** DOMContentLoaded → content script start (browser injection). */
  injectMs: number | null;
  /** DOMContentLoaded → the article's text sent to the background. */
  sentMs: number | null;
  /** DOMContentLoaded → the page's config reply received (marks are painted only with it). */
  configMs: number | null;
  /** Text sent → analysis received in the page (engine, message round trip, waiting behind the page's work). */
  replyMs: number | null;
  /** The engine's own analysis of this page in the background (part of `replyMs`). */
  engineMs: number | null;
  /** The background's `page/read` handler, start to reply (part of `replyMs`; the rest is messaging and waiting). */
  handlerMs: number | null;
  /** Analysis received → marks painted (ranges built, highlights registered). */
  paintMs: number | null;
  /** Number of slices the read (find article, collect text, send) took; 1 = all in the DOMContentLoaded task. */
  readSlices: number | null;
  ownTaskMs: number;
  ownTaskName: string;
  observedTaskMs: number;
  /** Layout shift from the content script's start on (without recent input). */
  shift: number;
  /** Layout shift of the whole load, with Backstory on. */
  pageShift: number;
  /** The same page's whole-load shift with Backstory off (measured only when `shift` > 0). */
  baselineShift: number | null;
  /** Longest long task after DOMContentLoaded with Backstory off (measured only when `observedTaskMs` > 50). */
  baselineTaskMs: number | null;
  /**
   * DOMContentLoaded → the first zero-delay timer the page's own world could run: how long the browser's own
   * work for the page (parsing leftovers, style, layout, failed subresources) held the main thread. No script
   * of Backstory's can run before it either.
   */
  pageBusyMs: number | null;
  /** Marks painted → store ids attached (cards can open). */
  idsMs: number | null;
  /** DOMContentLoaded → first paint (negative: the page painted before DOMContentLoaded). */
  firstPaintMs: number | null;
  /** Navigation start → DOMContentLoaded (the content script's set-up at injection comes before it). */
  dclMs: number;
  /** The same page in a Chromium without Backstory, loaded right before or after this one (`--no-off`: null). */
  off: OffLoad | null;
  /** CPU time of the content script's read (find the article, collect its text, metadata, send), all slices. */
  readCpuMs: number | null;
  heapMb: number;
  marks: number;
  chars: number;
  hoverMs: number[];
}

interface MarkEntry {
  name: string;
  startTime: number;
  detail: Record<string, number | string | boolean> | null;
}

const median = (xs: number[]): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs: number[], p: number): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const r1 = (x: number): number => Math.round(x * 10) / 10;

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Duration of the background's latest measure `name`: `backstory:page-analyze` (the engine's analysis of the
 * page) or `backstory:page-read` (the whole `page/read` handler: site check, analysis, tab state).
 */
async function lastMeasureMs(session: any, name: string): Promise<number | null> {
  return session.worker
    .evaluate((n: string) => {
      const list = performance.getEntriesByName(n);
      return list.length ? list[list.length - 1].duration : null;
    }, name)
    .catch(() => null);
}

async function measurePage(session: any, url: string, hovers: number): Promise<PageResult> {
  const page = await session.newPage();
  const name = decodeURIComponent(url.split('/').pop() ?? url);
  // Polled through a raw DevTools evaluation (see pollPage): Playwright's waitForFunction would evaluate its
  // injected script on the page's main thread right in the path being measured.
  const probe = await page.context().newCDPSession(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const terminal = ['backstory:marks-painted', 'backstory:not-article', 'backstory:not-analysed', 'backstory:stopped'];
  const marks: MarkEntry[] =
    (await pollPage<MarkEntry[]>(
      probe,
      `(() => {
        const names = ${JSON.stringify(terminal)};
        const list = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('backstory:'));
        return list.some((m) => names.includes(m.name))
          ? list.map((m) => ({ name: m.name, startTime: m.startTime, detail: m.detail ?? null }))
          : null;
      })()`,
      30_000,
    )) ?? [];
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return n ? n.domContentLoadedEventStart : 0;
  });
  const pageBusy = await page.evaluate(() => (window as any).__benchPageFree ?? null);
  const start = marks.find((m) => m.name === 'backstory:start');
  const end = marks.find((m) => terminal.includes(m.name));
  const painted = marks.find((m) => m.name === 'backstory:marks-painted');
  const idsReady = await pollPage<number>(probe, `performance.getEntriesByName('backstory:ids-ready')[0]?.startTime ?? null`, painted ? 10_000 : 1);
  await probe.detach().catch(() => undefined);
  const textReady = marks.find((m) => m.name === 'backstory:text-ready');
  const sent = marks.find((m) => m.name === 'backstory:text-sent');
  const received = marks.find((m) => m.name === 'backstory:analysis-received');
  const configReady = marks.find((m) => m.name === 'backstory:config-ready');
  const engineMs = sent ? await lastMeasureMs(session, 'backstory:page-analyze') : null;
  const handlerMs = sent ? await lastMeasureMs(session, 'backstory:page-read') : null;
  // Let late work (style recalculation of the highlights) happen before reading shifts and long tasks.
  await page.waitForTimeout(300);
  const observed = await page.evaluate(
    ({ from }: { from: number }) =>
      new Promise<{ shift: number; pageShift: number; longest: number }>((resolve) => {
        let shift = 0;
        let pageShift = 0;
        let longest = 0;
        const done = () => resolve({ shift, pageShift, longest });
        try {
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as any[]) {
              if (e.hadRecentInput) continue;
              pageShift += e.value ?? 0;
              if (e.startTime >= from) shift += e.value ?? 0;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (e.startTime + e.duration >= from) longest = Math.max(longest, e.duration);
          }).observe({ type: 'longtask', buffered: true });
        } catch {
          // Observers unsupported: report zeros.
        }
        setTimeout(done, 50);
      }),
    { from: start?.startTime ?? 0 },
  );
  const firstPaintMs = await firstPaintAfterDcl(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
  const heap = await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }));
  await cdp.detach().catch(() => undefined);

  const hoverMs: number[] = [];
  if (painted && hovers > 0) {
    for (let i = 0; i < hovers * 3 && hoverMs.length < hovers; i++) {
      const point = await page.evaluate((k: number) => {
        const names = ['backstory-official', 'backstory-person', 'backstory-place', 'backstory-org'];
        const ranges: Range[] = [];
        for (const n of names) {
          const h = (CSS as any).highlights?.get(n);
          if (h) for (const r of h) ranges.push(r);
        }
        const range = ranges[k];
        if (!range) return null;
        const el = range.startContainer.parentElement;
        el?.scrollIntoView({ block: 'center' });
        const rect = [...range.getClientRects()].find((r) => r.width > 2 && r.height > 2);
        return rect ? { x: rect.left + Math.min(rect.width / 2, 6), y: rect.top + rect.height / 2 } : null;
      }, i);
      if (!point) continue;
      const before = await countMarks(page, 'backstory:card-open');
      await page.mouse.move(point.x, point.y, { steps: 2 });
      const opened = await page
        .waitForFunction((n: number) => performance.getEntriesByName('backstory:card-open').length > n, before, { timeout: 3000, polling: 20 })
        .then(() => true)
        .catch(() => false);
      if (opened) {
        const last = await page.evaluate(() => {
          const list = performance.getEntriesByName('backstory:card-open');
          return ((list[list.length - 1] as PerformanceMark).detail as { latencyMs: number }).latencyMs;
        });
        hoverMs.push(last);
      }
      await page.mouse.move(2, 2);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(60);
    }
  }
  await page.close();
  const detail = (end?.detail ?? {}) as Record<string, any>;
  return {
    page: name,
    status: end ? end.name.replace('backstory:', '') : 'no-run',
    readyMs: painted ? painted.startTime - nav : null,
    textMs: textReady && start ? textReady.startTime - start.startTime : null,
    analyzeMs: textReady && painted ? painted.startTime - textReady.startTime : null,
    injectMs: start ? start.startTime - nav : null,
    sentMs: sent ? sent.startTime - nav : null,
    configMs: configReady ? configReady.startTime - nav : null,
    replyMs: sent && received ? received.startTime - sent.startTime : null,
    engineMs,
    handlerMs,
    paintMs: received && painted ? painted.startTime - received.startTime : null,
    readSlices: sent ? Number(sent.detail?.slices ?? NaN) : null,
    ownTaskMs: Number(detail.longestTaskMs ?? 0),
    ownTaskName: String(detail.longestTask ?? ''),
    observedTaskMs: observed.longest,
    shift: observed.shift,
    pageShift: observed.pageShift,
    baselineShift: null,
    baselineTaskMs: null,
    pageBusyMs: typeof pageBusy === 'number' ? pageBusy : null,
    idsMs: painted && idsReady !== null ? idsReady - painted.startTime : null,
    firstPaintMs,
    dclMs: nav,
    off: null,
    readCpuMs: sent && typeof sent.detail?.['read-textMs'] === 'number' ? Number(sent.detail['read-textMs']) : null,
    heapMb: heap.usedSize / 1048576,
    marks: Number(painted?.detail?.marks ?? 0),
    chars: Number(detail.chars ?? 0),
    hoverMs,
  };
}

/** Whole-load layout shift and the longest long task after DOMContentLoaded of a page with Backstory off. */
async function baseline(session: any, url: string): Promise<{ shift: number; longestTaskMs: number }> {
  const page = await session.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(1500);
  const out = await page.evaluate(
    () =>
      new Promise<{ shift: number; longestTaskMs: number }>((resolve) => {
        let shift = 0;
        let longestTaskMs = 0;
        const dcl = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventStart ?? 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) shift += e.value ?? 0;
        }).observe({ type: 'layout-shift', buffered: true });
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (e.startTime + e.duration >= dcl) longestTaskMs = Math.max(longestTaskMs, e.duration);
        }).observe({ type: 'longtask', buffered: true });
        setTimeout(() => resolve({ shift, longestTaskMs }), 50);
      }),
  );
  await page.close();
  return out;
}

async function countMarks(page: any, name: string): Promise<number> {
  return page.evaluate((n: string) => performance.getEntriesByName(n).length, name);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const [loadStart] = loadavg();
  if (!existsSync(args.pages)) {
    console.log(`bench:pages skipped: no pages folder at ${args.pages} (pass --pages DIR)`);
    return;
  }
  const files = readdirSync(args.pages).filter((f) => /\.html?$/i.test(f)).sort().slice(0, args.limit);
  if (!files.length) {
    console.log(`bench:pages skipped: no .html files in ${args.pages}`);
    return;
  }
  // dist/ is shared with the other engineers' builds and tests: build under the same lock as `npm run build`.
  execFileSync('flock', ['/tmp/build.lock', process.execPath, path.join(repoRoot, 'build/build.mjs')], { stdio: 'inherit' });
  const routes: Record<string, string | { body: string; type: string }> = {};
  for (const f of files) routes[`/${encodeURIComponent(f)}`] = { body: withoutScripts(readFileSync(path.join(args.pages, f), 'utf8')), type: 'text/html; charset=utf-8' };
  const server = await serve(routes);
  const session = await launchChromium({ origins: ['http://127.0.0.1/*'] });
  // Backstory OFF: the same pages in a Chromium without the extension, each loaded next to its Backstory load
  // (alternating which goes first), so both see the same machine load.
  const plain = args.off ? await launchPlainChromium(findChromium(), isAllowedUrl) : null;
  const results: PageResult[] = [];
  let cold: PageResult | null = null;
  try {
    // The page's own world notes when its main thread first ran a timer after DOMContentLoaded (pageBusyMs).
    await session.context.addInitScript(notePageFree);
    // Cold start: the first page pays for loading the engine's data in the background (once per background
    // lifetime; it starts when the page asks for its config). The measured pages after it are the steady state.
    cold = await measurePage(session, `${server.base}/${encodeURIComponent(files[0])}`, 0);
    for (const [i, f] of files.entries()) {
      const url = `${server.base}/${encodeURIComponent(f)}`;
      const offFirst = plain && i % 2 ? await plain.load(url) : null;
      const r = await measurePage(session, url, args.hovers);
      r.off = offFirst ?? (plain ? await plain.load(url) : null);
      results.push(r);
      process.stderr.write('.');
    }
    process.stderr.write('\n');
    // Pages that shifted, or had a long task, while Backstory worked: the same load with Backstory off tells
    // whose shift or task it was.
    const suspects = results.filter((r) => r.shift > 0 || r.observedTaskMs > 50);
    if (suspects.length) {
      await sendToBackground(session, 'site/set', { settings: { site: '127.0.0.1', enabled: false } });
      for (const r of suspects) {
        // A page's own shifts depend on timing (images failing, fonts): up to 3 loads, the largest counts.
        const url = `${server.base}/${encodeURIComponent(r.page)}`;
        let off = await baseline(session, url);
        for (let i = 1; i < 3 && (off.shift < r.pageShift || off.longestTaskMs < r.observedTaskMs); i++) {
          const again = await baseline(session, url);
          off = { shift: Math.max(off.shift, again.shift), longestTaskMs: Math.max(off.longestTaskMs, again.longestTaskMs) };
        }
        if (r.shift > 0) r.baselineShift = off.shift;
        if (r.observedTaskMs > 50) r.baselineTaskMs = off.longestTaskMs;
      }
      await sendToBackground(session, 'site/set', { settings: { site: '127.0.0.1', enabled: true } });
    }
  } finally {
    await session.close();
    await plain?.close();
    await server.close();
  }
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const ms = (x: number | null) => (x === null ? '-' : r1(x));
  console.log(
    `${'page'.padEnd(22)}${pad('status', 15)}${pad('ready ms', 10)}${pad('busy', 7)}${pad('off', 7)}${pad('fp', 7)}${pad('off', 7)}${pad('inject', 8)}${pad('sent', 7)}${pad('slc', 5)}${pad('config', 8)}${pad('reply', 8)}${pad('engine', 8)}${pad('handler', 9)}${pad('paint', 7)}${pad('ids', 7)}${pad('own task', 10)}${pad('observed', 10)}${pad('off', 7)}${pad('shift', 8)}${pad('off', 7)}${pad('heap MB', 9)}${pad('marks', 7)}${pad('chars', 8)}${pad('hover ms', 10)}  longest own task`,
  );
  for (const r of results) {
    console.log(
      `${r.page.padEnd(22)}${pad(r.status, 15)}${pad(ms(r.readyMs), 10)}${pad(ms(r.pageBusyMs), 7)}${pad(ms(r.off?.busyMs ?? null), 7)}${pad(ms(r.firstPaintMs), 7)}${pad(ms(r.off?.firstPaintMs ?? null), 7)}${pad(ms(r.injectMs), 8)}${pad(ms(r.sentMs), 7)}${pad(r.readSlices ?? '-', 5)}${pad(ms(r.configMs), 8)}${pad(ms(r.replyMs), 8)}${pad(ms(r.engineMs), 8)}${pad(ms(r.handlerMs), 9)}${pad(ms(r.paintMs), 7)}${pad(ms(r.idsMs), 7)}${pad(r1(r.ownTaskMs), 10)}${pad(r1(r.observedTaskMs), 10)}${pad(ms(r.baselineTaskMs), 7)}${pad(r1(r.shift * 1000) / 1000, 8)}${pad(r.baselineShift === null ? '-' : r1(r.baselineShift * 1000) / 1000, 7)}${pad(r1(r.heapMb), 9)}${pad(r.marks, 7)}${pad(r.chars, 8)}${pad(r.hoverMs.length ? r1(Math.max(...r.hoverMs)) : '-', 10)}  ${r.ownTaskName}`,
    );
  }
  const ready = results.filter((r) => r.readyMs !== null).map((r) => r.readyMs as number);
  const hovers = results.flatMap((r) => r.hoverMs);
  const some = (f: (r: PageResult) => number | null): number[] => results.map(f).filter((x): x is number => x !== null);
  const [load1] = loadavg();
  const summary = {
    pages: results.length,
    pages_marked: ready.length,
    // Over the pages that got marks (article pages in English); the others say why in `status`.
    marks_ready_median_ms: r1(median(ready)),
    marks_ready_p95_ms: r1(percentile(ready, 95)),
    page_busy_median_ms: r1(median(some((r) => (r.readyMs === null ? null : r.pageBusyMs)))),
    // What Backstory adds after the page's own work let scripts run: marks painted − page busy, per page.
    marks_after_page_busy_median_ms: r1(median(some((r) => (r.readyMs === null || r.pageBusyMs === null ? null : r.readyMs - r.pageBusyMs)))),
    // The floor: the same pages with Backstory OFF (a browser without it), DOMContentLoaded → the page world's
    // first zero-delay timer and → first paint, over the marked pages. Marks cannot be painted before the first.
    page_busy_off_median_ms: r1(median(some((r) => (r.readyMs === null ? null : (r.off?.busyMs ?? null))))),
    first_paint_median_ms: r1(median(some((r) => (r.readyMs === null ? null : r.firstPaintMs)))),
    first_paint_off_median_ms: r1(median(some((r) => (r.readyMs === null ? null : (r.off?.firstPaintMs ?? null))))),
    // Navigation start → DOMContentLoaded, with and without Backstory (whose set-up at injection precedes it).
    dcl_median_ms: r1(median(some((r) => (r.readyMs === null ? null : r.dclMs)))),
    dcl_off_median_ms: r1(median(some((r) => (r.readyMs === null ? null : (r.off?.dclMs ?? null))))),
    // Per page: marks painted − the page's own busy time with Backstory off.
    marks_after_page_busy_off_median_ms: r1(median(some((r) => (r.readyMs === null || r.off?.busyMs == null ? null : r.readyMs - r.off.busyMs)))),
    // CPU time of the content script's read (all slices), over the marked pages.
    read_cpu_median_ms: r1(median(some((r) => (r.readyMs === null ? null : r.readCpuMs)))),
    inject_median_ms: r1(median(some((r) => r.injectMs))),
    text_median_ms: r1(median(some((r) => r.textMs))),
    // The path of the marked pages: DOMContentLoaded → text sent → analysis back in the page → marks painted.
    sent_median_ms: r1(median(some((r) => (r.readyMs === null ? null : r.sentMs)))),
    config_median_ms: r1(median(some((r) => (r.readyMs === null ? null : r.configMs)))),
    reply_median_ms: r1(median(some((r) => (r.readyMs === null ? null : r.replyMs)))),
    engine_median_ms: r1(median(some((r) => (r.readyMs === null ? null : r.engineMs)))),
    handler_median_ms: r1(median(some((r) => (r.readyMs === null ? null : r.handlerMs)))),
    paint_median_ms: r1(median(some((r) => r.paintMs))),
    // Pages whose whole read (find the article, collect its text, send it) ran in the DOMContentLoaded task.
    read_in_one_task: results.filter((r) => r.readSlices === 1).length,
    analyse_median_ms: r1(median(some((r) => r.analyzeMs))),
    ids_ready_median_ms: r1(median(some((r) => r.idsMs))),
    cold_first_page_ms: cold?.readyMs === null || !cold ? null : r1(cold.readyMs),
    longest_task_ms: r1(Math.max(0, ...results.map((r) => r.ownTaskMs))),
    longest_observed_task_ms: r1(Math.max(0, ...results.map((r) => r.observedTaskMs))),
    // The same pages loaded with Backstory off: long tasks that are the page's (the browser's) own.
    longest_observed_task_off_ms: r1(Math.max(0, ...some((r) => r.baselineTaskMs))),
    // Shift caused by Backstory: the page's whole-load shift with Backstory on minus the same with it off.
    layout_shift: r1(results.reduce((a, r) => a + (r.shift > 0 ? Math.max(0, r.pageShift - (r.baselineShift ?? 0)) : 0), 0) * 1000) / 1000,
    layout_shift_while_running: r1(results.reduce((a, r) => a + r.shift, 0) * 1000) / 1000,
    heap_median_mb: r1(median(results.map((r) => r.heapMb))),
    marks_total: results.reduce((a, r) => a + r.marks, 0),
    hover_card_p95_ms: r1(percentile(hovers, 95)),
    hover_samples: hovers.length,
    load_avg_start: r1(loadStart),
    load_avg_end: r1(load1),
  };
  console.log(JSON.stringify(summary));
}

await main();
