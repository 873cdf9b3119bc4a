/** Helpers shared by the benchmarks that load saved pages in a browser (bench:pages, pages-trace). */

/** The page without its scripts (JSON-LD kept): the benches measure Backstory, not the page's own JS. */
export function withoutScripts(html: string): string {
  return html.replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (all, attrs: string) =>
    /application\/ld\+json/i.test(attrs) ? all : '',
  );
}

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Notes, in the page's own world, when its main thread first ran a zero-delay timer after DOMContentLoaded
 * (`window.__benchPageFree`, ms after DOMContentLoaded): until then the browser's own work for the page
 * (parsing leftovers, style, layout, paint, frames of blocked requests) held the thread, and no message reply
 * could run either. Install with `context.addInitScript`.
 */
export function notePageFree(): void {
  document.addEventListener('DOMContentLoaded', () => {
    const t0 = performance.now();
    setTimeout(() => ((window as any).__benchPageFree = performance.now() - t0), 0);
  });
}

/**
 * Polls `expression` in the page's main world through a raw DevTools evaluation until it gives a value that is
 * not null/undefined (returned), or `timeoutMs` passes (null). Playwright's `waitForFunction` first evaluates its
 * own injected script in the page (6-8 ms of the renderer's main-thread CPU, traced at load 2-4), and it did so
 * right after DOMContentLoaded, in the middle of the path being measured; a raw `Runtime.evaluate` of a short
 * expression costs a fraction of a millisecond. `cdp` is a CDP session of the page (`context.newCDPSession`).
 */
export async function pollPage<T>(cdp: any, expression: string, timeoutMs: number, intervalMs = 20): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await cdp.send('Runtime.evaluate', { expression, returnByValue: true }).catch(() => null);
    const value = r?.result?.value;
    if (value !== undefined && value !== null) return value as T;
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** What a page load gives with Backstory OFF (a browser without the extension). */
export interface OffLoad {
  /** DOMContentLoaded → the page world's first zero-delay timer, ms. */
  busyMs: number | null;
  /** DOMContentLoaded → first paint, ms (negative when the page painted before DOMContentLoaded). */
  firstPaintMs: number | null;
  /** Navigation start → DOMContentLoaded, ms. */
  dclMs: number | null;
}

/**
 * A Chromium with the same flags, viewport and request blocking as the harness's, but WITHOUT Backstory: the
 * page's own post-DOMContentLoaded work in the same setup, the floor under "marks painted".
 */
export async function launchPlainChromium(executablePath: string, isAllowedUrl: (url: string) => boolean): Promise<{ load: (url: string) => Promise<OffLoad>; newPage: () => Promise<any>; close: () => Promise<void> }> {
  const { chromium } = await import('playwright-core');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  // A persistent profile, as the harness's browser has: the two differ only in Backstory being loaded.
  const profile = mkdtempSync(path.join(tmpdir(), 'backstory-plain-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--disable-gpu', '--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  await context.route('**/*', (route: any) => (isAllowedUrl(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  await context.addInitScript(notePageFree);
  return {
    newPage: () => context.newPage(),
    async load(url: string): Promise<OffLoad> {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      // Waited for as the Backstory loads wait for their marks (pollPage), so both loads carry the same probe.
      await pollPage(cdp, 'window.__benchPageFree', 10_000);
      await cdp.detach().catch(() => undefined);
      await page.waitForTimeout(100);
      const out = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const fp = performance.getEntriesByName('first-paint')[0];
        return {
          busyMs: ((window as any).__benchPageFree as number | undefined) ?? null,
          firstPaintMs: fp && nav ? fp.startTime - nav.domContentLoadedEventStart : null,
          dclMs: nav ? nav.domContentLoadedEventStart : null,
        };
      });
      await page.close();
      return out;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** DOMContentLoaded → first paint of the page in `page` (a playwright page), ms, or null. */
export async function firstPaintAfterDcl(page: any): Promise<number | null> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const fp = performance.getEntriesByName('first-paint')[0];
    return fp && nav ? fp.startTime - nav.domContentLoadedEventStart : null;
  });
}
