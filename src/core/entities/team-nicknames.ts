/**
 * Teams named by a place and a plural nickname: "the Lakeview Hornets", "the Port Alder Sea Dogs", "the Dunmore
 * 88s". In a sports report a place's name directly followed by one or two capitalised words ending in a plural
 * (or a numeral's plural) is the team, place and nickname together, not the place. The place's name alone is
 * then the same team wherever nothing makes it the place ("Lakeview won 24-10", but "in Lakeview" and
 * "Lakeview, Ohio" stay places; a country keeps its own reading, as teams and governments share it).
 */
import type { Doc } from '../doc/document';

/**
 * Plural last words of places', events' and companies' names ("Cayman Islands", "Golan Heights", "Commonwealth
 * Games", "Harlow Times", "Kestrel Airways"): never a team's nickname.
 */
const NOT_NICKNAMES: ReadonlySet<string> = new Set([
  'islands', 'isles', 'falls', 'heights', 'hills', 'springs', 'keys', 'mountains', 'lakes', 'rapids', 'flats',
  'plains', 'gardens', 'highlands', 'lowlands', 'territories', 'woods', 'dunes', 'narrows', 'fields', 'forks',
  'glades', 'sands', 'shores', 'meadows', 'downs', 'cliffs', 'alps', 'states', 'provinces', 'emirates', 'docks',
  'towers', 'halls', 'estates', 'grounds', 'games', 'olympics', 'championships', 'series', 'awards', 'finals',
  'playoffs', 'masters', 'nationals', 'trials', 'classics', 'open', 'talks', 'accords', 'affairs', 'sports',
  'borders', 'marches', 'dales', 'broads', 'moors', 'docklands', 'everglades', 'wetlands', 'lands', 'ranges',
  'valleys', 'peaks', 'caves', 'bays', 'beaches', 'ridges', 'farms', 'acres', 'commons', 'villas', 'apartments',
  'mills', 'works', 'crossings', 'junctions', 'terraces', 'mews', 'rows', 'hospitals', 'schools', 'colleges',
  'times', 'news', 'instruments', 'airlines', 'airways', 'industries', 'holdings', 'communications', 'systems',
  'services', 'electronics', 'motors', 'labs', 'laboratories', 'studios', 'records', 'pictures', 'publications',
  'resources', 'partners', 'securities', 'enterprises', 'technologies', 'networks', 'foods', 'stores', 'markets',
  'treasuries', 'bonds', 'futures', 'equities', 'democrats', 'republicans', 'liberals', 'conservatives', 'greens', 'socialists', 'communists', 'nationalists',
]);

/** A numeral's plural as a nickname ("the Dunmore 88s", "the Harlow 76ers"). */
const NUMERAL_PLURAL = /^\d{1,3}(?:s|ers)$/;

/** True when token `t` can end a nickname: a capitalised plural ("Hornets", "Sea Dogs") or a numeral's plural. */
export function nicknameEnd(doc: Doc, t: number): boolean {
  const c = doc.text.charCodeAt(doc.start(t));
  if (c >= 48 && c <= 57) return NUMERAL_PLURAL.test(doc.raw(t)); // a digit first: "88s"
  if (!doc.cap(t) || !doc.word(t) || doc.allCaps(t)) return false;
  const f = doc.fold(t);
  if (f === 'sox') return true; // "the Harlow Red Sox"
  return f.length >= 4 && f.endsWith('s') && !f.endsWith('ss') && !f.endsWith('us') && !f.endsWith('is') && !NOT_NICKNAMES.has(f);
}

/**
 * The end (exclusive) of a nickname of one or two words right after a place's name ending at `j`, or -1: the
 * nickname's last word is plural (see {@link nicknameEnd}) and no capitalised word goes on after it. One word
 * that is a known family name is a person's ("Georgia Evans"), not a nickname.
 * @param nameWord - true for a token that may stand inside a name (a capitalised word, not a function word).
 * @param familyName - true for a word the name lexicon knows as a family name.
 */
export function nicknameAfter(doc: Doc, j: number, nameWord: (t: number) => boolean, familyName: (word: string) => boolean): number {
  const s = doc.sentenceOf[j - 1];
  for (let k = j; k < j + 2 && k < doc.n && doc.sentenceOf[k] === s; k++) {
    if (nicknameEnd(doc, k)) {
      if (k === j && familyName(doc.raw(k))) return -1;
      const after = k + 1;
      if (after < doc.n && doc.sentenceOf[after] === s && doc.cap(after) && doc.word(after)) return -1;
      return after;
    }
    if (!nameWord(k)) return -1;
  }
  return -1;
}
