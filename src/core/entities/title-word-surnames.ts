/**
 * Title words that are family names: "Billie Jean King", "Charles King", "Martin Luther King Jr.", "Jane
 * Bishop". After a given name, with no name of its own after it, such a word ends the person's name; it
 * heads no office there. The same word alone later ("King said") is that person's name again, unless an
 * article or a possessive makes it the office ("the King said", "her Bishop").
 */
import type { Doc } from '../doc/document';
import { isGivenName } from './tagger-bridge';

/** Words that, right before a title word, make it the office ("the King", "his Majesty's Judge"). */
const OFFICE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'your', 'my', 'this', 'that', 'former', 'late']);

/** Generation suffixes written after a name ("Jr.", "III"), which may follow a title-word surname. */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

/**
 * True when the title word at token `h` comes right after a capitalised given name of the same sentence
 * ("Jean King", "Charles King"), or after a given name and one more capitalised word ("Martin Luther King"), and neither "of" nor a capitalised word other than a generation suffix follows it:
 * the word is that person's family name.
 */
export function titleWordEndsName(doc: Doc, h: number): boolean {
  if (h < 1 || doc.sentenceOf[h - 1] !== doc.sentenceOf[h] || !doc.cap(h - 1) || doc.allCaps(h - 1) || !doc.cap(h)) return false;
  // A given name right before, or a given name and a middle name ("Martin Luther King").
  const middle = h >= 2 && doc.sentenceOf[h - 2] === doc.sentenceOf[h] && doc.cap(h - 2) && !doc.allCaps(h - 2) && isGivenName(doc.raw(h - 2));
  const given = isGivenName(doc.raw(h - 1)) ? h - 1 : middle ? h - 2 : -1;
  if (given < 0) return false;
  // "the Victoria Premier", "a Georgia Governor": after an article the word is a place's, the title an office.
  if (given > 0 && doc.sentenceOf[given - 1] === doc.sentenceOf[h] && OFFICE_DETERMINERS.has(doc.fold(given - 1))) return false;
  const next = h + 1;
  if (next >= doc.n || doc.sentenceOf[next] !== doc.sentenceOf[h]) return true;
  if (doc.fold(next) === 'of') return false; // "Mary Queen of Scots": an office with its complement
  return !(doc.cap(next) && doc.word(next) && !NAME_SUFFIXES.has(doc.fold(next)));
}

/**
 * Folded title words that {@link titleWordEndsName} found ending a name somewhere in the document.
 * @param titleHead - the word class of the words that can head a title (`TITLE_HEAD`).
 */
export function titleWordSurnames(doc: Doc, titleHead: number): Set<string> {
  const out = new Set<string>();
  for (let h = 1; h < doc.n; h++) {
    if (doc.cap(h) && doc.is(h, titleHead) && titleWordEndsName(doc, h)) out.add(doc.fold(h));
  }
  return out;
}

/**
 * True when the title word at token `h`, one of `surnames`, stands alone as that person's name ("King
 * said"): no office determiner or capitalised word before it and no capitalised word after it.
 */
export function titleWordAsSurname(doc: Doc, h: number, surnames: ReadonlySet<string>): boolean {
  if (!surnames.has(doc.fold(h))) return false;
  const s = doc.sentenceOf[h];
  if (h > 0 && doc.sentenceOf[h - 1] === s && (OFFICE_DETERMINERS.has(doc.fold(h - 1)) || (doc.cap(h - 1) && doc.word(h - 1) && doc.sentences.first[s] !== h - 1))) return false;
  const next = h + 1;
  return !(next < doc.n && doc.sentenceOf[next] === s && doc.cap(next) && doc.word(next) && !NAME_SUFFIXES.has(doc.fold(next)));
}
