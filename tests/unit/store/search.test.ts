import { build, freshStore } from './helpers';
import { actorWood, seedLike, weekLater } from '../../fixtures/store/articles';
import type { Store } from '../../../src/background/store';

let store: Store;
beforeEach(async () => {
  store = await freshStore();
  await store.ingestArticle(build(seedLike));
  await store.ingestArticle(build(weekLater));
  await store.ingestArticle(build(actorWood));
});
afterEach(() => store.close());

describe('search', () => {
  test.each([
    ['hwang', 'Hwang Joon-kook', 'name'],
    ['Hwang Joon', 'Hwang Joon-kook', 'name'],
    ['joon', 'Hwang Joon-kook', 'name'],
    ['kharkov', 'Kharkiv', 'name'],
    ['KHARK', 'Kharkiv', 'name'],
    ['nebenzya', 'Vassily Nebenzya', 'name'],
    ['deputy', 'Robert Wood', 'role'],
  ])('%s finds %s (%s)', async (q, name, matched) => {
    const hits = await store.search(q);
    expect(hits[0]).toMatchObject({ name, matched });
  });

  test('ranks full-name prefixes first, then by articles seen; respects the limit', async () => {
    const hits = await store.search('robert wood');
    expect(hits.map((h) => h.name)).toEqual(['Robert Wood', 'Robert Wood']);
    expect(await store.search('robert wood', 1)).toHaveLength(1);
    expect(await store.search('   ')).toEqual([]);
    expect(await store.search('zzzz')).toEqual([]);
  });

  test('finds entities by the words of their notes', async () => {
    const hits0 = await store.search('submarine');
    expect(hits0).toEqual([]);
    const id = (await store.search('kharkiv'))[0].entityId;
    await store.addNote({ kind: 'entity', entityId: id }, 'Second-largest city; submarine parts factory nearby.');
    const hits = await store.search('submarine');
    expect(hits[0]).toMatchObject({ entityId: id, matched: 'note' });
    expect(hits[0].snippet).toContain('submarine');
  });
});
