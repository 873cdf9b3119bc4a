import { build, freshStore } from './helpers';
import { actorWood, initials, initialsAgain, seedLike, weekLater, woodAgain } from '../../fixtures/store/articles';
import type { Store } from '../../../src/background/store';

let store: Store;
beforeEach(async () => {
  store = await freshStore();
});
afterEach(() => store.close());

const idOf = async (name: string) => {
  const hits = await store.search(name);
  const hit = hits.find((h) => h.name === name);
  if (!hit) throw new Error(`${name} not found among ${hits.map((h) => h.name).join(', ')}`);
  return hit.entityId;
};

describe('ingestArticle', () => {
  test('stores an article and maps every engine entity to a store entity', async () => {
    const res = await store.ingestArticle(build(seedLike));
    expect(res.changed).toBe(true);
    expect(Object.keys(res.entityIds).sort()).toEqual(['l0', 'l1', 'l2', 'o0', 'p0', 'p1', 'p2']);
    const report = await store.storageReport();
    expect(report).toMatchObject({ articles: 1, entities: 7, mentions: 7, quotes: 2, notes: 0 });
  });

  test('is idempotent: same canonical URL with same text changes nothing', async () => {
    const first = await store.ingestArticle(build(seedLike));
    const before = JSON.parse((await store.exportAll('json')).content).tables;
    const again = await store.ingestArticle(build({ ...seedLike, url: 'https://example-news.test/world/un-missiles#comments' }));
    expect(again).toEqual({ ...first, changed: false });
    const after = JSON.parse((await store.exportAll('json')).content).tables;
    expect(after).toEqual(before);
  });

  test('same text under another URL is the same article', async () => {
    const first = await store.ingestArticle(build(seedLike));
    const amp = await store.ingestArticle(build({ ...seedLike, url: 'https://amp.example-news.test/x', canonicalUrl: undefined }));
    expect(amp.changed).toBe(false);
    expect(amp.articleId).toBe(first.articleId);
    expect((await store.storageReport()).articles).toBe(1);
  });

  test('an updated article replaces its own mentions and keeps the reader notes', async () => {
    const first = await store.ingestArticle(build(seedLike));
    const hwang = first.entityIds.p0;
    const wood = first.entityIds.p1;
    await store.addNote({ kind: 'entity', entityId: wood }, 'Career diplomat.');
    await store.addNote({ kind: 'article', articleId: first.articleId }, 'Read twice.');
    const updated = { ...seedLike, text: seedLike.text.replace('Robert Wood, Deputy Ambassador to the United Nations for the United States, agreed. ', ''), people: [seedLike.people![0], seedLike.people![2]] };
    const res = await store.ingestArticle(build(updated));
    expect(res).toMatchObject({ articleId: first.articleId, changed: true });
    expect(res.entityIds.p0).toBe(hwang);
    const cast = await store.listCast(first.articleId);
    expect(cast.map((c) => c.name)).not.toContain('Robert Wood');
    const woodCard = await store.getCard(wood);
    expect(woodCard.seenIn).toBe(0);
    expect(woodCard.notes.map((n) => n.body)).toEqual(['Career diplomat.']);
    expect(await store.listNotes({ kind: 'article', articleId: first.articleId })).toHaveLength(1);
    const report = await store.storageReport();
    expect(report).toMatchObject({ articles: 1, mentions: 6, notes: 2 });
  });

  test('an entity left with nothing after an update is removed', async () => {
    await store.ingestArticle(build(seedLike));
    const updated = { ...seedLike, text: seedLike.text.replace('Robert Wood, Deputy Ambassador to the United Nations for the United States, agreed. ', ''), people: [seedLike.people![0], seedLike.people![2]] };
    await store.ingestArticle(build(updated));
    expect(await store.search('Robert Wood')).toEqual([]);
  });

  test('two tabs ingesting at once create no duplicate entities', async () => {
    const a = build(seedLike);
    const b = build({ ...seedLike, url: 'https://mirror.test/a', canonicalUrl: undefined, text: seedLike.text + ' Reporting by staff.' });
    await Promise.all([store.ingestArticle(a), store.ingestArticle(b), store.ingestArticle(a)]);
    const report = await store.storageReport();
    expect(report.articles).toBe(2);
    expect(report.entities).toBe(7);
    const card = await store.getCard(await idOf('Hwang Joon-kook'));
    expect(card.seenIn).toBe(2);
  });

  test('keeps only sentences, not the article text', async () => {
    await store.ingestArticle(build(seedLike));
    const dump = (await store.exportAll('json')).content;
    expect(dump).not.toContain(seedLike.text.slice(0, 200));
  });
});

describe('entity resolution across articles', () => {
  test('Hwang Joon-kook and a later "Mr. Hwang" are one person', async () => {
    const a = await store.ingestArticle(build(seedLike));
    const b = await store.ingestArticle(build(weekLater));
    expect(b.entityIds.p0).toBe(a.entityIds.p0);
    const card = await store.getCard(a.entityIds.p0);
    expect(card.name).toBe('Hwang Joon-kook');
    expect(card.seenIn).toBe(2);
  });

  test('"Mr. Hwang" first, then the full name: still one person', async () => {
    const b = await store.ingestArticle(build({ ...weekLater, people: [{ name: 'Hwang Joon-kook', surfaces: ['Mr. Hwang'] }, weekLater.people![1]] }));
    const a = await store.ingestArticle(build(seedLike));
    expect(a.entityIds.p0).toBe(b.entityIds.p0);
  });

  test('"J.D. Vance" and later "JD Vance" are one person (initials with or without periods)', async () => {
    const a = await store.ingestArticle(build(initials));
    const b = await store.ingestArticle(build(initialsAgain));
    expect(b.entityIds.p0).toBe(a.entityIds.p0);
    const card = await store.getCard(a.entityIds.p0);
    expect(card.name).toBe('J.D. Vance');
    expect(card.appearances).toHaveLength(2);
  });

  test('Kharkov and Kharkiv are one place by gazetteer key, and the old spelling is an alias', async () => {
    const a = await store.ingestArticle(build(seedLike));
    const b = await store.ingestArticle(build(weekLater));
    expect(b.entityIds.l0).toBe(a.entityIds.l0);
    const card = await store.getCard(a.entityIds.l0);
    expect(card.name).toBe('Kharkiv');
    expect(card.aliases).toContain('Kharkov');
    expect(card.place).toMatchObject({ kind: 'city', country: 'Ukraine' });
    expect((await store.search('kharkov'))[0].entityId).toBe(a.entityIds.l0);
  });

  test('a known short name takes the full name when it arrives (Nebenzya → Vassily Nebenzya)', async () => {
    const a = await store.ingestArticle(build(seedLike));
    const b = await store.ingestArticle(build(weekLater));
    expect(b.entityIds.p1).toBe(a.entityIds.p2);
    const card = await store.getCard(a.entityIds.p2);
    expect(card.name).toBe('Vassily Nebenzya');
    expect(card.aliases).toContain('Nebenzya');
  });

  test('two Robert Woods with incompatible roles and countries stay apart', async () => {
    const a = await store.ingestArticle(build(seedLike));
    const c = await store.ingestArticle(build(actorWood));
    expect(c.entityIds.p0).not.toBe(a.entityIds.p1);
    const d = await store.ingestArticle(build(woodAgain));
    expect(d.entityIds.p0).toBe(a.entityIds.p1);
    const hits = (await store.search('robert wood')).filter((h) => h.name === 'Robert Wood');
    expect(hits).toHaveLength(2);
  });

  test('a short name that could be two known people makes a new entity', async () => {
    await store.ingestArticle(build({ url: 'https://a.test/1', text: 'Anna Park spoke. Mr. Lee and Lee Min-ho met.', people: [{ name: 'Anna Park' }, { name: 'Lee Min-ho' }] }));
    await store.ingestArticle(build({ url: 'https://a.test/2', text: 'Lee Jae-won arrived.', people: [{ name: 'Lee Jae-won' }] }));
    const r = await store.ingestArticle(build({ url: 'https://a.test/3', text: 'Mr. Lee declined to comment.', people: [{ name: 'Lee', surfaces: ['Mr. Lee'] }] }));
    const card = await store.getCard(r.entityIds.p0);
    expect(card.name).toBe('Lee');
    expect(card.seenIn).toBe(1);
  });

  test('two engine entities of one article that are one stored entity give one appearance', async () => {
    await store.ingestArticle(build(seedLike));
    const r = await store.ingestArticle(build({
      url: 'https://x.test/both', published: '2024-05-01',
      text: 'Hwang Joon-kook spoke first. Later Mr. Hwang spoke again.',
      people: [{ name: 'Hwang Joon-kook' }, { name: 'Hwang', surfaces: ['Mr. Hwang'] }],
    }));
    expect(r.entityIds.p0).toBe(r.entityIds.p1);
    const cast = await store.listCast(r.articleId);
    expect(cast).toHaveLength(1);
    expect(cast[0].mentions).toBe(2);
    expect((await store.getCard(r.entityIds.p0)).seenIn).toBe(2);
  });
});
