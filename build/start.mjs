#!/usr/bin/env node
// npm start: opens a browser with Backstory loaded on a news article, in a fresh profile. Installs nothing.
//
// Usage: npm start -- [--browser chromium|firefox] [--url <http(s) URL | file.html | file.txt>] [--headless]
//                     [--once] [--port N]
//   default page   the sample article (assets/sample/), served on 127.0.0.1
//   --once         wait until Backstory has analysed the page, print what the running extension found as JSON,
//                  hover a marked name, save a screenshot under dist/screenshots/, and exit
//   --headless     no window (automatic when there is no display)
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildAll, isStale, root } from './build.mjs';
import {
  findChromium,
  findFirefox,
  hoverText,
  launch,
  serve,
  shot,
  textToArticlePage,
  waitForTabState,
} from '../tests/e2e/harness.mjs';

const USAGE =
  'usage: npm start -- [--browser chromium|firefox] [--url <http(s) URL | file.html | file.txt>] [--headless] [--once] [--port N]';
const DEFAULT_PORT = 4870;
const SAMPLE = path.join(root, 'assets/sample/danube-flood-talks.txt');

/** Exits with a one-line error. */
function fail(message, code = 1) {
  console.error(`npm start: ${message}`);
  process.exit(code);
}

function parseArgs(argv) {
  const opts = { browser: 'chromium', url: null, headless: false, once: false, port: DEFAULT_PORT };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) fail(`${a} needs a value\n${USAGE}`, 2);
      return v;
    };
    if (a === '--browser') opts.browser = value();
    else if (a === '--url') opts.url = value();
    else if (a === '--headless') opts.headless = true;
    else if (a === '--once') opts.once = true;
    else if (a === '--port') opts.port = Number(value());
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown option "${a}"\n${USAGE}`, 2);
  }
  if (opts.browser === 'chrome') opts.browser = 'chromium';
  if (!['chromium', 'firefox'].includes(opts.browser)) fail(`--browser must be chromium or firefox, not "${opts.browser}"`, 2);
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) fail('--port must be a port number', 2);
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) opts.headless = true;
  return opts;
}

/**
 * What to open: a remote URL as is, or a local page served on 127.0.0.1.
 * @returns {{ remote: string } | { routes: Record<string, any>, entry: string } | { dir: string, entry: string }}
 */
function pageSource(url) {
  if (!url) return { routes: { '/article.html': textToArticlePage(readFileSync(SAMPLE, 'utf8'), sampleMeta()) }, entry: '/article.html' };
  if (/^https?:\/\//i.test(url)) {
    try {
      return { remote: new URL(url).href };
    } catch {
      fail(`--url "${url}" is not a valid URL`);
    }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[a-z]:[\\/]/i.test(url))
    fail(`--url "${url}": only http(s) URLs and local .html/.txt files can be opened`);
  const file = path.resolve(url);
  if (!existsSync(file) || !statSync(file).isFile()) fail(`--url "${url}": no such file`);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.txt') {
    const name = `/${encodeURIComponent(path.basename(file, ext))}.html`;
    return { routes: { [name]: textToArticlePage(readFileSync(file, 'utf8'), { site: 'Local file' }) }, entry: name };
  }
  if (ext === '.html' || ext === '.htm') return { dir: path.dirname(file), entry: `/${encodeURIComponent(path.basename(file))}` };
  fail(`--url "${url}": a local file must be .html, .htm or .txt`);
}

function sampleMeta() {
  return { byline: 'Backstory Sample Desk', published: '2026-02-17T09:30:00Z', site: 'Backstory Sample News' };
}

/** The cast grouped the way the popup shows it. */
function castReport(state, pageUrl) {
  const pick = (kind) => state.cast.filter((c) => c.kind === kind);
  const person = (c) => ({
    name: c.name, official: c.official, role: c.role, organization: c.organization, country: c.country,
    mentions: c.mentions, seenIn: c.seenIn, notes: c.notes,
  });
  const other = (c) => ({ name: c.name, country: c.country, mentions: c.mentions, seenIn: c.seenIn, notes: c.notes });
  return {
    url: pageUrl,
    title: state.title,
    status: state.status,
    ...(state.reason ? { reason: state.reason } : {}),
    articleId: state.articleId,
    people: pick('person').map(person),
    places: pick('place').map(other),
    organizations: pick('organization').map(other),
  };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const source = pageSource(opts.url);
  const exe = opts.browser === 'firefox' ? findFirefox() : findChromium();
  if (!exe) {
    fail(opts.browser === 'firefox'
      ? 'Firefox not found: install firefox (or firefox-esr), or set FIREFOX_PATH'
      : 'Chromium not found: install chromium, or set CHROME_PATH to a Chromium or Chrome for Testing binary');
  }

  const extDir = opts.browser === 'firefox' ? 'firefox' : 'chrome';
  if (isStale(extDir)) {
    const ms = await buildAll({ log: () => {} });
    console.error(`built dist/ in ${Math.round(ms)} ms`);
  }

  let server = null;
  let pageUrl;
  let origins;
  if ('remote' in source) {
    pageUrl = source.remote;
    const u = new URL(pageUrl);
    origins = [`${u.protocol}//${u.hostname}/*`];
  } else {
    try {
      server = await serve('routes' in source ? source.routes : source.dir, { port: opts.port });
    } catch (e) {
      if (e.code === 'EADDRINUSE') fail(`port ${opts.port} on 127.0.0.1 is busy; pass --port N (or --port 0 for any free port)`);
      fail(`cannot serve on 127.0.0.1:${opts.port}: ${e.message}`);
    }
    pageUrl = server.base + source.entry;
    origins = ['http://127.0.0.1/*'];
  }

  const t0 = Date.now();
  let session;
  try {
    session = await launch(opts.browser, { origins, headless: opts.headless, executablePath: exe, offline: !('remote' in source) });
  } catch (e) {
    await server?.close();
    fail(e.message);
  }
  const stop = async (code) => {
    await session.close();
    await server?.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(130));
  process.on('SIGTERM', () => void stop(143));

  const launchedMs = Date.now() - t0;
  const page = await session.newPage();
  const tLoad = Date.now();
  try {
    const response = await page.goto(pageUrl, { waitUntil: 'load', timeout: 30_000 });
    if (response && response.status() >= 400) throw new Error(`HTTP ${response.status()}`);
  } catch (e) {
    console.error(`npm start: the page ${pageUrl} could not be loaded: ${String(e.message ?? e).split('\n')[0]}`);
    return stop(1);
  }

  if (!opts.once) {
    console.error(
      opts.headless
        ? `Backstory is running in headless ${opts.browser} on ${pageUrl} (no display: add --once to print what it found). Press Ctrl-C to stop.`
        : `Backstory is running in ${opts.browser} on ${pageUrl}. Close the browser or press Ctrl-C to stop.`,
    );
    const closed = opts.browser === 'firefox'
      ? new Promise((r) => session.browserHandle.once('disconnected', r))
      : new Promise((r) => session.context.once('close', r));
    await closed;
    return stop(0);
  }

  let state;
  try {
    state = await waitForTabState(session, page.url(), {
      timeout: 60_000,
      want: ['ready', 'not-article', 'not-english', 'unsupported', 'error'],
    });
  } catch (e) {
    console.error(`npm start: Backstory did not finish analysing the page: ${String(e.message ?? e).split('\n')[0]}`);
    return stop(1);
  }
  const report = castReport(state, page.url());
  const analysedMs = Date.now() - tLoad;
  console.log(JSON.stringify(report, null, 2));

  const first = report.people.find((p) => p.official) ?? report.people[0] ?? report.places[0];
  if (first && (await hoverText(page, first.name))) await new Promise((r) => setTimeout(r, 1200));
  const file = await shot(page, `start-${opts.browser}`);
  console.error(`${opts.browser} started in ${launchedMs} ms; page loaded and analysed in ${analysedMs} ms; screenshot: ${path.relative(root, file)}`);
  if (state.status !== 'ready') {
    console.error(`npm start: Backstory did not read this page: ${state.reason ?? state.status}`);
    return stop(3);
  }
  return stop(0);
}

main().catch((e) => fail(String(e?.message ?? e).split('\n')[0]));
