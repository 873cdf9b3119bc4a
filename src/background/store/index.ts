/**
 * The reader's knowledge store: the only way in. The background opens it once (`openStore()`) and its
 * handlers call the plain functions below, which use the open store. Tests open their own with
 * `openStore(name, { indexedDB, IDBKeyRange })` and may call the returned {@link Store}'s methods directly.
 */
import type { Card, CastEntry, ImportReport, IngestInput, IngestResult, Note, SearchHit, Settings, SiteSettings, StorageReport } from '../model';
import type { NoteTarget } from '../protocol';
import { BackstoryDB, type ArticleRow } from './schema';
import { findArticleByUrl, ingestArticle as ingest } from './ingest';
import { getCard as card, listCast as cast } from './cards';
import { search as find } from './search';
import * as notes from './notes';
import * as fix from './corrections';
import * as transfer from './transfer';
import * as housekeeping from './report';
import * as prefs from './settings';
import { closeDeferred, flushSummaries } from './deferred';

export { StoreError, QUOTA_MESSAGE } from './errors';
export { SCHEMA_VERSION, BackstoryDB } from './schema';
export type { ArticleRow } from './schema';
export type { ExportFile } from './transfer';
export { DEFAULT_SETTINGS } from './settings';

/** Options of {@link openStore}. */
export interface StoreOptions {
  /** IndexedDB implementation (fake-indexeddb in tests); the global one by default. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Ask the browser to persist storage (default true). */
  persist?: boolean;
}

/** An open store: every store function as a method. */
export class Store {
  constructor(readonly db: BackstoryDB) {}
  ingestArticle = (input: IngestInput, now?: Date): Promise<IngestResult> => ingest(this.db, input, now);
  getCard = (entityId: number): Promise<Card> => card(this.db, entityId);
  listCast = (articleId: number): Promise<CastEntry[]> => cast(this.db, articleId);
  search = (query: string, limit?: number): Promise<SearchHit[]> => find(this.db, query, limit);
  addNote = (target: NoteTarget, body: string): Promise<Note> => notes.addNote(this.db, target, body);
  updateNote = (id: number, body: string): Promise<Note> => notes.updateNote(this.db, id, body);
  deleteNote = (id: number): Promise<null> => notes.deleteNote(this.db, id);
  listNotes = (target: NoteTarget): Promise<Note[]> => notes.listNotes(this.db, target);
  mergeEntities = (keep: number, merge: number): Promise<Card> => fix.mergeEntities(this.db, keep, merge);
  splitEntity = (entityId: number, alias: string): Promise<{ kept: Card; split: Card }> => fix.splitEntity(this.db, entityId, alias);
  renameEntity = (entityId: number, name: string): Promise<Card> => fix.renameEntity(this.db, entityId, name);
  hideEntity = (entityId: number, hidden: boolean): Promise<null> => fix.hideEntity(this.db, entityId, hidden);
  exportAll = (format: 'json' | 'markdown'): Promise<transfer.ExportFile> => transfer.exportAll(this.db, format);
  checkImport = (content: string): Promise<ImportReport> => transfer.checkImport(this.db, content);
  importAll = (content: string): Promise<ImportReport> => transfer.importAll(this.db, content);
  eraseAll = (): Promise<null> => housekeeping.eraseAll(this.db);
  storageReport = (): Promise<StorageReport> => housekeeping.storageReport(this.db);
  getSettings = (): Promise<Settings> => prefs.getSettings(this.db);
  setSettings = (settings: Settings): Promise<Settings> => prefs.setSettings(this.db, settings);
  getSite = (site: string): Promise<SiteSettings> => prefs.getSite(this.db, site);
  setSite = (settings: SiteSettings): Promise<SiteSettings> => prefs.setSite(this.db, settings);
  /** The stored article for a URL (canonical or not), if any. */
  findArticle = (url: string): Promise<ArticleRow | undefined> => findArticleByUrl(this.db, url);
  /** Writes the summaries still waiting (they are written in batches after ingests; see `deferred.ts`). */
  flush = (): Promise<void> => flushSummaries(this.db);
  /** Closes the database (summaries still waiting are rebuilt from the articles when it opens again). */
  close = (): void => {
    closeDeferred(this.db);
    this.db.close();
  };
}

let current: Store | undefined;

/**
 * Opens (creating or upgrading) the store named `name` and makes it the one the plain functions use.
 * Requests persistent storage unless `options.persist` is false.
 */
export async function openStore(name = 'backstory', options: StoreOptions = {}): Promise<Store> {
  const dexieOptions = options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : {};
  const db = new BackstoryDB(name, dexieOptions);
  await db.open();
  if (options.persist !== false) void housekeeping.requestPersistence();
  current = new Store(db);
  return current;
}

/** The open store (the default `backstory` store, opened on first use, when none was opened). */
export function currentStore(): Store {
  current ??= new Store(new BackstoryDB('backstory'));
  return current;
}

/** Stores one article (idempotent). */
export const ingestArticle = (input: IngestInput): Promise<IngestResult> => currentStore().ingestArticle(input);
/** The card of one entity. */
export const getCard = (entityId: number): Promise<Card> => currentStore().getCard(entityId);
/** An article's cast in reading order. */
export const listCast = (articleId: number): Promise<CastEntry[]> => currentStore().listCast(articleId);
/** Searches names, roles and notes. */
export const search = (query: string, limit?: number): Promise<SearchHit[]> => currentStore().search(query, limit);
/** Adds a note. */
export const addNote = (target: NoteTarget, body: string): Promise<Note> => currentStore().addNote(target, body);
/** Replaces a note's body. */
export const updateNote = (id: number, body: string): Promise<Note> => currentStore().updateNote(id, body);
/** Deletes a note. */
export const deleteNote = (id: number): Promise<null> => currentStore().deleteNote(id);
/** The notes of an entity or article. */
export const listNotes = (target: NoteTarget): Promise<Note[]> => currentStore().listNotes(target);
/** Merges `merge` into `keep`. */
export const mergeEntities = (keep: number, merge: number): Promise<Card> => currentStore().mergeEntities(keep, merge);
/** Splits an alias off into an entity of its own. */
export const splitEntity = (entityId: number, alias: string): Promise<{ kept: Card; split: Card }> => currentStore().splitEntity(entityId, alias);
/** Renames an entity. */
export const renameEntity = (entityId: number, name: string): Promise<Card> => currentStore().renameEntity(entityId, name);
/** Hides or shows an entity. */
export const hideEntity = (entityId: number, hidden: boolean): Promise<null> => currentStore().hideEntity(entityId, hidden);
/** Exports a backup (JSON) or the notes (Markdown). */
export const exportAll = (format: 'json' | 'markdown'): Promise<transfer.ExportFile> => currentStore().exportAll(format);
/** What importing a backup would do. */
export const checkImport = (content: string): Promise<ImportReport> => currentStore().checkImport(content);
/** Imports a backup, all or nothing. */
export const importAll = (content: string): Promise<ImportReport> => currentStore().importAll(content);
/** Erases the store. */
export const eraseAll = (): Promise<null> => currentStore().eraseAll();
/** Row counts and storage use. */
export const storageReport = (): Promise<StorageReport> => currentStore().storageReport();
/** Global settings. */
export const getSettings = (): Promise<Settings> => currentStore().getSettings();
/** Saves global settings. */
export const setSettings = (settings: Settings): Promise<Settings> => currentStore().setSettings(settings);
/** One site's settings. */
export const getSite = (site: string): Promise<SiteSettings> => currentStore().getSite(site);
/** Saves one site's settings. */
export const setSite = (settings: SiteSettings): Promise<SiteSettings> => currentStore().setSite(settings);
/** The stored article for a URL. */
export const findArticle = (url: string): Promise<ArticleRow | undefined> => currentStore().findArticle(url);
