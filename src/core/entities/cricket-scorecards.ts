/**
 * Cricket scorecards: "T. Harlow c Brennock b Okonedo 45", "lbw b Imran Vellacott", "st Ashgrove b
 * de Vries", "Did not bat: Okonedo, Vellacott", "Bowling: Okonedo 10-1-42-2, de Vries 10-2-30-1". The fielder after "c" or
 * "st", the bowler after "b", the players listed after "Did not bat" and the bowlers before their figures are
 * people (the tagger reads many of these surnames alone as nothing or as places).
 */
import type { Doc } from '../doc/document';
import { wordClass } from '../doc/word-classes';

/** Dismissal marks written in lower case before a player's name. */
const DISMISSAL_MARKS: ReadonlySet<string> = new Set(['b', 'c', 'st']);
/** {@link DISMISSAL_MARKS} as a word class ({@link wordClass}). */
const DISMISSAL_MARK = wordClass(DISMISSAL_MARKS);
/** Bowling figures: overs-maidens-runs-wickets. */
const FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;
/** Lower-case particles inside a player's name ("de Silva"). */
const PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'ul', 'al']);

/** End of a player's name from token i (a particle, then one or two capitalised words), or i when none. */
function playerEnd(doc: Doc, i: number, isNameWord: (t: number) => boolean): number {
  const s = doc.sentenceOf[i];
  let k = i;
  if (k < doc.n && PARTICLES.has(doc.fold(k)) && !doc.cap(k) && k + 1 < doc.n && doc.sentenceOf[k + 1] === s && isNameWord(k + 1)) k++;
  if (k >= doc.n || doc.sentenceOf[k] !== s || !isNameWord(k)) return i;
  let j = k + 1;
  if (j < doc.n && doc.sentenceOf[j] === s && isNameWord(j)) j++;
  return j;
}

/** Token ranges [i, j) of the players a scorecard names, in document order (duplicates possible). */
export function scorecardPlayers(doc: Doc, isNameWord: (t: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!/ (?:b|c|st) \p{Lu}|\d-\d{1,3}-\d|not bat/u.test(doc.text)) return out; // one native scan first
  for (let t = 0; t + 1 < doc.n; t++) {
    const raw = doc.fold(t);
    if (doc.is(t, DISMISSAL_MARK) && !doc.cap(t)) {
      // "c Brennock b Okonedo 45": a dismissal, then the name, then runs or another mark.
      const j = playerEnd(doc, t + 1, isNameWord);
      if (j === t + 1) continue;
      const after = j < doc.n && doc.sentenceOf[j] === doc.sentenceOf[t] ? doc.fold(j) : '';
      if (/^\d+$/.test(after) || (DISMISSAL_MARKS.has(after) && !doc.cap(j))) out.push([t + 1, j]);
    } else if (raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57 && FIGURES.test(raw)) {
      // "Okonedo 10-1-42-2": the bowler before the figures, back over a line break.
      let i = t - 1;
      while (i >= 0 && i > t - 3 && isNameWord(i)) i--;
      if (i >= 0 && PARTICLES.has(doc.fold(i)) && !doc.cap(i)) i--;
      if (i + 1 < t) out.push([i + 1, t]);
    } else if (raw === 'bat' && t >= 2 && doc.fold(t - 1) === 'not' && doc.fold(t - 2) === 'did' && doc.fold(t + 1) === ':') {
      // "Did not bat: Okonedo, Vellacott, Ashgrove."
      let k = t + 2;
      for (let count = 0; count < 11 && k < doc.n; count++) {
        const j = playerEnd(doc, k, isNameWord);
        if (j === k) break;
        out.push([k, j]);
        if (j >= doc.n || doc.fold(j) !== ',') break;
        k = j + 1;
      }
    }
  }
  return out;
}
