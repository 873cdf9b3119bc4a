import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { build, freshStore } from './helpers';
import { seedLike, weekLater } from '../../fixtures/store/articles';
import { openStore, type Store } from '../../../src/background/store';

let store: Store;
beforeEach(async () => {
  store = await freshStore();
});
afterEach(() => store.close());

describe('notes', () => {
  test('add, list newest first, update, delete; the entity counter follows', async () => {
    const a = await store.ingestArticle(build(seedLike));
    const target = { kind: 'entity' as const, entityId: a.entityIds.p0 };
    const n1 = await store.addNote(target, 'First **note**.');
    await new Promise((r) => setTimeout(r, 2));
    const n2 = await store.addNote(target, 'Second note.');
    expect(n1).toMatchObject({ target, body: 'First **note**.' });
    expect(n1.created).toBe(n1.updated);
    expect((await store.listNotes(target)).map((n) => n.id)).toEqual([n2.id, n1.id]);
    await new Promise((r) => setTimeout(r, 2));
    const edited = await store.updateNote(n1.id, 'First note, edited.');
    expect(edited.updated > edited.created).toBe(true);
    expect((await store.listNotes(target))[0].body).toBe('First note, edited.');
    expect((await store.listCast(a.articleId)).find((c) => c.entityId === target.entityId)!.notes).toBe(2);
    await store.deleteNote(n2.id);
    expect((await store.listNotes(target)).map((n) => n.id)).toEqual([n1.id]);
    expect((await store.getCard(target.entityId)).notes.map((n) => n.body)).toEqual(['First note, edited.']);
    expect((await store.listCast(a.articleId)).find((c) => c.entityId === target.entityId)!.notes).toBe(1);
  });

  test('notes on articles; the note shows wherever the entity appears again', async () => {
    const a = await store.ingestArticle(build(seedLike));
    await store.addNote({ kind: 'article', articleId: a.articleId }, 'Good background piece.');
    await store.addNote({ kind: 'entity', entityId: a.entityIds.p0 }, 'South Korean envoy.');
    const b = await store.ingestArticle(build(weekLater));
    const card = await store.getCard(b.entityIds.p0);
    expect(card.notes.map((n) => n.body)).toEqual(['South Korean envoy.']);
    expect((await store.listNotes({ kind: 'article', articleId: a.articleId }))[0].body).toBe('Good background piece.');
  });

  test('bad notes are refused with a clear message', async () => {
    const a = await store.ingestArticle(build(seedLike));
    await expect(store.addNote({ kind: 'entity', entityId: a.entityIds.p0 }, '   ')).rejects.toThrow('A note cannot be empty.');
    await expect(store.addNote({ kind: 'entity', entityId: 999 }, 'x')).rejects.toThrow(/Entity 999/);
    await expect(store.addNote({ kind: 'article', articleId: 999 }, 'x')).rejects.toThrow(/Article 999/);
    await expect(store.updateNote(999, 'x')).rejects.toThrow(/Note 999/);
    await expect(store.deleteNote(999)).rejects.toThrow(/Note 999/);
    await expect(store.addNote({ kind: 'entity', entityId: a.entityIds.p0 }, 'x'.repeat(100_001))).rejects.toThrow(/limited to 100,000/);
  });

  test('a note survives closing and reopening the database (browser restart)', async () => {
    const factory = new IDBFactory();
    const s1 = await openStore('restart', { indexedDB: factory, IDBKeyRange, persist: false });
    const a = await s1.ingestArticle(build(seedLike));
    const note = await s1.addNote({ kind: 'entity', entityId: a.entityIds.p1 }, 'Remember this.');
    s1.close();
    const s2 = await openStore('restart', { indexedDB: factory, IDBKeyRange, persist: false });
    expect(await s2.listNotes({ kind: 'entity', entityId: a.entityIds.p1 })).toEqual([note]);
    s2.close();
  });
});
