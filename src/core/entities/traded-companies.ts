/**
 * Market reports: "Tolliver shares fell 3 percent", "shares of (or in) Tolliver rose", "2.9 million shares of Harlan common
 * stock": a name whose shares or stock move or are traded is a company, whatever the tagger read ("Harlan" a person,
 * "Magna" a place). The shares must move (a verb of prices follows) or be counted, so "Obama shares photo" and
 * "she shares a flat" stay as they are; a place the gazetteer knows stays a place ("shares in Europe fell").
 */
import type { Doc } from '../doc/document';
import { CAPITALISED_FUNCTION_WORDS, TITLE_HEADS } from '../lexicon/words';

/** Verbs and words of prices after "shares" or "stock" ("shares fell", "stock closed"). */
const PRICE_MOVES: ReadonlySet<string> = new Set([
  'rose', 'fell', 'closed', 'jumped', 'gained', 'slipped', 'dropped', 'tumbled', 'climbed', 'soared', 'plunged',
  'ended', 'rallied', 'surged', 'slumped', 'edged', 'added', 'lost', 'traded', 'opened', 'sank', 'dipped', 'advanced',
  'declined', 'finished', 'rise', 'fall', 'were', 'are', 'have', 'had', 'gain', 'lose', 'slid', 'eased', 'firmed',
]);

/** Quick test of the whole text before any token is read. */
const MARKET_WORD = /\b(?:shares|stock)\b/i;

/** Most words of a company's name read here. */
const MAX_WORDS = 3;

/**
 * Token ranges [i, j) of names that shares or stock make companies, in order.
 * @param placeAt - true when a gazetteer place starts at token `t`.
 */
export function tradedCompanies(doc: Doc, placeAt: (t: number) => boolean): Array<[number, number]> {
  if (!MARKET_WORD.test(doc.text)) return [];
  const out: Array<[number, number]> = [];
  for (let t = 0; t < doc.n; t++) {
    const f = doc.fold(t);
    if (f !== 'shares' && f !== 'stock') continue;
    const s = doc.sentenceOf[t];
    // "Tolliver shares fell", "Tolliver's shares fell", "Harlan common stock", "Harlan stock closed".
    let e = t;
    if (f === 'stock' && t > 0 && (doc.fold(t - 1) === 'common' || doc.fold(t - 1) === 'preferred')) e = t - 1;
    if (e > 0 && /^['\u2019]s?$/.test(doc.fold(e - 1))) e--;
    const moved = e < t || (t + 1 < doc.n && doc.sentenceOf[t + 1] === s && PRICE_MOVES.has(doc.fold(t + 1)));
    if (moved && e > 0 && doc.sentenceOf[e - 1] === s) {
      let i = e;
      while (i - 1 >= 0 && i > e - MAX_WORDS && doc.sentenceOf[i - 1] === s && nameWord(doc, i - 1)) i--;
      if (i < e && !(i > 0 && doc.sentenceOf[i - 1] === s && nameWord(doc, i - 1)) && !placeAt(i)) out.push([i, e]);
    }
    // "shares of Tolliver rose", "shares in Halvorsen Energy fell", "2.9 million shares of Harlan common stock".
    if (f === 'shares' && t + 2 < doc.n && (doc.fold(t + 1) === 'of' || doc.fold(t + 1) === 'in') && doc.sentenceOf[t + 2] === s && nameWord(doc, t + 2)) {
      let j = t + 3;
      while (j < doc.n && j < t + 2 + MAX_WORDS && doc.sentenceOf[j] === s && nameWord(doc, j)) j++;
      if (j < doc.n && doc.sentenceOf[j] === s && /^['\u2019]s?$/.test(doc.fold(j))) continue; // "shares of Brazil's Petrobras"
      if (!placeAt(t + 2) && (out.length === 0 || out[out.length - 1][0] !== t + 2)) out.push([t + 2, j]);
    }
  }
  out.sort((a, b) => a[0] - b[0]);
  return out;
}

/** A capitalised word that can be part of a company's name (not "The", not a title, not a month, not "France-registered"). */
function nameWord(doc: Doc, t: number): boolean {
  if (!doc.word(t) || !doc.cap(t) || /-\p{Ll}+$/u.test(doc.raw(t))) return false;
  const f = doc.fold(t);
  return !CAPITALISED_FUNCTION_WORDS.has(f) && !TITLE_HEADS.has(f) && f !== 'shares' && f !== 'stock';
}
