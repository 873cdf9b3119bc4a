/**
 * Entity resolution: which stored entity (if any) an entity of a new article is.
 *
 * Rules, in order: a reader correction for the name wins; places are one place by gazetteer key; persons and
 * organisations with the same full name are one unless their countries or roles contradict; a short name
 * ("Mr. Hwang", "Nebenzya") joins the one known person it can stand for, and only when exactly one fits.
 */
import type { EntityKind } from '../model';
import type { PlaceKind } from '../../core/types';
import type { Tables, EntityIdentity, EntityRow } from './schema';
import { adopt, getEntities, withStats } from './entity-io';
import type { KeyIndex, StoreCache } from './cache';
import { nameKey, shareWord } from './text';
import { emptySummary } from './summary';

/** An engine entity of the article being ingested, in the store's terms. */
export interface Incoming {
  engineId: string;
  kind: EntityKind;
  name: string;
  key: string;
  /** Keys of every name-form mention (with the name's own key). */
  forms: string[];
  /** Display surfaces that differ from the name ("Kharkov", "Mr. Hwang"). */
  surfaces: string[];
  official: boolean;
  role?: string;
  organization?: string;
  country?: string;
  placeKey?: string;
  place?: { kind: PlaceKind; country?: string; countryCode?: string; latlng?: [number, number] };
}

/**
 * Most people read for one bare surname: more than this and a bare "Mr. Kim" fits too many to pick one,
 * so it becomes an entity of its own (the reader can merge it).
 */
const SHORT_NAME_CANDIDATES = 12;

/** Single-word keys that may stand for a person's whole name. */
export function surnameKeys(name: string, forms: string[]): string[] {
  const key = nameKey(name);
  const words = key.split(' ');
  const out = new Set<string>();
  if (words.length > 1) {
    out.add(words[words.length - 1]);
    // Family name first (Korean, Chinese romanisation): "Hwang Joon-kook", "Kim Yo-jong".
    if (words.length <= 3 && /^[a-z]+-[a-z]+$/.test(words[words.length - 1])) out.add(words[0]);
  }
  for (const f of forms) if (!f.includes(' ') && words.includes(f)) out.add(f);
  return [...out];
}

const sameValue = (a?: string, b?: string) => !a || !b || nameKey(a) === nameKey(b);

/** False when what is known of `row` contradicts `inc` (another country, or another organisation and role). */
export function compatible(row: EntityRow, inc: Incoming): boolean {
  if (row.kind !== inc.kind) return false;
  if (!sameValue(row.country, inc.country)) return false;
  const r = row.role;
  if (r?.organization && inc.organization && r.role && inc.role) {
    if (!sameValue(r.organization, inc.organization) && !shareWord(r.role, inc.role)) return false;
  }
  if (inc.kind === 'place' && row.placeKey && inc.placeKey && row.placeKey !== inc.placeKey) return false;
  return true;
}

/** The candidate seen most, for ties between equally good matches. */
const mostSeen = (rows: EntityRow[]) => rows.reduce((a, b) => (b.seenIn > a.seenIn ? b : a));

/** A resolution decision: an existing (or already created in this batch) row, or a new one to create. */
export type Decision = { row: EntityRow; isNew: boolean };

/** Picks among `pool` the entity `inc` is, or undefined for a new entity. Exported for tests. */
export function pick(pool: EntityRow[], inc: Incoming): EntityRow | undefined {
  const same = pool.filter((r) => r.kind === inc.kind);
  if (inc.kind === 'place' && inc.placeKey) {
    const byKey = same.find((r) => r.placeKey === inc.placeKey);
    if (byKey) return byKey;
  }
  const exact = same.filter((r) => r.names.includes(inc.key));
  const fits = exact.filter((r) => compatible(r, inc));
  if (fits.length) return mostSeen(fits);
  if (exact.length) return undefined; // a namesake: same name, contradicting facts
  if (inc.kind !== 'person') return undefined;
  if (!inc.key.includes(' ')) {
    // A short name: the one known person it can stand for.
    const all = same.filter((r) => r.surnames.includes(inc.key));
    const short = all.filter((r) => compatible(r, inc));
    return short.length === 1 && all.length < SHORT_NAME_CANDIDATES ? short[0] : undefined;
  }
  // A full name after a short one: "Vassily Nebenzya" joins the known "Nebenzya".
  const surnames = surnameKeys(inc.name, inc.forms);
  const shortRows = same.filter((r) => !r.names[0]?.includes(' ') && r.names.some((n) => surnames.includes(n)) && compatible(r, inc));
  return shortRows.length === 1 ? shortRows[0] : undefined;
}

/**
 * Resolves every incoming entity of one article inside the caller's transaction: a handful of parallel index
 * lookups for the whole article, then in-memory decisions. New rows are returned without ids (the caller adds
 * them); a later entity of the same article can join one decided new earlier. With `cache`, index keys and
 * rows it holds are not read again; the pool's rows are private copies, so the caller may change them freely.
 */
export async function resolveAll(db: Tables, incoming: Incoming[], cache?: StoreCache): Promise<Decision[]> {
  const nameKeys = new Set<string>();
  const shortKeys = new Set<string>();
  const placeKeys = new Set<string>();
  for (const inc of incoming) {
    // A place with a gazetteer key is found by its key alone.
    if (inc.placeKey) placeKeys.add(inc.placeKey);
    else nameKeys.add(inc.key);
    if (inc.kind === 'person') {
      if (!inc.key.includes(' ')) shortKeys.add(inc.key);
      else for (const s of surnameKeys(inc.name, inc.forms)) nameKeys.add(s);
    }
  }
  // Keys the cache has answered cost nothing; the others are read from their index (and remembered).
  const generation = cache?.generation;
  const known = new Set<number>();
  const lookups: Array<Promise<EntityIdentity[]>> = [];
  const lookup = (index: KeyIndex, key: string, read: () => Promise<EntityIdentity[]>) => {
    const ids = cache?.idsFor(index, key);
    if (ids) {
      for (const id of ids) known.add(id);
      return;
    }
    lookups.push(read().then((rows) => {
      if (cache && cache.generation === generation) cache.setIds(index, key, rows.map((r) => r.id!));
      return rows;
    }));
  };
  for (const k of nameKeys) lookup('names', k, () => db.entities.where('names').equals(k).toArray());
  for (const k of shortKeys) lookup('surnames', k, () => db.entities.where('surnames').equals(k).limit(SHORT_NAME_CANDIDATES).toArray());
  for (const k of placeKeys) lookup('placeKey', k, () => db.entities.where('placeKey').equals(k).toArray());
  const readRules = async () => {
    if (cache?.corrections) return cache.corrections;
    const all = await db.corrections.toArray();
    if (cache && cache.generation === generation) cache.corrections = all;
    return all;
  };
  const [rules, ...found] = await Promise.all([readRules(), ...lookups]);
  const identities = new Map<number, EntityIdentity>();
  for (const list of found) for (const e of list) identities.set(e.id!, e);
  const ruleTargets = new Map<string, number>();
  for (const c of [...rules].sort((a, b) => (a.at < b.at ? -1 : 1))) ruleTargets.set(`${c.kind}:${c.key}`, c.entityId);
  for (const i of incoming) {
    const id = ruleTargets.get(`${i.kind}:${i.key}`);
    if (id !== undefined) known.add(id);
  }
  // Rows: private copies of cached ones; the rest read (identities already read need only their counters).
  const pool = new Map<number, EntityRow>();
  const missing: number[] = [];
  for (const id of new Set([...known, ...identities.keys()])) {
    const hit = cache?.rows.get(id);
    if (hit) pool.set(id, adopt(hit));
    else if (!identities.has(id)) missing.push(id);
  }
  const [joined, fetched] = await Promise.all([
    withStats(db, [...identities.values()].filter((e) => !pool.has(e.id!))),
    getEntities(db, missing),
  ]);
  for (const r of [...joined, ...fetched]) if (r) pool.set(r.id!, r);

  const created: EntityRow[] = [];
  const out: Decision[] = [];
  for (const inc of incoming) {
    const ruled = ruleTargets.get(`${inc.kind}:${inc.key}`);
    const row = (ruled !== undefined ? pool.get(ruled) : undefined) ?? pick([...pool.values(), ...created], inc);
    if (row) {
      out.push({ row, isNew: created.includes(row) });
      continue;
    }
    const fresh: EntityRow = {
      kind: inc.kind, name: inc.name, aliases: [], names: [inc.key], words: [], surnames: [],
      ...emptySummary(), official: false, notes: 0, hidden: 0,
    };
    created.push(fresh);
    out.push({ row: fresh, isNew: true });
  }
  return out;
}
