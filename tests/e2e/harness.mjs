// Shared helpers for end-to-end tests (and `npm start`): drive the BUILT extension in real Chromium and Firefox.
//
// - serve(routes | dir): a node http server on 127.0.0.1 (random port unless given).
// - launchChromium / launchFirefox: a fresh profile with Backstory loaded; every request that is not to 127.0.0.1 is
//   blocked at the browser level and recorded (`session.blocked`).
// - Enabling a site: the shipped build asks for NO host permission (sites are opt-in through optional host
//   permissions, granted by the reader in a browser prompt that automation cannot click). For tests and `npm start`
//   the harness therefore loads a copy of dist/<browser> whose manifest also lists the origins to enable under
//   `host_permissions` (granted at install for unpacked/temporary extensions). The background then registers its
//   content script for those origins exactly as it does for a site the reader granted. The bundles are the built
//   ones, byte for byte; only the manifest of the copy differs (plus an empty `harness.html` page used to talk to
//   the background from the extension origin).
// - shot(page, name): screenshot to dist/screenshots/<name>.png.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared folder (corpora, seed) beside the repo; may be absent on CI clones. */
export const sharedDir = path.resolve(repoRoot, '../shared');
export const hasShared = existsSync(sharedDir);
export const screenshotDir = path.join(repoRoot, 'dist', 'screenshots');

/** Fixed moz-extension:// host for Firefox runs (pinned through the `extensions.webextensions.uuids` pref). */
export const FIREFOX_UUID = '3b7a0c52-6f0e-4d2a-9c1b-8e5f7a9d2c41';
/** Name of the empty page the harness adds to its extension copy, to reach the background from the extension origin. */
export const HARNESS_PAGE = 'harness.html';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml', '.webp': 'image/webp',
  '.pdf': 'application/pdf', '.ico': 'image/x-icon',
};

/**
 * Serves pages on 127.0.0.1. `source` is either a folder (static files) or a routes object
 * `{ '/path': string | { body, type, status } | (req, res) => void }`.
 * @returns {Promise<{ base: string, port: number, hits: string[], close: () => Promise<void> }>}
 */
export async function serve(source, { port = 0 } = {}) {
  const hits = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    hits.push(url.pathname);
    if (typeof source === 'string') return serveFile(source, url.pathname, res);
    const route = source[url.pathname];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    if (typeof route === 'function') return route(req, res);
    const r = typeof route === 'string' ? { body: route } : route;
    res.writeHead(r.status ?? 200, { 'content-type': r.type ?? 'text/html; charset=utf-8' });
    res.end(r.body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  return {
    base: `http://127.0.0.1:${actual}`,
    port: actual,
    hits,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve(undefined)); }),
  };
}

function serveFile(dir, pathname, res) {
  const rel = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(dir, rel);
  if (!file.startsWith(path.resolve(dir)) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('not found');
  }
  res.writeHead(200, { 'content-type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
}

/** True for URLs the tests allow: 127.0.0.1 pages and the browsers' own schemes. */
export function isAllowedUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return true;
  }
  if (!/^(https?|wss?|ftp):$/.test(u.protocol)) return true;
  return u.hostname === '127.0.0.1';
}

/**
 * Copies dist/<browser> to a temporary folder whose manifest grants `origins` (e.g. `http://127.0.0.1/*`).
 * @param {'chrome'|'firefox'} browserName
 * @param {string[]} origins match patterns to enable
 */
export function extensionCopy(browserName, origins = ['http://127.0.0.1/*']) {
  const src = path.join(repoRoot, 'dist', browserName);
  if (!existsSync(path.join(src, 'manifest.json'))) throw new Error(`dist/${browserName} is missing: run npm run build first`);
  const dir = mkdtempSync(path.join(tmpdir(), `backstory-${browserName}-`));
  cpSync(src, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...origins])];
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(dir, HARNESS_PAGE), '<!doctype html><meta charset="utf-8"><title>Backstory harness</title>\n');
  return { dir, manifest, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** First existing executable among env override and names on PATH, or null. */
function findExecutable(envVar, names) {
  const fromEnv = process.env[envVar];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const n of names) {
    try {
      const p = execFileSync('sh', ['-c', `command -v ${n}`], { encoding: 'utf8' }).trim();
      if (p) return p;
    } catch {
      // not on PATH
    }
  }
  return null;
}

/** Chromium binary: CHROME_PATH, then chromium, chromium-browser, google-chrome(-stable). */
export const findChromium = () =>
  findExecutable('CHROME_PATH', ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);
/** Firefox binary: FIREFOX_PATH, then firefox, firefox-esr. */
export const findFirefox = () => findExecutable('FIREFOX_PATH', ['firefox', 'firefox-esr']);

/**
 * @typedef {object} Session
 * @property {'chromium'|'firefox'} browser
 * @property {string} base extension base URL, ending with '/'
 * @property {string[]} blocked URLs of requests to hosts other than 127.0.0.1 that were blocked
 * @property {() => Promise<any>} newPage
 * @property {(file: string) => Promise<any>} openExtensionPage opens popup.html etc. as a tab
 * @property {(fn: Function, arg?: any) => Promise<any>} evalInExtension runs fn(arg) in an extension page (has
 *   `chrome`/`browser`), e.g. to send messages to the background
 * @property {() => Promise<void>} close
 */

/**
 * Launches Chromium (playwright-core, persistent context) with Backstory loaded.
 * @param {{ origins?: string[], headless?: boolean, executablePath?: string, offline?: boolean, colorScheme?: 'light'|'dark' }} [opts]
 *   `offline` (default true): block every request not to 127.0.0.1; `colorScheme`: the pages' prefers-color-scheme
 * @returns {Promise<Session & { context: any, worker: any, extensionId: string }>}
 */
export async function launchChromium(opts = {}) {
  const { chromium } = await import('playwright-core');
  const executablePath = opts.executablePath ?? findChromium();
  if (!executablePath) throw new Error('Chromium not found: install chromium or set CHROME_PATH');
  const offline = opts.offline ?? true;
  const ext = extensionCopy('chrome', opts.origins);
  const profile = mkdtempSync(path.join(tmpdir(), 'backstory-chromium-profile-'));
  const blocked = [];
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: opts.headless ?? true,
      viewport: { width: 1280, height: 900 },
      ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
      args: [
        `--disable-extensions-except=${ext.dir}`,
        `--load-extension=${ext.dir}`,
        '--disable-gpu',
        '--disable-quic',
        // Nothing but 127.0.0.1 resolves: this also covers requests from the service worker, which page routes miss.
        ...(offline ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] : []),
      ],
    });
  } catch (e) {
    ext.cleanup();
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`Chromium could not be started (${executablePath}): ${String(e.message ?? e).split('\n')[0]}`);
  }
  if (offline) {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isAllowedUrl(url)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
  }
  let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) {
    try {
      worker = await context.waitForEvent('serviceworker', { timeout: 20_000 });
    } catch {
      await context.close().catch(() => {});
      ext.cleanup();
      rmSync(profile, { recursive: true, force: true });
      throw new Error(
        `Backstory did not load in ${executablePath} (its background never started). Branded Google Chrome 137+ ignores ` +
          '--load-extension: use Chromium or Chrome for Testing (CHROME_PATH).',
      );
    }
  }
  const extensionId = new URL(worker.url()).host;
  const base = `chrome-extension://${extensionId}/`;
  let bridge = null;
  const session = {
    browser: /** @type {const} */ ('chromium'),
    context,
    worker,
    extensionId,
    base,
    blocked,
    manifest: ext.manifest,
    newPage: () => context.newPage(),
    async openExtensionPage(file) {
      const page = await context.newPage();
      await page.goto(base + file);
      return page;
    },
    async evalInExtension(fn, arg) {
      bridge ??= await session.openExtensionPage(HARNESS_PAGE);
      return bridge.evaluate(fn, arg);
    },
    async close() {
      await context.close().catch(() => {});
      ext.cleanup();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  if (ext.manifest.host_permissions.length) await contentScriptRegistered(session);
  return session;
}

/** Firefox prefs that send every non-local request to a proxy that does not exist, so it fails. */
const FIREFOX_OFFLINE_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
  'network.dns.disablePrefetch': true,
};

/**
 * Launches Firefox (puppeteer-core over WebDriver BiDi) with Backstory installed as a temporary add-on.
 * Non-local requests are sent to a dead proxy (so they fail) and recorded when a page makes them.
 * @param {{ origins?: string[], headless?: boolean, executablePath?: string, offline?: boolean, colorScheme?: 'light'|'dark' }} [opts]
 *   `offline` (default true): block every request not to 127.0.0.1; `colorScheme`: the pages' prefers-color-scheme
 * @returns {Promise<Session & { browserHandle: any, addonId: string }>}
 */
export async function launchFirefox(opts = {}) {
  const puppeteer = (await import('puppeteer-core')).default;
  const executablePath = opts.executablePath ?? findFirefox();
  if (!executablePath) throw new Error('Firefox not found: install firefox-esr or set FIREFOX_PATH');
  const offline = opts.offline ?? true;
  const ext = extensionCopy('firefox', opts.origins);
  const addonId = ext.manifest.browser_specific_settings.gecko.id;
  const blocked = [];
  let browserHandle;
  try {
    browserHandle = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: opts.headless ?? true,
      defaultViewport: { width: 1280, height: 900 },
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_UUID }),
        'browser.aboutwelcome.enabled': false,
        ...(offline ? FIREFOX_OFFLINE_PREFS : {}),
        // Puppeteer cannot emulate prefers-color-scheme over BiDi: the theme is chosen at launch (0 dark, 1 light).
        ...(opts.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': opts.colorScheme === 'dark' ? 0 : 1 } : {}),
      },
    });
  } catch (e) {
    ext.cleanup();
    throw new Error(`Firefox could not be started (${executablePath}): ${String(e.message ?? e).split('\n')[0]}`);
  }
  try {
    await browserHandle.installExtension(ext.dir);
  } catch (e) {
    await browserHandle.close().catch(() => {});
    ext.cleanup();
    throw new Error(`Firefox refused the extension: ${String(e.message ?? e).split('\n')[0]}`);
  }
  const base = `moz-extension://${FIREFOX_UUID}/`;
  const watchRequests = (page) => {
    page.on('request', (req) => {
      if (!isAllowedUrl(req.url())) blocked.push(req.url());
    });
    return page;
  };
  let bridge = null;
  const session = {
    browser: /** @type {const} */ ('firefox'),
    browserHandle,
    addonId,
    base,
    blocked,
    manifest: ext.manifest,
    newPage: async () => watchRequests(await browserHandle.newPage()),
    async openExtensionPage(file) {
      const page = watchRequests(await browserHandle.newPage());
      // BiDi never reports the load of a moz-extension:// page (see browser-testing.md): fire and wait for the DOM.
      page.goto(base + file).catch(() => {});
      // Poll by hand: while the page navigates, BiDi's script.evaluate can fail on the dying realm (seen in CI:
      // "right-hand side of 'in' should be an object, got null"); that is "not there yet", not a failure.
      const want = base + file.split('?')[0];
      const deadline = Date.now() + 15_000;
      let lastError = null;
      for (;;) {
        try {
          const ready = await page.evaluate((w) => location.href.startsWith(w) && document.readyState !== 'loading', want);
          if (ready) return page;
        } catch (err) {
          lastError = err;
        }
        if (Date.now() > deadline) throw new Error(`${file} did not load in Firefox within 15 s${lastError ? `: ${lastError.message}` : ''}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async evalInExtension(fn, arg) {
      bridge ??= await session.openExtensionPage(HARNESS_PAGE);
      return bridge.evaluate(fn, arg);
    },
    async close() {
      await browserHandle.close().catch(() => {});
      ext.cleanup();
    },
  };
  if (ext.manifest.host_permissions.length) await contentScriptRegistered(session);
  return session;
}

/**
 * Waits until the background has registered its content script for the granted origins, so a page opened next
 * is read (the registration happens when the background starts).
 */
async function contentScriptRegistered(session) {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    const n = await session.evalInExtension(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      return (await api.scripting.getRegisteredContentScripts()).length;
    });
    if (n > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the background never registered its content script');
}

/** Launches the named browser. */
export function launch(browserName, opts) {
  return browserName === 'firefox' ? launchFirefox(opts) : launchChromium(opts);
}

/**
 * Sends one protocol request to the background from the extension origin and returns the reply
 * (`{ ok, value } | { ok, error }`).
 * @param {Session} session
 * @param {string} type
 * @param {object} payload
 */
export function sendToBackground(session, type, payload = {}) {
  return session.evalInExtension(
    (msg) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(msg),
    { type, ...payload },
  );
}

/** The browser's tab id of the tab showing `url` (asked from the extension origin). */
export async function tabIdOf(session, url) {
  return session.evalInExtension(async (want) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = await api.tabs.query({});
    const tab = tabs.find((t) => t.url === want) ?? tabs.find((t) => (t.url ?? '').split('#')[0] === want.split('#')[0]);
    return tab ? tab.id : null;
  }, url);
}

/**
 * Waits until the background's `tab/state` for the tab showing `url` has one of the `want` statuses and returns
 * it (state + cast). A different final status (not-article, unsupported, error...) that holds for 3 s fails fast.
 */
export async function waitForTabState(session, url, { timeout = 30_000, want = ['ready'] } = {}) {
  const until = Date.now() + timeout;
  const transient = new Set(['working', 'disabled']);
  let last;
  let otherSince = 0;
  while (Date.now() < until) {
    const tabId = await tabIdOf(session, url);
    if (tabId !== null && tabId !== undefined) {
      last = await sendToBackground(session, 'tab/state', { tabId });
      if (last?.ok && want.includes(last.value.status)) return last.value;
      if (last?.ok && !transient.has(last.value.status)) {
        otherSince ||= Date.now();
        if (Date.now() - otherSince > 3000) break;
      } else otherSince = 0;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`tab/state for ${url} never became ${want.join('|')}: last reply ${JSON.stringify(last)}`);
}

/** Saves a screenshot of `page` to dist/screenshots/<name>.png and returns its path. */
export async function shot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** A minimal article page around `paragraphs` (plain text blocks), as the e2e tests and `npm start` serve. */
export function articlePage({ title, paragraphs, byline, published, site = 'Backstory Test News' }) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: published,
    author: byline ? { '@type': 'Person', name: byline } : undefined, publisher: { '@type': 'Organization', name: site } };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="${esc(site)}">
${published ? `<meta property="article:published_time" content="${esc(published)}">` : ''}
<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>
<style>body{font:18px/1.6 Georgia,serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#222}
header nav a{margin-right:1rem;font:14px sans-serif}footer{margin-top:3rem;font:13px sans-serif;color:#666}</style>
</head><body>
<header><nav><a href="/">Home</a><a href="/world">World</a><a href="/politics">Politics</a></nav></header>
<main><article>
<h1>${esc(title)}</h1>
${byline ? `<p class="byline">By ${esc(byline)}${published ? ` · <time datetime="${esc(published)}">${esc(published.slice(0, 10))}</time>` : ''}</p>` : ''}
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main>
<footer>© ${esc(site)}</footer>
</body></html>
`;
}

/**
 * Turns a plain-text article into an article page: blank-line separated paragraphs, or one per line when the file
 * has no blank lines; a short first block is the title (a long one stays a paragraph and the first words title the page).
 */
export function textToArticlePage(text, extra = {}) {
  const clean = text.replace(/\r\n?/g, '\n');
  let blocks = clean.split(/\n\s*\n/).map((b) => b.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  // A file without blank lines has one paragraph per line.
  if (blocks.length < 2) blocks = clean.split('\n').map((l) => l.trim()).filter(Boolean);
  // A long first block is a paragraph, not a title: the page is then titled by its first words.
  const first = blocks[0] ?? '';
  if (first.length <= 160) return articlePage({ title: first || 'Untitled', paragraphs: blocks.slice(1), ...extra });
  const title = first.split(/\s+/).slice(0, 12).join(' ') + '…';
  return articlePage({ title, paragraphs: blocks, ...extra });
}

/**
 * Waits until `fn(arg)`, evaluated in `page`, returns a truthy value, and returns it (JSON-serialisable values).
 * Polls with plain evaluations, so it works the same in Playwright and Puppeteer, and rides out the moments
 * when the page's realm is being replaced (Firefox's BiDi then fails an evaluation with a protocol error).
 */
export async function waitInPage(session, page, fn, arg, timeout = 15_000) {
  const until = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await page.evaluate(fn, arg);
      if (value) return value;
      lastError = undefined;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > until) {
      const why = lastError ? `: ${String(lastError.message ?? lastError).split('\n')[0]}` : '';
      throw new Error(`waitInPage (${session.browser}): condition not met within ${timeout} ms${why}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Moves the pointer onto the first occurrence of `text` in the page's text, as a reader would (approaching
 * from above-left). Returns false when the text is not on the page.
 */
export async function hoverText(page, text) {
  const box = await page.evaluate((want) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.data.indexOf(want);
      if (at < 0) continue;
      n.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + want.length);
      const r = range.getClientRects()[0];
      if (r && r.width > 0) return { x: r.left + Math.min(r.width / 2, 24), y: r.top + r.height / 2 };
    }
    return null;
  }, text);
  if (!box) return false;
  await page.mouse.move(Math.max(box.x - 60, 1), Math.max(box.y - 60, 1));
  await page.mouse.move(box.x, box.y, { steps: 5 });
  return true;
}

/**
 * Every row of one object store of Backstory's IndexedDB database, read with the raw IndexedDB API in the
 * extension origin: in Chromium's service worker, in Firefox from an extension page (same origin, same data).
 */
export function readExtensionStore(session, storeName, dbName = 'backstory') {
  const read = async ({ dbName, storeName }) => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open(dbName);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      if (!db.objectStoreNames.contains(storeName)) return null;
      return await new Promise((resolve, reject) => {
        const req = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    } finally {
      db.close();
    }
  };
  return session.browser === 'chromium' ? session.worker.evaluate(read, { dbName, storeName }) : session.evalInExtension(read, { dbName, storeName });
}

/**
 * Chromium only: the text inside the (closed) shadow roots of the page's `<tagName>` elements, read through the
 * DevTools protocol, which sees closed roots. Page scripts cannot read it; tests can. Returns null in Firefox.
 */
export async function closedShadowText(session, page, tagName = 'backstory-ui') {
  if (session.browser !== 'chromium') return null;
  const cdp = await session.context.newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const texts = [];
    const collect = (node, inside) => {
      if (inside && node.nodeType === 3) texts.push(node.nodeValue);
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) collect(child, inside);
    };
    const visit = (node) => {
      if (node.localName === tagName) for (const sr of node.shadowRoots ?? []) collect(sr, true);
      for (const child of [...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) visit(child);
    };
    visit(root);
    // The card renders in an extension-page frame inside the host (out of the page's process): read its text.
    for (const frame of page.frames()) {
      if (!/^chrome-extension:\/\/[^/]+\/card-frame\.html/.test(frame.url())) continue;
      texts.push(await frame.evaluate(() => document.body.innerText).catch(() => ''));
    }
    return texts.join(' ').replace(/\s+/g, ' ').trim();
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Rows of several object stores of Backstory's database, read in ONE read-only transaction from an extension
 * page: a consistent snapshot even while the background is writing (reading table by table could see an
 * article's mentions committed between two reads). Missing stores read as [].
 * @returns {Promise<Record<string, any[]>>}
 */
export function readExtensionTables(session, storeNames, dbName = 'backstory') {
  return session.evalInExtension(
    async ({ dbName, storeNames }) => {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open(dbName);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        const present = storeNames.filter((n) => db.objectStoreNames.contains(n));
        const out = Object.fromEntries(storeNames.map((n) => [n, []]));
        if (!present.length) return out;
        const tx = db.transaction(present, 'readonly');
        await Promise.all(
          present.map(
            (n) =>
              new Promise((resolve, reject) => {
                const req = tx.objectStore(n).getAll();
                req.onsuccess = () => resolve((out[n] = req.result));
                req.onerror = () => reject(req.error);
              }),
          ),
        );
        return out;
      } finally {
        db.close();
      }
    },
    { dbName, storeNames },
  );
}
