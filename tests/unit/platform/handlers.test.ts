import { createHandlers, type HandlerDeps } from '../../../src/background/handlers';
import type { BrowserPort, EngineApi, StoreApi, TabInfo } from '../../../src/background/services';
import { TabStateBook, type TabRecord } from '../../../src/background/tab-states';
import type { Analysis } from '../../../src/core/types';
import type { CastEntry, IngestInput, Settings, SiteSettings } from '../../../src/background/model';

const settings: Settings = {
  marks: { officials: true, people: true, places: true, organizations: false },
  intentDelayMs: 300,
  palette: 'default',
};

const person = (name: string) => ({ id: 'p0', name, mentions: [], official: false, quotes: [] });
const analysis = (over: Partial<Analysis> = {}): Analysis => ({
  people: [person('Robert Wood')],
  places: [],
  organizations: [],
  language: 'en',
  ...over,
});

function setup(opts: { granted?: string[]; sites?: Record<string, SiteSettings>; analysis?: Analysis; tabs?: TabInfo[]; injectFails?: boolean } = {}) {
  const ingested: IngestInput[] = [];
  const cast: CastEntry[] = [
    { entityId: 1, kind: 'person', name: 'Robert Wood', official: true, mentions: 1, seenIn: 1, notes: 0 },
  ];
  const engine: EngineApi = { analyze: async () => opts.analysis ?? analysis() };
  const store = {
    ingestArticle: async (input: IngestInput) => {
      ingested.push(input);
      return { articleId: 5, changed: true, entityIds: { p0: 1 } };
    },
    listCast: async (id: number) => (id === 5 ? cast : []),
    getSettings: async () => settings,
    getSite: async (site: string) => opts.sites?.[site],
    setSite: async (s: SiteSettings) => s,
    setSettings: async (s: Settings) => s,
  } as unknown as StoreApi;
  const injected: number[] = [];
  const notified: Array<{ tabId: number; type: string }> = [];
  const port: BrowserPort = {
    getTab: async (id) => (opts.tabs ?? []).find((t) => t.id === id) ?? null,
    grantedOrigins: async () => opts.granted ?? [],
    injectContentScript: async (id) => {
      if (opts.injectFails) throw new Error('Cannot access contents of the page.');
      injected.push(id);
    },
    registerContentScripts: async () => true,
    injectIntoTabs: async () => {},
    notifyTabs: async (command, match) => {
      for (const t of opts.tabs ?? []) if (t.url && match(t.url)) notified.push({ tabId: t.id, type: command.type });
    },
    sessionGet: async () => undefined,
    sessionSet: async () => {},
  };
  let saved: Record<string, TabRecord> = {};
  const tabs = new TabStateBook({ load: async () => saved, save: async (r) => void (saved = r) });
  const deps: HandlerDeps = { engine, store, port, tabs };
  return { handlers: createHandlers(deps), ingested, injected, notified, tabs, saved: () => saved };
}

const meta = { url: 'https://news.example/a', title: 'UN meets' };
const fromTab = (tabId: number) => ({ id: 'x', url: meta.url, tabId, frameId: 0 });

describe('page/analyze', () => {
  it('analyses, stores and returns the cast, and the tab becomes ready', async () => {
    const { handlers, ingested, tabs } = setup({ tabs: [{ id: 3, url: meta.url }] });
    const out = await handlers['page/analyze']({ meta, text: 'Robert Wood spoke.' }, fromTab(3));
    expect(out.articleId).toBe(5);
    expect(out.cast.map((c) => c.name)).toEqual(['Robert Wood']);
    expect(out.analysis.people[0].name).toBe('Robert Wood');
    expect(ingested[0].text).toBe('Robert Wood spoke.');
    expect((await tabs.get(3))?.state).toMatchObject({ status: 'ready', articleId: 5, title: 'UN meets', site: 'news.example' });
    const state = await handlers['tab/state']({ tabId: 3 }, { id: 'x' });
    expect(state.status).toBe('ready');
    expect(state.cast).toHaveLength(1);
  });

  it('refuses a non-English text, stores nothing, and the popup says why', async () => {
    const { handlers, ingested } = setup({ analysis: analysis({ people: [], skipped: 'not-english', language: 'de' }), tabs: [{ id: 3, url: meta.url }] });
    await expect(handlers['page/analyze']({ meta, text: 'Der Botschafter sagte.' }, fromTab(3))).rejects.toThrow(/not in English/);
    expect(ingested).toHaveLength(0);
    const state = await handlers['tab/state']({ tabId: 3 }, { id: 'x' });
    expect(state).toMatchObject({ status: 'not-english', cast: [] });
  });

  it('does not let a sub-frame change the tab state', async () => {
    const { handlers, tabs } = setup();
    await handlers['page/analyze']({ meta, text: 'x' }, { ...fromTab(3), frameId: 2 });
    expect(await tabs.get(3)).toBeUndefined();
  });
});

describe('page/config and site/get', () => {
  it('is off for a site without permission', async () => {
    const { handlers } = setup();
    expect((await handlers['page/config']({ url: meta.url }, fromTab(1))).enabled).toBe(false);
    expect((await handlers['site/get']({ site: 'news.example' }, { id: 'x' })).enabled).toBe(false);
  });
  it('is on for a granted site, with the global marks', async () => {
    const { handlers } = setup({ granted: ['https://news.example/*'] });
    const cfg = await handlers['page/config']({ url: meta.url }, fromTab(1));
    expect(cfg).toEqual({ enabled: true, marks: settings.marks, intentDelayMs: 300, palette: 'default' });
    expect((await handlers['site/get']({ site: 'news.example' }, { id: 'x' })).enabled).toBe(true);
  });
  it('is off for a granted site the reader turned off, and uses per-site marks', async () => {
    const marks = { officials: true, people: false, places: false, organizations: false };
    const { handlers } = setup({ granted: ['https://news.example/*'], sites: { 'news.example': { site: 'news.example', enabled: false, marks } } });
    const cfg = await handlers['page/config']({ url: meta.url }, fromTab(1));
    expect(cfg.enabled).toBe(false);
    expect(cfg.marks).toEqual(marks);
  });
  it('is off on pages Backstory cannot read even with every permission', async () => {
    const { handlers } = setup({ granted: ['<all_urls>'] });
    expect((await handlers['page/config']({ url: 'https://news.example/x.pdf' }, fromTab(1))).enabled).toBe(false);
  });
});

describe('tab/run and tab/state', () => {
  it('injects once into an article tab, which may then be read though the site is off', async () => {
    const { handlers, injected } = setup({ tabs: [{ id: 4, url: meta.url }] });
    expect((await handlers['tab/run']({ tabId: 4 }, { id: 'x' })).status).toBe('working');
    expect(injected).toEqual([4]);
    expect((await handlers['page/config']({ url: meta.url }, fromTab(4))).enabled).toBe(true);
    expect((await handlers['page/config']({ url: meta.url }, fromTab(5))).enabled).toBe(false);
  });
  it('explains browser pages and failed injections instead of failing', async () => {
    const { handlers, injected } = setup({ tabs: [{ id: 4, url: 'chrome://settings/' }, { id: 6, url: meta.url }], injectFails: true });
    expect(await handlers['tab/run']({ tabId: 4 }, { id: 'x' })).toMatchObject({ status: 'unsupported' });
    expect(injected).toEqual([]);
    const failed = await handlers['tab/run']({ tabId: 6 }, { id: 'x' });
    expect(failed.status).toBe('unsupported');
    expect(failed.reason).toMatch(/could not run on this page: Cannot access/);
  });
  it('infers the state of tabs it has no record of', async () => {
    const { handlers } = setup({
      granted: ['https://news.example/*'],
      tabs: [{ id: 1, url: 'file:///a.html' }, { id: 2, url: 'https://other.example/' }, { id: 3, url: meta.url }, { id: 9 }],
    });
    expect((await handlers['tab/state']({ tabId: 1 }, { id: 'x' })).status).toBe('unsupported');
    expect((await handlers['tab/state']({ tabId: 2 }, { id: 'x' })).status).toBe('disabled');
    expect((await handlers['tab/state']({ tabId: 3 }, { id: 'x' })).status).toBe('working');
    expect((await handlers['tab/state']({ tabId: 9 }, { id: 'x' })).status).toBe('disabled');
    expect((await handlers['tab/state']({ tabId: 77 }, { id: 'x' })).status).toBe('error');
  });
  it('ignores a record of an older page in the same tab', async () => {
    const { handlers, tabs } = setup({ tabs: [{ id: 3, url: 'https://other.example/b' }] });
    await tabs.set(3, { status: 'ready', url: meta.url, articleId: 5 });
    expect((await handlers['tab/state']({ tabId: 3 }, { id: 'x' })).status).toBe('disabled');
  });
});

describe('site/set and settings/set', () => {
  it('tells the open pages of that site to re-read their settings', async () => {
    const { handlers, notified } = setup({ tabs: [{ id: 1, url: 'https://news.example/a' }, { id: 2, url: 'https://other.example/' }] });
    await handlers['site/set']({ settings: { site: 'news.example', enabled: false } }, { id: 'x' });
    expect(notified).toEqual([{ tabId: 1, type: 'content/refresh' }]);
  });
  it('tells every open page after a settings change', async () => {
    const { handlers, notified } = setup({ tabs: [{ id: 1, url: 'https://news.example/a' }, { id: 2, url: 'https://other.example/' }] });
    await handlers['settings/set']({ settings }, { id: 'x' });
    expect(notified.map((n) => n.tabId)).toEqual([1, 2]);
  });
});

describe('file/ingest', () => {
  it('stores a file and counts what it found', async () => {
    const { handlers, ingested } = setup();
    const out = await handlers['file/ingest']({ name: 'a.txt', meta, text: 'Robert Wood spoke.' }, { id: 'x' });
    expect(out).toMatchObject({ articleId: 5, people: 1, places: 0, organizations: 0 });
    expect(ingested).toHaveLength(1);
  });
  it('skips a file the engine would not read, and says why', async () => {
    const { handlers, ingested } = setup({ analysis: analysis({ people: [], skipped: 'empty' }) });
    const out = await handlers['file/ingest']({ name: 'a.txt', meta, text: '' }, { id: 'x' });
    expect(out.skipped).toMatch(/No article text/);
    expect(ingested).toHaveLength(0);
  });
});

describe('TabStateBook', () => {
  it('persists every change and restores it in a new background', async () => {
    const { tabs, saved } = setup();
    await tabs.set(2, { status: 'working' }, true);
    await tabs.set(2, { status: 'ready', articleId: 5 });
    const restored = new TabStateBook({ load: async () => saved(), save: async () => {} });
    expect(await restored.get(2)).toEqual({ state: { status: 'ready', articleId: 5 }, runOnce: true });
    await tabs.forget(2);
    expect(saved()).toEqual({});
  });
});
