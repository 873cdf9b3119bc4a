/**
 * "the MP for Bath", "Labour MP for Leeds Central", "Member of Parliament for Harrogate and Knaresborough", "MEP for
 * South East England": the capitalised name after a legislator's noun and "for" is the seat the member sits for, a place
 * (the tagger reads "Bath" or "Leeds Central" there as an organisation). Names joined by "and" make one seat only when
 * the clause ends after them ("MP for Bath and Wells, …"), so "the MP for Bath and Labour leader …" keeps its two.
 */
import type { Doc } from '../doc/document';

/** Legislators' nouns (folded) written before "for" and their seat. */
const MEMBER_NOUNS: ReadonlySet<string> = new Set(['mp', 'mep', 'msp', 'mla', 'mpp', 'mna', 'td', 'parliament']);
/** Small words inside a seat's name between capitalised words ("Newcastle upon Tyne", "Cities of London"). */
const INNER_WORDS: ReadonlySet<string> = new Set(['of', 'upon', 'on', 'under', '-']);
/** Most tokens of a seat's name. */
const MAX_TOKENS = 8;

/** Token ranges [i, j) of the seats named after a legislator's noun and "for", in order. */
export function constituencies(doc: Doc): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let t = 1; t + 1 < doc.n; t++) {
    if (doc.fold(t) !== 'for' || !MEMBER_NOUNS.has(doc.fold(t - 1))) continue;
    const noun = t - 1;
    // "MP", "MEP" in capitals, or "Member of Parliament for" ("a board member for Tesla" names no seat).
    if (doc.fold(noun) === 'parliament' ? !(noun >= 2 && doc.fold(noun - 2) === 'member' && doc.fold(noun - 1) === 'of') : !doc.allCaps(noun)) continue;
    const s = doc.sentenceOf[t];
    const i = t + 1;
    if (doc.sentenceOf[i] !== s || !capitalWord(doc, i)) continue;
    let j = runEnd(doc, i, s);
    // "Harrogate and Knaresborough,": a second name joined by "and" that ends the clause.
    if (j + 1 < doc.n && doc.fold(j) === 'and' && doc.sentenceOf[j + 1] === s && capitalWord(doc, j + 1)) {
      const e = runEnd(doc, j + 1, s);
      if (e - i <= MAX_TOKENS && (e >= doc.n || doc.sentenceOf[e] !== s || !doc.word(e))) j = e;
    }
    if (j - i <= MAX_TOKENS) out.push([i, j]);
  }
  return out;
}

/** End of the run of capitalised words (and inner small words between them) from token `i` in sentence `s`. */
function runEnd(doc: Doc, i: number, s: number): number {
  let j = i + 1;
  for (;;) {
    if (j < doc.n && doc.sentenceOf[j] === s && capitalWord(doc, j)) j++;
    else if (j + 1 < doc.n && doc.sentenceOf[j + 1] === s && INNER_WORDS.has(doc.fold(j)) && !doc.cap(j) && capitalWord(doc, j + 1)) j += 2;
    else return j;
  }
}

/** A capitalised word, not in capitals only when longer than three letters ("Bath", "Leeds"; not "BBC"). */
function capitalWord(doc: Doc, t: number): boolean {
  return doc.word(t) && doc.cap(t) && !(doc.allCaps(t) && doc.end(t) - doc.start(t) <= 3);
}
