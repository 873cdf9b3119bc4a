/**
 * "Ukraine's foreign minister accused Russia on Sunday of stalling talks. Andrii Sybiha said Moscow had …": wire
 * stories open with the office and name its holder in the next sentence. When a sentence opens with an office
 * (a possessive or "the", modifiers, a title head, then a verb) and names nobody, and the next sentence opens with
 * a full name that has no role of its own, that person holds the office.
 */
import type { Doc } from '../doc/document';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/words';

/** The office a lede sentence opens with: its words [roleI, roleJ) and where its owner is written [ownerI, ownerJ). */
export interface LedeOffice {
  roleI: number;
  roleJ: number;
  ownerI: number;
  ownerJ: number;
}

/**
 * The office that opens sentence `s` when the sentence names nobody (`personIn(s)` false): "The foreign minister
 * said", "Ukraine's foreign minister accused". Undefined otherwise.
 */
export function ledeOffice(doc: Doc, s: number, personIn: (s: number) => boolean): LedeOffice | undefined {
  const first = doc.sentences.first[s];
  const last = doc.sentences.last[s];
  if (last - first < 3 || personIn(s)) return undefined;
  let k = first;
  // A dateline before the lede ("KYIV, Ukraine (AP) — Ukraine's foreign minister …").
  for (let t = first; t <= last && t < first + 10; t++) {
    if (DASHES.has(doc.raw(t))) {
      k = t + 1;
      break;
    }
  }
  if (doc.fold(k) === 'the') k++;
  let ownerI = k;
  let ownerJ = k;
  // "Ukraine's", "the Kremlin's": up to three capitalised words and a possessive.
  let e = k;
  while (e < last && e < k + 3 && doc.cap(e) && doc.word(e)) e++;
  if (e > k && (doc.fold(e) === "'s" || doc.fold(e) === '\u2019s')) {
    ownerI = k;
    ownerJ = e;
    k = e + 1;
  } else if (e > k) return undefined;
  const roleI = k;
  while (k <= last && k < roleI + 4 && !doc.cap(k) && TITLE_MODIFIERS.has(doc.fold(k))) k++;
  if (k > last || doc.cap(k) || !TITLE_HEADS.has(doc.fold(k))) return undefined;
  const roleJ = k + 1;
  // A verb follows: a lower-case word, not "of", "and", a comma (an appositive names someone).
  if (roleJ > last || doc.cap(roleJ) || !doc.word(roleJ) || NOT_VERBS.has(doc.fold(roleJ))) return undefined;
  return { roleI, roleJ, ownerI, ownerJ };
}

/** Dashes that end a dateline. */
const DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2013', '--', '-']);

/** Lower-case words after an office that show no verb follows it. */
const NOT_VERBS: ReadonlySet<string> = new Set(['of', 'and', 'or', 'for', 'to', 'at', 'in', 'with', 'who', 'whose', 'from']);
