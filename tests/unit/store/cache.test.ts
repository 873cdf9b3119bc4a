/**
 * The background's read cache: it only ever saves reads. Every answer of a store that has been working for a
 * while (warm cache) must equal the answer of the same database opened afresh (empty cache).
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openStore, type Store } from '../../../src/background/store';
import { build, type ArticleSpec } from './helpers';
import { cacheOf } from '../../../src/background/store/cache';

const article = (i: number, extra: Partial<ArticleSpec> = {}): ArticleSpec => ({
  url: `https://paper.test/story/${i}`,
  title: `Story ${i}`,
  published: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`,
  text: `Foreign Minister Ada Lindqvist met Mayor Omar Haddad${i} in Kharkiv. Ms. Lindqvist said talks went well.`,
  people: [
    { name: 'Ada Lindqvist', surfaces: ['Ada Lindqvist', 'Ms. Lindqvist'], role: 'Foreign Minister' },
    { name: `Omar Haddad${i}`, role: 'Mayor' },
  ],
  places: [{ name: 'Kharkiv', key: 'geonames:706483', country: 'Ukraine' }],
  ...extra,
});

let factory: IDBFactory;
let store: Store;
const open = (name = 'cache') => openStore(name, { indexedDB: factory, IDBKeyRange, persist: false });
beforeEach(async () => {
  factory = new IDBFactory();
  store = await open();
});
afterEach(() => store.close());

/** The card of `id` as a store opened afresh on the same database sees it. */
async function coldCard(id: number) {
  const other = await open();
  try {
    return await other.getCard(id);
  } finally {
    other.close();
  }
}

describe('read cache', () => {
  test('concurrent ingests on a warm cache count every appearance once and create no duplicates', async () => {
    const first = await store.ingestArticle(build(article(0)));
    const ada = first.entityIds.p0;
    await store.getCard(ada); // warm
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => store.ingestArticle(build(article(i)))));
    expect(new Set(results.map((r) => r.entityIds.p0))).toEqual(new Set([ada]));
    expect(new Set(results.map((r) => r.entityIds.l0))).toEqual(new Set([first.entityIds.l0]));
    const warm = await store.getCard(ada);
    expect(warm.seenIn).toBe(7);
    expect(warm).toEqual(await coldCard(ada));
    // 1 minister, 1 place, 7 mayors.
    expect((await store.storageReport()).entities).toBe(9);
  });

  test('notes, renames and hiding show on cards built after them', async () => {
    const a = await store.ingestArticle(build(article(1)));
    await store.ingestArticle(build(article(2)));
    const ada = a.entityIds.p0;
    const mayor = a.entityIds.p1;
    await store.getCard(ada);
    await store.getCard(mayor);
    await store.addNote({ kind: 'entity', entityId: ada }, 'Met her in Vienna.');
    expect((await store.getCard(ada)).notes.map((n) => n.body)).toEqual(['Met her in Vienna.']);
    await store.renameEntity(ada, 'Ada M. Lindqvist');
    const companion = (await store.getCard(mayor)).companions.find((c) => c.entityId === ada);
    expect(companion?.name).toBe('Ada M. Lindqvist');
    await store.hideEntity(ada, true);
    expect((await store.getCard(mayor)).companions.map((c) => c.entityId)).not.toContain(ada);
    expect(await store.getCard(mayor)).toEqual(await coldCard(mayor));
  });

  test('an ingest after a correction resolves against the corrected entities', async () => {
    const a = await store.ingestArticle(build(article(1)));
    await store.ingestArticle(build(article(2))); // warm: Ada's keys and row are cached
    const { split } = await store.splitEntity(a.entityIds.p0, 'Ms. Lindqvist');
    const c = await store.ingestArticle(build(article(3, {
      text: 'Ms. Lindqvist spoke in Kharkiv with Mayor Omar Haddad3.',
      people: [{ name: 'Lindqvist', surfaces: ['Ms. Lindqvist'] }, { name: 'Omar Haddad3', role: 'Mayor' }],
    })));
    expect(c.entityIds.p0).toBe(split.entityId);
    expect(await store.getCard(split.entityId)).toEqual(await coldCard(split.entityId));
  });

  test('search on a warm cache answers as a store opened afresh', async () => {
    for (let i = 1; i <= 4; i++) await store.ingestArticle(build(article(i)));
    await store.search('Lindqvist');
    await store.addNote({ kind: 'entity', entityId: (await store.search('Ada Lindqvist'))[0].entityId }, 'Lindqvist briefing notes');
    await store.ingestArticle(build(article(5)));
    const warm = await store.search('Lindq');
    const other = await open();
    try {
      expect(warm).toEqual(await other.search('Lindq'));
    } finally {
      other.close();
    }
    expect(warm[0]).toMatchObject({ name: 'Ada Lindqvist', seenIn: 5 });
    // With the rows gone (a bounded cache forgets them), counters kept by searches and ingests answer instead.
    cacheOf(store.db).rows.clear();
    expect((await store.search('Lindq'))[0].seenIn).toBe(5);
    await store.ingestArticle(build(article(6)));
    cacheOf(store.db).rows.clear();
    const counted = await store.search('Lindq');
    expect(counted[0]).toMatchObject({ name: 'Ada Lindqvist', seenIn: 6, role: 'Foreign Minister' });
    const fresh = await open();
    try {
      expect(counted).toEqual(await fresh.search('Lindq'));
    } finally {
      fresh.close();
    }
  });

  test('an updated article and an erased store leave nothing stale behind', async () => {
    const a = await store.ingestArticle(build(article(1)));
    await store.getCard(a.entityIds.p1);
    await store.ingestArticle(build(article(1, { text: 'Foreign Minister Ada Lindqvist stayed home.', title: 'Story 1, updated', people: [{ name: 'Ada Lindqvist', role: 'Foreign Minister' }], places: [] })));
    const card = await store.getCard(a.entityIds.p0);
    expect(card.appearances.map((x) => x.title)).toEqual(['Story 1, updated']);
    await expect(store.getCard(a.entityIds.p1)).rejects.toThrow();
    await store.eraseAll();
    const again = await store.ingestArticle(build(article(5)));
    expect((await store.getCard(again.entityIds.p0)).seenIn).toBe(1);
    expect(await store.getCard(again.entityIds.p0)).toEqual(await coldCard(again.entityIds.p0));
  });
});
