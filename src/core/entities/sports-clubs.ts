/**
 * Sports clubs named by a club word and their town: "Dynamo Kyiv", "Olympique Lyon", "Hertha Berlin". The town
 * is a place the gazetteer knows, but the whole name is the club (an organisation). The words after the
 * town ("Blackburn Rovers", "Tottenham Hotspur") are organisation heads in the lexicon instead.
 */
import type { Doc } from '../doc/document';
import { wordClass } from '../doc/word-classes';

/** Capitalised words that, before a town, open a sports club's name. */
const CLUB_OPENERS: ReadonlySet<string> = new Set([
  'dynamo', 'dinamo', 'spartak', 'lokomotiv', 'cska', 'olympique', 'olympiacos', 'borussia', 'sporting', 'atletico', 'atlético',
  'hertha', 'fortuna', 'eintracht', 'slavia', 'legia', 'partizan', 'hajduk',
]);
/** {@link CLUB_OPENERS} as a word class ({@link wordClass}). */
const CLUB_OPENER = wordClass(CLUB_OPENERS);

/**
 * Token ranges [i, j) of clubs written as a club word and a city ("Dinamo Zagreb"), in order. `cityEnd(t)` is
 * the end of the city named from token `t`, or -1 (a country or region does not make a club: "Sporting Texas
 * flags").
 */
export function clubsBeforeCities(doc: Doc, cityEnd: (t: number) => number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let t = 0; t + 1 < doc.n; t++) {
    if (!doc.cap(t) || !doc.is(t, CLUB_OPENER) || doc.sentenceOf[t + 1] !== doc.sentenceOf[t] || !doc.cap(t + 1)) continue;
    const j = cityEnd(t + 1);
    if (j < 0) continue;
    out.push([t, j]);
    t = j - 1;
  }
  return out;
}
