/**
 * `node build/run-ts.mjs tests/bench/pages-profile.ts [--only a.html,b.html]`: a sampling CPU profile of the
 * content script on saved pages (Backstory ON), self time per function of content.js up to the marks, so the
 * DOMContentLoaded read's cost can be attributed. A diagnostic for bench:pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
// @ts-expect-error: plain ESM helper shared with the e2e tests, no type declarations.
import { launchChromium, repoRoot, serve } from '../e2e/harness.mjs';
import { withoutScripts } from './saved-pages';

/* eslint-disable @typescript-eslint/no-explicit-any */
const argv = process.argv.slice(2);
const dir = path.resolve(repoRoot, '../shared/corpus/pages');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : [];
const files = readdirSync(dir).filter((f) => /\.html$/.test(f) && (!only.length || only.includes(f)));
const routes: Record<string, { body: string; type: string }> = {};
for (const f of files) routes[`/${f}`] = { body: withoutScripts(readFileSync(path.join(dir, f), 'utf8')), type: 'text/html; charset=utf-8' };
const server = await serve(routes);
const session = await launchChromium({ origins: ['http://127.0.0.1/*'] });
const total = new Map<string, number>();
try {
  for (const [i, f] of [files[0], ...files].entries()) {
    const page = await session.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.base}/${f}`, { waitUntil: 'domcontentloaded' });
    await page
      .waitForFunction(() => performance.getEntriesByType('mark').some((m) => /backstory:(text-sent|not-article)/.test(m.name)), null, { timeout: 20_000, polling: 10 })
      .catch(() => undefined);
    const { profile } = await cdp.send('Profiler.stop');
    await page.close();
    if (i === 0) continue;
    const dt = new Map<number, number>();
    for (let k = 0; k < profile.samples.length; k++) dt.set(profile.samples[k], (dt.get(profile.samples[k]) ?? 0) + profile.timeDeltas[k] / 1000);
    for (const n of profile.nodes) {
      const url: string = n.callFrame.url;
      const name = url.includes('content.js') ? `${n.callFrame.functionName || '(anon)'}:${n.callFrame.columnNumber}` : n.callFrame.url ? null : n.callFrame.functionName;
      if (!name || !dt.get(n.id)) continue;
      total.set(name, (total.get(name) ?? 0) + dt.get(n.id)!);
    }
  }
} finally {
  await session.close();
  await server.close();
}
let own = 0;
for (const [k, v] of total) if (/:\d+$/.test(k)) own += v;
console.log(`content.js self time, all functions: ${own.toFixed(1)} ms over ${files.length} pages`);
for (const [k, v] of [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(1).padStart(8), k);
