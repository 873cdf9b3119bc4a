/**
 * Groups person mentions into people: full names, bare surnames, "Mr./Ms./Dr. X", and family-name-first
 * names ("Mr. Hwang" = "Hwang Joon-kook"). The canonical name is the fullest one, without titles.
 */
import type { Doc } from '../doc/document';
import { FAMILY_FIRST_SURNAMES, MALE_HONORIFICS, FEMALE_HONORIFICS, HUNGARIAN_SURNAMES, HUNGARIAN_GIVEN_NAMES } from '../lexicon/words';
import type { Cand } from './detect';
import { NAME_PARTICLES } from './titles';

/** A person being built: its mentions (indexes into the mention list) and name parts. */
export interface PersonGroup {
  /** Folded name tokens of the fullest name. */
  tokens: string[];
  /** Display name (fullest name as written). */
  name: string;
  mentions: Cand[];
  familyFirst: boolean;
  gender?: 'm' | 'f';
  furnitureOnly: boolean;
}

/** Given names that are also common family names in the family-first list (so no inference from them). */
const AMBIGUOUS_FAMILY = new Set(['lee', 'an', 'ma', 'ha', 'song', 'son', 'oh', 'ko', 'go', 'do', 'ho', 'he', 'le', 'lu', 'yu', 'li', 'kang', 'park', 'sin', 'shin', 'jo', 'im', 'lim', 'nam', 'bae', 'gao', 'ding', 'hu', 'hua', 'su', 'ye', 'wei', 'xi', 'yang', 'yao', 'tian', 'lin', 'young']);

function nameTokens(doc: Doc, c: Cand): string[] {
  const out: string[] = [];
  for (let t = c.nameI ?? c.i; t < c.j; t++) {
    const f = doc.fold(t);
    if (f === "'s" || f === "'") continue;
    // Initials with or without dots are one name: "J.D. Vance" = "JD Vance".
    out.push(/^(?:\p{L}\.){2,}$/u.test(f) ? f.replace(/\./g, '') : f);
  }
  // A trailing honorific-free initial-only token ("J.") stays; particles stay inside.
  return out;
}

function displayName(doc: Doc, c: Cand): string {
  return doc.text.slice(doc.start(c.nameI ?? c.i), doc.end(c.j - 1)).replace(/\s+/g, ' ');
}

/**
 * Korean/Chinese/Vietnamese order: family name first ("Hwang Joon-kook", "Xi Jinping"); Hungarian order
 * ("Orbán Viktor"): a Hungarian family name before a Hungarian given name that is not itself a family name.
 */
export function isFamilyFirst(tokens: readonly string[]): boolean {
  if (tokens.length < 2 || tokens.length > 3) return false;
  if (tokens.length === 2 && HUNGARIAN_SURNAMES.has(tokens[0]) && HUNGARIAN_GIVEN_NAMES.has(tokens[1]) && !HUNGARIAN_GIVEN_NAMES.has(tokens[0])) return true;
  if (!FAMILY_FIRST_SURNAMES.has(tokens[0])) return false;
  const given = tokens.slice(1);
  if (given.some((g) => g.includes('-'))) return true;
  if (AMBIGUOUS_FAMILY.has(tokens[0])) return false;
  return !FAMILY_FIRST_SURNAMES.has(tokens[tokens.length - 1]) || tokens.length === 3;
}

function surnameOf(g: PersonGroup): string {
  if (g.familyFirst) return g.tokens[0];
  let k = g.tokens.length - 1;
  while (k > 0 && (g.tokens[k] === 'jr.' || g.tokens[k] === 'sr.' || g.tokens[k] === 'jr' || g.tokens[k] === 'ii' || g.tokens[k] === 'iii')) k--;
  return g.tokens[k];
}

/**
 * Groups the PER mentions of a document.
 * @param doc - the document.
 * @param mentions - PER candidates in text order.
 * @returns people in order of first mention.
 */
export function groupPeople(doc: Doc, mentions: Cand[]): PersonGroup[] {
  const groups: PersonGroup[] = [];
  const byFull = new Map<string, PersonGroup>();
  // Pass 1: multi-token names make people.
  const ordered = mentions.slice().sort((a, b) => a.i - b.i);
  const assigned = new Map<Cand, PersonGroup>();
  for (const c of ordered) {
    const toks = nameTokens(doc, c);
    if (toks.length < 2) continue;
    const key = toks.join(' ');
    let g = byFull.get(key);
    if (!g) {
      // "Vassily Nebenzya" after "Nebenzya" is handled in pass 2; here a longer name may extend a shorter one.
      g = { tokens: toks, name: displayName(doc, c), mentions: [], familyFirst: isFamilyFirst(toks), furnitureOnly: true };
      byFull.set(key, g);
      groups.push(g);
    }
    assigned.set(c, g);
  }
  // A shorter full name that ends a longer one is the same person ("bin Laden" in "Osama bin Laden").
  const byTail = new Map<string, PersonGroup>();
  for (const g of groups) {
    for (let k = 1; k + 1 < g.tokens.length; k++) {
      const tail = g.tokens.slice(k).join(' ');
      const prev = byTail.get(tail);
      if (!prev || prev.tokens.length < g.tokens.length) byTail.set(tail, g);
    }
  }
  for (const [c, g] of assigned) {
    const longer = byTail.get(g.tokens.join(' '));
    if (longer && longer !== g) assigned.set(c, longer);
  }
  // Pass 2: single tokens link to the person most recently mentioned with that surname (or family
  // name), else to the first full name that has it, else to a given name ("Daniel" → "Daniel Montalvo").
  const lastBySurname = new Map<string, PersonGroup>();
  const firstBySurname = new Map<string, PersonGroup>();
  const firstByGiven = new Map<string, PersonGroup>();
  for (const g of groups) {
    const key = surnameOf(g);
    if (!firstBySurname.has(key)) firstBySurname.set(key, g);
    const bare = key.replace(/^(al|el|ul|ad|as|ash|an|ibn|bin)-/, '');
    if (bare !== key && !firstBySurname.has(bare)) firstBySurname.set(bare, g); // "Bashir" for "al-Bashir"
    const given = g.familyFirst ? g.tokens[g.tokens.length - 1] : g.tokens[0];
    if (!firstByGiven.has(given)) firstByGiven.set(given, g);
  }
  // A middle name one person of the document is known by ("Lula" for "Luiz Inácio Lula da Silva", "Sánchez"
  // for "Pedro Sánchez Pérez-Castejón"), when no other full name has it.
  const byInner = new Map<string, PersonGroup | null>();
  for (const g of groups) {
    if (g.familyFirst || g.tokens.length < 3) continue;
    for (let k = 1; k + 1 < g.tokens.length; k++) {
      const t = g.tokens[k];
      if (NAME_PARTICLES.has(t) || t.length < 3 || t.endsWith('.')) continue;
      const prev = byInner.get(t);
      byInner.set(t, prev === undefined || prev === g ? g : null);
    }
  }
  const lastByGiven = new Map<string, PersonGroup>();
  for (const c of ordered) {
    let g = assigned.get(c);
    if (!g) {
      const toks = nameTokens(doc, c);
      if (!toks.length) continue;
      const one = toks.join(' ');
      g = lastBySurname.get(one) ?? firstBySurname.get(one) ?? lastByGiven.get(one) ?? firstByGiven.get(one) ?? byInner.get(one) ?? undefined;
      if (!g) {
        g = { tokens: toks, name: displayName(doc, c), mentions: [], familyFirst: false, furnitureOnly: true };
        groups.push(g);
      }
      assigned.set(c, g);
    }
    g.mentions.push(c);
    if (!c.furniture) g.furnitureOnly = false;
    const hon = c.nameI !== undefined && c.nameI > c.i ? doc.fold(c.i) : '';
    if (hon && MALE_HONORIFICS.has(hon)) g.gender = 'm';
    else if (hon && FEMALE_HONORIFICS.has(hon)) g.gender = 'f';
    lastBySurname.set(surnameOf(g), g);
    if (g.tokens.length > 1) lastByGiven.set(g.familyFirst ? g.tokens[g.tokens.length - 1] : g.tokens[0], g);
  }
  const used = groups.filter((g) => g.mentions.length > 0);
  used.sort((a, b) => a.mentions[0].i - b.mentions[0].i);
  return used;
}

