// End-to-end tests of the content script on the BUILT extension, in headless Chromium and Firefox:
// marks on the right names and none in navigation, asides or comments; hover and keyboard open the card with
// the stored facts; a note added in the card shows on another page; turning the site off removes every mark
// (and on again brings them back); content added later gets marked; a hostile page (patched prototypes,
// `* { all: unset !important }`) still gets a working card and cannot read the reader's notes.
// Screenshots of the marked page and the open card (light and dark) go to dist/screenshots/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  closedShadowText,
  launch,
  repoRoot,
  sendToBackground,
  serve,
  shot,
  waitForTabState,
  waitInPage,
} from './harness.mjs';

const sample = readFileSync(path.join(repoRoot, 'assets/sample/danube-flood-talks.txt'), 'utf8');
const [TITLE, ...PARAGRAPHS] = sample.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news page with the names also in navigation, an aside and comments, where they must not be marked. */
function newsPage({ title, paragraphs, head = '', extraBody = '' }) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta property="og:site_name" content="Content Test News">
<meta property="article:published_time" content="2026-02-17T09:30:00Z">
${head}
<style>body{font:18px/1.6 Georgia,serif;max-width:44rem;margin:1rem auto;padding:0 1rem;color:#222;background:#fff}
nav a{margin-right:1rem;font:14px sans-serif}.comments{border-top:1px solid #ccc;margin-top:2rem}</style>
</head><body>
<header><nav class="menu"><a href="/">Home</a><a href="/people/lindner">Katharina Lindner profile</a><a href="/world/vienna">Vienna news</a></nav></header>
<main><article class="story">
<h1>${esc(title)}</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
<aside class="related"><h2>Related</h2><p>Gábor Fekete visits Budapest again, our diplomatic correspondent reports from Hungary today.</p></aside>
</main>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment"><p>Reader comment: I think Katharina Lindner and Jana Kováčová were wrong about Vienna, and I said so before.</p></div></section>
<footer><p>© Content Test News, Vienna.</p></footer>
${extraBody}
</body></html>`;
}

/** Scripts of the hostile page: run before the content script, try to break it and to read the card. */
const HOSTILE_HEAD = `
<style>* { all: unset !important; } html, body, p, h1, article, main, header, nav, section, footer, aside, div { display: block !important; }
body { font: 17px/1.5 serif !important; margin: 12px !important; }</style>
<script>
  window.__roots = [];
  window.__keys = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const r = attach.call(this, { ...init, mode: 'open' }); window.__roots.push(r); return r; };
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, fn, opts) { return add.call(this, type, function () { throw new Error('page broke listeners'); }, opts); };
  Element.prototype.getBoundingClientRect = () => { throw new Error('page broke rects'); };
  Element.prototype.querySelector = () => null;
  Element.prototype.appendChild = function () { throw new Error('page broke appendChild'); };
  Node.prototype.appendChild = function () { throw new Error('page broke appendChild'); };
  window.fetch = () => Promise.reject(new Error('page broke fetch'));
  window.postMessage({ type: 'note/list', target: { kind: 'entity', entityId: 1 } }, '*');
  window.__seen = [];
  new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) window.__seen.push(n); })
    .observe(document.documentElement, { childList: true, subtree: true });
  /** Everything a page script can reach: the DOM, open shadow roots, nodes it saw added, patched roots. */
  window.__canRead = (secret) => {
    const texts = [document.documentElement.outerHTML, document.documentElement.innerText || ''];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) texts.push(el.shadowRoot.innerHTML);
    for (const r of window.__roots) texts.push(r.innerHTML);
    for (const n of window.__seen) { texts.push(n.outerHTML || n.textContent || ''); if (n.shadowRoot) texts.push(n.shadowRoot.innerHTML); }
    return texts.some((t) => t.includes(secret));
  };
</script>`;

const SECOND_TITLE = 'Vienna hosts follow-up meeting on river sensors';
const routes = {
  '/c/article.html': newsPage({ title: TITLE, paragraphs: PARAGRAPHS }),
  '/c/second.html': newsPage({
    title: SECOND_TITLE,
    paragraphs: [
      'Austrian Environment Minister Katharina Lindner opened a second round of talks in Vienna on Thursday, a week after the flood warning deal.',
      'Engineers from Hungary and Slovakia presented the first river gauge readings, and officials said the system would go live in March.',
    ],
  }),
  '/c/dynamic.html': newsPage({ title: 'Port strike talks stall', paragraphs: ['Port workers in Gdansk walked out on Friday, and the talks with the port authority stalled after two hours, union officials said.', 'The strike has halted container traffic for a third day, according to the harbour master, who asked ships to wait at anchor.'] }),
  '/c/hostile.html': newsPage({ title: 'Hostile page test', paragraphs: PARAGRAPHS.slice(0, 4), head: HOSTILE_HEAD }),
};

/** Texts of Backstory's highlights on the page, with whether each lies in navigation, an aside or comments. */
function highlightsIn(page) {
  return page.evaluate(() => {
    const out = [];
    const registry = globalThis.CSS?.highlights;
    if (!registry) return out;
    for (const name of ['backstory-official', 'backstory-person', 'backstory-place', 'backstory-org']) {
      const h = registry.get(name);
      if (!h) continue;
      for (const r of h) {
        const el = r.startContainer.parentElement;
        out.push({ kind: name, text: r.toString().replace(/\s+/g, ' '), boiler: !!el?.closest('nav, aside, footer, #comments') });
      }
    }
    return out;
  });
}

/** In-page predicate: the content script painted (or repainted) its marks at least `want` times. */
const painted = (want) => performance.getEntriesByName('backstory:marks-painted').length + performance.getEntriesByName('backstory:marks-updated').length >= want;

async function combo(session, page, key) {
  // Alt+Shift+<key>, the same way in Playwright and Puppeteer.
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(key);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

async function cardOpens(session, page, count) {
  return waitInPage(session, page, (n) => performance.getEntriesByName('backstory:card-open').length > n ? performance.getEntriesByName('backstory:card-open').at(-1).detail : null, count, 10_000);
}
/** Moves the pointer onto `text` inside the page's <article> (the same name also sits in the navigation). */
async function hoverInArticle(page, text) {
  const box = await page.evaluate((want) => {
    const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.data.indexOf(want);
      if (at < 0) continue;
      n.parentElement.scrollIntoView({ block: 'center' });
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

const cardCount = (page) => page.evaluate(() => performance.getEntriesByName('backstory:card-open').length);

for (const browserName of ['chromium', 'firefox']) {
  describe(`content script in ${browserName}`, () => {
    /** @type {any} */ let s;
    /** @type {any} */ let server;
    /** @type {any} */ let page;
    /** @type {any} */ let state;
    let lindnerId = 0;

    before(async () => {
      server = await serve(routes);
      s = await launch(browserName);
    });
    after(async () => {
      await s?.close();
      await server?.close();
    });

    test('marks the article names, and none in navigation, asides or comments', async () => {
      page = await s.newPage();
      const url = `${server.base}/c/article.html`;
      await page.goto(url);
      state = await waitForTabState(s, url, { timeout: 45_000 });
      await waitInPage(s, page, painted, 1, 20_000);
      const marks = await highlightsIn(page);
      const texts = marks.map((m) => m.text);
      for (const name of ['Katharina Lindner', 'Gábor Fekete', 'Jana Kováčová', 'Vienna', 'Budapest']) assert.ok(texts.includes(name), `${name} marked: ${texts.join(' | ')}`);
      assert.deepEqual(marks.filter((m) => m.boiler), [], 'no mark in navigation, asides, footers or comments');
      assert.ok(marks.some((m) => m.kind === 'backstory-official' && m.text === 'Katharina Lindner'), 'officials have their own highlight');
      assert.ok(marks.some((m) => m.kind === 'backstory-place'), 'places have their own highlight');
      // The page's text and DOM are unchanged: only one element (the card host) may have been added, outside <body>.
      const added = await page.evaluate(() => [...document.documentElement.children].map((e) => e.localName));
      assert.deepEqual(added.filter((n) => n !== 'head' && n !== 'body'), []);
      lindnerId = state.cast.find((c) => c.name === 'Katharina Lindner')?.entityId;
      assert.ok(lindnerId, 'Lindner is in the cast');
      await shot(page, `content-${browserName}-marks-light`);
    });

    test('marks paint before the store has filed the article; a card asked for at once opens when its ids arrive', async () => {
      const early = await s.newPage();
      await early.goto(`${server.base}/c/article.html?early`);
      await waitInPage(s, early, painted, 1, 20_000);
      const before = await cardCount(early);
      await combo(s, early, 'KeyJ');
      await combo(s, early, 'KeyC');
      const detail = await cardOpens(s, early, before);
      assert.equal(detail.via, 'keyboard');
      const order = await early.evaluate(() => {
        const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
        return { painted: at('backstory:marks-painted'), ids: at('backstory:ids-ready') };
      });
      assert.ok(order.ids !== null && order.painted !== null && order.painted <= order.ids, `marks painted, then ids: ${JSON.stringify(order)}`);
      await early.close();
      await page.bringToFront();
    });

    test('hovering a mark opens its card with the stored facts, beside the mark', async () => {
      const before = await cardCount(page);
      assert.ok(await hoverInArticle(page, 'Katharina Lindner'));
      const detail = await cardOpens(s, page, before);
      assert.equal(detail.via, 'pointer');
      assert.ok(detail.latencyMs < 200, `card shown ${detail.latencyMs} ms after the intent delay`);
      const text = await closedShadowText(s, page);
      if (text !== null) {
        assert.match(text, /Katharina Lindner/);
        assert.match(text, /Environment Minister|Minister/);
        assert.match(text, /Vienna|Austria/);
      }
      await shot(page, `content-${browserName}-card-light`);
      if (browserName === 'chromium') {
        await page.emulateMedia({ colorScheme: 'dark' });
        await shot(page, `content-${browserName}-card-dark`);
        await page.emulateMedia({ colorScheme: 'light' });
      }
    });

    test('Alt+Shift+N on the open card adds a note, which the store keeps and another page shows', async () => {
      const before = await cardCount(page);
      await combo(s, page, 'KeyN');
      await cardOpens(s, page, before);
      await new Promise((r) => setTimeout(r, 300));
      const body = `Met her in Vienna ${browserName} ${Date.now()}`;
      await page.keyboard.type(body);
      await page.keyboard.down('Control');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Control');
      const until = Date.now() + 10_000;
      let notes = [];
      while (Date.now() < until) {
        const reply = await sendToBackground(s, 'note/list', { target: { kind: 'entity', entityId: lindnerId } });
        notes = reply.ok ? reply.value : [];
        if (notes.some((n) => n.body === body)) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      assert.ok(notes.some((n) => n.body === body), 'the note typed in the card is stored on the entity');
      await page.keyboard.press('Escape');
      const other = await s.newPage();
      await other.goto(`${server.base}/c/second.html`);
      await waitInPage(s, other, painted, 1, 30_000);
      const n0 = await cardCount(other);
      assert.ok(await hoverInArticle(other, 'Katharina Lindner'));
      await cardOpens(s, other, n0);
      const text = await closedShadowText(s, other);
      if (text !== null) assert.ok(text.includes(body), 'the note shows on the card on another page');
      await other.close();
    });

    test('keyboard: Alt+Shift+J moves to a mark, Alt+Shift+C opens its card, Escape closes it', async () => {
      await page.bringToFront();
      await page.mouse.move(1, 1);
      await combo(s, page, 'KeyJ');
      const focused = await waitInPage(s, page, () => {
        const h = globalThis.CSS.highlights.get('backstory-focus');
        return h && h.size ? [...h][0].toString() : null;
      }, undefined, 5000);
      assert.ok(focused.length > 1, `a mark has the focus: ${focused}`);
      await combo(s, page, 'KeyJ');
      const next = await page.evaluate(() => [...globalThis.CSS.highlights.get('backstory-focus')][0].toString());
      assert.ok(next.length > 1);
      const before = await cardCount(page);
      await combo(s, page, 'KeyC');
      const detail = await cardOpens(s, page, before);
      assert.equal(detail.via, 'keyboard');
      const text = await closedShadowText(s, page);
      if (text !== null) assert.ok(text.includes(next.split(' ').at(-1)), `the card is about ${next}: ${text.slice(0, 120)}`);
      await page.keyboard.press('Escape');
      if (text !== null) await waitInPage(s, page, () => true, undefined, 1000);
    });

    test('content added later gets marked', async () => {
      const dyn = await s.newPage();
      await dyn.goto(`${server.base}/c/dynamic.html`);
      await waitInPage(s, dyn, painted, 1, 30_000);
      await dyn.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Polish Labour Minister Tomasz Zielinski said on Friday that the strike in Gdansk could last for weeks.';
        document.querySelector('article').appendChild(p);
      });
      await waitInPage(s, dyn, () => {
        for (const name of ['backstory-official', 'backstory-person']) {
          const h = globalThis.CSS.highlights.get(name);
          if (h) for (const r of h) if (r.toString() === 'Tomasz Zielinski') return true;
        }
        return false;
      }, undefined, 30_000);
      await dyn.close();
    });

    test('a single-page navigation re-reads the new article', async () => {
      const spa = await s.newPage();
      await spa.goto(`${server.base}/c/dynamic.html`);
      await waitInPage(s, spa, painted, 1, 30_000);
      await spa.evaluate(() => {
        history.pushState({}, '', '/c/dynamic-next.html');
        document.querySelector('article').innerHTML =
          '<h1>Ferry talks resume</h1><p>Estonian Transport Minister Kadri Tamm said on Monday that the ferry link to Helsinki would reopen next week, after talks with the port authority.</p><p>The operator said the first ship would leave Tallinn at dawn, weather permitting, and that tickets sold for the cancelled crossings stay valid.</p>';
      });
      await waitInPage(s, spa, () => {
        const h = globalThis.CSS.highlights.get('backstory-official');
        return !!h && [...h].some((r) => r.toString() === 'Kadri Tamm');
      }, undefined, 30_000);
      await spa.close();
    });

    test('a hostile page still gets a working card and cannot read the notes', async () => {
      const secret = `Secret note ${browserName} 7391`;
      await sendToBackground(s, 'note/add', { target: { kind: 'entity', entityId: lindnerId }, body: secret });
      const host = await s.newPage();
      await host.goto(`${server.base}/c/hostile.html`);
      await waitInPage(s, host, painted, 1, 30_000);
      const marks = await highlightsIn(host);
      assert.ok(marks.some((m) => m.text === 'Katharina Lindner'), 'names are marked despite the patched prototypes');
      const n0 = await cardCount(host);
      assert.ok(await hoverInArticle(host, 'Katharina Lindner'));
      await cardOpens(s, host, n0);
      const text = await closedShadowText(s, host);
      if (text !== null) assert.ok(text.includes(secret), 'the card shows the note to the reader');
      assert.equal(await host.evaluate((x) => window.__canRead(x), secret), false, 'page scripts cannot read the note');
      assert.equal(await host.evaluate((x) => window.__canRead(x), 'Katharina Lindner, Austrian'), false);
      await shot(host, `content-${browserName}-hostile-card`);
      await host.close();
    });

    test('Alt+Shift+M hides the marks on this page and shows them again', async () => {
      await page.bringToFront();
      assert.ok((await highlightsIn(page)).length > 0);
      await combo(s, page, 'KeyM');
      await waitInPage(s, page, () => ![...globalThis.CSS.highlights.keys()].some((k) => k.startsWith('backstory-')), undefined, 5000);
      await combo(s, page, 'KeyM');
      await waitInPage(s, page, () => (globalThis.CSS.highlights.get('backstory-official')?.size ?? 0) > 0, undefined, 5000);
    });

    test('turning the site off removes every mark, style and element; on again marks again', async () => {
      await page.bringToFront();
      const sheetsBefore = await page.evaluate(() => document.adoptedStyleSheets.length);
      assert.ok((await highlightsIn(page)).length > 0);
      const off = await sendToBackground(s, 'site/set', { settings: { site: '127.0.0.1', enabled: false } });
      assert.equal(off.ok, true, JSON.stringify(off));
      try {
        await waitInPage(s, page, () => performance.getEntriesByName('backstory:stopped').length > 0, undefined, 10_000);
        assert.deepEqual(await highlightsIn(page), []);
        const left = await page.evaluate(() => ({
          hosts: document.querySelectorAll('backstory-ui').length,
          sheets: document.adoptedStyleSheets.length,
          names: [...(globalThis.CSS.highlights?.keys() ?? [])].filter((k) => k.startsWith('backstory-')),
        }));
        assert.deepEqual(left, { hosts: 0, sheets: sheetsBefore - 1, names: [] });
      } finally {
        await sendToBackground(s, 'site/set', { settings: { site: '127.0.0.1', enabled: true } });
      }
      await waitInPage(s, page, () => (globalThis.CSS.highlights.get('backstory-official')?.size ?? 0) > 0, undefined, 30_000);
    });
  });
}
