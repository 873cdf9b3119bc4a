/**
 * "Talks were held in Nairobi, Kampala and Mbelezi", "the tour visited Paris, Lyon, Trevasse and Bordeaux": an
 * unread capitalised name (no mention, or the tagger's MISC with no gazetteer reading) listed among places is a place too. The list must hold at least two places (read from
 * the gazetteer) and no other kind of name, and the new member must stand between the list's joiners (commas,
 * "and", "or"), or open the list right after a place preposition ("in Mbelezi, Nairobi and Kampala").
 */
import type { Doc } from '../doc/document';
import { CAPITALISED_FUNCTION_WORDS, LOCATIVE_WORDS, TITLE_HEADS } from '../lexicon/words';

/** The part of a mention this rule reads. */
export interface ListMember {
  i: number;
  j: number;
  type: 'PER' | 'LOC' | 'ORG' | 'MISC';
  nested?: boolean;
  /** Set for a place read from the gazetteer. */
  place?: readonly unknown[];
  /** "ORG" for a place meant as a team. */
  tag?: 'PER' | 'LOC' | 'ORG' | 'MISC';
}

/** Most words of a new member. */
const MAX_WORDS = 3;

/** Most list members read on each side of a new one (a bound on the work for very long lists). */
const MAX_MEMBERS = 24;

/**
 * Token ranges [i, j) of unread names listed among places, in order.
 * @param mentions - the document's mentions, sorted by position.
 */
export function unreadListPlaces(doc: Doc, mentions: readonly ListMember[]): Array<[number, number]> {
  return unreadListMembers(doc, mentions, isPlace, true);
}

/**
 * "the side was Breen, Staunton, Harte and Quillan": an unread capitalised name listed among at least two people
 * (and no other kind of name) is a person too; the new member stands between the list's joiners.
 * @param mentions - the document's mentions, sorted by position.
 */
export function unreadListPeople(doc: Doc, mentions: readonly ListMember[]): Array<[number, number]> {
  return unreadListMembers(doc, mentions, (m) => m.type === 'PER', false);
}

/**
 * Token ranges [i, j) of unread names listed among at least two names of a kind (`isKind`) and no other, in order.
 * @param opensAfterPreposition - a new member may open the list right after a place preposition.
 */
function unreadListMembers(doc: Doc, mentions: readonly ListMember[], isKind: (m: ListMember) => boolean, opensAfterPreposition: boolean): Array<[number, number]> {
  let places = 0;
  for (const m of mentions) if (!m.nested && isKind(m)) places++;
  if (places < 2 || !anyOpening(doc, mentions, isKind)) return [];
  const flat = mentions.filter((m) => !m.nested);
  const covered = new Uint8Array(doc.n);
  const startAt = new Map<number, ListMember>();
  const endAt = new Map<number, ListMember>();
  for (const m of flat) {
    if (!unread(m)) covered.fill(1, m.i, m.j);
    startAt.set(m.i, m);
    endAt.set(m.j, m);
  }
  // Where a new member can start: after a place and its joiner, or before a joiner and a place.
  const starts: number[] = [];
  for (const m of flat) {
    if (!isKind(m)) continue;
    let a = m.j;
    if (a < doc.n && joiner(doc.fold(a))) {
      a++;
      if (doc.fold(a - 1) === ',' && a < doc.n && (doc.fold(a) === 'and' || doc.fold(a) === 'or')) a++;
      if (a < doc.n) starts.push(a);
    }
    let e = m.i - 1;
    if (e >= 1 && joiner(doc.fold(e))) {
      if (doc.fold(e) !== ',' && doc.fold(e - 1) === ',') e--;
      let b = e;
      while (b - 1 >= 0 && b > e - MAX_WORDS && !covered[b - 1] && nameWord(doc, b - 1)) b--;
      if (b < e) starts.push(b);
    }
  }
  starts.sort((x, y) => x - y);
  const out: Array<[number, number]> = [];
  let last = -1;
  for (const t of starts) {
    if (t <= last) continue;
    const r = memberAt(doc, t, covered, startAt, endAt, isKind, opensAfterPreposition);
    if (!r) continue;
    out.push(r);
    last = r[1] - 1;
  }
  return out;
}

/**
 * Cheap test before any allocation: some mention of the kind has, across a joiner, a capitalised word that no
 * mention of another reading starts or ends at. `mentions` is sorted by position.
 */
function anyOpening(doc: Doc, mentions: readonly ListMember[], isKind: (m: ListMember) => boolean): boolean {
  let prev: ListMember | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.nested) continue;
    if (isKind(m)) {
      let a = m.j;
      if (a < doc.n && joiner(doc.fold(a))) {
        a++;
        if (doc.fold(a - 1) === ',' && a < doc.n && (doc.fold(a) === 'and' || doc.fold(a) === 'or')) a++;
        let next: ListMember | undefined;
        for (let x = k + 1; x < mentions.length && !next; x++) if (!mentions[x].nested) next = mentions[x];
        if (a < doc.n && doc.cap(a) && doc.word(a) && (!next || next.i !== a || unread(next))) return true;
      }
      const e = m.i - 1;
      if (e >= 1 && joiner(doc.fold(e)) && doc.cap(e - 1) && doc.word(e - 1) && (!prev || prev.j !== e || unread(prev))) return true;
      if (e >= 2 && doc.fold(e) !== ',' && doc.fold(e - 1) === ',' && doc.cap(e - 2) && doc.word(e - 2) && (!prev || prev.j !== e - 1 || unread(prev))) return true;
    }
    prev = m;
  }
  return false;
}

/** The unread member starting at token `t` of a list of names of one kind only, or undefined. */
function memberAt(
  doc: Doc,
  t: number,
  covered: Uint8Array,
  startAt: ReadonlyMap<number, ListMember>,
  endAt: ReadonlyMap<number, ListMember>,
  isKind: (m: ListMember) => boolean,
  opensAfterPreposition: boolean,
): [number, number] | undefined {
  if (covered[t] || !nameWord(doc, t)) return undefined;
  const s = doc.sentenceOf[t];
  if (doc.sentences.first[s] === t || doc.shouting[s]) return undefined;
  if (doc.cap(t - 1) && doc.word(t - 1) && doc.sentenceOf[t - 1] === s) return undefined; // not where a name starts
  let j = t + 1;
  while (j < doc.n && j < t + MAX_WORDS && doc.sentenceOf[j] === s && !covered[j] && nameWord(doc, j)) j++;
  const i = t;
  if (j < doc.n && doc.sentenceOf[j] === s && (doc.cap(j) || /^['\u2019]s?$/.test(doc.fold(j)))) return undefined; // a longer name, a possessive
  // Members before it: joiner, member, joiner, member…
  let places = 0;
  let other = false;
  const before = i - 1;
  const joinedBefore = before >= 0 && doc.sentenceOf[before] === s && joiner(doc.fold(before));
  const prepositionBefore = opensAfterPreposition && before >= 0 && doc.sentenceOf[before] === s && LOCATIVE_WORDS.has(doc.fold(before)) && !doc.cap(before);
  if (!joinedBefore && !prepositionBefore) return undefined;
  let k = before;
  let steps = 0;
  while (k >= 0 && doc.sentenceOf[k] === s && joiner(doc.fold(k)) && steps++ < MAX_MEMBERS) {
    let e = k;
    if (doc.fold(k) !== ',' && k > 0 && doc.fold(k - 1) === ',') e = k - 1; // ", and"
    const m = endAt.get(e);
    if (!m) break;
    if (isKind(m)) places++;
    else other = true;
    k = m.i - 1;
  }
  // Members after it.
  k = j;
  let joinedAfter = false;
  steps = 0;
  while (k < doc.n && doc.sentenceOf[k] === s && joiner(doc.fold(k)) && steps++ < MAX_MEMBERS) {
    let b = k + 1;
    if (doc.fold(k) === ',' && b < doc.n && (doc.fold(b) === 'and' || doc.fold(b) === 'or')) b++;
    const m = startAt.get(b);
    if (!m) break;
    joinedAfter = true;
    if (isKind(m)) places++;
    else other = true;
    k = m.j;
  }
  if (!joinedBefore && !joinedAfter) return undefined;
  return places >= 2 && !other ? [i, j] : undefined;
}

/** A name the tagger read as MISC with no gazetteer reading (not a people's word): not read as an entity yet. */
export function unread(m: ListMember): boolean {
  return m.type === 'MISC' && m.place === undefined;
}

function joiner(f: string): boolean {
  return f === ',' || f === 'and' || f === 'or';
}

function isPlace(m: ListMember): boolean {
  return m.type === 'LOC' && m.place !== undefined && m.tag !== 'ORG';
}

/** A capitalised word that can be part of a name (not "The", not "Monday", not a title, not an acronym). */
function nameWord(doc: Doc, t: number): boolean {
  if (!doc.word(t) || !doc.cap(t) || doc.allCaps(t)) return false;
  const f = doc.fold(t);
  return !CAPITALISED_FUNCTION_WORDS.has(f) && !TITLE_HEADS.has(f);
}
