// End-to-end tests of the UI pages on the BUILT extension in headless Chromium and Firefox: the popup (opened
// as a tab for the article's tab) shows the page's cast; a note added in the popup appears in the side panel;
// store text with markup stays text; screenshots of popup, side panel and options, light and dark, go to
// dist/screenshots/.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch, repoRoot, screenshotDir, sendToBackground, serve, shot, tabIdOf, textToArticlePage, waitForTabState, waitInPage } from './harness.mjs';

const sample = readFileSync(path.join(repoRoot, 'assets/sample/danube-flood-talks.txt'), 'utf8');
const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Danube talks \u202Eevil\u202C';
const IMPORTED_ARTICLE = [
  'Harbour talks resume in Rotterdam',
  'Dutch Infrastructure Minister Pieter de Wit said on Monday that the port of Rotterdam would reopen its eastern basin after repairs.',
  'The minister met union leaders in The Hague, where he promised that no jobs would be lost during the works.',
].join('\n\n');
const NOTE = 'Ask Lindner about the **gauge data** — see https://example.org/gauges';

const routes = {
  '/news/danube.html': textToArticlePage(sample, { byline: 'Sample Desk', published: '2026-02-17T09:30:00Z', site: 'Sample News' }),
  '/news/hostile.html': textToArticlePage(sample.replace(/^.*\n/, `${HOSTILE_TITLE}\n`)),
};

/**
 * Sets the page's colour scheme; returns false where the driver cannot (Puppeteer's media emulation needs
 * CDP, which Firefox over BiDi lacks), so the caller skips the dark screenshot with a visible note.
 */
async function colorScheme(session, page, scheme) {
  if (session.browser !== 'chromium') return false;
  await page.emulateMedia({ colorScheme: scheme });
  return true;
}

/** Full-page screenshot (the options page is long). */
async function fullShot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Dark-theme screenshot where the driver can emulate it; otherwise says why it was skipped. */
async function darkShot(t, session, page, name, take = shot) {
  if (await colorScheme(session, page, 'dark')) return (await take(page, name)) ?? true;
  t.diagnostic(`${name}: skipped, ${session.browser} cannot emulate prefers-color-scheme through this driver`);
  return null;
}

/** Sizes the page like the browser's popup (or a side panel), so screenshots show what a reader sees. */
async function viewport(session, page, width, height) {
  if (session.browser === 'chromium') await page.setViewportSize({ width, height });
  else await page.setViewport({ width, height });
}

/** Clicks the first element matching `selector` whose text contains `text`, inside the page. */
function clickByText(page, selector, text) {
  return page.evaluate(
    ({ selector, text }) => {
      const el = Array.from(document.querySelectorAll(selector)).find((e) => e.textContent.includes(text));
      if (!el) return false;
      el.click();
      return true;
    },
    { selector, text },
  );
}

/** Types into a textarea/input the way a reader does (input events), in both drivers. */
function typeInto(page, selector, value) {
  return page.evaluate(
    ({ selector, value }) => {
      const el = document.querySelector(selector);
      el.focus();
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    },
    { selector, value },
  );
}

// E2E_BROWSERS=chromium (or firefox) runs one browser only, for quick local runs.
const BROWSERS = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').map((b) => b.trim()).filter(Boolean);

for (const browserName of BROWSERS) {
  describe(`UI pages in ${browserName}`, () => {
    /** @type {any} */ let s;
    /** @type {any} */ let server;
    let tabId;
    let articleUrl;

    before(async () => {
      server = await serve(routes);
      s = await launch(browserName);
      articleUrl = `${server.base}/news/danube.html`;
      // The background answers once it is ready (store open, content script registered for granted sites).
      const ready = await sendToBackground(s, 'settings/get');
      assert.equal(ready.ok, true, JSON.stringify(ready));
      const page = await s.newPage();
      await page.goto(articleUrl);
      await waitForTabState(s, articleUrl, { timeout: 45_000 });
      tabId = await tabIdOf(s, articleUrl);
    });
    after(async () => {
      await s?.close();
      await server?.close();
    });

    test('the popup shows the cast of the article, grouped by kind', async (t) => {
      const popup = await s.openExtensionPage(`popup.html?tab=${tabId}`);
      await viewport(s, popup, 420, 600);
      await waitInPage(s, popup, () => document.querySelectorAll('.bs-row-name').length > 3);
      await waitInPage(s, popup, () => document.querySelector('[role=switch]')?.checked === true);
      const view = await popup.evaluate(() => ({
        groups: Array.from(document.querySelectorAll('.bs-group-title')).map((h) => h.firstChild.textContent.trim()),
        officials: Array.from(document.querySelectorAll('.bs-cast-officials .bs-row-name')).map((n) => n.textContent),
        places: Array.from(document.querySelectorAll('.bs-cast-places .bs-row-name')).map((n) => n.textContent),
        title: document.querySelector('.bs-page-title')?.textContent,
      }));
      assert.equal(view.groups[0], 'Officials');
      assert.ok(view.officials.includes('Katharina Lindner'), JSON.stringify(view));
      for (const p of ['Vienna', 'Budapest']) assert.ok(view.places.includes(p), `${p} in ${view.places}`);
      assert.match(view.title ?? '', /Danube countries agree/);
      await shot(popup, `ui-${browserName}-popup-light`);
      if (await darkShot(t, s, popup, `ui-${browserName}-popup-dark`)) {
        const bg = await popup.evaluate(() => getComputedStyle(document.querySelector('.bs-root')).backgroundColor);
        assert.equal(bg, 'rgb(29, 32, 38)', 'the dark palette applies');
      }
      await popup.close();
    });

    test('a note added in the popup appears in the side panel', async (t) => {
      const popup = await s.openExtensionPage(`popup.html?tab=${tabId}`);
      await waitInPage(s, popup, () => document.querySelectorAll('.bs-row-name').length > 0);
      assert.ok(await clickByText(popup, '.bs-cast-officials .bs-row-toggle', 'Katharina Lindner'));
      await waitInPage(s, popup, () => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Add a note'));
      assert.ok(await clickByText(popup, 'button', 'Add a note'));
      await waitInPage(s, popup, () => !!document.querySelector('.bs-note-editor textarea'));
      await typeInto(popup, '.bs-note-editor textarea', NOTE);
      assert.ok(await clickByText(popup, '.bs-note-editor button[type=submit]', 'Save note'));
      await viewport(s, popup, 420, 600);
      await waitInPage(s, popup, () => document.body.textContent.includes('Note saved.'));
      await shot(popup, `ui-${browserName}-popup-card-note`);
      await popup.close();

      const panel = await s.openExtensionPage(`sidepanel.html?tab=${tabId}`);
      await viewport(s, panel, 400, 800);
      await waitInPage(s, panel, () => {
        const row = [...document.querySelectorAll('.bs-row')].find((r) => r.querySelector('.bs-row-name')?.textContent === 'Katharina Lindner');
        return !!row && row.textContent.includes('1 note');
      });
      assert.ok(await clickByText(panel, '.bs-cast-officials .bs-row-toggle', 'Katharina Lindner'));
      const note = await waitInPage(s, panel, () => {
        const md = document.querySelector('.bs-note .bs-md');
        return md && { text: md.textContent, strong: md.querySelector('strong')?.textContent, href: md.querySelector('a')?.getAttribute('href') };
      });
      assert.deepEqual(note, { text: 'Ask Lindner about the gauge data — see https://example.org/gauges', strong: 'gauge data', href: 'https://example.org/gauges' });
      await shot(panel, `ui-${browserName}-sidepanel-light`);
      // 200% zoom of a 400 px panel is a 200 CSS-px viewport: the panel must reflow, not scroll sideways.
      await viewport(s, panel, 200, 800);
      const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `side panel scrolls sideways by ${overflow}px at 200% zoom`);
      await viewport(s, panel, 400, 800);
      await darkShot(t, s, panel, `ui-${browserName}-sidepanel-dark`);
      await panel.close();
    });

    test('search finds the note and opens the full card', async () => {
      const popup = await s.openExtensionPage(`popup.html?tab=${tabId}`);
      await viewport(s, popup, 420, 600);
      await waitInPage(s, popup, () => !!document.querySelector('input[type=search]'));
      await typeInto(popup, 'input[type=search]', 'gauge');
      await waitInPage(s, popup, () => document.querySelectorAll('.bs-search-results .bs-row').length > 0, undefined, 10_000);
      assert.ok(await clickByText(popup, '.bs-search-results .bs-row-toggle', 'Katharina Lindner'));
      const heading = await waitInPage(s, popup, () => document.querySelector('.bs-detail h2')?.textContent);
      assert.equal(heading, 'Katharina Lindner');
      await shot(popup, `ui-${browserName}-popup-full-card`);
      await popup.close();
    });

    test('store text with markup is shown as text in the popup', async () => {
      const hostileUrl = `${server.base}/news/hostile.html`;
      const page = await s.newPage();
      await page.goto(hostileUrl);
      await waitForTabState(s, hostileUrl, { timeout: 45_000 });
      const id = await tabIdOf(s, hostileUrl);
      const popup = await s.openExtensionPage(`popup.html?tab=${id}`);
      const title = await waitInPage(s, popup, () => document.querySelector('.bs-page-title')?.textContent);
      assert.equal(title, HOSTILE_TITLE);
      const injected = await popup.evaluate(() => ({ img: !!document.querySelector('img'), pwned: 'window.__pwned' in window }));
      assert.deepEqual(injected, { img: false, pwned: false });
      await popup.close();
      await page.close();
    });

    test('options: a saved article file is imported and counted; the JSON backup downloads', async (t) => {
      const options = await s.openExtensionPage('options.html');
      await waitInPage(s, options, () => !!document.querySelector('.bs-stats dd'));
      const dir = mkdtempSync(path.join(tmpdir(), 'backstory-import-'));
      try {
        const saved = path.join(dir, 'harbour-talks.html');
        writeFileSync(saved, textToArticlePage(IMPORTED_ARTICLE, { published: '2026-01-05T08:00:00Z', site: 'Saved News' }));
        const skipped = path.join(dir, 'scan.pdf');
        writeFileSync(skipped, '%PDF-1.4');
        const input = await options.$('input[type=file][multiple]');
        try {
          if (s.browser === 'chromium') await input.setInputFiles([saved, skipped]);
          else await input.uploadFile(saved, skipped);
        } catch (e) {
          t.skip(`${s.browser}: the driver cannot set files here (${String(e.message ?? e).split('\n')[0]})`);
          return;
        }
        const summary = await waitInPage(s, options, () => document.querySelector('.bs-files-summary')?.textContent, undefined, 45_000);
        assert.match(summary, /1 article added/);
        assert.match(summary, /1 file skipped/);
        assert.match(summary, /scan\.pdf: not an \.html, \.htm or \.txt file/);
        const entities = await sendToBackground(s, 'search', { query: 'Pieter de Wit' });
        assert.ok(entities.ok && entities.value.some((h) => h.name === 'Pieter de Wit'), JSON.stringify(entities));
        await fullShot(options, `ui-${browserName}-options-imported`);
        if (s.browser === 'chromium') {
          const [download] = await Promise.all([
            options.waitForEvent('download'),
            options.getByRole('button', { name: 'Download a backup (JSON)' }).click(),
          ]);
          assert.match(download.suggestedFilename(), /\.json$/);
          const file = path.join(dir, 'backup.json');
          await download.saveAs(file);
          const backup = JSON.parse(readFileSync(file, 'utf8'));
          assert.ok(JSON.stringify(backup).includes('Pieter de Wit'), 'the backup holds the imported article');
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await options.close();
      }
    });

    test('options page renders its sections (screenshots light and dark)', async (t) => {
      const options = await s.openExtensionPage('options.html');
      await waitInPage(s, options, () => !!document.querySelector('.bs-stats dd'));
      const headings = await options.evaluate(() => Array.from(document.querySelectorAll('h2')).map((h) => h.textContent));
      assert.deepEqual(headings, ['Sites', 'Marks and cards', 'Your data']);
      const articles = await options.evaluate(() => Number(document.querySelector('.bs-stats dd').textContent.replace(/\D/g, '')));
      assert.ok(articles >= 1, `articles stored: ${articles}`);
      await fullShot(options, `ui-${browserName}-options-light`);
      await darkShot(t, s, options, `ui-${browserName}-options-dark`, fullShot);
      await options.close();
    });
  });
}
