/**
 * Search over everything read: entity names and aliases (prefix of the whole name or of any word), current
 * roles, and the reader's notes. Index prefix ranges only, capped, then ranked in memory.
 */
import type { SearchHit } from '../model';
import { bound, type BackstoryDB, type EntityIdentity, type EntityRow } from './schema';
import { clip, fold, nameKey, searchWords } from './text';
import { getEntities, withStats } from './entity-io';
import { cacheOf } from './cache';

/** Most candidates read from each index before ranking. */
const CANDIDATES = 40;

/** Searches the store; `limit` hits at most (default 20), best first. */
export async function search(database: BackstoryDB, query: string, limit = 20): Promise<SearchHit[]> {
  const key = nameKey(query);
  const words = searchWords(query);
  if (!key && !words.length) return [];
  const lastWord = words[words.length - 1] ?? key;
  return database.transaction('r', ['entities', 'stats', 'notes'], async (tx) => {
    const db = bound(database, tx);
    const [nameIds, wordIds, noteRows] = await Promise.all([
      key ? db.entities.where('names').startsWith(key).limit(CANDIDATES).toArray() : [],
      lastWord ? db.entities.where('words').startsWith(lastWord).limit(CANDIDATES).toArray() : [],
      lastWord ? db.notes.where('words').startsWith(lastWord).limit(CANDIDATES).toArray() : [],
    ]);
    // Counters: from the background's cache where it holds the row or its counters (it is consulted after the
    // index reads answered, so it is as new as they are), one read for the rest of both candidate lists.
    const cache = cacheOf(database);
    const full = new Map<number, EntityRow>();
    const union = new Map<number, EntityIdentity>();
    for (const e of [...nameIds, ...wordIds]) {
      const hit = cache.rows.get(e.id!);
      const counts = hit ? undefined : cache.counts.get(e.id!);
      if (hit) full.set(e.id!, hit);
      else if (counts) full.set(e.id!, { ...e, ...counts } as EntityRow);
      else union.set(e.id!, e);
    }
    const generation = cache.generation;
    for (const e of await withStats(db, [...union.values()])) {
      full.set(e.id!, e);
      if (cache.generation === generation) {
        cache.rows.set(e.id!, e);
        cache.counts.set(e.id!, { seenIn: e.seenIn, role: e.role });
      }
    }
    const byName = nameIds.map((e) => full.get(e.id!)!);
    const byWord = wordIds.map((e) => full.get(e.id!)!);
    const hits = new Map<number, { hit: SearchHit; rank: number }>();
    const offer = (e: EntityRow, matched: SearchHit['matched'], rank: number, snippet?: string) => {
      if (e.hidden) return;
      const prev = hits.get(e.id!);
      if (prev && prev.rank <= rank) return;
      hits.set(e.id!, { hit: { entityId: e.id!, kind: e.kind, name: e.name, role: e.role?.role, seenIn: e.seenIn, matched, snippet }, rank });
    };
    const allWords = (have: string[]) => words.every((w) => have.some((h) => h.startsWith(w)));
    for (const e of new Set(byName)) offer(e, 'name', nameKey(e.name).startsWith(key) ? 0 : 1, e.name);
    for (const e of new Set(byWord)) {
      if (!allWords(e.words)) continue;
      const nameWords = e.names.flatMap((n) => searchWords(n));
      if (allWords(nameWords)) offer(e, 'name', 2, e.name);
      else offer(e, 'role', 3, e.role?.role);
    }
    // (Index ranges may list a row once per matching key; rows are deduplicated by id.)
    const noted = [...new Map(noteRows.map((n) => [n.id!, n])).values()].filter((n) => n.targetKind === 'entity' && allWords(n.words ?? searchWords(n.body)));
    const noteEntities = await getEntities(db, noted.map((n) => n.targetId));
    noted.forEach((n, i) => {
      const e = noteEntities[i];
      if (e) offer(e, 'note', 4, clip(n.body, 160));
    });
    return [...hits.values()]
      .sort((a, b) => a.rank - b.rank || b.hit.seenIn - a.hit.seenIn || fold(a.hit.name).localeCompare(fold(b.hit.name)))
      .slice(0, limit)
      .map((h) => h.hit);
  });
}
