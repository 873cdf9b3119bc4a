/**
 * Reads a person's gender from the text itself, for "he said" / "she said" attribution when no honorific
 * ("Mr.", "Ms.") gave one: a sentence that names exactly one person and then, outside quotation marks, uses
 * only "he/him/his" or only "she/her" is evidence for that person ("Lawyers for Tavo Reyes said he was
 * innocent"). A person keeps a gender only when the evidence does not disagree. Where the pronouns say nothing, a
 * role word that names a man or a woman ("spokeswoman", "chairman", "queen") does ({@link genderOfRole}).
 */
import type { Doc } from '../doc/document';
import type { Cand } from './detect';
import type { PersonGroup } from './people';

/** Pronouns that refer to a man, and to a woman. */
const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
/** Role words that say a man or a woman holds the role ("spokeswoman", "chairman", "queen"). */
const MALE_ROLE_WORDS = new Set(['spokesman', 'chairman', 'congressman', 'councilman', 'businessman', 'king', 'prince', 'duke', 'emperor', 'actor', 'father', 'son', 'brother', 'husband', 'uncle', 'nephew', 'grandfather', 'widower', 'sultan', 'emir', 'sheikh']);
const FEMALE_ROLE_WORDS = new Set(['spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'businesswoman', 'queen', 'princess', 'duchess', 'empress', 'actress', 'mother', 'daughter', 'sister', 'wife', 'aunt', 'niece', 'grandmother', 'widow']);

/** "m" or "f" when a word of the role names a man's or a woman's office ("Foreign Ministry spokeswoman"). */
export function genderOfRole(role: string): 'm' | 'f' | undefined {
  let m = false;
  let f = false;
  for (const w of role.toLowerCase().split(/[\s-]+/)) {
    if (MALE_ROLE_WORDS.has(w)) m = true;
    else if (FEMALE_ROLE_WORDS.has(w)) f = true;
  }
  return m === f ? undefined : m ? 'm' : 'f';
}

/**
 * Sets `gender` on the groups that have none, from pronoun evidence in one-person sentences.
 * `inQuote[t]` is 1 for tokens inside quoted speech (their pronouns point elsewhere).
 */
export function genderFromPronouns(doc: Doc, groups: readonly PersonGroup[], personOf: ReadonlyMap<Cand, PersonGroup>, inQuote: Uint8Array): void {
  if (!groups.some((g) => !g.gender)) return;
  // The one person named in each sentence (null when two or more are), and where its first mention ends.
  const only = new Map<number, { g: PersonGroup | null; after: number }>();
  for (const g of groups) {
    for (const m of g.mentions) {
      if (inQuote[m.i]) continue;
      const s = doc.sentenceOf[m.i];
      const seen = only.get(s);
      if (!seen) only.set(s, { g: personOf.get(m) === g ? g : null, after: m.j });
      else if (seen.g !== g) seen.g = null;
      else if (m.j < seen.after) seen.after = m.j;
    }
  }
  const votes = new Map<PersonGroup, { m: number; f: number }>();
  for (const [s, { g, after }] of only) {
    if (!g || g.gender) continue;
    const last = doc.sentences.last[s];
    let m = 0;
    let f = 0;
    for (let t = after; t <= last; t++) {
      if (inQuote[t]) continue;
      const w = doc.fold(t);
      if (MALE.has(w)) m++;
      else if (FEMALE.has(w)) f++;
    }
    if (m === f) continue;
    const v = votes.get(g) ?? { m: 0, f: 0 };
    if (m > f) v.m++;
    else v.f++;
    votes.set(g, v);
  }
  for (const [g, v] of votes) {
    if (v.m && !v.f) g.gender = 'm';
    else if (v.f && !v.m) g.gender = 'f';
  }
}
