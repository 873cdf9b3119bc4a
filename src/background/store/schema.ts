/**
 * The Dexie database of the reader's knowledge store: row shapes and every schema version.
 *
 * Each version's `stores()` string stays here forever (Dexie needs the history to upgrade old stores), and
 * each upgrade function is a named export so the migration test can run it on fixtures of older versions.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { EntityKind, Settings, SiteSettings } from '../model';
import type { PlaceKind } from '../../core/types';
import { joinInitials, noteWords } from './text';
import { refreshStoredKeys } from './entity-rows';
import { watchWrites } from './cache';
import { replaySummaries } from './deferred';
import { emptySummary, summariesFor } from './summary';

/** An article the reader read (or imported). The article text itself is not kept, only the sentences cards need. */
export interface ArticleRow {
  id?: number;
  /** Normalised canonical URL: the identity of the article. */
  urlKey: string;
  url: string;
  canonicalUrl?: string;
  title: string;
  site?: string;
  byline?: string;
  /** Published date as the page stated it, normalised to ISO 8601 when it parses. */
  published?: string;
  /** When the reader read it (ISO 8601). */
  read: string;
  /** `published`, else `read`: the date every fact of this article carries. */
  date: string;
  /** Hash of the analysed text (same text under another URL is the same article). */
  textHash: string;
  lang?: string;
  /** Store entity ids in reading order (first mention), hidden ones included. Index (version 3, multi-entry). */
  entityIds: number[];
  /** Quotes kept from this article (version 3; counted by the storage report). */
  quoteCount?: number;
  /**
   * Store entity id of each engine entity, in the order the ingest read them (people, places, organisations),
   * so a repeated ingest of the same text answers without re-resolving.
   */
  engine: number[];
  /** Hash of the engine entities' ids and names: a new engine reading the same text differently re-ingests it. */
  engineSig: string;
}

/** The latest role an entity is known to hold (denormalised from the roles table). */
export interface CurrentRole {
  role?: string;
  organization?: string;
  country?: string;
  articleId: number;
  date: string;
  /** Versions 1–2 only: id of the role row this came from. */
  rowId?: number;
}

/** A role as a summary keeps it: the latest statement of one role. */
export interface RoleEntry {
  role?: string;
  organization?: string;
  country?: string;
  /** The sentence that stated it. */
  sentence: string;
  articleId: number;
  /** The article's date, epoch milliseconds. */
  date: number;
}

/** A quote as a summary keeps it. */
export interface QuoteEntry {
  text: string;
  articleId: number;
  /** The article's date, epoch milliseconds. */
  date: number;
}

/**
 * What an entity's card needs of its history (version 3), kept with its counters and updated by each article.
 * The `facts` rows hold the complete history; these lists keep the newest part of it.
 */
export interface Summary {
  /** Number of articles the entity appears in. */
  seenIn: number;
  /** Number of mentions over all articles. */
  mentions: number;
  firstSeen?: string;
  lastSeen?: string;
  /** The latest role stated (the newest entry of `roleHistory`). */
  role?: CurrentRole;
  /** Newest appearances first: `[articleId, date (epoch ms), mentions]`. */
  recent: Array<[number, number, number]>;
  /** Each role once, at its latest statement, newest first. */
  roleHistory: RoleEntry[];
  /** Newest quotes first. */
  latestQuotes: QuoteEntry[];
  /** Entities seen in the same articles: `[entityId, shared articles]`, the most frequent ones. */
  together: Array<[number, number]>;
  /**
   * The newest article folded into this summary (articles are folded in id order): a summary written before
   * summaries were deferred has none. See `deferred.ts`.
   */
  through?: number;
}

/** One entity's part of one article (version 3): everything the article said about it. */
export interface EntityFacts {
  entityId: number;
  /** Mentions in the article. */
  count: number;
  /** Offset of the first mention (reading order). */
  order: number;
  /** Normalised surface names used in this article (lets a split move the right appearances). */
  forms: string[];
  /** The sentence of the first mention, shortened (people, when no role sentence keeps it). */
  sentence?: string;
  /** Roles the article stated, with their sentences. */
  roles?: Array<{ role?: string; organization?: string; country?: string; sentence: string }>;
  /** Quotes the article attributed to the entity. */
  quotes?: string[];
  /** Set when the article gave the entity an office (what the summary's `official` flag takes from it). */
  official?: true;
}

/** The facts of one article (version 3; primary key = article id), entities in reading order. */
export interface FactsRow {
  articleId: number;
  entities: EntityFacts[];
}

/**
 * A person, place or organisation as the code handles it: identity and counters together. It is stored in
 * two tables: the identity ({@link EntityIdentity}: names, indexes; rewritten only when a name changes) in
 * `entities`, and the counters ({@link StatsRow}: rewritten by every article) in `stats`, so the hot write path
 * never touches the name indexes.
 */
export interface EntityRow extends Summary {
  id?: number;
  kind: EntityKind;
  name: string;
  /** Other surface names seen (or given by the reader), display form. */
  aliases: string[];
  /** Index: normalised keys of `name` and `aliases` (exact-name resolution, name search). */
  names: string[];
  /** Index: single words of names and of the current role (prefix search, surname lookup). */
  words: string[];
  /** Persons: normalised single-word forms that may stand for the whole name ("hwang" for Hwang Joon-kook). */
  surnames: string[];
  /** Index: gazetteer identity of a place ("geonames:706483"). */
  placeKey?: string;
  place?: { kind: PlaceKind; country?: string; countryCode?: string; latlng?: [number, number] };
  /** Country the entity belongs to (a person's country, a place's country, an organisation's country). */
  country?: string;
  official: boolean;
  /** Number of reader notes attached to the entity. */
  notes: number;
  /** 1 when the reader hid the entity (never marked, left out of casts). */
  hidden: 0 | 1;
  /** True once the reader renamed the entity: automatic resolution no longer changes its name. */
  renamed?: boolean;
}

/** Fields of {@link EntityRow} kept in the `stats` table. */
export const STAT_FIELDS = ['seenIn', 'mentions', 'firstSeen', 'lastSeen', 'role', 'official', 'notes', 'recent', 'roleHistory', 'latestQuotes', 'together', 'through'] as const;
/** The counters of an entity (`stats` table, primary key = entity id). */
export type StatsRow = Pick<EntityRow, (typeof STAT_FIELDS)[number]> & { id: number };
/** The identity of an entity (`entities` table). */
export type EntityIdentity = Omit<EntityRow, (typeof STAT_FIELDS)[number]>;

/** Versions 1–2: one entity's appearance in one article. Primary key `[articleId+entityId]`. */
export interface MentionRow {
  articleId: number;
  entityId: number;
  /** The article's date, epoch milliseconds (`[entityId+date]` lists appearances newest first). */
  date: number;
  /** Mentions in the article. */
  count: number;
  /** Offset of the first mention (reading order). */
  order: number;
  /** Normalised surface names used in this article (lets a split move the right appearances). */
  forms: string[];
  /** The sentence of the first mention, shortened. */
  sentence?: string;
}

/** Versions 1–2: a role stated by one article for one entity. */
export interface RoleRow {
  id?: number;
  entityId: number;
  articleId: number;
  /** The article's date, epoch milliseconds (compact index keys). */
  date: number;
  role?: string;
  organization?: string;
  country?: string;
  sentence: string;
}

/** Versions 1–2: a quote attributed to a person by one article. */
export interface QuoteRow {
  id?: number;
  entityId: number;
  articleId: number;
  /** The article's date, epoch milliseconds (compact index keys). */
  date: number;
  text: string;
}

/** A reader's note on an entity or an article. */
export interface NoteRow {
  id?: number;
  targetKind: 'entity' | 'article';
  targetId: number;
  body: string;
  created: string;
  updated: string;
  /** Index (since version 2): normalised words of the body, for search. */
  words?: string[];
}

/** A reader correction remembered for future articles: `key` (a normalised name of `kind`) means `entityId`. */
export interface CorrectionRow {
  id?: number;
  type: 'merge' | 'split' | 'rename';
  kind: EntityKind;
  key: string;
  entityId: number;
  at: string;
}

/** Key/value rows (global settings). */
export interface KvRow {
  key: string;
  value: Settings | SummariesMark;
}

/** The `kv` row `summaries`: every stored summary folds every article up to `through` (see `deferred.ts`). */
export interface SummariesMark {
  through: number;
}

/** The current schema version. Export files carry it; imports from a newer version are refused. */
export const SCHEMA_VERSION = 4;

/** Every schema version's table definitions, oldest first. Never edit a published version: add one. */
export const SCHEMA_HISTORY: ReadonlyArray<{ version: number; stores: Record<string, string | null> }> = [
  {
    version: 1,
    stores: {
      articles: '++id, &urlKey, textHash, date',
      entities: '++id, *names, *words, placeKey',
      stats: 'id',
      mentions: '[articleId+entityId], [entityId+date]',
      roles: '++id, [entityId+date], articleId',
      quotes: '++id, [entityId+date], articleId',
      notes: '++id, [targetKind+targetId], updated',
      corrections: '++id, [kind+key], entityId',
      sites: 'site',
      kv: 'key',
    },
  },
  {
    // Version 2: notes get a word index so search finds them without reading every note; entities get a
    // surname index so a bare "Mr. Hwang" finds Hwang Joon-kook without reading every entity with that word.
    version: 2,
    stores: { notes: '++id, [targetKind+targetId], updated, *words', entities: '++id, *names, *words, *surnames, placeKey' },
  },
  {
    // Version 3: an ingest writes a handful of rows instead of ~80. An article's mentions, roles and quotes are
    // one `facts` row; the article lists its entities behind a multi-entry index; each entity's `stats` row
    // carries its card summary (latest appearances, roles, quotes, companions).
    version: 3,
    stores: { articles: '++id, &urlKey, textHash, date, *entityIds', facts: 'articleId', mentions: null, roles: null, quotes: null },
  },
  {
    // Version 4: name keys join initials ("J.D. Vance" and "JD Vance" are one key, "jd vance"); the tables
    // are unchanged, the stored keys (entity indexes, corrections, the forms in facts) are rewritten.
    version: 4,
    stores: {},
  },
];

/**
 * Version 1 → 2: fill the new `words` index of every note, and recompute each entity's name keys (a person
 * with a full name no longer lists bare surnames under `names`; they are in the new `surnames` index).
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table('notes').toCollection().modify((note: NoteRow) => {
    note.words = noteWords(note.body);
  });
  await refreshAllKeys(tx);
}

/** Recomputes every entity's index keys (names, words, surnames) from its name, aliases and current role. */
async function refreshAllKeys(tx: Transaction): Promise<void> {
  const roles = new Map<number, CurrentRole | undefined>();
  await tx.table('stats').each((s: StatsRow) => roles.set(s.id, s.role));
  await tx.table('entities').toCollection().modify((e: EntityRow) => refreshStoredKeys(e, roles.get(e.id!)));
}

/** Versions 1–2 rows of one article turned into its version 3 facts (pure; also used for old backups). */
export function factsFromV2(articleIds: number[], mentions: MentionRow[], roles: RoleRow[], quotes: QuoteRow[]): FactsRow[] {
  const byArticle = new Map<number, Map<number, EntityFacts>>(articleIds.map((id) => [id, new Map()]));
  const entry = (articleId: number, entityId: number) => {
    let list = byArticle.get(articleId);
    if (!list) byArticle.set(articleId, (list = new Map()));
    let f = list.get(entityId);
    if (!f) list.set(entityId, (f = { entityId, count: 0, order: Number.MAX_SAFE_INTEGER, forms: [] }));
    return f;
  };
  for (const m of mentions) {
    const f = entry(m.articleId, m.entityId);
    Object.assign(f, { count: f.count + m.count, order: Math.min(f.order, m.order), forms: [...new Set([...f.forms, ...m.forms])] });
    if (m.sentence !== undefined) f.sentence = m.sentence;
  }
  for (const r of [...roles].sort((a, b) => (a.id ?? 0) - (b.id ?? 0))) {
    const f = entry(r.articleId, r.entityId);
    const role: NonNullable<EntityFacts['roles']>[number] = { sentence: r.sentence };
    if (r.role !== undefined) role.role = r.role;
    if (r.organization !== undefined) role.organization = r.organization;
    if (r.country !== undefined) role.country = r.country;
    (f.roles ??= []).push(role);
  }
  for (const q of [...quotes].sort((a, b) => (a.id ?? 0) - (b.id ?? 0))) (entry(q.articleId, q.entityId).quotes ??= []).push(q.text);
  return [...byArticle].map(([articleId, list]) => ({ articleId, entities: [...list.values()].sort((a, b) => a.order - b.order) }));
}

/**
 * Version 2 → 3: the mention, role and quote rows of each article become its `facts` row; each entity's
 * summary is built from them; articles get their quote count. The old tables are deleted after this runs.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const [articles, mentions, roles, quotes] = await Promise.all([
    tx.table('articles').toArray() as Promise<ArticleRow[]>,
    tx.table('mentions').toArray() as Promise<MentionRow[]>,
    tx.table('roles').toArray() as Promise<RoleRow[]>,
    tx.table('quotes').toArray() as Promise<QuoteRow[]>,
  ]);
  const facts = factsFromV2(articles.map((a) => a.id!), mentions, roles, quotes);
  await tx.table('facts').bulkAdd(facts);
  const summaries = summariesFor(articles, facts);
  const quoteCounts = new Map(facts.map((f) => [f.articleId, f.entities.reduce((n, e) => n + (e.quotes?.length ?? 0), 0)]));
  await tx.table('articles').toCollection().modify((a: ArticleRow) => {
    a.quoteCount = quoteCounts.get(a.id!) ?? 0;
  });
  await tx.table('stats').toCollection().modify((s: StatsRow) => {
    Object.assign(s, summaries.get(s.id) ?? emptySummary());
    if (!s.role) delete s.role;
    if (!s.firstSeen) delete s.firstSeen;
    if (!s.lastSeen) delete s.lastSeen;
  });
}

/** Version 3 → 4 of one facts row: its entities' name forms as today's keys (changes the row in place). */
export function rekeyFacts(f: FactsRow): void {
  for (const e of f.entities) e.forms = [...new Set(e.forms.map(joinInitials))];
}

/**
 * Version 3 → 4: name keys join initials. Entities' indexes are recomputed (as version 2 did), and the keys
 * the reader's corrections and the articles' facts hold are rewritten the same way.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  await refreshAllKeys(tx);
  await tx.table('corrections').toCollection().modify((c: CorrectionRow) => {
    c.key = joinInitials(c.key);
  });
  await tx.table('facts').toCollection().modify((f: FactsRow) => rekeyFacts(f));
}

const UPGRADES: Record<number, (tx: Transaction) => Promise<void>> = { 2: upgradeToV2, 3: upgradeToV3, 4: upgradeToV4 };

/** The store's Dexie database. */
export class BackstoryDB extends Dexie {
  articles!: Table<ArticleRow, number>;
  entities!: Table<EntityIdentity, number>;
  stats!: Table<StatsRow, number>;
  facts!: Table<FactsRow, number>;
  notes!: Table<NoteRow, number>;
  corrections!: Table<CorrectionRow, number>;
  sites!: Table<SiteSettings, string>;
  kv!: Table<KvRow, string>;

  /**
   * @param name database name (`backstory` in the extension; tests use their own).
   * @param options Dexie options (tests inject `indexedDB`/`IDBKeyRange`); `upTo` opens an older schema (fixtures).
   */
  constructor(name: string, options: ConstructorParameters<typeof Dexie>[1] & { upTo?: number } = {}) {
    const { upTo, ...dexieOptions } = options;
    super(name, dexieOptions);
    for (const { version, stores } of SCHEMA_HISTORY) {
      if (upTo !== undefined && version > upTo) break;
      const v = this.version(version).stores(stores);
      const upgrade = UPGRADES[version];
      if (upgrade) v.upgrade(upgrade);
    }
    // The background's read cache is emptied by every write that does not keep it up to date itself.
    watchWrites(this);
    // Summaries a stopped background had not written yet are rebuilt from the articles' facts, before any
    // other request is answered. (A database opened at an older version, for a fixture, is left as it was.)
    if (upTo === undefined) this.on('ready', (vip) => replaySummaries(vip as BackstoryDB), true);
  }
}

/** Names of the tables an ingest writes (one read-write transaction over all of them). */
export const CONTENT_TABLES = ['articles', 'entities', 'stats', 'facts', 'notes', 'corrections'] as const;

/** Every table of the store. */
export const ALL_TABLES = ['articles', 'entities', 'stats', 'facts', 'notes', 'corrections', 'sites', 'kv'] as const;

/** The tables as helpers use them: the database's, or ones bound to one transaction. */
export type Tables = Pick<BackstoryDB, (typeof ALL_TABLES)[number] | 'table'>;

/**
 * The tables of `db` bound to transaction `tx`. Helpers (native async functions awaiting each other) get
 * these, so every request they make runs in that transaction whatever Dexie's zone tracking makes of the
 * native promise chain.
 */
export function bound(db: BackstoryDB, tx: Transaction): Tables {
  const out = { table: (name: string) => tx.table(name) } as Record<string, unknown>;
  for (const name of ALL_TABLES) if (db.tables.some((t) => t.name === name)) out[name] = tx.table(name);
  return out as unknown as Tables;
}
