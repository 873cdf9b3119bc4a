/**
 * The reader's corrections of automatic decisions: merge, split, rename, hide. Each is one transaction, and
 * each leaves a correction row so future articles resolve the same way.
 */
import type { Card } from '../model';
import { CONTENT_TABLES, bound, type ArticleRow, type BackstoryDB, type Tables, type CorrectionRow, type EntityRow, type FactsRow } from './schema';
import { emptySummary, moveCompanion } from './summary';
import { buildCard } from './cards';
import { recount, refreshKeys, MAX_ALIASES } from './entity-rows';
import { guarded, must, StoreError } from './errors';
import { addEntities, deleteEntities, getEntities, getEntity, putEntities } from './entity-io';
import { addUnique, nameKey } from './text';
import { flushInto } from './deferred';

async function remember(db: Tables, type: CorrectionRow['type'], row: EntityRow, keys: string[]): Promise<void> {
  const at = new Date().toISOString();
  for (const key of new Set(keys)) {
    await db.corrections.where('[kind+key]').equals([row.kind, key]).delete();
    await db.corrections.add({ type, kind: row.kind, key, entityId: row.id!, at });
  }
}

/**
 * Moves entity `from`'s appearances in the given articles to entity `to` (its facts there, combined with
 * those `to` already has in the same article), and moves the co-occurrence counts the articles' other
 * entities keep. The summaries of `from` and `to` are the caller's to recount.
 */
async function moveAppearances(db: Tables, articleIds: number[], from: number, to: number): Promise<void> {
  if (!articleIds.length) return;
  const [articles, facts] = await Promise.all([db.articles.bulkGet(articleIds), db.facts.bulkGet(articleIds)]);
  const shifts: Array<[number, boolean]> = [];
  const changedArticles: ArticleRow[] = [];
  const changedFacts: FactsRow[] = [];
  articleIds.forEach((_, i) => {
    const a = articles[i];
    const f = facts[i];
    const mine = f?.entities.find((e) => e.entityId === from);
    if (!a || !f || !mine) return;
    const there = f.entities.find((e) => e.entityId === to);
    if (there) {
      there.count += mine.count;
      there.order = Math.min(there.order, mine.order);
      there.forms = [...new Set([...there.forms, ...mine.forms])];
      if (mine.roles) there.roles = [...(there.roles ?? []), ...mine.roles];
      if (mine.quotes) there.quotes = [...(there.quotes ?? []), ...mine.quotes];
      if (there.sentence === undefined && mine.sentence !== undefined) there.sentence = mine.sentence;
      f.entities = f.entities.filter((e) => e !== mine);
    } else {
      mine.entityId = to;
    }
    f.entities.sort((x, y) => x.order - y.order);
    a.entityIds = [...new Set(a.entityIds.map((id) => (id === from ? to : id)))];
    a.engine = a.engine.map((id) => (id === from ? to : id));
    for (const o of a.entityIds) if (o !== to) shifts.push([o, !!there]);
    changedArticles.push(a);
    changedFacts.push(f);
  });
  await Promise.all([db.articles.bulkPut(changedArticles), db.facts.bulkPut(changedFacts)]);
  const others = (await getEntities(db, [...new Set(shifts.map(([o]) => o))])).filter((r): r is EntityRow => !!r);
  const byId = new Map(others.map((r) => [r.id!, r]));
  for (const [o, stillThere] of shifts) moveCompanion(byId.get(o) ?? emptySummary(), from, to, stillThere);
  await putEntities(db, others);
}

/** Ids of the articles entity `id` appears in (multi-entry index). */
const articlesOf = (db: Tables, id: number) => db.articles.where('entityIds').equals(id).primaryKeys();

/** Merges entity `merge` into `keep` (everything of `merge` moves, its names become aliases). Returns `keep`'s card. */
export async function mergeEntities(database: BackstoryDB, keep: number, merge: number): Promise<Card> {
  if (keep === merge) throw new StoreError('invalid', 'An entity cannot be merged with itself.');
  return guarded(() =>
    database.transaction('rw', [...CONTENT_TABLES], async (tx) => {
      const db = bound(database, tx);
      await flushInto(db, tx.idbtrans as IDBTransaction);
      const [k0, m0] = await getEntities(db, [keep, merge]);
      const k = must(k0, `Entity ${keep}`);
      const m = must(m0, `Entity ${merge}`);
      if (k.kind !== m.kind) throw new StoreError('invalid', `${k.name} is a ${k.kind} and ${m.name} a ${m.kind}: only entities of one kind can be merged.`);
      await moveAppearances(db, await articlesOf(db, merge), merge, keep);
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
      await flushInto(db, tx.idbtrans as IDBTransaction);
      const e = must(await getEntity(db, entityId), `Entity ${entityId}`);
      const mainKey = nameKey(e.name);
      if (aliasKey === mainKey) throw new StoreError('invalid', `"${alias}" is ${e.name}'s own name; rename the entity first to split it off.`);
      if (![e.name, ...e.aliases].some((n) => nameKey(n) === aliasKey)) throw new StoreError('invalid', `"${alias}" is not a name of ${e.name}.`);
      const display = e.aliases.find((a) => nameKey(a) === aliasKey) ?? alias.trim();
      const fresh: EntityRow = {
        kind: e.kind, name: display, aliases: [], names: [aliasKey], words: [], surnames: [], official: false,
        ...emptySummary(), notes: 0, hidden: 0,
      };
      if (e.kind === 'place' && e.place) fresh.place = { kind: e.place.kind };
      await addEntities(db, [fresh]);
      const freshId = fresh.id!;
      const ids = await articlesOf(db, entityId);
      const facts = await db.facts.bulkGet(ids);
      const leaving = ids.filter((_, i) => {
        const f = facts[i]?.entities.find((x) => x.entityId === entityId);
        return f !== undefined && f.forms.includes(aliasKey) && !f.forms.includes(mainKey);
      });
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
      await flushInto(db, tx.idbtrans as IDBTransaction);
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
      await flushInto(db, tx.idbtrans as IDBTransaction);
      const e = must(await getEntity(db, entityId), `Entity ${entityId}`);
      e.hidden = hidden ? 1 : 0;
      await putEntities(db, [e]);
      return null;
    }),
  );
}
