import { IDBObjectStore } from 'fake-indexeddb';
import { build, freshStore } from './helpers';
import { seedLike, weekLater } from '../../fixtures/store/articles';
import { QUOTA_MESSAGE, type Store } from '../../../src/background/store';

let store: Store;
beforeEach(async () => {
  store = await freshStore();
});
afterEach(() => {
  jest.restoreAllMocks();
  store.close();
});

const tables = async (s: Store) => JSON.parse((await s.exportAll('json')).content).tables;

/** Makes the disk "full" after `writesLeft` more writes: every later put/add throws QuotaExceededError. */
function fillDiskAfter(writesLeft: number): void {
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    jest.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
      if (writesLeft-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
  }
}

describe('a full disk (QuotaExceededError)', () => {
  // This ingest writes 5 rows (3 identities, its facts, the article; its summaries are written later in a batch).
  test.each([0, 2, 4])('ingest failing after %i writes: a clear message, nothing half-written, notes intact', async (after) => {
    const a = await store.ingestArticle(build(seedLike));
    await store.addNote({ kind: 'entity', entityId: a.entityIds.p0 }, 'Precious note.');
    const before = await tables(store);
    fillDiskAfter(after);
    await expect(store.ingestArticle(build(weekLater))).rejects.toThrow(QUOTA_MESSAGE);
    jest.restoreAllMocks();
    expect(await tables(store)).toEqual(before);
    expect((await store.listNotes({ kind: 'entity', entityId: a.entityIds.p0 }))[0].body).toBe('Precious note.');
    // Once there is room again, the same article goes in.
    expect((await store.ingestArticle(build(weekLater))).changed).toBe(true);
  });

  test('summaries whose batch write fails keep waiting: the cards stay right and the next batch writes them', async () => {
    const a = await store.ingestArticle(build(seedLike));
    await store.flush();
    await store.ingestArticle(build(weekLater));
    const card = await store.getCard(a.entityIds.p0);
    expect(card.appearances).toHaveLength(2);
    fillDiskAfter(1);
    await store.flush();
    jest.restoreAllMocks();
    expect(await store.getCard(a.entityIds.p0)).toEqual(card);
    expect((await store.db.stats.get(a.entityIds.p0))!.seenIn).toBe(1);
    await store.flush();
    expect((await store.db.stats.get(a.entityIds.p0))!.seenIn).toBe(2);
    expect(await store.getCard(a.entityIds.p0)).toEqual(card);
  });

  test('a note that cannot be saved says so and leaves the others alone', async () => {
    const a = await store.ingestArticle(build(seedLike));
    const kept = await store.addNote({ kind: 'entity', entityId: a.entityIds.p0 }, 'First.');
    fillDiskAfter(0);
    await expect(store.addNote({ kind: 'entity', entityId: a.entityIds.p0 }, 'Second.')).rejects.toThrow(/no more storage room/);
    await expect(store.updateNote(kept.id, 'First, edited.')).rejects.toThrow(/notes are intact/);
    jest.restoreAllMocks();
    expect(await store.listNotes({ kind: 'entity', entityId: a.entityIds.p0 })).toEqual([kept]);
    expect((await store.getCard(a.entityIds.p0)).notes).toHaveLength(1);
  });

  test('an import that runs out of room imports nothing', async () => {
    await store.ingestArticle(build(seedLike));
    const backup = (await store.exportAll('json')).content;
    const other = await freshStore('other');
    fillDiskAfter(10);
    await expect(other.importAll(backup)).rejects.toThrow(QUOTA_MESSAGE);
    jest.restoreAllMocks();
    expect(await other.storageReport()).toMatchObject({ articles: 0, entities: 0, mentions: 0 });
    other.close();
  });
});
