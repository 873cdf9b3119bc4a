/**
 * The page path in the background: a page's config request and its text (sent without waiting for the config)
 * share one site check; a settings change forgets it, so a page turned off is refused at once; a refused
 * page's text is neither stored nor recorded.
 */
import { createHandlers } from '../../../src/background/handlers';
import type { IngestInput } from '../../../src/background/model';
import type { BrowserPort, EngineApi, StoreApi } from '../../../src/background/services';
import { TabStateBook, type TabRecord } from '../../../src/background/tab-states';
import type { Analysis } from '../../../src/core/types';

const meta = { url: 'https://news.example/a', title: 'UN meets' };
const fromTab = (tabId: number) => ({ id: 'x', url: meta.url, tabId, frameId: 0 });
const analysis = { people: [], places: [], organizations: [], language: 'en' } as unknown as Analysis;

function setup() {
  let enabled = true;
  let permissionReads = 0;
  const ingested: IngestInput[] = [];
  const engine: EngineApi = { analyze: async () => analysis, warm: () => undefined };
  const store = {
    ingestArticle: async (input: IngestInput) => {
      ingested.push(input);
      return { articleId: 1, changed: true, entityIds: {} };
    },
    listCast: async () => [],
    getSettings: async () => ({ marks: { officials: true, people: true, places: true, organizations: true }, intentDelayMs: 300, palette: 'default' }),
    getSite: async () => ({ site: 'news.example', enabled }),
    setSite: async (s: { site: string; enabled?: boolean }) => {
      enabled = s.enabled !== false;
      return { site: s.site, enabled };
    },
  } as unknown as StoreApi;
  const port = {
    grantedOrigins: async () => {
      permissionReads++;
      return ['https://news.example/*'];
    },
    notifyTabs: async () => undefined,
  } as unknown as BrowserPort;
  let saved: Record<string, TabRecord> = {};
  const tabs = new TabStateBook({ load: async () => saved, save: async (r) => void (saved = r) });
  const handlers = createHandlers({ engine, store, port, tabs });
  return { handlers, tabs, ingested, permissionReads: () => permissionReads };
}

describe('page/config and page/read share the site check', () => {
  test('the text sent while the config is on its way takes the same check', async () => {
    const s = setup();
    const [config, read] = await Promise.all([
      s.handlers['page/config']({ url: meta.url }, fromTab(3)),
      s.handlers['page/read']({ meta, text: 'Minister Anna Berg said.' }, fromTab(3)),
    ]);
    expect(config.enabled).toBe(true);
    expect(read.ticket).toBeGreaterThan(0);
    expect(s.permissionReads()).toBe(1);
    // Another tab has its own check.
    await s.handlers['page/config']({ url: meta.url }, fromTab(4));
    expect(s.permissionReads()).toBe(2);
  });

  test('turning the site off forgets the check: the next text is refused, not stored, not recorded', async () => {
    const s = setup();
    await s.handlers['page/config']({ url: meta.url }, fromTab(3));
    await s.handlers['site/set']({ settings: { site: 'news.example', enabled: false } }, fromTab(3));
    await expect(s.handlers['page/read']({ meta, text: 'Minister Anna Berg said.' }, fromTab(3))).rejects.toThrow(/not on for this site/);
    await new Promise((r) => setTimeout(r, 5));
    expect(s.ingested).toHaveLength(0);
    expect(await s.tabs.get(3)).toBeUndefined();
    expect(s.permissionReads()).toBe(2);
  });
});
