/**
 * An in-memory read cache of one open store, kept by the background between messages.
 *
 * It is never the source of truth: it starts empty (the background may be stopped at any time), fills lazily
 * from what ingests write and what reads fetch, and holds only committed state. An ingest updates it when its
 * transaction commits; every other write to a content table (notes, corrections, imports, erasing) empties it,
 * through a Dexie middleware, when the write is issued and again when its transaction ends.
 */
import type { BackstoryDB, CorrectionRow, EntityRow, NoteRow } from './schema';
import type { DBCoreTransaction } from 'dexie';

/** A bounded map that forgets the least recently used entries. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {}
  /** The value of `key`, marked as recently used. */
  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  /** True when `key` is held (without touching its recency). */
  has(key: K): boolean {
    return this.map.has(key);
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }
  delete(key: K): void {
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
  get size(): number {
    return this.map.size;
  }
  /** Every entry, least recently used first (without touching recency). */
  entries(): IterableIterator<[K, V]> {
    return this.map.entries();
  }
}

/** The article fields cards need (title, link, site, cast order). */
export interface ArticleHead {
  id: number;
  title: string;
  url: string;
  site?: string;
  entityIds: number[];
}

/** What a card shows of a companion. */
export type EntityName = Pick<EntityRow, 'name' | 'kind' | 'hidden'>;

/** What search needs of an entity's counters. */
export type EntityCounts = Pick<EntityRow, 'seenIn' | 'role'>;

/** Which index a key belongs to. */
export type KeyIndex = 'names' | 'surnames' | 'placeKey';

/** Sizes of the cache's parts (entries): a few MB of the background's memory at most. */
export const CACHE_LIMITS = { rows: 5_000, keys: 20_000, articles: 2_000, notes: 2_000, names: 30_000, counts: 30_000 } as const;

/** The cache of one database. */
export class StoreCache {
  /** Full entity rows (identity and counters) as committed. */
  readonly rows = new Lru<number, EntityRow>(CACHE_LIMITS.rows);
  /**
   * Index key → ids of entities that had this key. A superset is allowed (a name that left an entity keeps
   * pointing at it; resolution checks the row itself); a missing id is not, so an entry is only ever created
   * from a complete index read and then only grows.
   */
  readonly keys = new Lru<string, Set<number>>(CACHE_LIMITS.keys);
  readonly articles = new Lru<number, ArticleHead>(CACHE_LIMITS.articles);
  /** Name, kind and hidden flag of entities (what a card needs of its companions): small, so many are held. */
  readonly names = new Lru<number, EntityName>(CACHE_LIMITS.names);
  /** Articles seen in and current role of entities (what search ranks and shows), kept by ingests. */
  readonly counts = new Lru<number, EntityCounts>(CACHE_LIMITS.counts);
  /** The notes of an entity (often none), as read. Ingests never write notes; every other write empties this. */
  readonly notes = new Lru<number, NoteRow[]>(CACHE_LIMITS.notes);
  /** Every correction, when read. */
  corrections?: CorrectionRow[];
  /** Last ids handed out (articles, entities), when known. */
  lastIds?: { article: number; entity: number };
  /** Bumped by every clear: work that started under another generation does not write back. */
  generation = 0;

  /** Forgets everything. */
  clear(): void {
    this.rows.clear();
    this.keys.clear();
    this.articles.clear();
    this.notes.clear();
    this.names.clear();
    this.counts.clear();
    this.corrections = undefined;
    this.lastIds = undefined;
    this.generation++;
  }

  /** Cached ids for an index key, or undefined when the key was never read. */
  idsFor(index: KeyIndex, key: string): Set<number> | undefined {
    return this.keys.get(`${index}\u0000${key}`);
  }

  /** Records the complete result of an index read. */
  setIds(index: KeyIndex, key: string, ids: Iterable<number>): void {
    this.keys.set(`${index}\u0000${key}`, new Set(ids));
  }

  /** Adds a committed row's keys to the key entries already cached (entries not cached stay unread). */
  noteKeys(row: EntityRow): void {
    const add = (index: KeyIndex, key: string) => this.keys.get(`${index}\u0000${key}`)?.add(row.id!);
    for (const k of row.names) add('names', k);
    for (const k of row.surnames) add('surnames', k);
    if (row.placeKey) add('placeKey', row.placeKey);
  }
}

const caches = new WeakMap<BackstoryDB, StoreCache>();
/** Transactions whose writes keep the cache up to date themselves (ingests). */
const managed = new WeakSet<object>();

/** The cache of `db` (created empty on first use). */
export function cacheOf(db: BackstoryDB): StoreCache {
  let c = caches.get(db);
  if (!c) {
    c = new StoreCache();
    caches.set(db, c);
  }
  return c;
}

/** Marks a transaction (its `idbtrans`) as one that updates the cache itself. */
export function manage(idbtrans: object): void {
  managed.add(idbtrans);
}

/** Tables whose rows the cache mirrors (writes elsewhere, settings and sites, leave it alone). */
const MIRRORED = new Set(['articles', 'entities', 'stats', 'facts', 'notes', 'corrections']);

/**
 * Installs the middleware that empties the cache of `db` on every write to a mirrored table made outside an
 * ingest (at the write, and when its transaction completes or aborts).
 */
export function watchWrites(db: BackstoryDB): void {
  db.use({
    stack: 'dbcore',
    name: 'backstory-cache',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (!MIRRORED.has(name)) return table;
        return {
          ...table,
          mutate: (req) => {
            const trans = req.trans as DBCoreTransaction & Partial<IDBTransaction>;
            if (!managed.has(trans)) {
              const cache = cacheOf(db);
              cache.clear();
              const again = () => cache.clear();
              trans.addEventListener?.('complete', again);
              trans.addEventListener?.('abort', again);
              trans.addEventListener?.('error', again);
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
}
