/**
 * Keeping entity rows consistent: derived keys (names, words, surnames), what a new appearance adds, and a
 * full recount from the tables after removals, merges and splits.
 */
import type { Tables, EntityRow, CurrentRole } from './schema';
import type { Incoming } from './resolve';
import { surnameKeys } from './resolve';
import { addUnique, nameKey, searchWords } from './text';
import { summaryFrom, type StoredAppearance } from './summary';

/** Most aliases kept per entity (the first ones seen stay). */
export const MAX_ALIASES = 16;

/** Recomputes `names`, `words` and `surnames` from the name, aliases and current role. */
export function refreshKeys(row: EntityRow, extraSurnames: string[] = []): void {
  const all = new Set<string>([nameKey(row.name)]);
  for (const a of row.aliases) all.add(nameKey(a));
  all.delete('');
  // A person with a full name is not found through `names` by a bare word ("Kim" for Kim Yo-jong): every
  // Kim would match. Bare words of such a person are its `surnames`, looked up only for bare-word mentions.
  const fullName = row.kind === 'person' && nameKey(row.name).includes(' ');
  row.names = [...all].filter((k, i) => i === 0 || !fullName || k.includes(' '));
  const words = new Set<string>();
  for (const n of all) for (const w of searchWords(n)) words.add(w);
  if (row.role?.role) for (const w of searchWords(row.role.role)) words.add(w);
  row.words = [...words];
  if (row.kind === 'person') {
    const tokens = new Set([...all].flatMap((n) => n.split(' ')));
    const s = new Set<string>(extraSurnames.filter((k) => tokens.has(k)));
    for (const k of surnameKeys(row.name, [...all])) s.add(k);
    for (const k of row.surnames) if (tokens.has(k)) s.add(k);
    row.surnames = [...s];
  }
}

/**
 * Recomputes the keys of a stored identity row, which carries no role, with the current role its counters
 * hold (upgrades and old backups rewrite keys this way).
 */
export function refreshStoredKeys(identity: EntityRow, role: CurrentRole | undefined): void {
  identity.role = role;
  refreshKeys(identity);
  delete identity.role;
}

/**
 * Folds the names and identity facts of one incoming engine entity into `row` (name, aliases, place data,
 * official). Counters, roles and the rest of the summary come from {@link addAppearance}; keys are refreshed by
 * the caller once the article's appearance is added.
 */
export function absorbIdentity(row: EntityRow, inc: Incoming): void {
  const k = (s: string) => nameKey(s);
  if (row.kind === 'person' && !row.renamed && !row.name.includes(' ') && inc.name.includes(' ') && k(inc.name) !== k(row.name)) {
    // A full name arrives for a person known by a short name: the full name becomes canonical.
    row.aliases.unshift(row.name);
    row.name = inc.name;
  }
  for (const s of [inc.name, ...inc.surfaces]) {
    if (row.aliases.length >= MAX_ALIASES) break;
    if (k(s) !== k(row.name)) addUnique(row.aliases, s, k);
  }
  row.aliases = row.aliases.filter((a) => k(a) !== k(row.name));
  if (inc.placeKey && !row.placeKey) row.placeKey = inc.placeKey;
  if (inc.place) row.place = { ...row.place, ...inc.place };
  if (inc.official) row.official = true;
}

/** Sets the entity's country from an article that states one, when none is known or the current role is from it. */
export function absorbCountry(row: EntityRow, inc: Incoming, articleId: number): void {
  if (inc.country && (!row.country || row.role?.articleId === articleId)) row.country = inc.country;
}

/** Every stored appearance of entity `id`: its articles (multi-entry index) and their facts. */
export async function appearancesOf(db: Tables, id: number): Promise<StoredAppearance[]> {
  const articles = await db.articles.where('entityIds').equals(id).toArray();
  const facts = await db.facts.bulkGet(articles.map((a) => a.id!));
  const out: StoredAppearance[] = [];
  articles.forEach((a, i) => {
    const f = facts[i]?.entities.find((e) => e.entityId === id);
    if (f) out.push({ articleId: a.id!, date: Date.parse(a.date), entityIds: a.entityIds, facts: f });
  });
  return out;
}

/**
 * Rebuilds an entity's summary (counters, dates, current role, latest appearances, roles, quotes, companions)
 * from the facts of every article it appears in (after an article update, a merge or a split). Must run
 * inside a transaction over articles and facts.
 */
export async function recount(db: Tables, row: EntityRow): Promise<void> {
  Object.assign(row, summaryFrom(row.id!, await appearancesOf(db, row.id!)));
  for (const k of ['role', 'firstSeen', 'lastSeen'] as const) if (row[k] === undefined) delete row[k];
  if (row.role?.country) row.country = row.role.country;
  refreshKeys(row);
}
