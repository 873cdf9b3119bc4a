/**
 * The background's handler for every request of the protocol. The compiler checks the map is complete
 * ({@link Handlers}); the router has validated payload and sender before any of these runs.
 */
import type { Analysis, SkipReason } from '../core/types';
import { IngestTickets } from './ingest-tickets';
import type { ArticleMeta, IngestResult } from './model';
import type { Handlers, SenderInfo, TabState } from './protocol';
import type { BrowserPort, EngineApi, StoreApi } from './services';
import { isGranted, isWebPattern, siteOf, unsupportedReason } from './site-access';
import type { TabStateBook } from './tab-states';

/** Everything the handlers reach. */
export interface HandlerDeps {
  engine: EngineApi;
  store: StoreApi;
  port: BrowserPort;
  tabs: TabStateBook;
}

/** Reader-facing explanation of an engine skip. */
export function skipMessage(reason: SkipReason): { status: TabState['status']; reason: string } {
  switch (reason) {
    case 'not-english':
      return { status: 'not-english', reason: 'This article is not in English; Backstory reads English articles only.' };
    case 'empty':
      return { status: 'not-article', reason: 'No article text was found on this page.' };
    case 'too-large':
      return { status: 'not-article', reason: 'This page is too long for Backstory to read.' };
  }
}

/** Counts of an analysis, as the import page reports them. */
function counts(a: Analysis): { people: number; places: number; organizations: number } {
  return { people: a.people.length, places: a.places.length, organizations: a.organizations.length };
}

const DISABLED_REASON =
  'Backstory is not on for this site. Turn it on for the site, or run it once on this page with the Backstory button.';
/** When the browser hides the tab's address: a site not turned on, or a browser page no extension may read. */
const UNKNOWN_REASON =
  'Backstory is not on for this page. Turn it on for the site, or run it once with the Backstory button (browser pages and extension stores cannot be read).';

/** Builds the handler map over the given services. */
export function createHandlers({ engine, store, port, tabs }: HandlerDeps): Handlers {
  const tickets = new IngestTickets();

  /** Sites the reader turned on, or run once in this tab. */
  async function mayRead(url: string, tabId: number | undefined): Promise<boolean> {
    if (unsupportedReason(url)) return false;
    if (tabId !== undefined && (await tabs.get(tabId))?.runOnce) return true;
    if (!isGranted(url, (await port.grantedOrigins()).filter(isWebPattern))) return false;
    const site = siteOf(url);
    const chosen = site ? await store.getSite(site) : undefined;
    return chosen?.enabled !== false;
  }

  /**
   * Answers of {@link mayRead} for a tab's page, shared for {@link SITE_CHECK_TTL_MS}: a page asks for its config
   * and sends its text within milliseconds, and the second request takes the first one's answer (or the check
   * still under way) instead of reading permissions, tab state and site settings again. Any settings change
   * or run-once forgets them.
   */
  const siteChecks = new Map<string, { at: number; allowed: Promise<boolean> }>();
  function mayReadShared(url: string, tabId: number | undefined): Promise<boolean> {
    const key = `${tabId ?? ''} ${url.split('#')[0]}`;
    const now = Date.now();
    const known = siteChecks.get(key);
    if (known && now - known.at < SITE_CHECK_TTL_MS) return known.allowed;
    for (const [k, v] of siteChecks) if (now - v.at >= SITE_CHECK_TTL_MS) siteChecks.delete(k);
    const allowed = mayRead(url, tabId);
    allowed.catch(() => siteChecks.delete(key));
    siteChecks.set(key, { at: now, allowed });
    return allowed;
  }

  /** Records the state of the sender's tab, when the message came from a tab's top frame. */
  async function noteTab(sender: SenderInfo, state: TabState): Promise<void> {
    if (sender.tabId === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return;
    await tabs.set(sender.tabId, state);
  }

  /** The state shown for a tab Backstory has no record of. */
  async function inferState(url: string | undefined): Promise<TabState> {
    if (!url) return { status: 'disabled', reason: UNKNOWN_REASON };
    const unsupported = unsupportedReason(url);
    if (unsupported) return { status: 'unsupported', reason: unsupported, url };
    const site = siteOf(url);
    if (await mayRead(url, undefined)) return { status: 'working', reason: 'Reading the page…', url, site };
    return { status: 'disabled', reason: DISABLED_REASON, url, site };
  }

  /** Marks the tab as failed, unless something newer was recorded for it meanwhile. */
  async function noteFailure(sender: SenderInfo, meta: ArticleMeta, e: unknown): Promise<void> {
    const current = sender.tabId !== undefined ? await tabs.get(sender.tabId) : undefined;
    if (current?.state.status === 'working')
      await noteTab(sender, { status: 'error', reason: e instanceof Error ? e.message : String(e), url: meta.url, site: meta.site ?? siteOf(meta.url) });
  }

  /**
   * Runs the engine on a page's text (or takes the analysis already started for it). Throws, with the tab told
   * why, when the engine skipped it.
   */
  async function readPage(meta: ArticleMeta, text: string, sender: SenderInfo, started?: Promise<Analysis>): Promise<Analysis> {
    const site = meta.site ?? siteOf(meta.url);
    // The tab's state is written while the engine works (TabStateBook applies a tab's writes in call order).
    const working = noteTab(sender, { status: 'working', reason: 'Reading the page…', url: meta.url, site, title: meta.title });
    working.catch(() => undefined);
    try {
      const analysis = await (started ?? engine.analyze(text));
      // The answer does not wait for the 'working' write: tab state writes keep their order (TabStateBook).
      if (analysis.skipped) {
        await working;
        const skip = skipMessage(analysis.skipped);
        await noteTab(sender, { ...skip, url: meta.url, site, title: meta.title });
        throw new Error(skip.reason);
      }
      return analysis;
    } catch (e) {
      await working.catch(() => undefined);
      await noteFailure(sender, meta, e);
      throw e;
    }
  }

  /** Stores an analysed page; its tab is then ready (or shows the error). */
  async function storePage(meta: ArticleMeta, text: string, analysis: Analysis, sender: SenderInfo): Promise<IngestResult> {
    const site = meta.site ?? siteOf(meta.url);
    try {
      const result = await store.ingestArticle({ meta, text, analysis });
      await noteTab(sender, { status: 'ready', url: meta.url, site, title: meta.title, articleId: result.articleId });
      return result;
    } catch (e) {
      await noteFailure(sender, meta, e);
      throw e;
    }
  }

  return {
    async 'page/analyze'({ meta, text }, sender) {
      const analysis = await readPage(meta, text, sender);
      const result = await storePage(meta, text, analysis, sender);
      const cast = await store.listCast(result.articleId);
      return { ...result, analysis, cast };
    },

    'page/read': ({ meta, text }, sender) =>
      timed('backstory:page-read', async () => {
        // The engine starts at once and the site check's reads (permissions, settings) complete meanwhile; a page
        // Backstory may not read (pages send their text without waiting for their config) is refused before
        // anything is recorded or returned, and its analysis is dropped.
        const allowed = mayReadShared(sender.url ?? meta.url, sender.tabId);
        const started = timed('backstory:page-analyze', () => engine.analyze(text));
        started.catch(() => undefined);
        if (!(await allowed)) throw new Error(DISABLED_REASON);
        const analysis = await readPage(meta, text, sender, started);
        // The page paints its marks from the analysis now; the ingest goes on and its ids follow by ticket.
        // The ingest starts in a later task, so this reply is posted before the ingest's first synchronous stretch.
        const stored = new Promise<void>((r) => setTimeout(r, 0)).then(() => storePage(meta, text, analysis, sender));
        const ticket = tickets.issue(sender.tabId, stored);
        return { analysis, ticket };
      }),

    'page/entities': async ({ ticket }, sender) => tickets.take(ticket, sender.tabId),

    async 'page/status'({ state }, sender) {
      await noteTab(sender, state);
      return null;
    },

    async 'page/config'({ url }, sender) {
      const settings = await store.getSettings();
      const site = siteOf(url);
      const chosen = site ? await store.getSite(site) : undefined;
      const enabled = await mayReadShared(url, sender.tabId);
      // The page will send its text once it found the article: load the engine's data meanwhile.
      if (enabled) engine.warm?.();
      return {
        enabled,
        marks: chosen?.marks ?? settings.marks,
        intentDelayMs: settings.intentDelayMs,
        palette: settings.palette,
      };
    },

    'card/get': ({ entityId }) => store.getCard(entityId),
    'cast/list': ({ articleId }) => store.listCast(articleId),

    async 'tab/state'({ tabId }) {
      const tab = await port.getTab(tabId);
      if (!tab) return { status: 'error', reason: 'This tab is gone.', cast: [] };
      const record = await tabs.get(tabId);
      const known = record && (!tab.url || !record.state.url || sameDocument(record.state.url, tab.url)) ? record.state : undefined;
      const state = known ?? (await inferState(tab.url));
      const cast = state.status === 'ready' && state.articleId ? await store.listCast(state.articleId) : [];
      return { ...state, cast };
    },

    async 'tab/run'({ tabId }) {
      const tab = await port.getTab(tabId);
      if (!tab) throw new Error('This tab is gone.');
      const unsupported = tab.url ? unsupportedReason(tab.url) : null;
      if (unsupported) {
        const state: TabState = { status: 'unsupported', reason: unsupported, url: tab.url };
        await tabs.set(tabId, state);
        return state;
      }
      const state: TabState = { status: 'working', reason: 'Reading the page…', url: tab.url, site: siteOf(tab.url) };
      await tabs.set(tabId, state, true);
      siteChecks.clear();
      try {
        await port.injectContentScript(tabId);
      } catch (e) {
        const failed: TabState = {
          status: 'unsupported',
          reason: `Backstory could not run on this page: ${e instanceof Error ? e.message : String(e)}`,
          url: tab.url,
        };
        await tabs.set(tabId, failed, false);
        return failed;
      }
      return state;
    },

    search: ({ query, limit }) => store.search(query, limit),
    'note/add': ({ target, body }) => store.addNote(target, body),
    'note/update': ({ id, body }) => store.updateNote(id, body),
    'note/delete': async ({ id }) => {
      await store.deleteNote(id);
      return null;
    },
    'note/list': ({ target }) => store.listNotes(target),
    'entity/merge': ({ keep, merge }) => store.mergeEntities(keep, merge),
    'entity/split': ({ entityId, alias }) => store.splitEntity(entityId, alias),
    'entity/rename': ({ entityId, name }) => store.renameEntity(entityId, name),
    'entity/hide': async ({ entityId, hidden }) => {
      await store.hideEntity(entityId, hidden);
      return null;
    },
    'data/export': ({ format }) => store.exportData(format),
    'data/import-check': ({ content }) => store.checkImport(content),
    'data/import': ({ content }) => store.importData(content),
    'data/erase': async () => {
      await store.eraseAll();
      return null;
    },
    'data/report': () => store.storageReport(),
    'settings/get': () => store.getSettings(),
    async 'settings/set'({ settings }) {
      const saved = await store.setSettings(settings);
      siteChecks.clear();
      await port.notifyTabs({ type: 'content/refresh' }, () => true);
      return saved;
    },
    async 'site/get'({ site }) {
      const chosen = await store.getSite(site);
      const granted = (await port.grantedOrigins()).filter(isWebPattern);
      const on = isGranted(`https://${site}/`, granted) || isGranted(`http://${site}/`, granted);
      return { ...chosen, site, enabled: on && chosen?.enabled !== false };
    },
    async 'site/set'({ settings }) {
      const saved = await store.setSite(settings);
      siteChecks.clear();
      await port.notifyTabs({ type: 'content/refresh' }, (url) => siteOf(url) === saved.site);
      return saved;
    },

    async 'file/ingest'({ meta, text }) {
      const analysis = await engine.analyze(text);
      if (analysis.skipped) {
        return { articleId: 0, changed: false, entityIds: {}, ...counts(analysis), skipped: skipMessage(analysis.skipped).reason };
      }
      const result = await store.ingestArticle({ meta, text, analysis });
      return { ...result, ...counts(analysis) };
    },
  };
}

/** How long a page's site check answers its next requests, ms (see `mayReadShared`). */
const SITE_CHECK_TTL_MS = 2000;

/** User-timing entries the background keeps at most (the oldest go first). */
const MAX_MEASURES = 200;

/**
 * Runs `fn` and leaves its duration in the background's performance timeline as a measure named `name` (a
 * duration only, no page data), which `npm run bench:pages` reads to tell the engine's time from the rest of
 * the page's wait.
 */
async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    try {
      if (performance.getEntriesByType('measure').length >= MAX_MEASURES) performance.clearMeasures();
      performance.measure(name, { start, end: performance.now() });
    } catch {
      // User timing is optional.
    }
  }
}

/** True when two URLs show the same document (fragments ignored). */
function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}
