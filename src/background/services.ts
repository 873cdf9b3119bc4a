/**
 * What the background's handlers need from the rest of the extension, as interfaces: the engine, the store and
 * the browser. `wiring.ts` binds them to the real modules; unit tests bind them to fakes.
 */
import type { Analysis } from '../core/types';
import type {
  Card,
  CastEntry,
  ImportReport,
  IngestInput,
  IngestResult,
  Note,
  SearchHit,
  Settings,
  SiteSettings,
  StorageReport,
} from './model';
import type { NoteTarget } from './protocol';

/** The entity engine (src/core), loaded once in the background. */
export interface EngineApi {
  /** Analyses one article text. Resolves once the engine's data is loaded. */
  analyze(text: string): Promise<Analysis>;
  /** Starts loading the engine's data, if not loaded yet, without waiting for it (a page is about to send text). */
  warm?(): void;
}

/** The knowledge store (src/background/store), reached only through these functions. */
export interface StoreApi {
  ingestArticle(input: IngestInput): Promise<IngestResult>;
  listCast(articleId: number): Promise<CastEntry[]>;
  getCard(entityId: number): Promise<Card>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  addNote(target: NoteTarget, body: string): Promise<Note>;
  updateNote(id: number, body: string): Promise<Note>;
  deleteNote(id: number): Promise<void>;
  listNotes(target: NoteTarget): Promise<Note[]>;
  mergeEntities(keep: number, merge: number): Promise<Card>;
  splitEntity(entityId: number, alias: string): Promise<{ kept: Card; split: Card }>;
  renameEntity(entityId: number, name: string): Promise<Card>;
  hideEntity(entityId: number, hidden: boolean): Promise<void>;
  exportData(format: 'json' | 'markdown'): Promise<{ filename: string; mime: string; content: string }>;
  checkImport(content: string): Promise<ImportReport>;
  importData(content: string): Promise<ImportReport>;
  eraseAll(): Promise<void>;
  storageReport(): Promise<StorageReport>;
  getSettings(): Promise<Settings>;
  setSettings(settings: Settings): Promise<Settings>;
  /** The reader's choice for one site, or undefined when the reader never chose. */
  getSite(site: string): Promise<SiteSettings | undefined>;
  setSite(settings: SiteSettings): Promise<SiteSettings>;
}

/** A command from the background to content scripts (see src/content/commands.ts). */
export type ContentCommand = { type: 'content/refresh' } | { type: 'content/stop' };

/** A tab as the background sees it. `url` is absent when the extension may not read it. */
export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
}

/** The browser APIs the background uses (implemented in src/platform/background-port.ts). */
export interface BrowserPort {
  /** The tab, or null when it is gone. */
  getTab(tabId: number): Promise<TabInfo | null>;
  /** Host match patterns the extension holds (granted optional host permissions and manifest ones). */
  grantedOrigins(): Promise<string[]>;
  /** Runs the content script once in a tab (toolbar button / popup, under `activeTab`). */
  injectContentScript(tabId: number): Promise<void>;
  /**
   * Makes the content script run on pages matching `matches` from now on (replaces the previous set).
   * Resolves to false when that exact set was registered already (nothing changed).
   */
  registerContentScripts(matches: string[]): Promise<boolean>;
  /** Runs the content script in every open tab whose URL passes `match` (it starts once per page). */
  injectIntoTabs(match: (url: string) => boolean): Promise<void>;
  /**
   * Sends a command to the content script of every tab whose URL passes `match` (tabs without a content script
   * are skipped silently): `content/refresh` makes it read `page/config` again, `content/stop` clears the page.
   */
  notifyTabs(command: ContentCommand, match: (url: string) => boolean): Promise<void>;
  /** Session storage (kept while the browser runs, survives the background being stopped). */
  sessionGet<T>(key: string): Promise<T | undefined>;
  sessionSet(key: string, value: unknown): Promise<void>;
}
