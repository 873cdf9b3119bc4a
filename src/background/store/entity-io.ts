/**
 * Reading and writing entities across their two tables (`entities` for identity, `stats` for counters).
 * Identity rows are written only when they changed, which keeps the name indexes free of churn.
 */
import { emptySummary } from './summary';
import { pendingStats } from './deferred';
import { STAT_FIELDS, type Tables, type EntityIdentity, type EntityRow, type StatsRow } from './schema';

/** Identity as loaded, to tell whether it needs writing back. */
const loaded = new WeakMap<EntityRow, string>();

/** {@link STAT_FIELDS} as a set, made on first use (the schema module may not be initialised yet at import). */
let statSet: ReadonlySet<string> | undefined;

/** The identity part of a row. */
export function identityOf(row: EntityRow): EntityIdentity {
  statSet ??= new Set(STAT_FIELDS);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(row)) if (!statSet.has(k)) out[k] = row[k as keyof EntityRow];
  return out as unknown as EntityIdentity;
}

/** The counters part of a row. */
export function statsOf(row: EntityRow): StatsRow {
  const out = { id: row.id! } as StatsRow;
  for (const k of STAT_FIELDS) if (row[k] !== undefined) (out as Record<string, unknown>)[k] = row[k];
  return out;
}

const emptyStats = (id: number): StatsRow => ({ id, ...emptySummary(), official: false, notes: 0 });

/**
 * A private copy of a committed row (from the cache), tracked like a row just read. Every array and object
 * the ingest changes in place is copied; the entries of the summary lists (appearances, roles, quotes,
 * companion pairs), which it only inserts, replaces and removes, are shared.
 */
export function adopt(row: EntityRow): EntityRow {
  const copy: EntityRow = {
    ...row,
    aliases: [...row.aliases], names: [...row.names], words: [...row.words], surnames: [...row.surnames],
    recent: [...row.recent], roleHistory: [...row.roleHistory], latestQuotes: [...row.latestQuotes],
    together: [...row.together],
  };
  if (row.place) copy.place = { ...row.place };
  if (row.role) copy.role = { ...row.role };
  loaded.set(copy, loaded.get(row) ?? JSON.stringify(identityOf(copy)));
  return copy;
}

/** Joins identity rows with their counters (one bulk read; summaries still waiting to be written win). */
export async function withStats(db: Tables, ids: EntityIdentity[]): Promise<EntityRow[]> {
  if (!ids.length) return [];
  const stats = await db.stats.bulkGet(ids.map((e) => e.id!));
  return ids.map((e, i) => {
    const row = { ...e, ...(pendingStats(db, e.id!, stats[i]) ?? emptyStats(e.id!)) } as EntityRow;
    loaded.set(row, JSON.stringify(e));
    return row;
  });
}

/** Reads entities by id (undefined where missing; summaries still waiting to be written win). */
export async function getEntities(db: Tables, ids: number[]): Promise<Array<EntityRow | undefined>> {
  if (!ids.length) return [];
  const [identities, stats] = await Promise.all([db.entities.bulkGet(ids), db.stats.bulkGet(ids)]);
  return identities.map((e, i) => {
    if (!e) return undefined;
    const row = { ...e, ...(pendingStats(db, e.id!, stats[i]) ?? emptyStats(e.id!)) } as EntityRow;
    loaded.set(row, JSON.stringify(e));
    return row;
  });
}

/** Reads one entity. */
export async function getEntity(db: Tables, id: number): Promise<EntityRow | undefined> {
  return (await getEntities(db, [id]))[0];
}

/** Adds new entities (identity and counters); ids already set are kept, missing ones are assigned. */
export async function addEntities(db: Tables, rows: EntityRow[]): Promise<void> {
  if (!rows.length) return;
  if (rows.every((r) => r.id !== undefined)) {
    await Promise.all([db.entities.bulkAdd(rows.map(identityOf)), db.stats.bulkAdd(rows.map(statsOf))]);
    for (const r of rows) loaded.set(r, JSON.stringify(identityOf(r)));
    return;
  }
  const ids = await db.entities.bulkAdd(rows.map((r) => identityOf(r)), { allKeys: true });
  rows.forEach((r, i) => {
    r.id = ids[i];
    loaded.set(r, JSON.stringify(identityOf(r)));
  });
  await db.stats.bulkPut(rows.map(statsOf));
}

/** Identities that changed since read (or are new), marked as written. */
export function identityChanges(rows: EntityRow[]): EntityIdentity[] {
  const changed: EntityIdentity[] = [];
  for (const r of rows) {
    const id = identityOf(r);
    const json = JSON.stringify(id);
    if (loaded.get(r) !== json) {
      changed.push(id);
      loaded.set(r, json);
    }
  }
  return changed;
}

/** Writes entities back: counters always, identity only when it changed since it was read. */
export async function putEntities(db: Tables, rows: EntityRow[]): Promise<void> {
  if (!rows.length) return;
  const changed: EntityIdentity[] = [];
  for (const r of rows) {
    const id = identityOf(r);
    const json = JSON.stringify(id);
    if (loaded.get(r) !== json) {
      changed.push(id);
      loaded.set(r, json);
    }
  }
  await Promise.all([changed.length ? db.entities.bulkPut(changed) : undefined, db.stats.bulkPut(rows.map(statsOf))]);
}

/** Deletes entities (both tables). */
export async function deleteEntities(db: Tables, ids: number[]): Promise<void> {
  await Promise.all([db.entities.bulkDelete(ids), db.stats.bulkDelete(ids)]);
}
