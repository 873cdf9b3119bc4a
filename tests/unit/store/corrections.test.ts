import { build, freshStore } from './helpers';
import { actorWood, seedLike, weekLater } from '../../fixtures/store/articles';
import type { Store } from '../../../src/background/store';

let store: Store;
beforeEach(async () => {
  store = await freshStore();
});
afterEach(() => store.close());

describe('reader corrections', () => {
  test('merge moves appearances, notes and names, and is remembered for the next article', async () => {
    const a = await store.ingestArticle(build(seedLike));
    const c = await store.ingestArticle(build(actorWood));
    const diplomat = a.entityIds.p1;
    const actor = c.entityIds.p0;
    expect(actor).not.toBe(diplomat);
    await store.addNote({ kind: 'entity', entityId: actor }, 'Same man? He acts too.');
    const card = await store.mergeEntities(diplomat, actor);
    expect(card.seenIn).toBe(2);
    expect(card.notes.map((n) => n.body)).toEqual(['Same man? He acts too.']);
    await expect(store.getCard(actor)).rejects.toThrow(/not in Backstory's store/);
    const cast = await store.listCast(c.articleId);
    expect(cast.find((x) => x.name === 'Robert Wood')!.entityId).toBe(diplomat);
    // The next article about the actor now joins the merged entity despite the contradicting facts.
    const d = await store.ingestArticle(build({ ...actorWood, url: 'https://arts.test/review/lear', text: actorWood.text.replace('Hamlet', 'Lear') }));
    expect(d.entityIds.p0).toBe(diplomat);
    expect((await store.getCard(diplomat)).seenIn).toBe(3);
  });

  test('merging into itself or across kinds is refused', async () => {
    const a = await store.ingestArticle(build(seedLike));
    await expect(store.mergeEntities(a.entityIds.p0, a.entityIds.p0)).rejects.toThrow(/itself/);
    await expect(store.mergeEntities(a.entityIds.p0, a.entityIds.l0)).rejects.toThrow(/one kind/);
  });

  test('merge combines appearances in a shared article into one', async () => {
    const a = await store.ingestArticle(build(seedLike));
    const card = await store.mergeEntities(a.entityIds.p0, a.entityIds.p2);
    expect(card.seenIn).toBe(1);
    expect(card.appearances[0].mentions).toBe(4);
    expect(card.aliases).toEqual(expect.arrayContaining(['Mr. Hwang', 'Nebenzya']));
    expect((await store.listCast(a.articleId)).filter((x) => x.kind === 'person')).toHaveLength(2);
  });

  test('split takes the articles that used only the alias, and future uses of the alias follow', async () => {
    const a = await store.ingestArticle(build(seedLike));
    const b = await store.ingestArticle(build(weekLater));
    const hwang = a.entityIds.p0;
    expect(b.entityIds.p0).toBe(hwang);
    const { kept, split } = await store.splitEntity(hwang, 'Mr. Hwang');
    expect(kept).toMatchObject({ name: 'Hwang Joon-kook', seenIn: 1 });
    expect(kept.aliases).not.toContain('Mr. Hwang');
    expect(split).toMatchObject({ name: 'Mr. Hwang', seenIn: 1 });
    expect(split.appearances.map((x) => x.articleId)).toEqual([b.articleId]);
    const c = await store.ingestArticle(build({ url: 'https://x.test/hwang', text: 'Mr. Hwang spoke briefly.', people: [{ name: 'Hwang', surfaces: ['Mr. Hwang'] }] }));
    expect(c.entityIds.p0).toBe(split.entityId);
    await expect(store.splitEntity(hwang, 'Hwang Joon-kook')).rejects.toThrow(/own name/);
    await expect(store.splitEntity(hwang, 'Somebody Else')).rejects.toThrow(/not a name/);
  });

  test('rename keeps the old name as an alias; a later article using the old name joins and keeps the new name', async () => {
    const a = await store.ingestArticle(build(seedLike));
    const card = await store.renameEntity(a.entityIds.p2, 'Vasily Nebenzia');
    expect(card.name).toBe('Vasily Nebenzia');
    expect(card.aliases).toContain('Nebenzya');
    const b = await store.ingestArticle(build({ url: 'https://x.test/n', text: 'Mr. Nebenzya walked out.', people: [{ name: 'Nebenzya', surfaces: ['Mr. Nebenzya'], country: 'Russia' }] }));
    expect(b.entityIds.p0).toBe(a.entityIds.p2);
    expect((await store.getCard(a.entityIds.p2)).name).toBe('Vasily Nebenzia');
    expect((await store.search('nebenzia'))[0].entityId).toBe(a.entityIds.p2);
    await expect(store.renameEntity(a.entityIds.p2, '  ')).rejects.toThrow(/empty/);
  });

  test('hide is remembered: the same entity in a new article stays hidden', async () => {
    const a = await store.ingestArticle(build(seedLike));
    await store.hideEntity(a.entityIds.l0, true);
    const b = await store.ingestArticle(build(weekLater));
    expect(b.entityIds.l0).toBe(a.entityIds.l0);
    expect((await store.listCast(b.articleId)).map((c) => c.name)).not.toContain('Kharkiv');
    expect(await store.search('kharkiv')).toEqual([]);
    await expect(store.hideEntity(4242, true)).rejects.toThrow(/Entity 4242/);
  });
});
