/**
 * Entity summaries (schema version 3): what a card needs of an entity's history, kept in the entity's `stats`
 * row and updated by each article, so a card reads one row instead of ranges of mention, role and quote rows.
 *
 * The complete history stays in the articles' `facts` rows; {@link summaryFrom} rebuilds a summary from them
 * and gives the same result as adding the appearances one by one with {@link addAppearance}.
 * Pure functions, no Dexie.
 */
import type { CurrentRole, EntityFacts, FactsRow, RoleEntry, QuoteEntry, Summary } from './schema';

/** How much of an entity's history its summary keeps (the card shows a part of each). */
export const SUMMARY_LIMITS = { recent: 10, roles: 12, quotes: 8, companions: 32 } as const;

/** An empty summary. */
export function emptySummary(): Summary {
  return { seenIn: 0, mentions: 0, recent: [], roleHistory: [], latestQuotes: [], together: [] };
}

/** One appearance of an entity in one article, as a summary takes it in. */
export interface AppearanceInput {
  articleId: number;
  /** Article date, epoch milliseconds. */
  date: number;
  count: number;
  roles: EntityFacts['roles'];
  quotes: EntityFacts['quotes'];
  /** The entities of the article (the entity itself, when listed, is skipped). */
  others: number[];
  /** The entity's own id, skipped in `others` (so a caller can pass the article's whole cast). */
  self?: number;
}

const roleKey = (r: { role?: string; organization?: string; country?: string }) => `${r.role ?? ''}|${r.organization ?? ''}|${r.country ?? ''}`;

/** Index at which an entry dated `date` (article `articleId`) goes in a newest-first list. */
function slot<T>(list: T[], newer: (x: T) => boolean): number {
  let i = 0;
  while (i < list.length && newer(list[i])) i++;
  return i;
}

/** The current role a role history states (its newest entry). */
export function currentRole(history: RoleEntry[]): CurrentRole | undefined {
  const r = history[0];
  return r && { role: r.role, organization: r.organization, country: r.country, articleId: r.articleId, date: new Date(r.date).toISOString() };
}

/**
 * Adds one appearance to a summary: counters, dates, the newest appearances, role history (each role once, at
 * its latest statement), latest quotes, and co-occurrence counts. Later additions win ties of date.
 */
export function addAppearance(s: Summary, a: AppearanceInput): void {
  s.seenIn += 1;
  s.mentions += a.count;
  s.through = Math.max(s.through ?? 0, a.articleId);
  const iso = new Date(a.date).toISOString();
  if (!s.firstSeen || iso < s.firstSeen) s.firstSeen = iso;
  if (!s.lastSeen || iso > s.lastSeen) s.lastSeen = iso;

  const at = slot(s.recent, ([id, d]) => d > a.date || (d === a.date && id > a.articleId));
  if (at < SUMMARY_LIMITS.recent) {
    s.recent.splice(at, 0, [a.articleId, a.date, a.count]);
    s.recent.length = Math.min(s.recent.length, SUMMARY_LIMITS.recent);
  }

  for (const r of a.roles ?? []) {
    const key = roleKey(r);
    const i = s.roleHistory.findIndex((x) => roleKey(x) === key);
    if (i >= 0) {
      if (s.roleHistory[i].date > a.date) continue;
      s.roleHistory.splice(i, 1);
    }
    const entry: RoleEntry = { ...r, articleId: a.articleId, date: a.date };
    s.roleHistory.splice(slot(s.roleHistory, (x) => x.date > a.date), 0, entry);
    s.roleHistory.length = Math.min(s.roleHistory.length, SUMMARY_LIMITS.roles);
  }
  for (const text of a.quotes ?? []) {
    const q: QuoteEntry = { text, articleId: a.articleId, date: a.date };
    const i = slot(s.latestQuotes, (x) => x.date > a.date);
    if (i >= SUMMARY_LIMITS.quotes) continue;
    s.latestQuotes.splice(i, 0, q);
    s.latestQuotes.length = Math.min(s.latestQuotes.length, SUMMARY_LIMITS.quotes);
  }
  s.role = currentRole(s.roleHistory);
  addCompanions(s, a.others, a.self);
}

/** Position of `id` in a companion list, or -1 (a linear scan: the list holds at most 32 pairs). */
function companionAt(together: Array<[number, number]>, id: number): number {
  for (let i = 0; i < together.length; i++) if (together[i][0] === id) return i;
  return -1;
}

/** Position of the least frequent companion (the last of equals). */
function leastFrequent(together: Array<[number, number]>): number {
  let min = 0;
  for (let j = 1; j < together.length; j++) if (together[j][1] <= together[min][1]) min = j;
  return min;
}

/**
 * Counts one more shared article with each of `ids` (except `self`). The list keeps the
 * {@link SUMMARY_LIMITS.companions} most frequent companions: when it is full, a new one takes the place of the
 * least frequent (the last of those in the list). Pairs are replaced, never changed in place, so a copy of
 * the list may share its pairs with the original (the store's cache keeps committed rows that way).
 */
function addCompanions(s: Summary, ids: number[], self?: number): void {
  const list = s.together;
  for (const id of ids) {
    if (id === self) continue;
    const i = companionAt(list, id);
    if (i >= 0) list[i] = [id, list[i][1] + 1];
    else if (list.length < SUMMARY_LIMITS.companions) list.push([id, 1]);
    else list[leastFrequent(list)] = [id, 1];
  }
}

/** Changes the co-occurrence count of `id` by `delta` (a merge or split moved shared articles). */
export function bumpCompanion(s: Summary, id: number, delta: number): void {
  const i = companionAt(s.together, id);
  if (i >= 0) {
    const n = s.together[i][1] + delta;
    if (n <= 0) s.together.splice(i, 1);
    else s.together[i] = [id, n];
    return;
  }
  if (delta <= 0) return;
  if (s.together.length >= SUMMARY_LIMITS.companions) s.together.splice(leastFrequent(s.together), 1);
  s.together.push([id, delta]);
}

/** Moves the co-occurrence count of `from` to `to` (one shared article): after a merge or split moved it. */
export function moveCompanion(s: Summary, from: number, to: number, stillThere: boolean): void {
  bumpCompanion(s, from, -1);
  if (!stillThere) bumpCompanion(s, to, 1);
}

/** One stored appearance: the article's id, date and cast, and the entity's facts there. */
export interface StoredAppearance {
  articleId: number;
  date: number;
  entityIds: number[];
  facts: EntityFacts;
}

/** The summary of entity `id` rebuilt from every article it appears in (any order). */
export function summaryFrom(id: number, appearances: StoredAppearance[]): Summary {
  const s = emptySummary();
  const sorted = [...appearances].sort((x, y) => x.date - y.date || x.articleId - y.articleId);
  for (const a of sorted) {
    addAppearance(s, {
      articleId: a.articleId, date: a.date, count: a.facts.count, roles: a.facts.roles, quotes: a.facts.quotes,
      others: [...new Set(a.entityIds)].filter((x) => x !== id),
    });
  }
  return s;
}

/** Summaries of every entity of the given articles, rebuilt from their facts (a migration, an old backup). */
export function summariesFor(articles: Array<{ id?: number; date: string; entityIds: number[] }>, facts: FactsRow[]): Map<number, Summary> {
  const heads = new Map(articles.map((a) => [a.id!, a]));
  const byEntity = new Map<number, StoredAppearance[]>();
  for (const f of facts) {
    const a = heads.get(f.articleId);
    if (!a) continue;
    const date = Date.parse(a.date);
    const cast = f.entities.map((e) => e.entityId);
    for (const e of f.entities) {
      let list = byEntity.get(e.entityId);
      if (!list) byEntity.set(e.entityId, (list = []));
      list.push({ articleId: f.articleId, date, entityIds: cast, facts: e });
    }
  }
  return new Map([...byEntity].map(([id, list]) => [id, summaryFrom(id, list)]));
}
