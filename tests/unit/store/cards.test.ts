import { build, freshStore } from './helpers';
import { actorWood, seedLike, weekLater, woodAgain } from '../../fixtures/store/articles';
import type { Store } from '../../../src/background/store';

let store: Store;
beforeEach(async () => {
  store = await freshStore();
});
afterEach(() => store.close());

describe('getCard', () => {
  test('a person: current role with organisation and country, role source sentence, quotes, appearances newest first, companions', async () => {
    const a = await store.ingestArticle(build(seedLike));
    const b = await store.ingestArticle(build(weekLater));
    const card = await store.getCard(a.entityIds.p0);
    expect(card).toMatchObject({ kind: 'person', name: 'Hwang Joon-kook', official: true, seenIn: 2, firstSeen: '2024-01-11T08:00:00.000Z' });
    expect(card.current).toMatchObject({ role: 'Ambassador to the United Nations', organization: 'United Nations', country: 'South Korea', articleId: a.articleId, date: '2024-01-11T08:00:00.000Z' });
    expect(card.current!.sentence).toContain('Hwang Joon-kook said Ukraine');
    expect(card.current!.articleTitle).toBe(seedLike.title);
    expect(card.quotes.map((q) => q.text)).toEqual(['testing ground for missiles capable of carrying nuclear warheads']);
    expect(card.quotes[0].url).toBe(seedLike.url);
    expect(card.appearances.map((x) => x.articleId)).toEqual([b.articleId, a.articleId]);
    expect(card.appearances[0]).toMatchObject({ title: weekLater.title, site: 'other-paper.test', date: '2024-01-18T10:00:00.000Z', mentions: 1 });
    const companions = Object.fromEntries(card.companions.map((c) => [c.name, c.together]));
    expect(companions).toMatchObject({ Kharkiv: 2, 'Vassily Nebenzya': 2, 'Robert Wood': 1 });
    expect(card.companions[0].together).toBe(2);
  });

  test('role history keeps each role once, newest first, and follows a role change', async () => {
    const a = await store.ingestArticle(build(seedLike));
    await store.ingestArticle(build(woodAgain));
    await store.ingestArticle(build({
      url: 'https://x.test/promoted', published: '2024-06-01',
      text: 'Robert Wood, now Ambassador to the United Nations, spoke for the United States.',
      people: [{ name: 'Robert Wood', role: 'Ambassador to the United Nations', organization: 'United Nations', country: 'United States' }],
    }));
    const card = await store.getCard(a.entityIds.p1);
    expect(card.roles.map((r) => [r.role, r.date.slice(0, 10)])).toEqual([
      ['Ambassador to the United Nations', '2024-06-01'],
      ['Deputy Ambassador to the United Nations', '2024-03-01'],
    ]);
    expect(card.current!.role).toBe('Ambassador to the United Nations');
    expect(card.seenIn).toBe(3);
  });

  test('an older article read later does not replace the current role', async () => {
    const a = await store.ingestArticle(build(woodAgain));
    await store.ingestArticle(build({
      url: 'https://x.test/old', published: '2019-01-01',
      text: 'Robert Wood, a Counsellor for the United States, spoke.',
      people: [{ name: 'Robert Wood', role: 'Counsellor', country: 'United States' }],
    }));
    const card = await store.getCard(a.entityIds.p0);
    expect(card.current!.role).toBe('Deputy Ambassador to the United Nations');
    expect(card.roles.map((r) => r.role)).toEqual(['Deputy Ambassador to the United Nations', 'Counsellor']);
    expect(card.firstSeen).toBe('2019-01-01T00:00:00.000Z');
  });

  test('a place card carries kind, country and aliases; unknown ids are a clear error', async () => {
    const a = await store.ingestArticle(build(seedLike));
    const card = await store.getCard(a.entityIds.l0);
    expect(card).toMatchObject({ kind: 'place', name: 'Kharkiv', aliases: ['Kharkov'], place: { kind: 'city', country: 'Ukraine' } });
    await expect(store.getCard(9999)).rejects.toThrow(/not in Backstory's store/);
  });

  test('hidden entities are not offered as companions', async () => {
    const a = await store.ingestArticle(build(seedLike));
    await store.hideEntity(a.entityIds.l0, true);
    const card = await store.getCard(a.entityIds.p0);
    expect(card.companions.map((c) => c.name)).not.toContain('Kharkiv');
  });

  test('a companion hidden after a card was shown leaves the next card (names are not served stale)', async () => {
    const a = await store.ingestArticle(build(seedLike));
    expect((await store.getCard(a.entityIds.p0)).companions.map((c) => c.name)).toContain('Kharkiv');
    await store.hideEntity(a.entityIds.l0, true);
    expect((await store.getCard(a.entityIds.p0)).companions.map((c) => c.name)).not.toContain('Kharkiv');
    await store.renameEntity(a.entityIds.l1, 'Ukraine (country)');
    expect((await store.getCard(a.entityIds.p0)).companions.map((c) => c.name)).toContain('Ukraine (country)');
  });
});

describe('listCast', () => {
  test('reading order, per-article role, counts, notes; hidden entities left out', async () => {
    const a = await store.ingestArticle(build(seedLike));
    await store.ingestArticle(build(actorWood));
    await store.addNote({ kind: 'entity', entityId: a.entityIds.p0 }, 'Met him in 2019.');
    let cast = await store.listCast(a.articleId);
    expect(cast.map((c) => c.name)).toEqual(['United Nations', 'South Korea', 'Kharkiv', 'Hwang Joon-kook', 'Ukraine', 'Robert Wood', 'Nebenzya']);
    const hwang = cast.find((c) => c.name === 'Hwang Joon-kook')!;
    expect(hwang).toMatchObject({ role: 'Ambassador to the United Nations', organization: 'United Nations', country: 'South Korea', mentions: 2, seenIn: 1, notes: 1, official: true });
    await store.hideEntity(a.entityIds.o0, true);
    cast = await store.listCast(a.articleId);
    expect(cast.map((c) => c.name)).not.toContain('United Nations');
    await store.hideEntity(a.entityIds.o0, false);
    expect((await store.listCast(a.articleId))[0].name).toBe('United Nations');
    await expect(store.listCast(12345)).rejects.toThrow(/Article 12345/);
  });

  test('findArticle finds an article by any of its URLs', async () => {
    const a = await store.ingestArticle(build(seedLike));
    expect((await store.findArticle('https://www.example-news.test/world/un-missiles/'))?.id).toBe(a.articleId);
    expect(await store.findArticle('https://example-news.test/other')).toBeUndefined();
  });
});
