/**
 * "Queen Mary I", "Leopold II", "Anton Weber IV": a Roman numeral after a person's name is part of the name
 * (a monarch's or pope's number, a family's generation). The bare "I" is the pronoun far more often, so it
 * joins only a one-word name right after a title of rank ("Queen Mary I"; not "As Smith I would").
 * "Catherine the Great", "Pliny the Elder": an epithet after "the" is part of a one-word name too.
 */
import type { Doc } from '../doc/document';

/** Roman numerals from II to XX, written in capitals. */
const NUMERAL = /^(?:X{0,1}(?:IX|IV|V?I{0,3}))$|^XX$/;

/**
 * The end of a person's name over tokens [i, j) with the Roman numeral that follows it, or `j` when none does.
 * @param titled - true when a title of rank stands right before the name ("King", "Queen", "Pope").
 */
export function withRegnalNumber(doc: Doc, i: number, j: number, titled: boolean): number {
  if (j >= doc.n || doc.sentenceOf[j] !== doc.sentenceOf[j - 1] || doc.end(j - 1) === doc.start(j)) return j;
  const raw = doc.raw(j);
  if (raw.length === 0 || raw.length > 5 || !NUMERAL.test(raw)) return j;
  if (raw !== 'I') return j + 1;
  return titled && j - i === 1 ? j + 1 : j;
}

/** Epithets written after "the" and a ruler's or writer's one-word name ("Alfred the Great", "Pliny the Younger"). */
const EPITHETS: ReadonlySet<string> = new Set([
  'great', 'elder', 'younger', 'conqueror', 'bold', 'wise', 'terrible', 'magnificent', 'pious', 'fair', 'good',
  'just', 'confessor', 'navigator', 'unready', 'lionheart', 'lawgiver', 'apostate', 'fat', 'short', 'tall',
]);

/** The end of a one-word name over [i, j) with "the <Epithet>" after it, or `j` when none follows. */
export function withEpithet(doc: Doc, i: number, j: number): number {
  if (j - i !== 1 || j + 1 >= doc.n || doc.fold(j) !== 'the' || doc.cap(j) || !doc.cap(j + 1) || !EPITHETS.has(doc.fold(j + 1))) return j;
  if (doc.sentenceOf[j + 1] !== doc.sentenceOf[i]) return j;
  // "Alfred the Great Hall": another capitalised word makes another name.
  if (j + 2 < doc.n && doc.sentenceOf[j + 2] === doc.sentenceOf[i] && doc.cap(j + 2) && doc.word(j + 2)) return j;
  return j + 2;
}

/** Token ranges [i, j) of "<given name> the <Epithet>" ("Catherine the Great"), `isGiven` deciding the first word. */
export function epithetNames(doc: Doc, isGiven: (t: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!/ the \p{Lu}/u.test(doc.text)) return out; // one native scan first
  for (let t = 0; t + 2 < doc.n; t++) {
    if (!doc.cap(t) || !doc.word(t) || doc.allCaps(t) || (t > 0 && doc.sentenceOf[t - 1] === doc.sentenceOf[t] && doc.cap(t - 1) && doc.word(t - 1))) continue;
    const j = withEpithet(doc, t, t + 1);
    if (j > t + 1 && isGiven(t)) out.push([t, j]);
  }
  return out;
}
