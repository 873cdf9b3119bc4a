/**
 * Reading the store: an entity's card and an article's cast. Every query is a bounded index range (latest N),
 * so a card costs the same after ten articles as after ten thousand.
 */
import Dexie from 'dexie';
import type { Appearance, Card, CastEntry, Companion, Note, QuoteFact, RoleFact } from '../model';
import { bound, type ArticleRow, type BackstoryDB, type Tables, type EntityRow, type NoteRow } from './schema';
import { must } from './errors';
import { getEntities, getEntity } from './entity-io';
import { cacheOf, type ArticleHead, type StoreCache } from './cache';

/** How many of each list a card shows. */
export const CARD_LIMITS = { roles: 12, quotes: 8, appearances: 10, companions: 8, companionWindow: 30 } as const;

/** A stored note as the UI sees it. */
export function toNote(n: NoteRow): Note {
  const target = n.targetKind === 'entity' ? { kind: 'entity' as const, entityId: n.targetId } : { kind: 'article' as const, articleId: n.targetId };
  return { id: n.id!, target, body: n.body, created: n.created, updated: n.updated };
}

const iso = (t: number) => new Date(t).toISOString();

const roleKey = (r: { role?: string; organization?: string; country?: string }) => `${r.role ?? ''}|${r.organization ?? ''}|${r.country ?? ''}`;

/**
 * Builds the card of `entityId` inside the caller's (read) transaction. With `cache` (read transactions
 * only), the entity, article heads and companion names it holds are not read again, and what is read fills it.
 */
export async function buildCard(db: Tables, entityId: number, cache?: StoreCache): Promise<Card> {
  const lo = [entityId, Dexie.minKey];
  const hi = [entityId, Dexie.maxKey];
  const [roleRows, quoteRows, mentionRows, noteRows] = await Promise.all([
    db.roles.where('[entityId+date]').between(lo, hi).reverse().limit(CARD_LIMITS.roles).toArray(),
    db.quotes.where('[entityId+date]').between(lo, hi).reverse().limit(CARD_LIMITS.quotes).toArray(),
    db.mentions.where('[entityId+date]').between(lo, hi).reverse().limit(CARD_LIMITS.companionWindow).toArray(),
    db.notes.where('[targetKind+targetId]').equals(['entity', entityId]).toArray(),
  ]);
  // The cache is consulted once the transaction runs (its first reads answered), so it is as new as they are.
  const generation = cache?.generation;
  const keep = () => cache !== undefined && cache.generation === generation;
  const cached = cache?.rows.get(entityId);
  const e = must(cached ?? (await getEntity(db, entityId)), `Entity ${entityId}`);
  if (!cached && keep()) cache!.rows.set(entityId, e);
  const articleIds = new Set<number>([...mentionRows, ...roleRows, ...quoteRows].map((r) => r.articleId));
  const articles = new Map<number, ArticleHead>();
  const unread: number[] = [];
  for (const id of articleIds) {
    const head = cache?.articles.get(id);
    if (head) articles.set(id, head);
    else unread.push(id);
  }
  for (const a of unread.length ? await db.articles.bulkGet(unread) : []) {
    if (!a) continue;
    const head: ArticleHead = { id: a.id!, title: a.title, url: a.url, site: a.site, entityIds: a.entityIds };
    articles.set(a.id!, head);
    if (keep()) cache!.articles.set(a.id!, head);
  }
  const title = (id: number) => articles.get(id)?.title ?? '';

  // Role history: each distinct role once, at its latest statement, newest first.
  const roles: RoleFact[] = [];
  const seenRoles = new Set<string>();
  for (const r of roleRows) {
    const k = roleKey(r);
    if (seenRoles.has(k)) continue;
    seenRoles.add(k);
    roles.push({ role: r.role, organization: r.organization, country: r.country, articleId: r.articleId, articleTitle: title(r.articleId), date: iso(r.date), sentence: r.sentence });
    if (roles.length >= CARD_LIMITS.roles) break;
  }
  const quotes: QuoteFact[] = quoteRows.map((q) => ({ text: q.text, articleId: q.articleId, articleTitle: title(q.articleId), url: articles.get(q.articleId)?.url ?? '', date: iso(q.date) }));
  const appearances: Appearance[] = mentionRows.slice(0, CARD_LIMITS.appearances).map((m) => {
    const a = articles.get(m.articleId);
    return { articleId: m.articleId, title: a?.title ?? '', url: a?.url ?? '', site: a?.site, date: iso(m.date), mentions: m.count };
  });
  const companions = await companionsOf(db, entityId, mentionRows.map((m) => articles.get(m.articleId)), cache);
  const notes = noteRows.sort((a, b) => (a.updated < b.updated ? 1 : -1)).map(toNote);
  return {
    entityId, kind: e.kind, name: e.name, aliases: [...e.aliases], official: e.official, current: roles[0], roles, quotes,
    place: e.place, seenIn: e.seenIn, firstSeen: e.firstSeen, appearances, companions, notes,
  };
}

/** The entities that appear most often with `entityId` in its latest articles (visible ones only). */
async function companionsOf(db: Tables, entityId: number, articles: Array<Pick<ArticleRow, 'entityIds'> | undefined>, cache?: StoreCache): Promise<Companion[]> {
  const counts = new Map<number, number>();
  for (const a of articles) for (const id of a?.entityIds ?? []) if (id !== entityId) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CARD_LIMITS.companions * 2);
  // Names and hidden flags: cached rows where held, one bulk read for the rest.
  const rows: Array<Pick<EntityRow, 'name' | 'kind' | 'hidden'> | undefined> = ranked.map(([id]) => cache?.rows.get(id));
  const unread = ranked.filter((_, i) => !rows[i]).map(([id]) => id);
  const read = unread.length ? await db.entities.bulkGet(unread) : [];
  let next = 0;
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = read[next++];
  const out: Companion[] = [];
  ranked.forEach(([id, together], i) => {
    const r = rows[i];
    if (r && !r.hidden && out.length < CARD_LIMITS.companions) out.push({ entityId: id, name: r.name, kind: r.kind, together });
  });
  return out;
}

/** The card of one entity. */
export async function getCard(db: BackstoryDB, entityId: number): Promise<Card> {
  return db.transaction('r', [db.entities, db.stats, db.roles, db.quotes, db.mentions, db.notes, db.articles], (tx) => buildCard(bound(db, tx), entityId, cacheOf(db)));
}

/** The cast of an article in reading order, without entities the reader hid. */
export async function listCast(database: BackstoryDB, articleId: number): Promise<CastEntry[]> {
  return database.transaction('r', ['articles', 'entities', 'stats', 'mentions', 'roles'], async (tx) => {
    const db = bound(database, tx);
    must(await db.articles.get(articleId), `Article ${articleId}`);
    const [mentions, roles] = await Promise.all([
      db.mentions.where('[articleId+entityId]').between([articleId, Dexie.minKey], [articleId, Dexie.maxKey]).toArray(),
      db.roles.where('articleId').equals(articleId).toArray(),
    ]);
    mentions.sort((a, b) => a.order - b.order);
    const rows = await getEntities(db, mentions.map((m) => m.entityId));
    const here = new Map(roles.map((r) => [r.entityId, r]));
    const out: CastEntry[] = [];
    mentions.forEach((m, i) => {
      const e: EntityRow | undefined = rows[i];
      if (!e || e.hidden) return;
      const r = here.get(e.id!) ?? e.role;
      out.push({
        entityId: e.id!, kind: e.kind, name: e.name, official: e.official, role: r?.role, organization: r?.organization,
        country: r?.country ?? e.country, mentions: m.count, seenIn: e.seenIn, notes: e.notes,
      });
    });
    return out;
  });
}
