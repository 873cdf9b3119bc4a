// Trust, attacked on the BUILT extension in headless Chromium and Firefox (issue 6):
// - promise 1: every request of pages, service worker, content scripts and extension pages is recorded while
//   reading pages, opening cards, the popup, side panel and options, exporting and importing: nothing goes to
//   any host but the 127.0.0.1 test server, and extension contexts request nothing over the network at all;
// - promise 3: a hostile page (tests/fixtures/hostile/attack.js, run before the content script) patches
//   prototypes, defines Backstory's host tag, forges messages and styles everything `!important`; the card still
//   renders the right content, the reader's note is nowhere the page can read, the forged requests changed nothing;
// - promise 4: a page whose names, roles and quotes carry HTML, `javascript:` URLs, template syntax and bidi
//   overrides shows them as text in the card and the popup;
// - promise 7: with Backstory on and off the page's DOM as its scripts see it is identical (the only addition is
//   the empty card host on <html> once a card was shown), forms and editable fields are untouched, no console
//   errors; the same on pages of the shared corpus (skipped, visibly, when ../shared is absent).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  articlePage,
  closedShadowText,
  hasShared,
  hoverText,
  launch,
  readExtensionStore,
  repoRoot,
  sendToBackground,
  serve,
  sharedDir,
  tabIdOf,
  textToArticlePage,
  waitForTabState,
  waitInPage,
} from './harness.mjs';

const sample = readFileSync(path.join(repoRoot, 'assets/sample/danube-flood-talks.txt'), 'utf8');
const attackScript = readFileSync(path.join(repoRoot, 'tests/fixtures/hostile/attack.js'), 'utf8');
const SECRET_NOTE = 'Private: Lindner source is my cousin Zyx-4471';
const HOSTILE_STYLE = '<style>* { all: unset !important; display: block !important; } head, script, style, title { display: none !important; }</style>';

/** The sample article with the attack script first in <head> and the `all: unset` style after it. */
function hostilePage() {
  return textToArticlePage(sample, { site: 'Hostile News' })
    .replace('<head>', `<head><script>${attackScript}</script>`)
    .replace('</head>', `${HOSTILE_STYLE}</head>`)
    .replaceAll('<p>', '<p data-preexisting>');
}

/** The sample article with a form, a textarea and an editable area that name the same people. */
function formsPage() {
  return textToArticlePage(sample, { site: 'Forms News' }).replace(
    '</article>',
    `<form id="f" action="/submit" method="get"><label>Name <input id="in" name="q" value="Katharina Lindner in Vienna"></label>
<textarea id="ta" name="t">Gábor Fekete met Jana Kováčová in Budapest.</textarea>
<select id="sel" name="s"><option>Vienna</option><option selected>Budapest</option></select>
<button type="submit">Send</button></form>
<div id="ce" contenteditable="true">Draft: Katharina Lindner said the Danube rose in Slovakia.</div>
<div id="dyn"></div>
<script>document.getElementById('dyn').textContent = 'Page script ran: ' + document.querySelectorAll('p').length + ' paragraphs';</script>
</article>`,
  );
}

/** Payloads that must stay text wherever Backstory shows them. */
const PAYLOADS = {
  html: '<img src=x onerror="window.__pwned=1">',
  js: 'javascript:window.__pwned=2',
  template: "{{constructor.constructor('window.__pwned=3')()}} ${window.__pwned=4}",
  bidi: '\u202Egnp.exe\u202C',
};
/** An article whose people, roles and quotes carry the payloads. */
function injectionPage() {
  return articlePage({
    title: `Ministers meet ${PAYLOADS.html} in Vienna ${PAYLOADS.bidi}`,
    site: `Payload News ${PAYLOADS.template}`,
    paragraphs: [
      `Austrian Environment Minister Katharina Lindner met Hungarian Interior Minister Gábor Fekete in Vienna on Tuesday.`,
      `"We will share the data ${PAYLOADS.html} and ${PAYLOADS.template}," Lindner said, pointing to ${PAYLOADS.js}.`,
      `"Nothing changes ${PAYLOADS.bidi} for now," said Fekete after the talks in Budapest.`,
      ...sample.split(/\n\s*\n/).slice(1, 8).map((b) => b.replace(/\s+/g, ' ').trim()),
    ],
  });
}

/** The corpus pages used for "the page is not harmed" (a spread of sites; keep the run short). */
const SHARED_PAGES = ['bbc-1.html', 'guardian-1.html', 'cnn.html', 'nytimes-1.html'];
const sharedPages = hasShared
  ? SHARED_PAGES.filter((f) => {
    try {
      readFileSync(path.join(sharedDir, 'corpus/pages', f));
      return true;
    } catch {
      return false;
    }
  })
  : [];
/** Saved pages are served without their scripts and remote loads, so any remote request is Backstory's own. */
const SHARED_CSP = "default-src 'self' data:; style-src 'self' 'unsafe-inline' data:; img-src 'self' data:; script-src 'none'";

/** Waits until the background has registered its content script (it does so right after start). */
async function waitForContentScripts(s) {
  const ok = await s.evalInExtension(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    for (let i = 0; i < 150; i++) {
      if ((await api.scripting.getRegisteredContentScripts()).length) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  });
  assert.ok(ok, 'the background registered its content script for the granted test origin');
}

/** The page's DOM as its own scripts see it (main world), plus form state and Backstory's host, if any. */
function pageView(page) {
  return page.evaluate(() => {
    const isHost = (el) => el.parentElement === document.documentElement && el !== document.head && el !== document.body;
    const hosts = [...document.documentElement.children].filter(isHost);
    const clone = document.documentElement.cloneNode(true);
    for (const el of [...clone.children]) if (el.localName !== 'head' && el.localName !== 'body') el.remove();
    const val = (id) => document.getElementById(id)?.value ?? null;
    return {
      html: clone.outerHTML,
      text: document.body.innerText,
      hosts: hosts.map((h) => ({ tag: h.localName, children: h.childNodes.length, text: h.textContent, open: h.shadowRoot !== null })),
      forms: {
        input: val('in'), textarea: val('ta'), select: val('sel'),
        editable: document.getElementById('ce')?.innerHTML ?? null,
        activeElement: document.activeElement?.localName ?? null,
      },
      title: document.title,
    };
  });
}

/** Ranges of Backstory's highlights that touch a form field or editable area (seen from the page). */
function highlightsInEditables(page) {
  return page.evaluate(() => {
    const bad = [];
    for (const [name, hl] of CSS.highlights) {
      for (const r of hl) {
        const el = r.startContainer.parentElement;
        if (el?.closest('input, textarea, select, [contenteditable], form')) bad.push(`${name}: ${r.toString()}`);
      }
    }
    return bad;
  });
}

const painted = () => performance.getEntriesByName('backstory:marks-painted').length > 0;
const cardOpened = (n) => performance.getEntriesByName('backstory:card-open').length > n;
const cardOpens = (page) => page.evaluate(() => performance.getEntriesByName('backstory:card-open').length);

for (const browserName of ['chromium', 'firefox']) {
  describe(`trust in ${browserName}`, () => {
    /** @type {any} */ let s;
    /** @type {any} */ let server;
    /** Requests made over http(s), with who made them (Chromium sees all contexts; Firefox sees pages). */
    const requests = [];
    /** Console errors and uncaught errors, per page URL. */
    const consoleErrors = [];
    let pages = [];
    /** What the hostile page's window.find() said about the note while the card was open. */
    let findFoundNote = null;
    /** What it said about the article's own text at the same time (the oracle's control). */
    let findFoundPage = null;

    const routes = {
      '/hostile.html': hostilePage(),
      '/forms.html': formsPage(),
      '/forms-off.html': formsPage(),
      '/payloads.html': injectionPage(),
    };
    for (const f of sharedPages) {
      const body = readFileSync(path.join(sharedDir, 'corpus/pages', f));
      const type = 'text/html; charset=utf-8';
      for (const variant of ['on', 'off']) {
        routes[`/shared/${variant}/${f}`] = (req, res) => {
          res.writeHead(200, { 'content-type': type, 'content-security-policy': SHARED_CSP });
          res.end(body);
        };
      }
    }

    /** A new page whose requests and console errors are recorded. */
    async function open(url) {
      const page = await s.newPage();
      pages.push(page);
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(`${url}: ${m.text()}`);
      });
      page.on('pageerror', (e) => consoleErrors.push(`${url}: uncaught ${e.message ?? e}`));
      if (browserName === 'firefox') {
        page.on('request', (r) => requests.push({ url: r.url(), from: `page ${url}`, request: r }));
      }
      if (url) await page.goto(url);
      return page;
    }

    before(async () => {
      server = await serve(routes);
      s = await launch(browserName);
      if (browserName === 'chromium') {
        // Every request of every context: pages, their frames, extension pages and the service worker.
        s.context.on('request', (r) => {
          let from;
          try {
            from = r.serviceWorker() ? `service worker ${r.serviceWorker().url()}` : `frame ${r.frame().url()}`;
          } catch {
            from = 'service worker';
          }
          requests.push({ url: r.url(), from, request: r });
        });
        // The context's request event misses the extension's service worker; the routing layer sees it. Record
        // every routed request (allowed ones too: the background may not fetch even 127.0.0.1), then hand it to
        // the harness's own route, which blocks what is not local.
        await s.context.route('**/*', (route) => {
          const r = route.request();
          let from;
          try {
            from = r.serviceWorker() ? `service worker ${r.serviceWorker().url()}` : `frame ${r.frame().url()}`;
          } catch {
            from = 'service worker';
          }
          requests.push({ url: r.url(), from, request: r });
          return route.fallback();
        });
        // Restart the background under observation, so what it requests while starting is recorded too.
        const blank = await s.newPage();
        const cdp = await s.context.newCDPSession(blank);
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await cdp.detach();
        await blank.close();
        const awake = await sendToBackground(s, 'settings/get');
        assert.equal(awake.ok, true, 'the background started again');
        await new Promise((r) => setTimeout(r, 500));
      }
      await waitForContentScripts(s);
    });
    after(async () => {
      for (const p of pages) await p.close().catch(() => {});
      await s?.close();
      await server?.close();
    });

    test('a hostile page cannot read the note in an open card, and its forged requests change nothing', async () => {
      const url = `${server.base}/hostile.html`;
      const page = await open(url);
      const state = await waitForTabState(s, url, { timeout: 45_000 });
      const lindner = state.cast.find((c) => c.name === 'Katharina Lindner');
      assert.ok(lindner, `Lindner in the cast of the hostile page: ${state.cast.map((c) => c.name)}`);
      const added = await sendToBackground(s, 'note/add', { target: { kind: 'entity', entityId: lindner.entityId }, body: SECRET_NOTE });
      assert.equal(added.ok, true, JSON.stringify(added));

      await page.bringToFront();
      await waitInPage(s, page, painted, undefined, 20_000);
      await page.evaluate(() => window.__fireForged());
      const before = await cardOpens(page);
      assert.ok(await hoverText(page, 'Katharina Lindner'), 'the name is on the page');
      await waitInPage(s, page, cardOpened, before, 10_000);
      await new Promise((r) => setTimeout(r, 300));

      // The card renders, with the right content (read through DevTools, which sees closed roots).
      const hostTag = await page.evaluate(() => document.documentElement.lastElementChild.localName);
      assert.ok(['backstory-ui', 'div'].includes(hostTag), `Backstory's host is the last child of <html>: ${hostTag}`);
      if (browserName === 'chromium') {
        const shown = await closedShadowText(s, page, hostTag);
        assert.match(shown, /Katharina Lindner/);
        assert.match(shown, /Environment Minister/);
        assert.ok(shown.includes(SECRET_NOTE), `the card shows the reader's note: ${shown.slice(0, 300)}`);
        assert.ok(!shown.includes('FORGED'), 'no forged note in the card');
        // The card is on top where it is drawn: the page's `all: unset !important` did not hide or move it.
        const onTop = await page.evaluate(() => {
          const host = document.documentElement.lastElementChild;
          for (let y = 10; y < innerHeight; y += 20) for (let x = 10; x < innerWidth; x += 20) if (document.elementFromPoint(x, y) === host) return true;
          return false;
        });
        assert.ok(onTop, 'the card is visible on top of the page');
      }

      // Nothing the page can reach contains the note.
      const where = await page.evaluate((n) => window.__probe(n), SECRET_NOTE);
      assert.deepEqual(where, [], `the page read the note through: ${where.join(', ')}`);
      const attack = await page.evaluate(() => ({
        calls: window.__attack.calls.filter((c) => !c.startsWith('addEventListener')),
        roots: window.__attack.roots.length,
        internals: window.__attack.internals.map((i) => i.shadowRoot === null),
        hostIsPageElement: document.documentElement.lastElementChild.constructor !== HTMLElement
          && document.documentElement.lastElementChild.constructor !== HTMLDivElement,
      }));
      assert.deepEqual(attack.calls, [], 'Backstory never went through the page\'s patched methods');
      assert.equal(attack.roots, 0, 'the patched attachShadow never saw Backstory\'s root');
      assert.ok(attack.internals.every(Boolean), 'a page-defined <backstory-ui> gives the page no shadow root');
      assert.equal(attack.hostIsPageElement, false, 'Backstory\'s host is not an element of the page\'s own class');

      // The forged messages changed nothing: the note is the only one, settings and site are as they were.
      const notes = await readExtensionStore(s, 'notes');
      assert.deepEqual(notes.map((n) => n.body), [SECRET_NOTE]);
      const articles = await readExtensionStore(s, 'articles');
      assert.ok(articles.some((a) => a.url === url), 'the article is still stored (no erase)');
      assert.ok(!articles.some((a) => /FORGED|evil\.example/.test(`${a.title} ${a.url}`)), 'no forged article');
      const site = await sendToBackground(s, 'site/get', { site: '127.0.0.1' });
      assert.notEqual(site.value?.enabled, false, 'the site is still on');
      const settings = await sendToBackground(s, 'settings/get');
      assert.equal(settings.value.marks.officials, true, 'settings unchanged');
      assert.ok(await page.evaluate(painted), 'the page still has its marks (no forged content/stop)');
      findFoundNote = await page.evaluate((n) => window.__findOracle(n), SECRET_NOTE);
      // The oracle works: it finds the article's own text while the card is open.
      findFoundPage = await page.evaluate(() => window.__findOracle('Danube'));
      // The page cannot read any frame's document, nor replace the card frame's page for good.
      const frames = await page.evaluate(() => {
        const out = { count: window.length, read: [] };
        for (let i = 0; i < window.length; i++) {
          try {
            out.read.push(String(window[i].document.body.innerText).slice(0, 200));
          } catch {
            // cross-origin: the page cannot read it
          }
          try {
            window[i].location.href = 'about:blank';
          } catch {
            // refused
          }
        }
        return out;
      });
      assert.deepEqual(frames.read, [], `the page read a frame: ${frames.read.join(' | ')}`);
      console.log(`${browserName}: frames the hostile page sees while the card is open: ${frames.count}`);
      if (browserName === 'chromium') {
        // Whatever the page navigated, the card frame is Backstory's page again and still shows the note.
        let again = '';
        for (let k = 0; k < 20 && !again.includes(SECRET_NOTE); k++) {
          await new Promise((r) => setTimeout(r, 250));
          again = (await closedShadowText(s, page, hostTag)) ?? '';
        }
        assert.ok(again.includes(SECRET_NOTE) || frames.count === 0, `the card frame recovered (${frames.count} frames the page sees): ${again.slice(0, 200)}`);
      }
      await page.mouse.move(5, 5);
    });

    test('window.find() cannot probe the text of an open card (it renders in an extension-origin frame)', async () => {
      assert.equal(findFoundPage, true, 'window.find() finds the article text (the oracle works)');
      assert.equal(findFoundNote, false, 'window.find() found the note inside the open card');
    });

    test('names, roles, quotes and titles with payloads are shown as text in the card and the popup', async () => {
      const url = `${server.base}/payloads.html`;
      const page = await open(url);
      const state = await waitForTabState(s, url, { timeout: 45_000 });
      assert.ok(state.cast.some((c) => c.name === 'Katharina Lindner'), `cast: ${state.cast.map((c) => c.name)}`);
      await page.bringToFront();
      await waitInPage(s, page, painted, undefined, 20_000);
      const before = await cardOpens(page);
      assert.ok(await hoverText(page, 'Katharina Lindner'));
      await waitInPage(s, page, cardOpened, before, 10_000);
      if (browserName === 'chromium') {
        const shown = await closedShadowText(s, page);
        assert.ok(shown.includes('<img src=x onerror="window.__pwned=1">'), `the quote's markup is text: ${shown.slice(0, 400)}`);
      }
      assert.equal(await page.evaluate(() => window.__pwned ?? null), null, 'no payload ran in the page');
      await page.mouse.move(5, 5);

      const tabId = await tabIdOf(s, url);
      const popup = await s.openExtensionPage(`popup.html?tab=${tabId}`);
      pages.push(popup);
      await waitInPage(s, popup, () => document.body.innerText.includes('Katharina Lindner'));
      const view = await popup.evaluate(() => ({
        pwned: window.__pwned ?? null,
        imgs: document.querySelectorAll('img[onerror], img[src="x"]').length,
        jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href'))).length,
        text: document.body.innerText,
      }));
      assert.equal(view.pwned, null);
      assert.equal(view.imgs, 0, 'no <img> from the payload');
      assert.equal(view.jsLinks, 0, 'no javascript: link');
      await popup.close();
    });

    test('with Backstory on and off the page, its forms and its scripts\' view of the DOM are the same', async () => {
      await sendToBackground(s, 'site/set', { settings: { site: '127.0.0.1', enabled: false } });
      let off;
      try {
        const offUrl = `${server.base}/forms-off.html`;
        const offPage = await open(offUrl);
        await new Promise((r) => setTimeout(r, 1500));
        const state = await sendToBackground(s, 'tab/state', { tabId: await tabIdOf(s, offUrl) });
        assert.equal(state.value.status, 'disabled');
        off = await pageView(offPage);
      } finally {
        await sendToBackground(s, 'site/set', { settings: { site: '127.0.0.1', enabled: true } });
      }
      const url = `${server.base}/forms.html`;
      const page = await open(url);
      await waitForTabState(s, url, { timeout: 45_000 });
      await page.bringToFront();
      await waitInPage(s, page, painted, undefined, 20_000);
      const on = await pageView(page);
      assert.deepEqual(on, off, 'the marked page is the same DOM, text and form state as the unmarked one');
      assert.deepEqual(await highlightsInEditables(page), [], 'no highlight inside forms or editable areas');

      const before = await cardOpens(page);
      assert.ok(await hoverText(page, 'Katharina Lindner'));
      await waitInPage(s, page, cardOpened, before, 10_000);
      const withCard = await pageView(page);
      assert.deepEqual({ ...withCard, hosts: [] }, { ...off, hosts: [] }, 'an open card changes nothing but its host');
      assert.equal(withCard.hosts.length, 1, 'one host element on <html> while the card is shown');
      assert.deepEqual(withCard.hosts[0], { tag: 'backstory-ui', children: 0, text: '', open: false }, 'the host is empty in the light DOM, its root closed');
      await page.mouse.move(5, 5);
      const ownErrors = consoleErrors.filter((e) => /backstory|chrome-extension:|moz-extension:/i.test(e));
      assert.deepEqual(ownErrors, [], 'no console errors from Backstory');
    });

    test(`shared corpus pages are the same with Backstory on and off${hasShared ? '' : ' (SKIPPED: ../shared is absent)'}`, { skip: !hasShared && 'no ../shared folder beside the repo' }, async () => {
      assert.ok(sharedPages.length >= 2, `corpus pages found: ${sharedPages.join(', ')}`);
      const limit = browserName === 'chromium' ? sharedPages.length : 2;
      for (const f of sharedPages.slice(0, limit)) {
        await sendToBackground(s, 'site/set', { settings: { site: '127.0.0.1', enabled: false } });
        let off;
        try {
          const offPage = await open(`${server.base}/shared/off/${f}`);
          await new Promise((r) => setTimeout(r, 1000));
          off = await pageView(offPage);
          await offPage.close();
        } finally {
          await sendToBackground(s, 'site/set', { settings: { site: '127.0.0.1', enabled: true } });
        }
        const url = `${server.base}/shared/on/${f}`;
        const page = await open(url);
        const state = await waitForTabState(s, url, { timeout: 45_000, want: ['ready', 'not-article', 'not-english', 'error'] });
        if (state.status === 'ready') await waitInPage(s, page, painted, undefined, 20_000);
        const on = await pageView(page);
        assert.equal(on.text, off.text, `${f}: same text`);
        assert.equal(on.html, off.html, `${f}: same DOM`);
        assert.deepEqual(on.hosts, [], `${f}: nothing added to <html> before a card opens`);
        await page.close();
      }
      const ownErrors = consoleErrors.filter((e) => /backstory|chrome-extension:|moz-extension:/i.test(e));
      assert.deepEqual(ownErrors, [], 'no console errors from Backstory');
    });

    test('the popup, side panel and options, export and import request nothing', async () => {
      const tabId = await tabIdOf(s, `${server.base}/forms.html`);
      for (const file of [`popup.html?tab=${tabId}`, `sidepanel.html?tab=${tabId}`, 'options.html']) {
        const p = await s.openExtensionPage(file);
        pages.push(p);
        await new Promise((r) => setTimeout(r, 800));
      }
      const json = await sendToBackground(s, 'data/export', { format: 'json' });
      assert.equal(json.ok, true, JSON.stringify(json).slice(0, 200));
      const md = await sendToBackground(s, 'data/export', { format: 'markdown' });
      assert.equal(md.ok, true);
      const check = await sendToBackground(s, 'data/import-check', { content: json.value.content });
      assert.equal(check.ok, true, JSON.stringify(check).slice(0, 300));
      const imported = await sendToBackground(s, 'data/import', { content: json.value.content });
      assert.equal(imported.ok, true, JSON.stringify(imported).slice(0, 300));
      // A saved article full of remote references, read by the import page's parser: nothing may load.
      const saved = `<!doctype html><html><head><title>Saved</title><link rel="stylesheet" href="https://evil.example/a.css">
<script src="https://evil.example/a.js"></script></head><body><article><h1>Saved talks</h1>
<img src="https://evil.example/pixel.png"><iframe src="https://evil.example/frame"></iframe>
<p>Austrian Environment Minister Katharina Lindner met officials in Vienna on Tuesday to discuss the floods.</p>
<p style="background:url(https://evil.example/bg.png)">The talks continued in Budapest with Hungarian Interior Minister Gábor Fekete.</p>
</article></body></html>`;
      const opts = pages[pages.length - 1];
      if (browserName === 'chromium') {
        await opts.locator('input[type="file"][accept*=".html"]').setInputFiles({ name: 'saved.html', mimeType: 'text/html', buffer: Buffer.from(saved) });
        await waitInPage(s, opts, () => document.body.innerText.includes('saved.html') || /1\b/.test(document.querySelector('.bs-import-files')?.innerText ?? ''), undefined, 20_000)
          .catch(() => undefined);
        const until = Date.now() + 20_000;
        let stored = [];
        while (Date.now() < until) {
          stored = (await readExtensionStore(s, 'articles')).filter((a) => /^Saved( talks)?$/.test(a.title ?? ''));
          if (stored.length) break;
          await new Promise((r) => setTimeout(r, 250));
        }
        const said = await opts.evaluate(() => document.querySelector('.bs-import-files')?.innerText ?? '');
        assert.equal(stored.length, 1, `the saved article was imported (options said: ${said})`);
      }
      await new Promise((r) => setTimeout(r, 500));
    });

    test('no request left the machine, and extension contexts made none at all', () => {
      // A request the page's own CSP refused was never sent (the saved corpus pages are served with a strict CSP).
      // (Chromium reports such a request as failed with "csp"; Firefox reports the page's remote iframes as
      // navigations that the CSP aborts.)
      const refusedByPageCsp = (req) => {
        const why = req?.failure()?.errorText ?? '';
        return /^csp$|ERR_BLOCKED_BY_CSP/.test(why) || (why === 'NS_BINDING_ABORTED' && req.isNavigationRequest());
      };
      const sent = requests.filter((r) => !refusedByPageCsp(r.request)).map(({ url, from }) => ({ url, from }));
      const remote = sent.filter((r) => {
        try {
          const u = new URL(r.url);
          return /^(https?|wss?):$/.test(u.protocol) && u.hostname !== '127.0.0.1';
        } catch {
          return false;
        }
      });
      assert.deepEqual(remote, [], 'requests to hosts other than the 127.0.0.1 test server');
      const fromExtension = sent.filter((r) => /^https?:/.test(r.url) && /service worker|chrome-extension:|moz-extension:/.test(r.from));
      assert.deepEqual(fromExtension, [], 'network requests from the background or extension pages');
      // Chromium: requests the browser-level route refused (any context). In Firefox the harness lists every page
      // request to another host, which the filtered list above already covers; its background cannot be watched
      // over BiDi, so there only the dead proxy stands between it and the network.
      if (browserName === 'chromium') assert.deepEqual(s.blocked, [], 'requests the browser blocked');
      if (browserName === 'chromium') assert.ok(requests.some((r) => r.url.endsWith('/hostile.html')), 'the recorder saw the page loads');
    });
  });
}
