/**
 * The reader's corrections of automatic decisions: merge, split, rename, hide. Each is one transaction, and
 * each leaves a correction row so future articles resolve the same way.
 */
import Dexie from 'dexie';
import type { Card } from '../model';
import { CONTENT_TABLES, bound, type BackstoryDB, type Tables, type CorrectionRow, type EntityRow, type MentionRow } from './schema';
import { buildCard } from './cards';
import { recount, refreshKeys, MAX_ALIASES } from './entity-rows';
import { guarded, must, StoreError } from './errors';
import { addEntities, deleteEntities, getEntities, getEntity, putEntities } from './entity-io';
import { addUnique, nameKey } from './text';

const entityRange = (id: number): [unknown[], unknown[]] => [[id, Dexie.minKey], [id, Dexie.maxKey]];

async function remember(db: Tables, type: CorrectionRow['type'], row: EntityRow, keys: string[]): Promise<void> {
  const at = new Date().toISOString();
  for (const key of new Set(keys)) {
    await db.corrections.where('[kind+key]').equals([row.kind, key]).delete();
    await db.corrections.add({ type, kind: row.kind, key, entityId: row.id!, at });
  }
}

/**
 * Moves the given appearances (and the roles and quotes of those articles) from entity `from` to entity `to`,
 * combining with an appearance `to` already has in the same article.
 */
async function moveAppearances(db: Tables, rows: MentionRow[], from: number, to: number): Promise<void> {
  const articleIds = rows.map((m) => m.articleId);
  const existing = await db.mentions.bulkGet(articleIds.map((a) => [a, to] as [number, number]));
  const moved = rows.map((m, i) => {
    const there = existing[i];
    if (!there) return { ...m, entityId: to };
    return { ...there, count: there.count + m.count, order: Math.min(there.order, m.order), forms: [...new Set([...there.forms, ...m.forms])] };
  });
  await db.mentions.bulkDelete(rows.map((m) => [m.articleId, from] as [number, number]));
  await db.mentions.bulkPut(moved);
  const inArticles = new Set(articleIds);
  await db.roles.where('[entityId+date]').between(...entityRange(from)).filter((r) => inArticles.has(r.articleId)).modify({ entityId: to });
  await db.quotes.where('[entityId+date]').between(...entityRange(from)).filter((r) => inArticles.has(r.articleId)).modify({ entityId: to });
  const articles = (await db.articles.bulkGet(articleIds)).filter((a) => !!a);
  for (const a of articles) {
    a.entityIds = [...new Set(a.entityIds.map((id) => (id === from ? to : id)))];
    a.engine = a.engine.map((id) => (id === from ? to : id));
  }
  await db.articles.bulkPut(articles);
}

/** Merges entity `merge` into `keep` (everything of `merge` moves, its names become aliases). Returns `keep`'s card. */
export async function mergeEntities(database: BackstoryDB, keep: number, merge: number): Promise<Card> {
  if (keep === merge) throw new StoreError('invalid', 'An entity cannot be merged with itself.');
  return guarded(() =>
    database.transaction('rw', [...CONTENT_TABLES], async (tx) => {
      const db = bound(database, tx);
      const [k0, m0] = await getEntities(db, [keep, merge]);
      const k = must(k0, `Entity ${keep}`);
      const m = must(m0, `Entity ${merge}`);
      if (k.kind !== m.kind) throw new StoreError('invalid', `${k.name} is a ${k.kind} and ${m.name} a ${m.kind}: only entities of one kind can be merged.`);
      const rows = await db.mentions.where('[entityId+date]').between(...entityRange(merge)).toArray();
      await moveAppearances(db, rows, merge, keep);
      await db.notes.where('[targetKind+targetId]').equals(['entity', merge]).modify({ targetId: keep });
      await db.corrections.where('entityId').equals(merge).modify({ entityId: keep });
      for (const a of [m.name, ...m.aliases]) if (k.aliases.length < MAX_ALIASES && nameKey(a) !== nameKey(k.name)) addUnique(k.aliases, a, nameKey);
      k.placeKey ??= m.placeKey;
      k.place ??= m.place;
      k.country ??= m.country;
      k.official ||= m.official;
      k.notes += m.notes;
      k.surnames = [...new Set([...k.surnames, ...m.surnames])];
      await deleteEntities(db, [merge]);
      await recount(db, k);
      await putEntities(db, [k]);
      await remember(db, 'merge', k, m.names);
      return buildCard(db, keep);
    }),
  );
}

/**
 * Splits off the name `alias` of an entity into a new entity of its own: the articles that named it only by
 * that alias move with it. Future articles using the alias resolve to the new entity.
 */
export async function splitEntity(database: BackstoryDB, entityId: number, alias: string): Promise<{ kept: Card; split: Card }> {
  const aliasKey = nameKey(alias);
  return guarded(() =>
    database.transaction('rw', [...CONTENT_TABLES], async (tx) => {
      const db = bound(database, tx);
      const e = must(await getEntity(db, entityId), `Entity ${entityId}`);
      const mainKey = nameKey(e.name);
      if (aliasKey === mainKey) throw new StoreError('invalid', `"${alias}" is ${e.name}'s own name; rename the entity first to split it off.`);
      if (![e.name, ...e.aliases].some((n) => nameKey(n) === aliasKey)) throw new StoreError('invalid', `"${alias}" is not a name of ${e.name}.`);
      const display = e.aliases.find((a) => nameKey(a) === aliasKey) ?? alias.trim();
      const fresh: EntityRow = {
        kind: e.kind, name: display, aliases: [], names: [aliasKey], words: [], surnames: [], official: false,
        seenIn: 0, mentions: 0, notes: 0, hidden: 0,
      };
      if (e.kind === 'place' && e.place) fresh.place = { kind: e.place.kind };
      await addEntities(db, [fresh]);
      const freshId = fresh.id!;
      const rows = await db.mentions.where('[entityId+date]').between(...entityRange(entityId)).toArray();
      const leaving = rows.filter((m) => m.forms.includes(aliasKey) && !m.forms.includes(mainKey));
      await moveAppearances(db, leaving, entityId, freshId);
      e.aliases = e.aliases.filter((a) => nameKey(a) !== aliasKey);
      e.surnames = e.surnames.filter((s) => s !== aliasKey);
      await recount(db, e);
      await recount(db, fresh);
      fresh.official = fresh.role !== undefined && e.official;
      await putEntities(db, [e, fresh]);
      await db.corrections.where('entityId').equals(entityId).filter((c) => c.key === aliasKey).delete();
      await remember(db, 'split', fresh, [aliasKey]);
      return { kept: await buildCard(db, entityId), split: await buildCard(db, freshId) };
    }),
  );
}

/** Renames an entity; the old name stays as an alias and automatic resolution keeps the reader's name. */
export async function renameEntity(database: BackstoryDB, entityId: number, name: string): Promise<Card> {
  const key = nameKey(name);
  if (!key) throw new StoreError('invalid', 'A name cannot be empty.');
  return guarded(() =>
    database.transaction('rw', [...CONTENT_TABLES], async (tx) => {
      const db = bound(database, tx);
      const e = must(await getEntity(db, entityId), `Entity ${entityId}`);
      if (nameKey(e.name) !== key) addUnique(e.aliases, e.name, nameKey);
      e.name = name.trim();
      e.aliases = e.aliases.filter((a) => nameKey(a) !== key);
      e.renamed = true;
      refreshKeys(e);
      await putEntities(db, [e]);
      await remember(db, 'rename', e, [key]);
      return buildCard(db, entityId);
    }),
  );
}

/** Hides (or shows again) an entity: hidden entities are not marked and not listed in casts or search. */
export async function hideEntity(database: BackstoryDB, entityId: number, hidden: boolean): Promise<null> {
  return guarded(() =>
    database.transaction('rw', ['entities', 'stats'], async (tx) => {
      const db = bound(database, tx);
      const e = must(await getEntity(db, entityId), `Entity ${entityId}`);
      e.hidden = hidden ? 1 : 0;
      await putEntities(db, [e]);
      return null;
    }),
  );
}
