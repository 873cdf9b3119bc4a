/**
 * Keeping entity rows consistent: derived keys (names, words, surnames), what a new appearance adds, and a
 * full recount from the tables after removals, merges and splits.
 */
import Dexie from 'dexie';
import type { Tables, EntityRow } from './schema';
import type { Incoming } from './resolve';
import { surnameKeys } from './resolve';
import { addUnique, nameKey, searchWords } from './text';

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

/** Facts of one appearance of an entity in an article. */
export interface AppearanceFacts {
  articleId: number;
  date: string;
  count: number;
}

/** Folds one incoming appearance into `row` (names, aliases, place data, role, counters). */
export function absorb(row: EntityRow, inc: Incoming, seen: AppearanceFacts): void {
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
  const stated = inc.role || inc.organization || (inc.kind === 'person' && inc.country);
  if (stated && (!row.role || row.role.date <= seen.date)) {
    row.role = { role: inc.role, organization: inc.organization, country: inc.country, articleId: seen.articleId, date: seen.date };
  }
  if (inc.country && (!row.country || row.role?.articleId === seen.articleId)) row.country = inc.country;
  row.seenIn += 1;
  row.mentions += seen.count;
  if (!row.firstSeen || seen.date < row.firstSeen) row.firstSeen = seen.date;
  if (!row.lastSeen || seen.date > row.lastSeen) row.lastSeen = seen.date;
  refreshKeys(row, inc.kind === 'person' ? surnameKeys(inc.name, inc.forms) : []);
}

/**
 * Recounts an entity's counters, dates and current role from its mention and role rows (after an article
 * update, a merge or a split). Must run inside a transaction over entities, mentions, roles.
 */
export async function recount(db: Tables, row: EntityRow): Promise<void> {
  const id = row.id!;
  const range = db.mentions.where('[entityId+date]').between([id, Dexie.minKey], [id, Dexie.maxKey]);
  let seenIn = 0;
  let mentions = 0;
  let first: number | undefined;
  let last: number | undefined;
  await range.each((m) => {
    seenIn++;
    mentions += m.count;
    if (!first || m.date < first) first = m.date;
    if (!last || m.date > last) last = m.date;
  });
  row.seenIn = seenIn;
  row.mentions = mentions;
  row.firstSeen = first === undefined ? undefined : new Date(first).toISOString();
  row.lastSeen = last === undefined ? undefined : new Date(last).toISOString();
  const latest = await db.roles.where('[entityId+date]').between([id, Dexie.minKey], [id, Dexie.maxKey]).last();
  row.role = latest
    ? { role: latest.role, organization: latest.organization, country: latest.country, articleId: latest.articleId, date: new Date(latest.date).toISOString(), rowId: latest.id }
    : undefined;
  if (latest?.country) row.country = latest.country;
  refreshKeys(row);
}
