import { freshStore } from './helpers';
import { DEFAULT_SETTINGS, type Store } from '../../../src/background/store';

let store: Store;
beforeEach(async () => {
  store = await freshStore();
});
afterEach(() => store.close());

describe('settings', () => {
  test('defaults until changed, then what was saved', async () => {
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
    const mine = { ...DEFAULT_SETTINGS, intentDelayMs: 500, palette: 'high-contrast' as const, marks: { ...DEFAULT_SETTINGS.marks, organizations: true } };
    expect(await store.setSettings(mine)).toEqual(mine);
    expect(await store.getSettings()).toEqual(mine);
  });

  test('sites: on by default, turned off and remembered by hostname', async () => {
    expect(await store.getSite('www.bbc.co.uk')).toEqual({ site: 'bbc.co.uk', enabled: true });
    await store.setSite({ site: 'https://www.bbc.co.uk/news/world', enabled: false });
    expect(await store.getSite('bbc.co.uk')).toEqual({ site: 'bbc.co.uk', enabled: false });
    const marks = { officials: true, people: false, places: true, organizations: false };
    expect(await store.setSite({ site: 'example.org', enabled: true, marks })).toEqual({ site: 'example.org', enabled: true, marks });
    await expect(store.getSite('  ')).rejects.toThrow(/empty/);
  });

  test('storage report counts rows; erase removes everything but the global settings', async () => {
    await store.setSettings({ ...DEFAULT_SETTINGS, intentDelayMs: 123 });
    await store.setSite({ site: 'a.test', enabled: false });
    expect(await store.storageReport()).toMatchObject({ articles: 0, entities: 0, mentions: 0, quotes: 0, notes: 0 });
    await store.eraseAll();
    expect((await store.getSettings()).intentDelayMs).toBe(123);
    expect((await store.getSite('a.test')).enabled).toBe(true);
  });
});
