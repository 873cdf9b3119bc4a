/**
 * `node build/run-ts.mjs tests/bench/pages-trace.ts [--pages DIR] [--only a.html,b.html] [--rounds N]`: where the
 * time between DOMContentLoaded and the marks goes, from Chromium's own performance timeline (DevTools trace).
 *
 * Loads each page (scripts removed, other requests blocked, as bench:pages does) with Backstory ON (the built
 * extension, site enabled) and OFF (a Chromium without the extension, same flags), alternating, and for each load
 * traces the renderer's main thread. Per load it prints, after DOMContentLoaded: the first zero-delay timer of the
 * page's world, first paint, first contentful paint, and the main-thread work split by kind (style, layout, paint,
 * script of Backstory, parsing, other), plus the list of main-thread tasks longer than 5 ms in order, so one can
 * see what the analysis reply waited behind. A diagnostic, not a benchmark: tracing costs time itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadavg } from 'node:os';
// @ts-expect-error: plain ESM helper shared with the e2e tests, no type declarations.
import { findChromium, isAllowedUrl, launchChromium, repoRoot, serve } from '../e2e/harness.mjs';
import { launchPlainChromium, notePageFree, pollPage, withoutScripts } from './saved-pages';

/* eslint-disable @typescript-eslint/no-explicit-any */
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: any;
}

interface LoadTimes {
  mode: 'on' | 'off';
  page: string;
  /** DOMContentLoaded → the page world's first zero-delay timer. */
  busyMs: number | null;
  firstPaintMs: number | null;
  fcpMs: number | null;
  /** DOMContentLoaded → backstory:marks-painted (on only). */
  marksMs: number | null;
  sentMs: number | null;
  receivedMs: number | null;
  /** Main-thread time by kind from DCL to DCL + window. */
  work: Record<string, number>;
  /** The same in thread (CPU) time. */
  cpu: Record<string, number>;
  tasks: string[];
}

const parseArgs = (argv: string[]) => {
  const out = { pages: path.resolve(repoRoot, '../shared/corpus/pages'), only: [] as string[], rounds: 1, windowMs: 400 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--pages') out.pages = path.resolve(argv[++i]);
    else if (argv[i] === '--only') out.only = argv[++i].split(',');
    else if (argv[i] === '--rounds') out.rounds = Number(argv[++i]);
    else if (argv[i] === '--window') out.windowMs = Number(argv[++i]);
  }
  return out;
};

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
  'loading',
  'v8.execute',
];

/** Kind of a traced event, for the work split. */
function kindOf(e: TraceEvent): string | null {
  switch (e.name) {
    case 'UpdateLayoutTree':
    case 'RecalculateStyles':
    case 'ParseAuthorStyleSheet':
      return 'style';
    case 'Layout':
      return 'layout';
    case 'Paint':
    case 'PrePaint':
    case 'Layerize':
    case 'UpdateLayer':
    case 'CompositeLayers':
    case 'Commit':
      return 'paint';
    case 'ParseHTML':
      return 'parse';
    case 'FunctionCall':
    case 'EvaluateScript':
    case 'v8.callFunction':
    case 'TimerFire':
    case 'EventDispatch':
    case 'FireAnimationFrame':
    case 'RunMicrotasks':
      return 'script';
    default:
      return null;
  }
}

async function traceLoad(browser: { newPage: () => Promise<any> }, url: string, mode: 'on' | 'off', windowMs: number): Promise<LoadTimes> {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  const chunks: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: TraceEvent[] }) => chunks.push(...e.value));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // The same probe as bench:pages (pollPage: no driver script evaluated in the page while it is measured).
  if (mode === 'on' && !process.env.TRACE_PLAYWRIGHT_WAIT) {
    await pollPage(cdp, `performance.getEntriesByType('mark').some((m) => /backstory:(marks-painted|not-article|not-analysed)/.test(m.name)) || null`, 20_000);
  } else if (mode === 'on') {
    await page
      .waitForFunction(() => performance.getEntriesByType('mark').some((m) => /backstory:(marks-painted|not-article|not-analysed)/.test(m.name)), null, { timeout: 20_000, polling: 20 })
      .catch(() => undefined);
  }
  await page.waitForTimeout(windowMs);
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const dcl = nav.domContentLoadedEventStart;
    const paint = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, p.startTime - dcl]));
    const mark = (n: string) => {
      const m = performance.getEntriesByName(`backstory:${n}`)[0];
      return m ? m.startTime - dcl : null;
    };
    return {
      busy: (window as any).__benchPageFree ?? null,
      fp: paint['first-paint'] ?? null,
      fcp: paint['first-contentful-paint'] ?? null,
      marks: mark('marks-painted'),
      sent: mark('text-sent'),
      received: mark('analysis-received'),
    };
  });
  await cdp.send('Tracing.end');
  await complete;
  if (process.env.TRACE_DUMP) (await import('node:fs')).writeFileSync(`${process.env.TRACE_DUMP}-${mode}.json`, JSON.stringify(chunks));
  await cdp.detach().catch(() => undefined);
  await page.close();

  // The page's main frame: the navigation of our URL; its DOMContentLoaded is the one after it on that frame.
  const pageUrl = url;
  const nav = chunks.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl);
  // MarkDOMContent is emitted when the DOMContentLoaded event has been dispatched; its start is the latest
  // domContentLoadedEventStart of the frame before it.
  const frame = nav?.args?.frame;
  const dclEnd = nav ? chunks.find((e) => e.name === 'MarkDOMContent' && e.args?.data?.frame === frame && e.ts > nav.ts) : undefined;
  const dclEvent = nav && dclEnd
    ? chunks.filter((e) => e.name === 'domContentLoadedEventStart' && e.args?.frame === frame && e.ts > nav.ts && e.ts <= dclEnd.ts).pop()
    : undefined;
  const work: Record<string, number> = {};
  /** The same split in thread time (CPU), which the OS's descheduling of the renderer does not inflate. */
  const cpu: Record<string, number> = {};
  const tasks: string[] = [];
  if (dclEvent) {
    const { pid, tid } = dclEvent;
    const t0 = dclEvent.ts;
    const end = t0 + windowMs * 1000;
    const main = chunks.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= t0 - 50_000 && e.ts <= end);
    const hasController = main.some((e) => e.name === 'ThreadControllerImpl::RunTask');
    const top = main.filter((e) => e.name === (hasController ? 'ThreadControllerImpl::RunTask' : 'RunTask'));
    for (const task of top) {
      const tEnd = task.ts + (task.dur ?? 0);
      if (tEnd < t0) continue;
      const inner = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= tEnd);
      const byKind: Record<string, number> = {};
      // Count each kind's outermost events only, so nested events are not counted twice.
      const counted: TraceEvent[] = [];
      for (const e of inner.sort((a, b) => a.ts - b.ts)) {
        const kind = kindOf(e);
        if (!kind) continue;
        if (counted.some((c) => kindOf(c) === kind && e.ts >= c.ts && e.ts + (e.dur ?? 0) <= c.ts + (c.dur ?? 0))) continue;
        counted.push(e);
        const args = JSON.stringify(e.args ?? {});
        const isBackstory = kind === 'script' && /chrome-extension:/.test(args);
        // A script evaluated with no URL is the test driver's own (DevTools evaluation, e.g. Playwright's
        // injected script for waitForFunction), not the page's nor Backstory's.
        const isDriver = kind === 'script' && e.name === 'EvaluateScript' && !/"url"/.test(args);
        const k = isBackstory ? 'backstory-script' : isDriver ? 'driver-script' : kind;
        byKind[k] = (byKind[k] ?? 0) + (e.dur ?? 0) / 1000;
        work[k] = (work[k] ?? 0) + (e.dur ?? 0) / 1000;
        cpu[k] = (cpu[k] ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000;
      }
      const ms = (task.dur ?? 0) / 1000;
      // What else the task did: its longest unclassified inner events.
      const other = inner
        .filter((e) => !kindOf(e) && e.name !== task.name && e.name !== 'RunTask' && (e.dur ?? 0) >= 2000)
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 3)
        .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
      if (other.length) byKind[`(${other.join('; ')})`] = 0;
      work.tasks = (work.tasks ?? 0) + ms;
      cpu.tasks = (cpu.tasks ?? 0) + (task.tdur ?? task.dur ?? 0) / 1000;
      if (ms >= 5) {
        const parts = Object.entries(byKind)
          .filter(([k, v]) => v >= 1 || k.startsWith('('))
          .map(([k, v]) => (k.startsWith('(') ? k : `${k} ${v.toFixed(1)}`))
          .join(', ');
        tasks.push(`+${((task.ts - t0) / 1000).toFixed(1)} ${ms.toFixed(1)}ms (cpu ${((task.tdur ?? task.dur ?? 0) / 1000).toFixed(1)}) [${parts}]`);
      }
    }
  }
  return {
    mode,
    page: decodeURIComponent(url.split('/').pop() ?? url),
    busyMs: t.busy,
    firstPaintMs: t.fp,
    fcpMs: t.fcp,
    marksMs: t.marks,
    sentMs: t.sent,
    receivedMs: t.received,
    work,
    cpu,
    tasks,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.pages)) {
    console.log(`pages-trace skipped: no pages folder at ${args.pages}`);
    return;
  }
  let files = readdirSync(args.pages).filter((f) => /\.html?$/i.test(f)).sort();
  if (args.only.length) files = files.filter((f) => args.only.includes(f));
  const routes: Record<string, { body: string; type: string }> = {};
  for (const f of files) routes[`/${encodeURIComponent(f)}`] = { body: withoutScripts(readFileSync(path.join(args.pages, f), 'utf8')), type: 'text/html; charset=utf-8' };
  const server = await serve(routes);
  const session = await launchChromium({ origins: ['http://127.0.0.1/*'] });
  // OFF: a Chromium without the extension, same flags and blocking.
  const plain = await launchPlainChromium(findChromium(), isAllowedUrl);
  const load0 = loadavg()[0];
  try {
    await session.context.addInitScript(notePageFree);
    // Warm the engine once.
    await traceLoad(session, `${server.base}/${encodeURIComponent(files[0])}`, 'on', 100);
    const f1 = (x: number | null) => (x === null ? '-' : x.toFixed(1));
    for (let round = 0; round < args.rounds; round++) {
      for (const f of files) {
        const url = `${server.base}/${encodeURIComponent(f)}`;
        for (const mode of round % 2 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
          const r = await traceLoad(mode === 'on' ? session : plain, url, mode, args.windowMs);
          const w = Object.entries(r.work)
            .map(([k, v]) => `${k} ${v.toFixed(1)}`)
            .join(', ');
          console.log(
            `${r.page.padEnd(20)} ${mode.padEnd(3)} busy ${f1(r.busyMs)} fp ${f1(r.firstPaintMs)} fcp ${f1(r.fcpMs)} sent ${f1(r.sentMs)} recv ${f1(r.receivedMs)} marks ${f1(r.marksMs)} | ${w}`,
          );
          const c = Object.entries(r.cpu)
            .map(([k, v]) => `${k} ${v.toFixed(1)}`)
            .join(', ');
          console.log(`${''.padEnd(24)} cpu: ${c}`);
          for (const t of r.tasks) console.log(`    ${t}`);
        }
      }
    }
  } finally {
    await session.close();
    await plain.close();
    await server.close();
  }
  console.log(`load ${load0.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
}

await main();
