/**
 * Deferred summaries: an ingest updates its entities' summaries (their `stats` rows) in memory, and they are
 * written in batches, so an article costs its own rows (article, facts, new or renamed identities) instead of
 * ~30 more `stats` rows, and an entity seen in many articles of a batch is written once.
 *
 * Nothing can be lost: an article's `facts` row, written by its ingest, holds everything its appearance adds to a
 * summary. Every summary records the newest article folded into it (`through`), and the `summaries` mark in
 * `kv` is an article id up to which every stored summary is complete. When the store opens,
 * {@link replaySummaries} folds the articles after the mark into the summaries that lack them: a background
 * stopped before its batch was written loses nothing.
 *
 * Readers see the waiting rows: entity reads go through {@link pendingStats}; every other transaction that
 * writes `stats` (notes, corrections, imports, an updated article) first writes the waiting rows itself
 * ({@link flushInto}), so it never works on an older row than the reader saw.
 */
import type { ArticleRow, BackstoryDB, EntityRow, FactsRow, StatsRow, SummariesMark, Tables } from './schema';
import { addAppearance, emptySummary } from './summary';
import { manage } from './cache';
import { statsOf } from './entity-io';

/** When waiting summaries are written: after this many articles, or this long after the last ingest. */
export const DEFER_LIMITS = { articles: 64, idleMs: 1_000 } as const;

/** The `kv` key of the {@link SummariesMark}. */
export const SUMMARIES_KEY = 'summaries';

/** The summaries of one open database that wait to be written. */
class Waiting {
  /** Entity id → its row as the last committed ingest left it. */
  readonly rows = new Map<number, EntityRow>();
  /** Newest article whose appearances wait here. */
  through = 0;
  /** Articles ingested since the last batch. */
  articles = 0;
  timer?: ReturnType<typeof setTimeout>;
  flushing?: Promise<void>;
  /** Set when the database is closed: nothing more is scheduled (the articles' facts keep what waited). */
  closed = false;
}

const waiting = new WeakMap<object, Waiting>();

function waitingOf(db: object): Waiting {
  let w = waiting.get(db);
  if (!w) waiting.set(db, (w = new Waiting()));
  return w;
}

/** The Dexie database behind a set of (possibly transaction-bound) tables. */
const databaseOf = (db: Tables): object => (db.stats as unknown as { db: object }).db;

/** Number of entity rows waiting to be written (diagnostics and tests). */
export function waitingCount(database: BackstoryDB): number {
  return waitingOf(database).rows.size;
}

/** A private copy of a row's counters (lists and role copied: callers change them in place). */
function copyStats(row: EntityRow): StatsRow {
  const out = statsOf(row);
  out.recent = [...out.recent];
  out.roleHistory = [...out.roleHistory];
  out.latestQuotes = [...out.latestQuotes];
  out.together = [...out.together];
  if (out.role) out.role = { ...out.role };
  return out;
}

/**
 * The counters of entity `id` as readers must see them: the waiting row's when there is one (a copy), else
 * `stored` (what the `stats` table holds).
 */
export function pendingStats(db: Tables, id: number, stored: StatsRow | undefined): StatsRow | undefined {
  const row = waiting.get(databaseOf(db))?.rows.get(id);
  return row ? copyStats(row) : stored;
}

/**
 * The rows of the `stats` table as readers must see them: waiting summaries in place of the stored rows, or
 * added (in id order) for entities that have none stored yet.
 */
export function statsWithWaiting(db: Tables, stored: StatsRow[]): StatsRow[] {
  const w = waiting.get(databaseOf(db));
  if (!w?.rows.size) return stored;
  const have = new Set(stored.map((r) => r.id));
  const out = stored.map((r) => pendingStats(db, r.id, r)!);
  for (const [id, row] of w.rows) if (!have.has(id)) out.push(copyStats(row));
  return out.sort((a, b) => a.id - b.id);
}

/** Forgets the rows a committed batch wrote, unless a later ingest replaced them meanwhile. */
function release(w: Waiting, written: Array<[number, EntityRow]>): void {
  for (const [id, row] of written) if (w.rows.get(id) === row) w.rows.delete(id);
}

/**
 * Called when an ingest's transaction has committed (from its `complete` event, so before any later
 * transaction reads): its entities' rows wait here, and a batch is scheduled.
 */
export function deferSummaries(database: BackstoryDB, rows: EntityRow[], articleId: number): void {
  const w = waitingOf(database);
  for (const r of rows) w.rows.set(r.id!, r);
  w.through = Math.max(w.through, articleId);
  w.articles++;
  if (w.closed) return;
  if (w.articles >= DEFER_LIMITS.articles) {
    void flushSummaries(database);
    return;
  }
  if (w.timer !== undefined) clearTimeout(w.timer);
  w.timer = setTimeout(() => {
    w.timer = undefined;
    void flushSummaries(database);
  }, DEFER_LIMITS.idleMs);
  (w.timer as { unref?: () => void }).unref?.();
}

/**
 * Writes every waiting summary in one transaction of its own, and moves the mark to the newest article they
 * fold. A failure (a full disk) keeps them waiting for the next try; the articles' facts keep them anyway.
 */
export function flushSummaries(database: BackstoryDB): Promise<void> {
  const w = waitingOf(database);
  if (w.timer !== undefined) {
    clearTimeout(w.timer);
    w.timer = undefined;
  }
  if (w.flushing) return w.flushing.then(() => (w.rows.size ? flushSummaries(database) : undefined));
  if (!w.rows.size || w.closed) return Promise.resolve();
  const run = database
    .transaction('rw', ['stats', 'kv'], async (tx) => {
      // This transaction keeps the read cache right (it writes what the cache already holds).
      manage(tx.idbtrans);
      // A first read: once it answers, every ingest that committed before has handed its rows over.
      const mark = (await tx.table('kv').get(SUMMARIES_KEY)) as { value: SummariesMark } | undefined;
      const batch = [...w.rows];
      const through = w.through;
      w.articles = 0;
      const idb = tx.idbtrans as IDBTransaction;
      const stats = idb.objectStore('stats');
      // (Committed rows are never changed in place: the browser's own copy on `put` is enough.)
      for (const [, row] of batch) stats.put(statsOf(row));
      idb.objectStore('kv').put({ key: SUMMARIES_KEY, value: { through: Math.max(mark?.value.through ?? 0, through) } });
      idb.addEventListener('complete', () => release(w, batch));
    })
    .catch(() => {
      // Kept waiting: the next ingest or the idle timer tries again, and the facts rows hold everything.
    })
    .finally(() => {
      w.flushing = undefined;
    });
  w.flushing = run;
  return run;
}

/**
 * Inside a read-write transaction over `stats` that is about to change summaries another way (notes,
 * corrections, imports, an updated article): writes the waiting rows first, in that transaction, so its
 * changes start from what readers saw.
 */
export async function flushInto(db: Tables, idb: IDBTransaction): Promise<void> {
  const w = waiting.get(databaseOf(db));
  // A first read in this transaction: once it answers, earlier ingests have handed their rows over (and no
  // other transaction over `stats` runs until this one ends).
  await db.stats.get(-1);
  if (!w?.rows.size) return;
  // From here on this transaction's own rows are the truth: they stop waiting now (its later reads must see
  // what it writes), and wait again if it aborts.
  const batch = [...w.rows];
  w.rows.clear();
  idb.addEventListener('abort', () => {
    for (const [id, row] of batch) if (!w.rows.has(id)) w.rows.set(id, row);
  });
  await db.stats.bulkPut(batch.map(([, row]) => copyStats(row)));
}

/** Called when the database closes: nothing more is scheduled; what waited is in the articles' facts. */
export function closeDeferred(database: BackstoryDB): void {
  const w = waitingOf(database);
  if (w.timer !== undefined) clearTimeout(w.timer);
  w.timer = undefined;
  w.closed = true;
  w.rows.clear();
}

/** Called when the store is erased: nothing waits any more (inside the erasing transaction's success). */
export function forgetDeferred(database: BackstoryDB): void {
  const w = waitingOf(database);
  w.rows.clear();
  w.through = 0;
  w.articles = 0;
}

/**
 * When the store opens: folds the appearances of the articles after the mark into every summary that does
 * not have them yet (`through` older than the article), then moves the mark to the newest article. A store
 * without a mark (written before summaries were deferred, or new) gets one at its newest article.
 */
export async function replaySummaries(db: BackstoryDB): Promise<void> {
  await db.transaction('rw', ['articles', 'facts', 'entities', 'stats', 'kv'], async (tx) => {
    const kv = tx.table('kv');
    const mark = (await kv.get(SUMMARIES_KEY)) as { value: SummariesMark } | undefined;
    const last = Number((await tx.table('articles').orderBy(':id').lastKey()) ?? 0);
    const from = mark?.value.through;
    if (from !== undefined && last > from) {
      const articles = (await tx.table('articles').where(':id').above(from).toArray()) as ArticleRow[];
      const facts = (await tx.table('facts').bulkGet(articles.map((a) => a.id!))) as Array<FactsRow | undefined>;
      const ids = [...new Set(facts.flatMap((f) => f?.entities.map((e) => e.entityId) ?? []))];
      const [identities, stored] = await Promise.all([tx.table('entities').bulkGet(ids), tx.table('stats').bulkGet(ids)]);
      const rows = new Map<number, StatsRow>();
      ids.forEach((id, i) => {
        if (identities[i]) rows.set(id, (stored[i] as StatsRow | undefined) ?? { id, ...emptySummary(), official: false, notes: 0 });
      });
      const changed = new Set<StatsRow>();
      articles.forEach((a, i) => {
        for (const e of facts[i]?.entities ?? []) {
          const row = rows.get(e.entityId);
          if (!row || (row.through ?? 0) >= a.id!) continue;
          addAppearance(row, { articleId: a.id!, date: Date.parse(a.date), count: e.count, roles: e.roles, quotes: e.quotes, others: a.entityIds, self: e.entityId });
          if (e.official) row.official = true;
          changed.add(row);
        }
      });
      if (changed.size) await tx.table('stats').bulkPut([...changed]);
    }
    if (from === undefined || last > from) await kv.put({ key: SUMMARIES_KEY, value: { through: last } satisfies SummariesMark });
  });
}
