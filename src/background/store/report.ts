/**
 * Storage housekeeping: what the store holds and uses, persistence, and erasing everything.
 */
import type { StorageReport } from '../model';
import { CONTENT_TABLES, type BackstoryDB } from './schema';
import { forgetDeferred, SUMMARIES_KEY } from './deferred';

/** The browser's storage manager, when this context has one. */
function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : undefined;
}

/**
 * Asks the browser to keep the store even under storage pressure (`navigator.storage.persist()`).
 * Resolves to whether storage is persisted; false where the API is missing or refuses.
 */
export async function requestPersistence(): Promise<boolean> {
  const sm = storageManager();
  if (!sm?.persist) return false;
  try {
    if (sm.persisted && (await sm.persisted())) return true;
    return await sm.persist();
  } catch {
    return false;
  }
}

/** Counts of each kind of row, and the origin's usage and quota when the browser tells. */
export async function storageReport(db: BackstoryDB): Promise<StorageReport> {
  // Appearances are the entries of the articles' multi-entry entity index; quotes are counted per article.
  let quotes = 0;
  const [articles, entities, mentions, notes] = await Promise.all([
    db.articles.count(), db.entities.count(), db.articles.orderBy('entityIds').count(), db.notes.count(),
    db.articles.each((a) => {
      quotes += a.quoteCount ?? 0;
    }),
  ]);
  const report: StorageReport = { articles, entities, mentions, quotes, notes };
  const sm = storageManager();
  try {
    if (sm?.estimate) {
      const est = await sm.estimate();
      report.usage = est.usage;
      report.quota = est.quota;
    }
    if (sm?.persisted) report.persisted = await sm.persisted();
  } catch {
    // estimates are optional
  }
  return report;
}

/** Erases every article, entity, note, correction and site setting, in one transaction. Global settings stay. */
export async function eraseAll(db: BackstoryDB): Promise<null> {
  await db.transaction('rw', [...CONTENT_TABLES, 'sites', 'kv'], async (tx) => {
    for (const t of [...CONTENT_TABLES, 'sites']) await tx.table(t).clear();
    // Article ids start again from 1: the summaries' mark too; nothing waits any more.
    await tx.table('kv').put({ key: SUMMARIES_KEY, value: { through: 0 } });
    (tx.idbtrans as IDBTransaction).addEventListener('complete', () => forgetDeferred(db));
  });
  return null;
}
