// End-to-end test of the knowledge store on the BUILT extension in headless Chromium and Firefox: the reader
// reads two articles that share people, one after the other; the second article's card of a shared person
// says "Seen in 2 articles" and lists the first article (in the popup, and in the hover card, which renders in
// an extension-origin frame, src/ui/card-frame/, inside Backstory's closed shadow root: the test reads that
// frame's document through the driver).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { articlePage, launch, sendToBackground, serve, tabIdOf, waitForTabState, waitInPage } from './harness.mjs';

const FIRST_TITLE = 'Flood defences on the Danube get new money after Győr inspection';
const SECOND_TITLE = 'River states sign sensor deal in Budapest';

const routes = {
  '/world/danube-defences.html': articlePage({
    title: FIRST_TITLE,
    byline: 'River Desk',
    published: '2026-02-10T08:00:00Z',
    site: 'Store Test News',
    paragraphs: [
      'Austrian Environment Minister Katharina Lindner inspected the flood walls in Győr on Monday with Hungarian Interior Minister Gábor Fekete, a week after the river rose above its autumn mark.',
      'Ms. Lindner said Austria would pay for two new pumping stations on the Hungarian side of the border.',
      '"The water does not stop at the border, so neither can the money," she told reporters in the town hall.',
      'Mr. Fekete said engineers from both countries would check the walls again before the spring thaw.',
    ],
  }),
  '/world/sensor-deal.html': articlePage({
    title: SECOND_TITLE,
    byline: 'River Desk',
    published: '2026-02-24T08:00:00Z',
    site: 'Store Test News',
    paragraphs: [
      'Hungarian Interior Minister Gábor Fekete signed an agreement in Budapest on Tuesday to share river sensor data with Austria in real time.',
      'Austrian Environment Minister Katharina Lindner, who signed for Vienna, said the first sensors would be installed on the Danube by April.',
      '"Every hour of warning is an hour in which people can move their cars and their parents," Ms. Lindner said.',
      'Mr. Fekete said the data would also be published for farmers along the river.',
    ],
  }),
};

const CARD_FRAME = /^(chrome|moz)-extension:\/\/[^/]+\/card-frame\.html/;

/**
 * The card frame of `page` (Backstory's extension page `card-frame.html`), or undefined. Firefox's driver may
 * list the frame under its first URL (about:blank), so the frame's own location is asked too.
 */
async function cardFrame(page) {
  for (const f of page.frames()) {
    if (f === page.mainFrame()) continue;
    const url = CARD_FRAME.test(f.url()) ? f.url() : await f.evaluate(() => location.href).catch(() => '');
    if (CARD_FRAME.test(url)) return f;
  }
  return undefined;
}

/** Moves the pointer onto `text` inside the page's <article> (a reader approaching from above-left). */
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

// E2E_BROWSERS=chromium (or firefox) runs one browser only, for quick local runs.
const BROWSERS = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').map((b) => b.trim()).filter(Boolean);

for (const browserName of BROWSERS) {
  describe(`two articles sharing people in ${browserName}`, () => {
    /** @type {any} */ let s;
    /** @type {any} */ let server;
    /** @type {any} */ let second;
    let secondUrl = '';
    let cast = [];

    before(async () => {
      server = await serve(routes);
      s = await launch(browserName);
      const ready = await sendToBackground(s, 'settings/get');
      assert.equal(ready.ok, true, JSON.stringify(ready));
      // Read the first article, then the second, as a reader would.
      const firstUrl = `${server.base}/world/danube-defences.html`;
      const first = await s.newPage();
      await first.goto(firstUrl);
      const firstState = await waitForTabState(s, firstUrl, { timeout: 45_000 });
      assert.ok(firstState.cast.some((c) => c.name === 'Katharina Lindner'), `first cast: ${firstState.cast.map((c) => c.name).join(', ')}`);
      await first.close();
      secondUrl = `${server.base}/world/sensor-deal.html`;
      second = await s.newPage();
      await second.goto(secondUrl);
      cast = (await waitForTabState(s, secondUrl, { timeout: 45_000 })).cast;
    });
    after(async () => {
      await s?.close();
      await server?.close();
    });

    test('the shared people are one entity each, seen in both articles', () => {
      for (const name of ['Katharina Lindner', 'Gábor Fekete']) {
        const entry = cast.find((c) => c.name === name);
        assert.ok(entry, `${name} in the second cast: ${cast.map((c) => c.name).join(', ')}`);
        assert.equal(entry.seenIn, 2, `${name} seen in 2 articles`);
      }
    });

    test("the popup's card of a shared person says Seen in 2 articles and lists the first article", async () => {
      const tabId = await tabIdOf(s, secondUrl);
      const popup = await s.openExtensionPage(`popup.html?tab=${tabId}`);
      await waitInPage(s, popup, () => document.querySelectorAll('.bs-row-name').length > 0);
      const opened = await popup.evaluate(() => {
        const row = Array.from(document.querySelectorAll('.bs-row-toggle')).find((e) => e.textContent.includes('Katharina Lindner'));
        row?.click();
        return !!row;
      });
      assert.ok(opened, 'a row for Katharina Lindner in the popup');
      const card = await waitInPage(s, popup, () => {
        const seen = document.querySelector('.bs-seen');
        return seen ? { seen: seen.textContent, appearances: Array.from(document.querySelectorAll('.bs-appearances li')).map((li) => li.textContent) } : null;
      });
      assert.match(card.seen, /Seen in 2 articles/);
      assert.ok(card.appearances.some((a) => a.includes(FIRST_TITLE)), `first article among ${JSON.stringify(card.appearances)}`);
      assert.ok(card.appearances.some((a) => a.includes(SECOND_TITLE)), 'the second article is listed too');
      await popup.close();
    });

    test('the hover card on the second article mentions the first (read from the card frame)', async () => {
      await second.bringToFront();
      // Marks painted and their store ids known: the hover card can open.
      await waitInPage(s, second, () => performance.getEntriesByName('backstory:ids-ready').length > 0, undefined, 20_000);
      const before = await second.evaluate(() => performance.getEntriesByName('backstory:card-open').length);
      await second.mouse.move(1, 1);
      assert.ok(await hoverInArticle(second, 'Gábor Fekete'));
      await waitInPage(s, second, (n) => performance.getEntriesByName('backstory:card-open').length > n, before, 10_000).catch(async (e) => {
        const marks = await second.evaluate(() => performance.getEntries().filter((x) => x.name.startsWith('backstory:')).map((x) => x.name));
        throw new Error(`${e.message}; page marks: ${marks.join(', ')}`);
      });
      const until = Date.now() + 10_000;
      let frame = await cardFrame(second);
      let text = '';
      while (Date.now() < until) {
        frame ??= await cardFrame(second);
        text = frame ? ((await frame.evaluate(() => document.body.innerText).catch(() => '')) ?? '') : '';
        if (text.includes('Seen in 2 articles')) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      assert.ok(frame, `the card frame is open (frames: ${second.frames().map((f) => f.url()).join(', ')})`);
      text = text.replace(/\s+/g, ' ');
      assert.match(text, /Gábor Fekete/);
      assert.match(text, /Seen in 2 articles/);
      assert.ok(text.includes(FIRST_TITLE), `the first article's title on the card: ${text.slice(0, 400)}`);
    });
  });
}
