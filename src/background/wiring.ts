/**
 * Binds the background's service interfaces to the real modules: the engine (src/core) and the store
 * (src/background/store), opened once per background lifetime.
 */
import { analyze, ENGINE_FILES, ready } from '../core';
import { readPackagedFile } from '../platform/packaged-files';
import { openStore, type Store } from './store';
import type { EngineApi, StoreApi } from './services';

/** The opened services, and a promise that settles when they are ready to use. */
export interface Services {
  engine: EngineApi;
  store: StoreApi;
  ready: Promise<void>;
}

/** Adapts the open {@link Store} to the {@link StoreApi} the handlers use. */
function storeApi(opened: Promise<Store>): StoreApi {
  const use = async <T>(f: (s: Store) => Promise<T>): Promise<T> => f(await opened);
  return {
    ingestArticle: (input) => use((s) => s.ingestArticle(input)),
    listCast: (id) => use((s) => s.listCast(id)),
    getCard: (id) => use((s) => s.getCard(id)),
    search: (q, limit) => use((s) => s.search(q, limit)),
    addNote: (t, body) => use((s) => s.addNote(t, body)),
    updateNote: (id, body) => use((s) => s.updateNote(id, body)),
    deleteNote: (id) => use(async (s) => void (await s.deleteNote(id))),
    listNotes: (t) => use((s) => s.listNotes(t)),
    mergeEntities: (keep, merge) => use((s) => s.mergeEntities(keep, merge)),
    splitEntity: (id, alias) => use((s) => s.splitEntity(id, alias)),
    renameEntity: (id, name) => use((s) => s.renameEntity(id, name)),
    hideEntity: (id, hidden) => use(async (s) => void (await s.hideEntity(id, hidden))),
    exportData: (format) => use((s) => s.exportAll(format)),
    checkImport: (content) => use((s) => s.checkImport(content)),
    importData: (content) => use((s) => s.importAll(content)),
    eraseAll: () => use(async (s) => void (await s.eraseAll())),
    storageReport: () => use((s) => s.storageReport()),
    getSettings: () => use((s) => s.getSettings()),
    setSettings: (settings) => use((s) => s.setSettings(settings)),
    getSite: (site) => use((s) => s.getSite(site)),
    setSite: (settings) => use((s) => s.setSite(settings)),
  };
}

/** The engine's data files (src/core/data.ts), packaged by the build under `engine/`. */
const ENGINE_FOLDER = 'engine';

/** The engine's files being read, by name; a failed read is dropped, so the next load reads the file again. */
const engineFiles = new Map<string, Promise<Uint8Array>>();

/** Reads one of the engine's packaged files, once per background lifetime. */
function engineFile(name: string): Promise<Uint8Array> {
  let read = engineFiles.get(name);
  if (!read) {
    read = readPackagedFile(`${ENGINE_FOLDER}/${name}`);
    read.catch(() => engineFiles.delete(name));
    engineFiles.set(name, read);
  }
  return read;
}

/** Loads the engine's data from the packaged files (once; later calls share the load). */
const engineReady = (): Promise<void> => ready(engineFile);

/** A short news sentence analysed once per background lifetime, so the engine's lazily loaded data is in place. */
const WARM_UP_TEXT = 'The Foreign Minister of France, Jean Dupont, told reporters in Paris on Tuesday that the talks would resume.';

/**
 * Opens the store, and starts reading the engine's files (3.8 MB): reading is asynchronous, so nothing waits for
 * it, and it takes longer than the engine's own loading (in Chromium, 40–140 ms of wall time at a load of 12–16
 * on 2 cores, for ~3 ms of the background's CPU), so it should be done before a page sends its text. The engine
 * itself loads when a page asks for its config (it will send text soon) or on the first analysis, not at start:
 * the background restarts often (Chrome stops an idle service worker after 30 s), and a card or a popup must
 * not wait for work only analyses need.
 */
export function openServices(): Services {
  const opened = openStore();
  for (const name of Object.values(ENGINE_FILES)) engineFile(name).catch(() => undefined); // failures: retried by the load
  let loading: Promise<void> | undefined;
  /** Starts loading after `delay`; a failed load (a file that could not be read) is tried again next time. */
  const load = (delay: Promise<void>, warmUp: boolean): Promise<void> => {
    const started = delay
      .then(engineReady)
      .then(() => void (warmUp && analyze(WARM_UP_TEXT)))
      .catch((e: unknown) => {
        if (loading === started) loading = undefined;
        throw e;
      });
    return started;
  };
  const engine: EngineApi = {
    analyze: async (text) => {
      loading ??= load(Promise.resolve(), false);
      await loading;
      return analyze(text);
    },
    // After the current message is answered: the page asking for its config replies first, then the data loads
    // while the page looks for its article. One short analysis builds what `ready` leaves to first use (tagger
    // hash table, lookup tables) and runs the engine's code once, which the page's own analysis would otherwise pay.
    warm: () => {
      if (loading) return;
      loading = load(new Promise<void>((resolve) => setTimeout(resolve, 0)), true);
      loading.catch(() => undefined); // reported by the analysis that waits for it, if any
    },
  };
  return { engine, store: storeApi(opened), ready: opened.then(() => undefined) };
}
