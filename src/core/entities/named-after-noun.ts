/**
 * "the band Gigi", "Dutch metal band Van Canto", "tyre giant Pirelli", "the miner Rio Tinto": a name right after a
 * lower-case noun for an organisation is that organisation's name, not a person's, wherever the document
 * repeats it. The noun must be one that never names a person's job ("publisher", "operator", "duo" can be
 * people), and the name must not open a clause ("the company Jane Roe founded"): it ends the sentence or
 * is followed by punctuation or by a word of {@link NAME_FOLLOWERS}.
 */
import type { Doc } from '../doc/document';

/** Lower-case nouns after which a capitalised name is an organisation's. */
const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'band', 'company', 'firm', 'group', 'newspaper', 'magazine', 'tabloid', 'broadcaster', 'airline', 'bank',
  'lender', 'retailer', 'conglomerate', 'startup', 'carmaker', 'automaker', 'insurer', 'charity', 'militia',
  'orchestra', 'choir', 'label', 'brewery', 'franchise', 'outfit', 'giant', 'miner', 'watchdog', 'regulator',
  'supermarket', 'exporter', 'utility', 'manufacturer', 'chipmaker', 'drugmaker', 'steelmaker', 'planemaker',
  'shipbuilder', 'telecom', 'telco',
]);

/** Words after a name that show it does not open a relative clause ("the band Gigi was formed in 1994"). */
const NAME_FOLLOWERS: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'in', 'of', 'from', 'with', 'for', 'on', 'at', 'which',
  'that', 'whose', 'since', 'until', 'after', 'before', 'during', 'to', 'by', "'s", '\u2019s',
]);

/**
 * "ORG" when the name over tokens [i, j) comes right after a lower-case organisation noun of the same
 * sentence and ends there (see the module comment); otherwise undefined.
 */
export function organisationNamedByNoun(doc: Doc, i: number, j: number): 'ORG' | undefined {
  if (i < 1 || doc.cap(i - 1) || doc.sentenceOf[i - 1] !== doc.sentenceOf[i] || !ORGANISATION_NOUNS.has(doc.fold(i - 1))) return undefined;
  if (j < doc.n && doc.sentenceOf[j] === doc.sentenceOf[i] && doc.word(j) && !NAME_FOLLOWERS.has(doc.fold(j))) return undefined;
  return 'ORG';
}

/** The possessive ending written as its own token. */
const POSSESSIVES: ReadonlySet<string> = new Set(["'s", '\u2019s']);

/** Plural organisation nouns that open a list of examples ("bands like …", "firms including …"). */
const ORGANISATION_PLURALS: ReadonlySet<string> = new Set([
  'bands', 'companies', 'firms', 'clubs', 'labels', 'retailers', 'banks', 'airlines', 'newspapers', 'brands',
  'carmakers', 'automakers', 'insurers', 'lenders', 'broadcasters', 'charities', 'groups', 'chains', 'startups',
  'schools', 'universities', 'colleges', 'hospitals', 'parties', 'unions', 'militias',
]);

/**
 * Token ranges [i, j) of the names listed after "<organisations> like / such as / including" ("bands like
 * New Order, Interpol or Joy Division", "firms including Mobil, Shell and Caltex"): organisations. A name is up
 * to four words that `isNameWord` accepts, with a leading "The" ("The Stooges"); the list ends at anything
 * but a comma, "and" or "or" between names.
 */
export function organisationsListed(doc: Doc, isNameWord: (t: number) => boolean): Array<[number, number]> {
  return namesListedAfter(doc, ORGANISATION_PLURALS, isNameWord);
}

/**
 * Plural nouns for kinds of people that open a list of examples ("drummers such as …", "the old gods,
 * such as …"): never "artists" or "acts", which take bands as well.
 */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set([
  'gods', 'goddesses', 'deities', 'singers', 'actors', 'actresses', 'writers', 'authors', 'poets', 'novelists',
  'painters', 'sculptors', 'composers', 'guitarists', 'pianists', 'drummers', 'violinists', 'rappers',
  'comedians', 'politicians', 'philosophers', 'scientists', 'mathematicians', 'physicists', 'athletes',
  'footballers', 'cricketers', 'golfers', 'saints', 'prophets', 'emperors', 'kings', 'queens', 'pharaohs',
  'presidents', 'dictators', 'explorers', 'inventors', 'thinkers', 'heroes', 'heroines',
]);

/**
 * Token ranges [i, j) of the names listed after "<people> like / such as / including" ("drummers such as
 * Ana Ruiz and Tomas Berg", "the old gods, such as Odin, Thor and Freya"): people.
 */
export function peopleListed(doc: Doc, isNameWord: (t: number) => boolean): Array<[number, number]> {
  return namesListedAfter(doc, PEOPLE_PLURALS, isNameWord);
}

/** The names listed after one of `plurals` and "like", "such as" or "including" (a comma may come before them). */
function namesListedAfter(doc: Doc, plurals: ReadonlySet<string>, isNameWord: (t: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let w = 1; w + 1 < doc.n; w++) {
    const f = doc.fold(w);
    let i: number;
    let noun: number;
    // "the religious schools Santo Ravello and Immacolata", "carmakers Kestrel and Vantor": the plural right before
    // two or more names joined by "and" or "or".
    const direct = !doc.cap(w) && plurals.has(f) && isNameWord(w + 1);
    if (direct) {
      i = w + 1;
      noun = w;
    } else {
      if ((f === 'like' || f === 'including') && !doc.cap(w)) i = w + 1;
      else if (f === 'such' && doc.fold(w + 1) === 'as') i = w + 2;
      else continue;
      // "the old gods, such as Odin": a comma may set the examples off.
      noun = w >= 2 && doc.fold(w - 1) === ',' ? w - 2 : w - 1;
    }
    if (doc.cap(noun) || !plurals.has(doc.fold(noun))) continue;
    const s = doc.sentenceOf[w];
    const before = out.length;
    let joined = false;
    for (let count = 0; count < 8 && i < doc.n && doc.sentenceOf[i] === s; count++) {
      const a = i;
      if (doc.fold(i) === 'the' && doc.cap(i) && i + 1 < doc.n && isNameWord(i + 1)) i++;
      if (!isNameWord(i)) break;
      let j = i + 1;
      while (j < doc.n && j < i + 4 && doc.sentenceOf[j] === s && isNameWord(j)) j++;
      // "bands including Tom Ellis's": an owner's name is a person's, not the organisation's.
      if (j >= doc.n || !POSSESSIVES.has(doc.fold(j))) out.push([a, j]);
      else j++;
      let next = j;
      if (next < doc.n && doc.fold(next) === ',') next++;
      if (next < doc.n && (doc.fold(next) === 'and' || doc.fold(next) === 'or')) {
        next++;
        joined = true;
      }
      if (next === j) break;
      i = next;
    }
    if (direct && (!joined || out.length - before < 2)) out.length = before;
  }
  return out;
}
