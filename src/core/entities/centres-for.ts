/**
 * "the Australian Centre for Coastal Studies", "the Center for Strategic Policy": a centre "for" a capitalised
 * cause is an organisation (a research body, an advocacy group), the whole name, not a building: the facility run
 * ("Australian Centre") stops at "for" and the words after it were read apart ("Coastal Studies" as a person).
 */
import type { Doc } from '../doc/document';
import { CAPITALISED_FUNCTION_WORDS, TITLE_HEADS } from '../lexicon/words';

/** Quick test of the whole text before any token is read. */
const CENTRE_FOR = /\bCent(?:re|er)s? for (?:the )?\p{Lu}/u;

/** Small words inside the "for …" part ("for the Study of Law and Society"); not "in": "… for Policy in Washington" names the town. */
const JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'the', '&']);

/** Most tokens of the "for …" part. */
const MAX_TAIL = 9;

/**
 * Token ranges [i, j) of centres named for a cause, in order.
 * @param runStartEndingAt - the first token of the facility run that ends at token `t` ("Australian Centre"), or -1.
 */
export function centresFor(doc: Doc, runStartEndingAt: (t: number) => number): Array<[number, number]> {
  if (!CENTRE_FOR.test(doc.text)) return [];
  const out: Array<[number, number]> = [];
  for (let t = 0; t + 2 < doc.n; t++) {
    const f = doc.fold(t);
    if ((f !== 'centre' && f !== 'center' && f !== 'centres' && f !== 'centers') || !doc.cap(t) || doc.fold(t + 1) !== 'for') continue;
    const s = doc.sentenceOf[t];
    let k = doc.fold(t + 2) === 'the' ? t + 3 : t + 2;
    let end = -1;
    const limit = t + 2 + MAX_TAIL;
    while (k < doc.n && k < limit && doc.sentenceOf[k] === s && !TITLE_HEADS.has(doc.fold(k))) {
      if (doc.cap(k) && doc.word(k) && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(k))) end = ++k;
      else if (JOINERS.has(doc.fold(k)) && !doc.cap(k) && k + 1 < doc.n && doc.sentenceOf[k + 1] === s && doc.cap(k + 1)) k++;
      else break;
    }
    if (end < 0) continue;
    const run = runStartEndingAt(t);
    out.push([run >= 0 ? run : t, end]);
    t = end - 1;
  }
  return out;
}
