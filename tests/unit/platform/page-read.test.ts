/**
 * `page/read` answers with the analysis before the store has filed the article; `page/entities` then gives the
 * store ids of that ingest to the tab that asked, once. The tab turns ready only when the ingest is done.
 */
import { createHandlers } from '../../../src/background/handlers';
import { IngestTickets } from '../../../src/background/ingest-tickets';
import type { IngestResult, IngestInput } from '../../../src/background/model';
import type { BrowserPort, EngineApi, StoreApi } from '../../../src/background/services';
import { TabStateBook, type TabRecord } from '../../../src/background/tab-states';
import type { Analysis } from '../../../src/core/types';

const meta = { url: 'https://news.example/a', title: 'UN meets' };
const fromTab = (tabId: number) => ({ id: 'x', url: meta.url, tabId, frameId: 0 });
const analysis: Analysis = {
  people: [{ id: 'p0', name: 'Anna Berg', mentions: [{ start: 9, end: 18 }], official: true, quotes: [] }],
  places: [],
  organizations: [],
  language: 'en',
} as unknown as Analysis;

function setup(opts: { failIngest?: boolean; skipped?: boolean } = {}) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const ingested: IngestInput[] = [];
  let warmed = 0;
  const engine: EngineApi = {
    analyze: async () => (opts.skipped ? { ...analysis, people: [], skipped: 'not-english' } : analysis),
    warm: () => void warmed++,
  };
  const store = {
    ingestArticle: async (input: IngestInput): Promise<IngestResult> => {
      ingested.push(input);
      await gate;
      if (opts.failIngest) throw new Error('The store is full.');
      return { articleId: 7, changed: true, entityIds: { p0: 41 } };
    },
    listCast: async () => [],
    getSettings: async () => ({ marks: { officials: true, people: true, places: true, organizations: true }, intentDelayMs: 300, palette: 'default' }),
    getSite: async () => undefined,
  } as unknown as StoreApi;
  const port = { grantedOrigins: async () => ['https://news.example/*'] } as unknown as BrowserPort;
  let saved: Record<string, TabRecord> = {};
  const tabs = new TabStateBook({ load: async () => saved, save: async (r) => void (saved = r) });
  return { handlers: createHandlers({ engine, store, port, tabs }), tabs, ingested, release, warmed: () => warmed };
}

describe('page/read and page/entities', () => {
  test('the analysis comes back while the ingest is still running; the ids follow by ticket', async () => {
    const s = setup();
    const read = await s.handlers['page/read']({ meta, text: 'Minister Anna Berg said.' }, fromTab(3));
    expect(read.analysis.people[0].name).toBe('Anna Berg');
    // The ingest starts after the reply, and is held at the gate: the tab is still working.
    await new Promise((r) => setTimeout(r, 5));
    expect(s.ingested).toHaveLength(1);
    expect((await s.tabs.get(3))?.state.status).toBe('working');
    const ids = s.handlers['page/entities']({ ticket: read.ticket }, fromTab(3));
    s.release();
    await expect(ids).resolves.toEqual({ articleId: 7, changed: true, entityIds: { p0: 41 } });
    expect((await s.tabs.get(3))?.state).toMatchObject({ status: 'ready', articleId: 7 });
  });

  test('a ticket is taken once, and only by the tab it was given to', async () => {
    const s = setup();
    s.release();
    const read = await s.handlers['page/read']({ meta, text: 'Minister Anna Berg said.' }, fromTab(3));
    await expect(s.handlers['page/entities']({ ticket: read.ticket }, fromTab(4))).rejects.toThrow(/no longer known/);
    await expect(s.handlers['page/entities']({ ticket: read.ticket }, fromTab(3))).resolves.toMatchObject({ articleId: 7 });
    await expect(s.handlers['page/entities']({ ticket: read.ticket }, fromTab(3))).rejects.toThrow(/no longer known/);
  });

  test('a failed ingest reaches the ticket holder and the tab shows the error', async () => {
    const s = setup({ failIngest: true });
    const read = await s.handlers['page/read']({ meta, text: 'Minister Anna Berg said.' }, fromTab(3));
    s.release();
    await expect(s.handlers['page/entities']({ ticket: read.ticket }, fromTab(3))).rejects.toThrow(/store is full/);
    expect((await s.tabs.get(3))?.state).toMatchObject({ status: 'error', reason: 'The store is full.' });
  });

  test('a text the engine skips is refused before anything is stored', async () => {
    const s = setup({ skipped: true });
    await expect(s.handlers['page/read']({ meta, text: 'Der Botschafter sagte.' }, fromTab(3))).rejects.toThrow(/not in English/);
    expect(s.ingested).toHaveLength(0);
    expect((await s.tabs.get(3))?.state.status).toBe('not-english');
  });

  test('the text of a page Backstory may not read is refused before the engine or the store see it', async () => {
    const s = setup();
    const other = { meta: { url: 'https://elsewhere.example/b', title: 'B' }, text: 'Minister Anna Berg said.' };
    await expect(s.handlers['page/read'](other, { ...fromTab(3), url: other.meta.url })).rejects.toThrow(/not on for this site/);
    await new Promise((r) => setTimeout(r, 5));
    expect(s.ingested).toHaveLength(0);
    expect(await s.tabs.get(3)).toBeUndefined();
  });

  test('page/config on an enabled page starts loading the engine; a disabled one does not', async () => {
    const s = setup();
    await s.handlers['page/config']({ url: meta.url }, fromTab(3));
    expect(s.warmed()).toBe(1);
    await s.handlers['page/config']({ url: 'https://elsewhere.example/b' }, fromTab(3));
    expect(s.warmed()).toBe(1);
  });
});

describe('IngestTickets', () => {
  test('an unclaimed ticket is forgotten after its time, and its failure is not left unhandled', async () => {
    jest.useFakeTimers();
    try {
      const book = new IngestTickets(1000);
      const t = book.issue(1, Promise.reject(new Error('x')));
      expect(book.size).toBe(1);
      jest.advanceTimersByTime(1001);
      expect(book.size).toBe(0);
      expect(() => book.take(t, 1)).toThrow(/no longer known/);
    } finally {
      jest.useRealTimers();
    }
  });
});
