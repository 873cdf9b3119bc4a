// Trust, promise 6 (nothing is lost), on the BUILT extension in headless Chromium (the service worker can be
// stopped from the DevTools protocol; Firefox's event page cannot be from BiDi):
// - the service worker is stopped in the middle of ingesting an article and in the middle of note saves: the
//   store stays consistent (every reference resolves, counters match rows), a note is either saved whole or its
//   sender got a failure, and the page can be read again afterwards;
// - three tabs ingest the same article twice and a related one at once: no duplicate article or entity;
// (A real-browser full-quota test was tried and dropped: Storage.overrideQuotaForOrigin shows in estimate() but
// did not make IndexedDB refuse writes, with or without `unlimitedStorage`; tests/unit/store/quota.test.ts
// simulates the refusal at the store level.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch, readExtensionTables, repoRoot, sendToBackground, serve, tabIdOf, textToArticlePage, waitForTabState } from './harness.mjs';

const sample = readFileSync(path.join(repoRoot, 'assets/sample/danube-flood-talks.txt'), 'utf8');
const [, ...PARAS] = sample.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);

/** A long article (many paragraphs naming the same officials), so its analysis and ingest take a while. */
function longArticle(title, copies) {
  const paras = [];
  for (let i = 0; i < copies; i++) for (const p of PARAS) paras.push(p.replace('Tuesday', `Tuesday (update ${i})`));
  return textToArticlePage([title, ...paras].join('\n\n'));
}
/** A related article: the same people, other words. */
const RELATED = [
  'Lindner and Fekete meet again in Budapest',
  'Austrian Environment Minister Katharina Lindner travelled to Budapest on Friday to meet Hungarian Interior Minister Gábor Fekete.',
  '"The gauges are working," Lindner said after the meeting.',
  'Slovak Deputy Prime Minister Jana Kováčová joined the talks by video from Bratislava.',
  'Mr. Fekete said the next meeting would be held in Vienna in June.',
].join('\n\n');

/** Every row of one table of the extension's IndexedDB, read from an extension page (same origin). */
function table(s, name) {
  return s.evalInExtension(async (storeName) => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('backstory');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      if (!db.objectStoreNames.contains(storeName)) return [];
      return await new Promise((resolve, reject) => {
        const req = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    } finally {
      db.close();
    }
  }, name);
}

/** Problems with the store's integrity: dangling references, counters that disagree with rows, duplicates. */
async function integrityProblems(s) {
  // One transaction for all tables: reading them one by one could see an ingest commit in between.
  const t = await readExtensionTables(s, ['articles', 'entities', 'stats', 'facts', 'notes', 'kv']);
  // Store version 3 keeps an article's mentions, roles and quotes in its one `facts` row.
  t.mentions = t.facts.flatMap((f) => f.entities.map((e) => ({ articleId: f.articleId, entityId: e.entityId })));
  const problems = [];
  const articles = new Set(t.articles.map((a) => a.id));
  const entities = new Set(t.entities.map((e) => e.id));
  for (const m of t.mentions) {
    if (!articles.has(m.articleId)) problems.push(`mention of missing article ${m.articleId}`);
    if (!entities.has(m.entityId)) problems.push(`mention of missing entity ${m.entityId}`);
  }
  for (const a of t.articles) for (const id of a.entityIds ?? []) if (!entities.has(id)) problems.push(`article ${a.id} lists missing entity ${id}`);
  const keys = t.articles.map((a) => a.urlKey);
  if (new Set(keys).size !== keys.length) problems.push(`duplicate articles: ${keys}`);
  for (const n of t.notes) {
    const ok = n.targetKind === 'entity' ? entities.has(n.targetId) : articles.has(n.targetId);
    if (!ok) problems.push(`note ${n.id} targets a missing ${n.targetKind} ${n.targetId}`);
  }
  // Summaries are written in batches after ingests: a stored summary folds the articles up to its `through`,
  // and the store folds the articles after the `summaries` mark into it when it opens (deferred.ts). So a
  // summary, as the store will read it, is the stored row plus the later articles that name the entity.
  const mark = t.kv.find((r) => r.key === 'summaries')?.value.through ?? 0;
  const stats = new Map(t.stats.map((x) => [x.id, x]));
  t.effective = new Map();
  for (const e of t.entities) {
    const st = stats.get(e.id);
    const after = Math.max(mark, st?.through ?? 0);
    const later = new Set(t.mentions.filter((m) => m.entityId === e.id && m.articleId > after).map((m) => m.articleId)).size;
    if (!st && !later) {
      problems.push(`entity ${e.id} has no stats`);
      continue;
    }
    const effective = (st?.seenIn ?? 0) + later;
    t.effective.set(e.id, effective);
    const seenIn = new Set(t.mentions.filter((m) => m.entityId === e.id).map((m) => m.articleId)).size;
    if (effective !== seenIn) problems.push(`entity ${e.name}: seenIn ${effective} (${st?.seenIn ?? 0} stored + ${later} to fold), mention rows say ${seenIn}`);
    const notes = t.notes.filter((n) => n.targetKind === 'entity' && n.targetId === e.id).length;
    if ((st?.notes ?? 0) !== notes) problems.push(`entity ${e.name}: notes ${st?.notes ?? 0}, note rows say ${notes}`);
  }
  const byKindName = new Map();
  for (const e of t.entities) {
    const k = `${e.kind}:${e.name}`;
    if (byKindName.has(k)) problems.push(`duplicate entity ${k}`);
    byKindName.set(k, e.id);
  }
  return { problems, tables: t };
}

describe('nothing is lost (Chromium)', () => {
  /** @type {any} */ let s;
  /** @type {any} */ let server;
  /** @type {any} */ let cdp;
  const routes = {
    '/long.html': longArticle('Danube flood talks: the long read', 40),
    '/same.html': textToArticlePage(sample),
    '/related.html': textToArticlePage(RELATED),
  };

  /** Stops every service worker of the profile (Backstory's background) at once, like the browser does when idle. */
  async function stopBackground() {
    await cdp.send('ServiceWorker.stopAllWorkers');
  }

  before(async () => {
    server = await serve(routes);
    s = await launch('chromium');
    const blank = await s.newPage();
    cdp = await s.context.newCDPSession(blank);
    await cdp.send('ServiceWorker.enable');
    const registered = await s.evalInExtension(async () => {
      for (let i = 0; i < 150; i++) {
        if ((await chrome.scripting.getRegisteredContentScripts()).length) return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    });
    assert.ok(registered, 'content script registered');
  });
  after(async () => {
    await s?.close();
    await server?.close();
  });

  test('three tabs ingesting the same article twice and a related one at once leave no duplicates', async () => {
    const urls = [`${server.base}/same.html`, `${server.base}/same.html?again`, `${server.base}/related.html`];
    const pages = await Promise.all(urls.map(() => s.newPage()));
    await Promise.all(pages.map((p, i) => p.goto(urls[i])));
    const states = await Promise.all(urls.map((u) => waitForTabState(s, u, { timeout: 60_000 })));
    assert.ok(states.every((st) => st.status === 'ready'));
    assert.equal(states[0].articleId, states[1].articleId, 'the same article (same URL without tracking) is one article');
    const { problems, tables } = await integrityProblems(s);
    assert.deepEqual(problems, []);
    const lindners = tables.entities.filter((e) => e.name === 'Katharina Lindner');
    assert.equal(lindners.length, 1, 'one Katharina Lindner across the related articles');
    assert.equal(tables.effective.get(lindners[0].id), 2, 'seen in the two distinct articles');
    for (const p of pages) await p.close();
  });

  test('stopping the background in the middle of an ingest leaves a consistent store, and the page reads again', async () => {
    const url = `${server.base}/long.html`;
    const outcomes = [];
    for (const delay of [150, 600, 1500]) {
      const page = await s.newPage();
      const before = (await table(s, 'articles')).filter((a) => a.url.includes('/long.html')).length;
      page.goto(`${url}?kill=${delay}`).catch(() => {});
      await new Promise((r) => setTimeout(r, delay));
      await stopBackground();
      await new Promise((r) => setTimeout(r, 300));
      const { problems, tables } = await integrityProblems(s); // this also wakes the background again
      assert.deepEqual(problems, [], `store consistent after a stop ${delay} ms into the load`);
      const stored = tables.articles.filter((a) => a.url.includes('/long.html')).length;
      outcomes.push({ delay, stored: stored > before });
      // The reader is not left with "Reading the page…" forever: the state settles (ready after a retry, or an error).
      const tabId = await tabIdOf(s, `${url}?kill=${delay}`);
      let state;
      for (let i = 0; i < 60; i++) {
        state = (await sendToBackground(s, 'tab/state', { tabId })).value;
        if (state.status !== 'working') break;
        await new Promise((r) => setTimeout(r, 500));
      }
      assert.notEqual(state.status, 'working', `tab state after a stop ${delay} ms in: ${JSON.stringify(state).slice(0, 200)}`);
      await page.close();
    }
    // The same article read again afterwards is stored once and complete.
    const again = await s.newPage();
    await again.goto(url);
    const st = await waitForTabState(s, url, { timeout: 90_000 });
    assert.equal(st.status, 'ready');
    const { problems, tables } = await integrityProblems(s);
    assert.deepEqual(problems, []);
    const article = tables.articles.find((a) => a.id === st.articleId);
    assert.ok(article.entityIds.length >= 5, `the long article has its people and places: ${article.entityIds.length}`);
    await again.close();
    console.log(`# ingest stops: ${JSON.stringify(outcomes)}`);
  });

  test('stopping the background during note saves: every note is saved whole or its sender was told', async () => {
    const lindner = (await table(s, 'entities')).find((e) => e.name === 'Katharina Lindner');
    assert.ok(lindner);
    const results = [];
    for (const delay of [0, 3, 10, 30, 80]) {
      // Several large notes at once, so the stop lands while some are still being written.
      const bodies = [0, 1, 2, 3].map((k) => `Note ${k} saved while the background stops (${delay} ms) ${'x'.repeat(90_000)}`);
      const replies = bodies.map((body) => s.evalInExtension(
        // No reply at all counts as "told": platform/messaging.ts turns it into "Backstory did not answer".
        (msg) => chrome.runtime.sendMessage(msg).then((r) => r ?? { ok: false, error: 'no reply' }, (e) => ({ ok: false, error: `rejected: ${e.message}` })),
        { type: 'note/add', target: { kind: 'entity', entityId: lindner.id }, body },
      ));
      await new Promise((r) => setTimeout(r, delay));
      await stopBackground();
      const got = await Promise.all(replies);
      const notes = await table(s, 'notes');
      got.forEach((r, k) => {
        const saved = notes.filter((n) => n.body === bodies[k]);
        results.push({ delay, ok: r.ok, saved: saved.length });
        assert.ok(saved.length <= 1, 'never saved twice');
        if (r.ok) assert.equal(saved.length, 1, `the sender was told "saved" (${delay} ms) but the note is not in the store`);
        else assert.equal(typeof r.error, 'string');
      });
    }
    const { problems } = await integrityProblems(s);
    assert.deepEqual(problems, [], 'note counters agree with note rows');
    console.log(`# note stops: ${JSON.stringify(results)}`);
  });
});
