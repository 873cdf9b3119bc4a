// End-to-end: the BUILT extension in headless Chromium and Firefox. Loads, reads an article page served on
// 127.0.0.1, stores it in the extension's IndexedDB, shows the cast in the popup, opens a card on hover,
// leaves a site the reader turned off alone, and makes no request beyond 127.0.0.1.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import zlib from 'node:zlib';
import { zip } from '../../build/package.mjs';
import {
  closedShadowText,
  hoverText,
  launch,
  readExtensionStore,
  repoRoot,
  sendToBackground,
  serve,
  shot,
  tabIdOf,
  textToArticlePage,
  waitForTabState,
  waitInPage,
} from './harness.mjs';

const sample = readFileSync(path.join(repoRoot, 'assets/sample/danube-flood-talks.txt'), 'utf8');
const TITLE = sample.split('\n')[0].trim();
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

/** A stylesheet that never finishes downloading: the page's load event never fires. */
function hangingResponse(_req, res) {
  res.writeHead(200, { 'content-type': 'text/css' });
  res.write('/* never ends */');
  hanging.push(res);
}
const hanging = [];

const slowArticle = textToArticlePage(
  [
    'Port strike talks stall in Gdansk',
    'Polish Labour Minister Tomasz Zielinski said on Friday that the strike at the container terminals in Gdansk could last for several more weeks after a second round of talks ended without an agreement.',
    '"We are closer than we were on Monday, but we are not close," Mr. Zielinski told reporters outside the ministry in Warsaw, adding that the government would not impose a settlement.',
    'The dockworkers union, which represents about four thousand workers in Gdansk and Gdynia, wants wages tied to inflation and a limit on night shifts during the winter months.',
    'Shipping companies have begun sending vessels to Hamburg and Rotterdam instead, and exporters in the region warned that the delays were already costing them orders.',
  ].join('\n\n'),
).replace('</head>', '<link rel="stylesheet" href="/hang.css"></head>');

const framedArticle = textToArticlePage(
  [
    'Rail link opens between Tallinn and Riga',
    'Estonian Transport Minister Kadri Tamm said on Sunday that the first passenger train on the new line between Tallinn and Riga had reached the Latvian capital four minutes ahead of schedule.',
    '"For the first time, going to Riga by train is faster than going by car," Ms. Tamm said at the station in Tallinn before the return journey.',
    'The line, part of a wider project that is meant to reach Vilnius and the Polish border, was delayed by three years and went over its budget, auditors in Estonia and Latvia have said.',
    'Passenger numbers will be reviewed after the first six months, the ministry said, before a decision on adding night trains to the timetable.',
  ].join('\n\n'),
).replace('</article>', '<iframe src="/frame.html" title="related" width="400" height="120"></iframe></article>');

const germanArticle = textToArticlePage(
  [
    'Bürgermeister kündigt neue Radwege in Leipzig an',
    'Der Oberbürgermeister von Leipzig hat am Dienstag angekündigt, dass die Stadt in den nächsten drei Jahren mehr als vierzig Kilometer neue Radwege bauen wird.',
    'Die Pläne sehen vor, dass vor allem die Verbindungen zwischen den Stadtteilen im Osten und der Innenstadt sicherer werden, sagte er bei einer Pressekonferenz im Rathaus.',
    'Kritik kam von den Händlern in der Innenstadt, die befürchten, dass durch die neuen Wege viele Parkplätze wegfallen und weniger Kunden in die Geschäfte kommen.',
    'Der Stadtrat soll im Herbst über die Finanzierung entscheiden; ein Teil des Geldes könnte aus einem Förderprogramm des Bundes kommen.',
  ].join('\n\n'),
).replace('<html lang="en">', '<html lang="de">');

const routes = {
  '/news/german.html': germanArticle,
  '/hang.css': hangingResponse,
  '/news/slow.html': slowArticle,
  '/news/framed.html': framedArticle,
  '/frame.html': textToArticlePage('Elsewhere\n\nNorwegian Fisheries Minister Ingrid Solberg-Haugen said quotas would fall.'),
  '/files/report.pdf': { body: '%PDF-1.4\n%%EOF\n', type: 'application/pdf' },
  '/menu.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Menu</title></head><body><nav><a href="/a">Home</a> <a href="/b">Sign in</a></nav><form><input name="q"><button>Search</button></form></body></html>',
  '/news/danube.html': textToArticlePage(sample, { byline: 'Sample Desk', published: '2026-02-17T09:30:00Z', site: 'Sample News' }),
  '/news/off.html': textToArticlePage(
    'Harbour talks resume in Rotterdam\n\nDutch Infrastructure Minister Pieter de Wit said on Monday that the port would reopen.',
  ),
};

/** Every file under `dir`, as forward-slash relative paths. */
function filesUnder(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(path.join(dir, name)).isDirectory() ? filesUnder(path.join(dir, name), rel) : [rel];
  });
}

/** Reads a ZIP archive back (central directory, then each entry), to check what `zip` wrote. */
function unzip(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + size);
    const data = method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw);
    assert.equal(zlib.crc32(data) >>> 0, crc, `crc of ${name}`);
    out.set(name, data);
    at += 46 + nameLen;
  }
  return out;
}

describe('build output', () => {
  const read = (b) => JSON.parse(readFileSync(path.join(repoRoot, 'dist', b, 'manifest.json'), 'utf8'));

  test('the Chrome manifest: MV3 service worker, side panel, no host permission', () => {
    const m = read('chrome');
    assert.equal(m.manifest_version, 3);
    assert.equal(m.version, pkg.version);
    assert.deepEqual(m.background, { service_worker: 'background.js' });
    assert.equal(m.side_panel.default_path, 'sidepanel.html');
    assert.deepEqual([...m.permissions].sort(), ['activeTab', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    assert.equal(m.host_permissions, undefined);
    assert.deepEqual(m.optional_host_permissions, ['http://*/*', 'https://*/*']);
    assert.equal(m.content_security_policy.extension_pages, "script-src 'self'; object-src 'self'; connect-src 'self'");
    assert.ok(!Object.keys(m).some((k) => k.startsWith('$')), 'no browser sections left in the output');
  });

  test('the Firefox manifest: MV3 background scripts, sidebar, gecko settings', () => {
    const m = read('firefox');
    assert.deepEqual(m.background, { scripts: ['background.js'] });
    assert.equal(m.sidebar_action.default_panel, 'sidepanel.html');
    const gecko = m.browser_specific_settings.gecko;
    assert.ok(gecko.id);
    assert.ok(Number.parseFloat(gecko.strict_min_version) >= 142);
    assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
    assert.ok(!m.permissions.includes('sidePanel'));
    assert.equal(m.host_permissions, undefined);
  });

  test('every file the manifests name is in the build', () => {
    for (const b of ['chrome', 'firefox']) {
      const m = read(b);
      const files = new Set(filesUnder(path.join(repoRoot, 'dist', b)));
      const named = [
        m.background.service_worker ?? m.background.scripts[0], m.action.default_popup, m.options_ui.page,
        m.side_panel?.default_path ?? m.sidebar_action.default_panel, 'content.js', ...Object.values(m.icons),
        '_locales/en/messages.json',
      ];
      for (const f of named) assert.ok(files.has(f), `${b}: ${f}`);
    }
  });

  test('the package zip holds exactly the built files, byte for byte', () => {
    const dir = path.join(repoRoot, 'dist', 'chrome');
    const files = filesUnder(dir).sort().map((name) => ({ name, data: readFileSync(path.join(dir, name)) }));
    const archive = zip(files);
    const small = files.filter((f) => !f.name.endsWith('.js'));
    assert.deepEqual(zip(small), zip(small), 'the same files give the same archive');
    const back = unzip(archive);
    assert.deepEqual([...back.keys()], files.map((f) => f.name));
    for (const f of files) assert.ok(back.get(f.name).equals(f.data), f.name);
  });
});

for (const browserName of ['chromium', 'firefox']) {
  describe(`platform in ${browserName}`, () => {
    /** @type {any} */ let s;
    /** @type {any} */ let server;
    /** @type {any} */ let page;
    /** @type {any} */ let state;

    before(async () => {
      server = await serve(routes);
      s = await launch(browserName);
    });
    after(async () => {
      for (const res of hanging.splice(0)) res.destroy();
      await s?.close();
      await server?.close();
    });

    test('the extension loads: manifest, background and store answer', async () => {
      const manifest = await s.evalInExtension(async () => (await fetch('/manifest.json')).json());
      assert.equal(manifest.manifest_version, 3);
      assert.equal(manifest.version, pkg.version);
      if (browserName === 'chromium') assert.equal(manifest.background.service_worker, 'background.js');
      else assert.deepEqual(manifest.background.scripts, ['background.js']);
      const settings = await sendToBackground(s, 'settings/get');
      assert.equal(settings.ok, true, JSON.stringify(settings));
      assert.equal(typeof settings.value.intentDelayMs, 'number');
      const refused = await sendToBackground(s, 'page/analyze', { meta: { url: 'https://x.example/', title: 'x' }, text: 'x' });
      assert.equal(refused.ok, false, 'an extension page may not pose as a content script');
      const unknown = await sendToBackground(s, 'no/such', {});
      assert.deepEqual(unknown, { ok: false, error: 'Unknown request "no/such".' });
    });

    test('the article text reaches the background and is stored in the extension IndexedDB', async () => {
      page = await s.newPage();
      const url = `${server.base}/news/danube.html`;
      await page.goto(url);
      state = await waitForTabState(s, url, { timeout: 45_000 });
      assert.equal(state.status, 'ready');
      assert.ok(state.articleId >= 1);
      const articles = await readExtensionStore(s, 'articles');
      assert.ok(Array.isArray(articles), 'the extension origin has a backstory database with an articles table');
      const stored = articles.find((a) => a.id === state.articleId);
      assert.ok(stored, `article ${state.articleId} is in IndexedDB`);
      assert.equal(stored.title, TITLE);
      const entities = await readExtensionStore(s, 'entities');
      assert.ok(entities.some((e) => e.name === 'Katharina Lindner'), 'the minister is stored as an entity');
      // The page's own origin holds no Backstory data.
      const pageDbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
      assert.deepEqual(pageDbs, []);
    });

    test("the background's cast for the tab names the officials and places", () => {
      const people = state.cast.filter((c) => c.kind === 'person').map((c) => c.name);
      const places = state.cast.filter((c) => c.kind === 'place').map((c) => c.name);
      for (const name of ['Katharina Lindner', 'Gábor Fekete', 'Jana Kováčová']) assert.ok(people.includes(name), `${name} in ${people}`);
      for (const name of ['Vienna', 'Budapest', 'Slovakia']) assert.ok(places.includes(name), `${name} in ${places}`);
      const lindner = state.cast.find((c) => c.name === 'Katharina Lindner');
      assert.equal(lindner.official, true);
      assert.match(lindner.role ?? '', /Minister/);
    });

    test('the popup, opened as a page for the tab, shows the cast', async () => {
      const tabId = await tabIdOf(s, `${server.base}/news/danube.html`);
      const popup = await s.openExtensionPage(`popup.html?tab=${tabId}`);
      await waitInPage(s, popup, (names) => names.every((n) => document.body.innerText.includes(n)), ['Katharina Lindner', 'Vienna']);
      await shot(popup, `platform-${browserName}-popup`);
      await popup.close();
    });

    test('a hover on a marked name opens its card', async () => {
      await page.bringToFront();
      await waitInPage(s, page, () => performance.getEntriesByName('backstory:marks-painted').length > 0, undefined, 20_000);
      assert.ok(await hoverText(page, 'Katharina Lindner'), 'the name is on the page');
      await waitInPage(s, page, () => performance.getEntriesByName('backstory:card-open').length > 0, undefined, 10_000);
      await new Promise((r) => setTimeout(r, 300));
      await shot(page, `platform-${browserName}-card`);
      // The card the page shows comes from the store: the background must be able to build it.
      const entry = state.cast.find((c) => c.name === 'Katharina Lindner');
      const card = await sendToBackground(s, 'card/get', { entityId: entry.entityId });
      assert.equal(card.ok, true, JSON.stringify(card));
      assert.equal(card.value.name, 'Katharina Lindner');
      // Chromium lets the test look inside the closed shadow root: the open card names the minister.
      const shown = await closedShadowText(s, page);
      if (shown !== null) {
        assert.match(shown, /Katharina Lindner/);
        assert.doesNotMatch(shown, /could not be loaded/);
      }
    });

    test('a site the reader turned off is left alone', async () => {
      const off = await sendToBackground(s, 'site/set', { settings: { site: '127.0.0.1', enabled: false } });
      assert.equal(off.ok, true, JSON.stringify(off));
      try {
        const url = `${server.base}/news/off.html`;
        const other = await s.newPage();
        await other.goto(url);
        await new Promise((r) => setTimeout(r, 2500));
        const tabId = await tabIdOf(s, url);
        const reply = await sendToBackground(s, 'tab/state', { tabId });
        assert.equal(reply.ok, true);
        assert.equal(reply.value.status, 'disabled');
        assert.match(reply.value.reason, /not on for this site/);
        const articles = await readExtensionStore(s, 'articles');
        assert.ok(!articles.some((a) => a.url === url), 'nothing was stored for the page');
        await other.close();
      } finally {
        await sendToBackground(s, 'site/set', { settings: { site: '127.0.0.1', enabled: true } });
      }
    });

    test('an extension page is reported as unsupported', async () => {
      const own = await s.openExtensionPage('popup.html?tab=0&probe=unsupported');
      const tabId = await s.evalInExtension(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        const tabs = await api.tabs.query({});
        return tabs.find((t) => (t.url ?? '').includes('probe=unsupported'))?.id;
      });
      assert.ok(Number.isInteger(tabId), 'the extension page is open in a tab');
      const reply = await sendToBackground(s, 'tab/state', { tabId });
      assert.equal(reply.value.status, 'unsupported');
      await own.close();
    });

    test('a page that never finishes loading is still read', async () => {
      const url = `${server.base}/news/slow.html`;
      const slow = await s.newPage();
      slow.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => {});
      const st = await waitForTabState(s, url, { timeout: 30_000 });
      assert.ok(st.cast.some((c) => c.name === 'Tomasz Zielinski'), JSON.stringify(st.cast.map((c) => c.name)));
      await slow.close().catch(() => {});
    });

    test('a page with frames: only the top document is read', async () => {
      const url = `${server.base}/news/framed.html`;
      const framed = await s.newPage();
      await framed.goto(url);
      const st = await waitForTabState(s, url, { timeout: 30_000 });
      const names = st.cast.map((c) => c.name);
      assert.ok(names.includes('Kadri Tamm'), JSON.stringify(names));
      assert.ok(!names.includes('Ingrid Solberg-Haugen'), 'the framed page is not part of the article');
      const articles = await readExtensionStore(s, 'articles');
      assert.ok(!articles.some((a) => a.url.endsWith('/frame.html')), 'the frame was not stored as an article');
      await framed.close();
    });

    test('a PDF and a page without an article are explained, not read', async () => {
      const pdfUrl = `${server.base}/files/report.pdf`;
      const pdf = await s.newPage();
      await pdf.goto(pdfUrl).catch(() => {}); // the built-in viewer may never report a load
      const pdfTab = await tabIdOf(s, pdfUrl);
      assert.ok(Number.isInteger(pdfTab), 'the PDF is open in a tab');
      const reply = await sendToBackground(s, 'tab/state', { tabId: pdfTab });
      assert.equal(reply.value.status, 'unsupported');
      assert.match(reply.value.reason, /PDF/);
      await pdf.close().catch(() => {});
      const menuUrl = `${server.base}/menu.html`;
      const menu = await s.newPage();
      await menu.goto(menuUrl);
      const st = await waitForTabState(s, menuUrl, { timeout: 20_000, want: ['not-article'] });
      assert.ok(st.reason, 'the popup has a reason to show');
      assert.deepEqual(st.cast, []);
      await menu.close();
    });

    test('an article not in English is explained and not stored', async () => {
      const url = `${server.base}/news/german.html`;
      const german = await s.newPage();
      await german.goto(url);
      const st = await waitForTabState(s, url, { timeout: 30_000, want: ['not-english'] });
      assert.match(st.reason, /not in English/);
      assert.deepEqual(st.cast, []);
      const articles = await readExtensionStore(s, 'articles');
      assert.ok(!articles.some((a) => a.url === url), 'nothing was stored for the page');
      await german.close();
    });

    test('the background may be stopped: tab state, store and listeners come back', { skip: browserName !== 'chromium' && 'Chromium only (stopping an event page has no driver hook in Firefox)' }, async () => {
      const url = `${server.base}/news/danube.html`;
      const tabId = await tabIdOf(s, url);
      const cdp = await s.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      // The next message wakes a fresh background, which restores the tab's state from session storage.
      const reply = await sendToBackground(s, 'tab/state', { tabId });
      assert.equal(reply.ok, true, JSON.stringify(reply));
      assert.equal(reply.value.status, 'ready');
      assert.equal(reply.value.articleId, state.articleId);
      assert.ok(reply.value.cast.some((c) => c.name === 'Katharina Lindner'));
    });

    test('no request went beyond 127.0.0.1', () => {
      assert.deepEqual(s.blocked, []);
    });
  });
}
