/**
 * Ingest: one article's metadata and analysis become rows, in ONE read-write transaction over the content tables it
 * uses, so two tabs ingesting at once are serialised by IndexedDB and nothing is ever half-written.
 */
import type { Mention, Person, Place, Organization, Analysis } from '../../core/types';
import type { IngestInput, IngestResult, EntityKind } from '../model';
import { type ArticleRow, type BackstoryDB, type Tables, bound, type EntityRow, type EntityFacts, type FactsRow } from './schema';
import { resolveAll, surnameKeys, type Incoming } from './resolve';
import { absorbCountry, absorbIdentity, recount, refreshKeys } from './entity-rows';
import { addAppearance } from './summary';
import { guarded } from './errors';
import { deleteEntities, getEntities, putEntities, statsOf, identityChanges } from './entity-io';
import { clip, isoDate, nameKey, sentenceAt, textHash, urlKey } from './text';
import { cacheOf, manage } from './cache';
import { deferSummaries, flushInto } from './deferred';

/** Longest stored sentence (role sources, mention context), in characters. */
export const SENTENCE_MAX = 240;
/** Longest stored quote, in characters. */
export const QUOTE_MAX = 600;
/** Most quotes kept per person per article. */
const QUOTES_PER_PERSON = 12;

/**
 * Tables an ingest reads and writes: every content table but the notes, which it never touches (a smaller
 * scope also lets a note be saved while an article is ingested).
 */
const INGEST_TABLES = ['articles', 'entities', 'stats', 'facts', 'corrections'] as const;

/** What one engine entity contributes to the article, besides its identity. */
interface Contribution {
  inc: Incoming;
  count: number;
  order: number;
  sentence?: string;
  roleSentence?: string;
  quotes: string[];
}

type EngineEntity = { kind: EntityKind; e: Person | Place | Organization };

function nameForms(mentions: Mention[]): { forms: string[]; surfaces: string[] } {
  const forms = new Set<string>();
  const surfaces: string[] = [];
  for (const m of mentions) {
    if (m.form !== 'name') continue;
    const key = nameKey(m.text);
    if (!key) continue;
    if (!forms.has(key)) surfaces.push(m.text.replace(/['’]s$/, '').trim());
    forms.add(key);
  }
  return { forms: [...forms], surfaces };
}

/** Turns the engine's entities into store contributions (pure; exported for tests). */
export function contributions(analysis: Analysis, text: string): Contribution[] {
  const all: EngineEntity[] = [
    ...analysis.people.map((e) => ({ kind: 'person' as const, e })),
    ...analysis.places.map((e) => ({ kind: 'place' as const, e })),
    ...analysis.organizations.map((e) => ({ kind: 'organization' as const, e })),
  ];
  const out: Contribution[] = [];
  for (const { kind, e } of all) {
    const key = nameKey(e.name);
    if (!key || e.mentions.length === 0) continue;
    const { forms, surfaces } = nameForms(e.mentions);
    if (!forms.includes(key)) forms.unshift(key);
    const first = e.mentions.reduce((a, b) => (b.start < a.start ? b : a));
    const inc: Incoming = {
      engineId: e.id, kind, name: e.name.trim(), key, forms,
      surfaces: surfaces.filter((s) => nameKey(s) !== key), official: false,
    };
    let roleSentence: string | undefined;
    let quotes: string[] = [];
    if (kind === 'person') {
      const p = e as Person;
      inc.official = p.official;
      inc.role = p.role?.value;
      inc.organization = p.organization?.value;
      inc.country = p.country?.value;
      const src = p.role ?? p.organization ?? p.country;
      if (src) roleSentence = clip(src.sentence.text || text.slice(src.sentence.start, src.sentence.end), SENTENCE_MAX);
      quotes = [...new Set(p.quotes.map((q) => clip(q.span.text || text.slice(q.span.start, q.span.end), QUOTE_MAX)))]
        .filter(Boolean)
        .slice(0, QUOTES_PER_PERSON);
    } else if (kind === 'place') {
      const pl = e as Place;
      inc.placeKey = pl.key;
      inc.country = pl.country;
      inc.place = { kind: pl.kind, country: pl.country, countryCode: pl.countryCode, latlng: pl.latlng };
    } else {
      inc.country = (e as Organization).country;
    }
    out.push({
      inc, count: e.mentions.length, order: first.start, roleSentence, quotes,
      sentence: clip(sentenceAt(text, first.start, analysis.sentences), SENTENCE_MAX),
    });
  }
  return out;
}

/** Issues one `put` per row on `table` of `idb` without waiting (the transaction's commit does). */
function writeAll(idb: IDBTransaction, table: string, rows: object[]): void {
  const store = idb.objectStore(table);
  for (const row of rows) store.put(row);
}

/** Deletes entities that no longer appear anywhere and carry nothing of the reader's (notes, corrections, hidden). */
export async function dropOrphans(db: Tables, ids: number[]): Promise<void> {
  for (const row of await getEntities(db, ids)) {
    if (!row || row.seenIn > 0 || row.notes > 0 || row.hidden || row.renamed) continue;
    if ((await db.corrections.where('entityId').equals(row.id!).count()) > 0) continue;
    await deleteEntities(db, [row.id!]);
  }
}

/** What one stored entity keeps of one article: its engine entities' contributions folded into one. */
function factsOf(entityId: number, kind: EntityKind, list: Contribution[]): EntityFacts {
  const first = list.reduce((a, b) => (b.order < a.order ? b : a));
  const facts: EntityFacts = {
    entityId, count: list.reduce((n, p) => n + p.count, 0), order: first.order, forms: [...new Set(list.flatMap((p) => p.inc.forms))],
  };
  // The first mention's sentence, unless a role of this article already keeps it.
  if (kind === 'person' && first.sentence && !list.some((p) => p.roleSentence === first.sentence)) facts.sentence = first.sentence;
  const roles: NonNullable<EntityFacts['roles']> = [];
  for (const p of list) {
    if (!p.roleSentence) continue;
    const r: (typeof roles)[number] = { sentence: p.roleSentence };
    if (p.inc.role !== undefined) r.role = p.inc.role;
    if (p.inc.organization !== undefined) r.organization = p.inc.organization;
    if (p.inc.country !== undefined) r.country = p.inc.country;
    roles.push(r);
  }
  if (roles.length) facts.roles = roles;
  const quotes = list.flatMap((p) => p.quotes);
  if (quotes.length) facts.quotes = quotes;
  if (list.some((p) => p.inc.official)) facts.official = true;
  return facts;
}

/**
 * Stores one article. Same canonical URL with the same text, or the same text under another URL: nothing
 * changes (`changed: false`). Same URL with new text: the article's own mentions, roles and quotes are
 * replaced; notes stay.
 */
export async function ingestArticle(database: BackstoryDB, input: IngestInput, now: Date = new Date()): Promise<IngestResult> {
  const { meta, text, analysis } = input;
  const key = urlKey(meta.canonicalUrl || meta.url);
  const hash = textHash(text);
  const read = now.toISOString();
  const published = isoDate(meta.published);
  const date = published ?? read;
  const parts = contributions(analysis, text);
  const engineSig = textHash(parts.map((p) => `${p.inc.engineId}:${p.inc.key}`).join('|'));
  const mapping = (engine: number[]) => Object.fromEntries(parts.map((p, i) => [p.inc.engineId, engine[i]]));

  const cache = cacheOf(database);
  let written: Written | undefined;
  const result = guarded(() =>
    database.transaction('rw', [...INGEST_TABLES], async (tx) => {
      // This transaction keeps the cache up to date itself (when it commits).
      manage(tx.idbtrans);
      const db = bound(database, tx);
      // The cache is consulted only once this transaction runs (a first read answered): an ingest committing
      // before it has then updated the cache.
      const [existing, same] = await Promise.all([
        db.articles.where('urlKey').equals(key).first(),
        db.articles.where('textHash').equals(hash).first(),
      ]);
      const unchanged = existing ?? same;
      if (unchanged && unchanged.textHash === hash && unchanged.engineSig === engineSig) {
        return { articleId: unchanged.id!, changed: false, entityIds: mapping(unchanged.engine) };
      }
      const generation = cache.generation;
      // Every other read the ingest needs is issued at once (IndexedDB serves them in one pass), then all writes.
      const known = cache.lastIds;
      const lastIds = known
        ? Promise.resolve([known.article, known.entity])
        : Promise.all([db.articles.orderBy(':id').lastKey(), db.entities.orderBy(':id').lastKey()]);
      const resolving = resolveAll(db, parts.map((p) => p.inc), cache);
      const [decisions, [lastArticle, lastEntity]] = await Promise.all([resolving, lastIds]);
      const article: ArticleRow = {
        urlKey: key, url: meta.url, canonicalUrl: meta.canonicalUrl, title: meta.title, site: meta.site,
        byline: meta.byline, published, read, date, textHash: hash, lang: meta.lang ?? analysis.language,
        entityIds: [], engine: [], engineSig,
      };
      // Ids are handed out here (the transaction holds these tables, nobody else can take them).
      let nextEntity = Number(lastEntity ?? 0) + 1;
      let previous: number[] = [];
      const replaced = existing ?? (same?.engineSig !== engineSig ? same : undefined);
      if (replaced) {
        // An updated article: its old facts go, its entities' summaries are rebuilt without it, and
        // resolution runs again on the tables.
        article.id = replaced.id;
        article.read = replaced.read;
        // Summaries still waiting are written first: this path rewrites summaries from the tables.
        await flushInto(db, tx.idbtrans as IDBTransaction);
        if (!published) article.date = replaced.date;
        previous = [...new Set(replaced.entityIds)];
        await db.facts.delete(replaced.id!);
        await db.articles.put({ ...replaced, entityIds: [] });
        const old = (await getEntities(db, previous)).filter((r): r is EntityRow => !!r);
        await Promise.all(old.map((r) => recount(db, r)));
        await putEntities(db, old);
        // (The cache may hold the old summaries: this rare path forgets it and resolves from the tables.)
        cache.clear();
        decisions.splice(0, decisions.length, ...(await resolveAll(db, parts.map((p) => p.inc))));
      } else {
        article.id = Number(lastArticle ?? 0) + 1;
      }
      const articleId = article.id!;
      const time = Date.parse(article.date);

      // Two engine entities may be one stored entity: their contributions are folded together.
      const groups = new Map<EntityRow, Contribution[]>();
      parts.forEach((part, i) => {
        const row = decisions[i].row;
        groups.set(row, [...(groups.get(row) ?? []), part]);
      });
      const rows = [...groups.keys()];
      for (const r of rows) if (r.id === undefined) r.id = nextEntity++;
      const facts = [...groups].map(([row, list]) => factsOf(row.id!, row.kind, list)).sort((a, b) => a.order - b.order);
      article.entityIds = facts.map((f) => f.entityId);
      article.engine = decisions.map((d) => d.row.id!);
      article.quoteCount = facts.reduce((n, f) => n + (f.quotes?.length ?? 0), 0);
      const factOf = new Map(facts.map((f) => [f.entityId, f]));
      for (const [row, list] of groups) {
        for (const part of list) absorbIdentity(row, part.inc);
        const f = factOf.get(row.id!)!;
        addAppearance(row, { articleId, date: time, count: f.count, roles: f.roles, quotes: f.quotes, others: article.entityIds, self: row.id });
        for (const part of list) absorbCountry(row, part.inc, articleId);
        refreshKeys(row, list.flatMap((p) => (p.inc.kind === 'person' ? surnameKeys(p.inc.name, p.inc.forms) : [])));
      }
      // All writes at once, straight on the IndexedDB transaction: Dexie's per-row middleware (change
      // tracking for liveQuery, hooks) cost more than the writes themselves here, and nothing observes
      // these tables. The transaction commits once every request is done; any failure aborts all of it.
      // Identities only when a name changed, one facts row, one article row. The summaries wait in memory
      // once this commits and are written in batches (deferred.ts): the facts row holds what they add.
      // An updated article writes them now (its path rebuilt summaries from the tables).
      const idb = tx.idbtrans as IDBTransaction;
      writeAll(idb, 'entities', identityChanges(rows));
      if (replaced) writeAll(idb, 'stats', rows.map(statsOf));
      else idb.addEventListener('complete', () => deferSummaries(database, rows, articleId));
      writeAll(idb, 'facts', [{ articleId, entities: facts } satisfies FactsRow]);
      writeAll(idb, 'articles', [article]);
      const touched = new Set(rows.map((r) => r.id!));
      const dropped = previous.filter((id) => !touched.has(id));
      if (previous.length) await dropOrphans(db, dropped);
      // Nothing more will be asked of this transaction: commit now rather than when the browser notices that
      // every request has answered (the renderer would first take in ~35 success events).
      else idb.commit?.();
      written = { rows, dropped, article, lastEntity: nextEntity - 1, generation, replaced: !!replaced };
      return { articleId, changed: true, entityIds: mapping(article.engine) };
    }),
  );
  return result.then(
    (res) => {
      if (written) remember(cache, written);
      return res;
    },
    (e: unknown) => {
      cache.clear();
      throw e;
    },
  );
}

/** What a committed ingest leaves for the cache. */
interface Written {
  rows: EntityRow[];
  dropped: number[];
  article: ArticleRow;
  lastEntity: number;
  generation: number;
  /** An updated article: summaries were rebuilt from the tables, and reads meanwhile may have cached old ones. */
  replaced: boolean;
}

/** After a committed ingest: its rows, keys, article and ids go into the cache (unless it was emptied meanwhile). */
function remember(cache: ReturnType<typeof cacheOf>, w: Written): void {
  if (w.replaced) {
    cache.clear();
    return;
  }
  if (cache.generation !== w.generation) return;
  if (w.dropped.length) {
    // An updated article may have left entities behind (deleted or not): simplest to start afresh.
    cache.clear();
    return;
  }
  for (const row of w.rows) {
    cache.rows.set(row.id!, row);
    // Names and counters entries are the cache's own objects: updated in place rather than replaced (fewer
    // long-lived objects left for the garbage collector by every ingest).
    const name = cache.names.get(row.id!);
    if (name) Object.assign(name, { name: row.name, kind: row.kind, hidden: row.hidden });
    else cache.names.set(row.id!, { name: row.name, kind: row.kind, hidden: row.hidden });
    const counts = cache.counts.get(row.id!);
    if (counts) Object.assign(counts, { seenIn: row.seenIn, role: row.role });
    else cache.counts.set(row.id!, { seenIn: row.seenIn, role: row.role });
    cache.noteKeys(row);
  }
  const a = w.article;
  cache.articles.set(a.id!, { id: a.id!, title: a.title, url: a.url, site: a.site, entityIds: a.entityIds });
  const last = cache.lastIds;
  cache.lastIds = { article: Math.max(a.id!, last?.article ?? 0), entity: w.lastEntity };
  // Reads that began before this commit must not write what they read into the cache.
  cache.generation++;
}

/** The stored article for a URL (canonical or not), if any. */
export async function findArticleByUrl(db: Tables, url: string): Promise<ArticleRow | undefined> {
  return db.articles.where('urlKey').equals(urlKey(url)).first();
}
