/**
 * Deferred summaries (src/background/store/deferred.ts): an ingest's `stats` rows wait in memory and are
 * written in batches; readers see them at once, and a background stopped before a batch loses nothing.
 */
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { build, type ArticleSpec, type PersonSpec } from './helpers';
import { seedLike, weekLater } from '../../fixtures/store/articles';
import { openStore, type Store } from '../../../src/background/store';
import { DEFER_LIMITS, waitingCount } from '../../../src/background/store/deferred';

const open = (factory: IDBFactory, name = 'deferred') => openStore(name, { indexedDB: factory, IDBKeyRange, persist: false });

/** Everything a reader can get out of the store: the backup, without the times of the runs (export, read, notes). */
async function everything(s: Store) {
  const { exported: _e, ...backup } = JSON.parse((await s.exportAll('json')).content);
  for (const a of backup.tables.articles) delete a.read;
  for (const n of backup.tables.notes) {
    delete n.created;
    delete n.updated;
  }
  return backup;
}

const people: PersonSpec[] = [
  { name: 'Lena Sorensen', role: 'Defence Minister', country: 'Denmark', official: true },
  { name: 'Raúl Ortega', role: 'spokesman', organization: 'Interior Ministry', country: 'Chile', official: true },
  { name: 'Mina Park', country: 'South Korea' },
  { name: 'Joel Abara' },
];
const places = [
  { name: 'Aarhus', key: 'geonames:2624652', country: 'Denmark' },
  { name: 'Valparaíso', key: 'geonames:3868626', country: 'Chile' },
];

function article(i: number, who: PersonSpec[], where: typeof places, day: number, quote?: string): ArticleSpec {
  const text = [
    `Report ${i}.`,
    ...who.map((p, k) => `${p.role ? `${p.role} ` : ''}${p.name} spoke${quote && k === 0 ? ` and said "${quote}"` : ''}.`),
    ...where.map((pl) => `It happened in ${pl.name}.`),
  ].join(' ');
  return {
    url: `https://deferred.test/${i}`, published: new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString(), text,
    people: who.map((p, k) => ({ ...p, quotes: quote && k === 0 ? [quote] : undefined })),
    places: where.map((pl) => ({ ...pl, kind: 'city' as const })),
  };
}

let store: Store | undefined;
afterEach(() => store?.close());

describe('deferred summaries', () => {
  test('an ingest leaves its summaries waiting; cards, casts and search show the article at once', async () => {
    store = await open(new IDBFactory());
    const a = await store.ingestArticle(build(seedLike));
    const b = await store.ingestArticle(build(weekLater));
    const hwang = a.entityIds.p0;
    expect(waitingCount(store.db)).toBeGreaterThan(0);
    expect(await store.db.stats.get(hwang)).toBeUndefined();
    const card = await store.getCard(hwang);
    expect(card.appearances.map((x) => x.articleId).sort()).toEqual([a.articleId, b.articleId].sort());
    expect((await store.listCast(b.articleId)).find((c) => c.entityId === hwang)).toMatchObject({ seenIn: 2 });
    expect((await store.search('Hwang'))[0]).toMatchObject({ entityId: hwang, seenIn: 2 });
    await store.flush();
    expect(waitingCount(store.db)).toBe(0);
    expect((await store.db.stats.get(hwang))!.seenIn).toBe(2);
    expect(await store.getCard(hwang)).toEqual(card);
  });

  test(`a batch is written after ${DEFER_LIMITS.articles} articles without being asked`, async () => {
    store = await open(new IDBFactory());
    for (let i = 0; i < DEFER_LIMITS.articles; i++) await store.ingestArticle(build(article(i, [people[i % 4]], [], i)));
    // The batch starts when the last of them commits (the idle timer would take a second).
    for (let t = 0; t < 50 && waitingCount(store.db) > 0; t++) await new Promise((r) => setTimeout(r, 10));
    expect(waitingCount(store.db)).toBe(0);
    const raw = await store.db.stats.toArray();
    expect(raw.reduce((n, r) => n + r.seenIn, 0)).toBe(DEFER_LIMITS.articles);
  });

  test('a store closed before its batch was written rebuilds the summaries when it opens again', async () => {
    const factory = new IDBFactory();
    store = await open(factory);
    const a = await store.ingestArticle(build(seedLike));
    await store.flush();
    await store.ingestArticle(build(weekLater));
    const card = await store.getCard(a.entityIds.p0);
    const before = await everything(store);
    store.close();
    const raw = await (async () => {
      const peek = await openStore('deferred', { indexedDB: factory, IDBKeyRange, persist: false });
      const row = await peek.db.stats.get(a.entityIds.p0);
      peek.close();
      return row;
    })();
    // (Opening replays: by the time anything can read, the row is complete again.)
    expect(raw!.seenIn).toBe(2);
    store = await open(factory);
    expect(waitingCount(store.db)).toBe(0);
    expect(await store.getCard(a.entityIds.p0)).toEqual(card);
    expect(await everything(store)).toEqual(before);
  });

  test('a note written while summaries wait, then a stop: nothing counted twice', async () => {
    const factory = new IDBFactory();
    store = await open(factory);
    const a = await store.ingestArticle(build(seedLike));
    await store.ingestArticle(build(weekLater));
    // The note's transaction writes the waiting summaries itself (without moving the mark).
    await store.addNote({ kind: 'entity', entityId: a.entityIds.p0 }, 'Met him in 2019.');
    const before = await everything(store);
    store.close();
    store = await open(factory);
    expect(await everything(store)).toEqual(before);
    expect((await store.getCard(a.entityIds.p0)).appearances).toHaveLength(2);
  });

  test('erasing resets the mark: articles numbered from 1 again are rebuilt after a stop', async () => {
    const factory = new IDBFactory();
    store = await open(factory);
    await store.ingestArticle(build(seedLike));
    await store.ingestArticle(build(weekLater));
    await store.flush();
    await store.eraseAll();
    const b = await store.ingestArticle(build(weekLater));
    expect(b.articleId).toBe(1);
    const before = await everything(store);
    store.close();
    store = await open(factory);
    expect(await everything(store)).toEqual(before);
  });

  test('property: any run of ingests, notes, corrections and batches, stopped at any point, reopens to the same store as one that wrote everything', async () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('article' as const), who: fc.subarray(people, { minLength: 1 }), where: fc.subarray(places), day: fc.integer({ min: 0, max: 400 }), quote: fc.option(fc.constantFrom('We will rebuild.', 'No comment.'), { nil: undefined }) }),
      fc.record({ kind: fc.constant('flush' as const) }),
      fc.record({ kind: fc.constant('note' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('hide' as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        const run = async (factory: IDBFactory, writeAll: boolean) => {
          const s = await open(factory, 'prop');
          const ids: number[] = [];
          for (const [i, st] of steps.entries()) {
            if (st.kind === 'article') ids.push(...Object.values((await s.ingestArticle(build(article(i, st.who, st.where, st.day, st.quote)))).entityIds));
            else if (st.kind === 'flush') await s.flush();
            else if (ids.length && st.kind === 'note') await s.addNote({ kind: 'entity', entityId: ids[st.pick % ids.length] }, `Note ${i}`);
            else if (ids.length && st.kind === 'hide') await s.hideEntity(ids[st.pick % ids.length], true);
          }
          if (writeAll) await s.flush();
          s.close();
          const again = await open(factory, 'prop');
          const out = { all: await everything(again), raw: await again.db.stats.toArray() };
          again.close();
          return out;
        };
        const stopped = await run(new IDBFactory(), false);
        const written = await run(new IDBFactory(), true);
        expect(stopped).toEqual(written);
      }),
      { numRuns: 40 },
    );
  });
});
