/**
 * Reading and writing entities across their two tables (`entities` for identity, `stats` for counters).
 * Identity rows are written only when they changed, which keeps the name indexes free of churn.
 */
import { emptySummary } from './summary';
import { STAT_FIELDS, type Tables, type EntityIdentity, type EntityRow, type StatsRow } from './schema';

/** Identity as loaded, to tell whether it needs writing back. */
const loaded = new WeakMap<EntityRow, string>();

/** The identity part of a row. */
export function identityOf(row: EntityRow): EntityIdentity {
  const out = { ...row } as Partial<EntityRow>;
  for (const k of STAT_FIELDS) delete out[k];
  return out as EntityIdentity;
}

/** The counters part of a row. */
export function statsOf(row: EntityRow): StatsRow {
  const out = { id: row.id! } as StatsRow;
  for (const k of STAT_FIELDS) if (row[k] !== undefined) (out as Record<string, unknown>)[k] = row[k];
  return out;
}

const emptyStats = (id: number): StatsRow => ({ id, ...emptySummary(), official: false, notes: 0 });

/** A private copy of a committed row (from the cache), tracked like a row just read. */
export function adopt(row: EntityRow): EntityRow {
  const copy = structuredClone(row);
  loaded.set(copy, JSON.stringify(identityOf(copy)));
  return copy;
}

/** Joins identity rows with their counters (one bulk read). */
export async function withStats(db: Tables, ids: EntityIdentity[]): Promise<EntityRow[]> {
  if (!ids.length) return [];
  const stats = await db.stats.bulkGet(ids.map((e) => e.id!));
  return ids.map((e, i) => {
    const row = { ...e, ...(stats[i] ?? emptyStats(e.id!)) } as EntityRow;
    loaded.set(row, JSON.stringify(e));
    return row;
  });
}

/** Reads entities by id (undefined where missing). */
export async function getEntities(db: Tables, ids: number[]): Promise<Array<EntityRow | undefined>> {
  if (!ids.length) return [];
  const [identities, stats] = await Promise.all([db.entities.bulkGet(ids), db.stats.bulkGet(ids)]);
  return identities.map((e, i) => {
    if (!e) return undefined;
    const row = { ...e, ...(stats[i] ?? emptyStats(e.id!)) } as EntityRow;
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
