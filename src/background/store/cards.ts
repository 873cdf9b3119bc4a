/**
 * Reading the store: an entity's card and an article's cast. A card reads the entity's summary row, then the
 * heads of at most ~30 articles and the names of its companions: the same after ten articles as after ten thousand.
 */
import type { Appearance, Card, CastEntry, Companion, Note, QuoteFact, RoleFact } from '../model';
import { bound, type ArticleRow, type BackstoryDB, type Tables, type EntityRow, type NoteRow } from './schema';
import { must } from './errors';
import { getEntities, getEntity } from './entity-io';
import { cacheOf, type ArticleHead, type EntityName, type StoreCache } from './cache';

/** How many of each list a card shows. */
export const CARD_LIMITS = { roles: 12, quotes: 8, appearances: 10, companions: 8 } as const;

/** A stored note as the UI sees it. */
export function toNote(n: NoteRow): Note {
  const target = n.targetKind === 'entity' ? { kind: 'entity' as const, entityId: n.targetId } : { kind: 'article' as const, articleId: n.targetId };
  return { id: n.id!, target, body: n.body, created: n.created, updated: n.updated };
}

const iso = (t: number) => new Date(t).toISOString();

/**
 * Builds the card of `entityId` inside the caller's (read) transaction from the entity's summary row, the
 * heads of the articles it names, the names of its companions and its notes. With `cache` (read
 * transactions only), what the cache holds is not read again, and what is read fills it.
 */
export async function buildCard(db: Tables, entityId: number, cache?: StoreCache): Promise<Card> {
  const generation = cache?.generation;
  const keep = () => cache !== undefined && cache.generation === generation;
  const cachedRow = cache?.rows.get(entityId);
  const cachedNotes = cache?.notes.get(entityId);
  const [row, noteRows] = await Promise.all([
    cachedRow ?? getEntity(db, entityId),
    cachedNotes ?? db.notes.where('[targetKind+targetId]').equals(['entity', entityId]).toArray(),
  ]);
  const e = must(row, `Entity ${entityId}`);
  if (keep()) {
    if (!cachedRow) cache!.rows.set(entityId, e);
    if (!cachedNotes) cache!.notes.set(entityId, noteRows);
  }
  const recent = e.recent.slice(0, CARD_LIMITS.appearances);
  const roleEntries = e.roleHistory.slice(0, CARD_LIMITS.roles);
  const quoteEntries = e.latestQuotes.slice(0, CARD_LIMITS.quotes);
  // Article heads and companion names: what the cache holds, one bulk read each for the rest, both at once.
  const articles = new Map<number, ArticleHead>();
  const unread: number[] = [];
  for (const id of new Set([...recent.map(([a]) => a), ...roleEntries.map((r) => r.articleId), ...quoteEntries.map((q) => q.articleId)])) {
    const head = cache?.articles.get(id);
    if (head) articles.set(id, head);
    else unread.push(id);
  }
  const [read, companions] = await Promise.all([
    unread.length ? db.articles.bulkGet(unread) : Promise.resolve([] as Array<ArticleRow | undefined>),
    companionsOf(db, e, cache),
  ]);
  for (const a of read) {
    if (!a) continue;
    const head: ArticleHead = { id: a.id!, title: a.title, url: a.url, site: a.site, entityIds: a.entityIds };
    articles.set(a.id!, head);
    if (keep()) cache!.articles.set(a.id!, head);
  }
  const title = (id: number) => articles.get(id)?.title ?? '';
  const roles: RoleFact[] = roleEntries.map((r) => ({
    role: r.role, organization: r.organization, country: r.country, articleId: r.articleId, articleTitle: title(r.articleId), date: iso(r.date), sentence: r.sentence,
  }));
  const quotes: QuoteFact[] = quoteEntries.map((q) => ({ text: q.text, articleId: q.articleId, articleTitle: title(q.articleId), url: articles.get(q.articleId)?.url ?? '', date: iso(q.date) }));
  const appearances: Appearance[] = recent.map(([articleId, date, mentions]) => {
    const a = articles.get(articleId);
    return { articleId, title: a?.title ?? '', url: a?.url ?? '', site: a?.site, date: iso(date), mentions };
  });
  const notes = [...noteRows].sort((a, b) => (a.updated < b.updated ? 1 : -1)).map(toNote);
  return {
    entityId, kind: e.kind, name: e.name, aliases: [...e.aliases], official: e.official, current: roles[0], roles, quotes,
    place: e.place, seenIn: e.seenIn, firstSeen: e.firstSeen, appearances, companions, notes,
  };
}

/** The entities that appear most often with `e` (visible ones only), from its summary's co-occurrence counts. */
async function companionsOf(db: Tables, e: EntityRow, cache?: StoreCache): Promise<Companion[]> {
  const ranked = [...e.together].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CARD_LIMITS.companions * 2);
  // Names and hidden flags: cached names or rows where held, one bulk read for the rest.
  const generation = cache?.generation;
  const rows: Array<EntityName | undefined> = ranked.map(([id]) => cache?.names.get(id) ?? cache?.rows.get(id));
  const unread = ranked.filter((_, i) => !rows[i]).map(([id]) => id);
  const read = unread.length ? await db.entities.bulkGet(unread) : [];
  let next = 0;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i]) continue;
    const r = read[next++];
    rows[i] = r;
    if (r && cache && cache.generation === generation) cache.names.set(r.id!, { name: r.name, kind: r.kind, hidden: r.hidden });
  }
  const out: Companion[] = [];
  ranked.forEach(([id, together], i) => {
    const r = rows[i];
    if (r && !r.hidden && out.length < CARD_LIMITS.companions) out.push({ entityId: id, name: r.name, kind: r.kind, together });
  });
  return out;
}

/** The card of one entity. */
export async function getCard(db: BackstoryDB, entityId: number): Promise<Card> {
  return db.transaction('r', [db.entities, db.stats, db.notes, db.articles], (tx) => buildCard(bound(db, tx), entityId, cacheOf(db)));
}

/** The cast of an article in reading order, without entities the reader hid. */
export async function listCast(database: BackstoryDB, articleId: number): Promise<CastEntry[]> {
  return database.transaction('r', ['articles', 'entities', 'stats', 'facts'], async (tx) => {
    const db = bound(database, tx);
    const [article, facts] = await Promise.all([db.articles.get(articleId), db.facts.get(articleId)]);
    must(article, `Article ${articleId}`);
    const cast = [...(facts?.entities ?? [])].sort((a, b) => a.order - b.order);
    const rows = await getEntities(db, cast.map((f) => f.entityId));
    const out: CastEntry[] = [];
    cast.forEach((f, i) => {
      const e: EntityRow | undefined = rows[i];
      if (!e || e.hidden) return;
      const r = f.roles?.[f.roles.length - 1] ?? e.role;
      out.push({
        entityId: e.id!, kind: e.kind, name: e.name, official: e.official, role: r?.role, organization: r?.organization,
        country: r?.country ?? e.country, mentions: f.count, seenIn: e.seenIn, notes: e.notes,
      });
    });
    return out;
  });
}
