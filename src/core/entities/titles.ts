/**
 * Pre-nominal titles: "South Korean Ambassador to the United Nations Hwang Joon-kook",
 * "Kharkov Prosecutor’s Office spokesman Dmytro Chubenko", "Russian Ambassador Nebenzya".
 * A title is parsed around a head word from the title lexicon: modifiers to its left ("Deputy"), an
 * optional complement to its right ("to the United Nations"), the name after it, and an affiliation
 * before it (a demonym or country → country; an organisation → organisation).
 */
import { lineBreakBefore, type Doc } from '../doc/document';
import { wordClass } from '../doc/word-classes';
import { TITLE_HEADS, TITLE_MODIFIERS, ORG_HEADS, ADDRESS_STYLES, HONORIFICS, RANK_GRADES } from '../lexicon/words';
import { CAPITALISED_FUNCTION_WORD, HONORIFIC, ORG_HEAD, TITLE_HEAD, TITLE_MODIFIER } from '../lexicon/word-classes';
import type { Lookups } from './lookups';
import { gazetteer } from '../gazetteer/load';
import { titleWordEndsName } from './title-word-surnames';
import { toSurnameAfter } from './to-surnames';
import { isGivenName } from './tagger-bridge';

/** A parsed title phrase, in token indices (`j` exclusive). */
export interface TitleParse {
  /** An occupation rather than an office ("Scientologist"): a role, but not an official. */
  descriptor?: boolean;
  /** Role tokens: modifiers + head + complement ("Deputy Ambassador to the United Nations"). */
  roleI: number;
  roleJ: number;
  /** The name that follows, if any (empty when nameI === nameJ). */
  nameI: number;
  nameJ: number;
  /** Organisation tokens before the role ("Ukrainian Air Force") or in its complement ("United Nations"). */
  orgI?: number;
  orgJ?: number;
  /** Place tokens giving the country ("South Korean", "US", "Russia's"). */
  placeI?: number;
  placeJ?: number;
  /** A place named in the role's complement ("Mayor of Komárno", "Ambassador to Russia"): a place mention of its own. */
  domainI?: number;
  domainJ?: number;
  /** True when the complement is "of" a place: the office belongs to it ("Governor of Texas"), unlike "Ambassador to". */
  domainIsOwner?: boolean;
}

/** Words allowed inside a title's "of" complement when no known entity follows ("Secretary of State"). */
const COMPLEMENT_WORDS = new Set(['state', 'affairs', 'staff', 'exchequer', 'war', 'works', 'public', 'defense', 'defence', 'the', 'and', 'foreign', 'home', 'homeland', 'security', 'treasury', 'commerce', 'justice', 'health', 'education', 'energy', 'labor', 'labour', 'agriculture', 'transportation', 'interior', 'finance', 'trade', 'economy', 'industry', 'culture', 'environment', 'defence', 'veterans', 'housing', 'police', 'operations', 'communications', 'information']);

/**
 * True when tokens [i, j) are an office's capitalised domain ("Health", "Foreign Affairs", "Home Affairs and
 * Security"): words of a ministry's portfolio, each capitalised except "and" and "the".
 */
export function isOfficeDomain(doc: Doc, i: number, j: number): boolean {
  if (j <= i || j - i > 5 || !doc.cap(i)) return false;
  for (let t = i; t < j; t++) {
    const f = doc.fold(t);
    if (!COMPLEMENT_WORDS.has(f) || (!doc.cap(t) && f !== 'and' && f !== 'the')) return false;
  }
  return true;
}

/** Title heads whose "of" complement is a place, never an organisation ("Mayor of …", "Governor of …"). */
export const TERRITORIAL_HEADS = new Set(['mayor', 'governor', 'premier', 'prefect', 'mayor-elect', 'governor-elect', 'lieutenant-governor']);

/** Particles allowed inside names ("Osama bin Laden", "Ursula von der Leyen", "Tembo wa Kariuki"). */
export const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'wa', 'al', 'el', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'st.', 'ter', 'zu', 'y']);
/** {@link NAME_PARTICLES} as a word class ({@link wordClass}). */
const NAME_PARTICLE = wordClass(NAME_PARTICLES);

/** Title words that are also parts of names after a given name ("Hassan Sheikh Mohamud"). */
export const NAME_INNER_TITLES = new Set(['sheikh', 'sheik', 'shaikh']);

/**
 * Styles of address that may stand between an office and the name it titles ("Prime Minister Sir Keir Starmer",
 * "Emir Sheikh Tamim", "Supreme Leader Ayatollah Ali Khamenei", "Health Minister Dr. Rana Malik").
 */
const STYLES_BEFORE_NAME: ReadonlySet<string> = new Set([...ADDRESS_STYLES, 'sheik', 'shaikh', 'ayatollah', 'dr', 'dr.', 'prof', 'prof.']);
/** {@link NAME_INNER_TITLES} as a word class ({@link wordClass}). */
const NAME_INNER_TITLE = wordClass(NAME_INNER_TITLES);

/** True when token `i` can be part of a personal name. */
export function isNameToken(doc: Doc, i: number): boolean {
  if (!doc.cap(i)) return false;
  if (doc.is(i, CAPITALISED_FUNCTION_WORD | TITLE_HEAD | ORG_HEAD | HONORIFIC)) return false;
  // "Field Marshal", "Justice Minister": a title's modifier right before its capitalised head is no name.
  if (doc.is(i, TITLE_MODIFIER) && i + 1 < doc.n && doc.cap(i + 1) && doc.is(i + 1, TITLE_HEAD) && doc.sentenceOf[i + 1] === doc.sentenceOf[i]) return false;
  return true;
}

/** A family name opened by an Arabic article or a kinship word, glued by a hyphen ("al-Bashir", "el-Sisi", "bin-Salman"). */
export const ARTICLE_SURNAME = /^(?:al|el|ad|ar|as|ash|at|az|an|ul|bin|ibn|abu)[-\u2010\u2011]\p{Lu}/u;

/**
 * Reads the name starting at token `i`: up to 4 name tokens (particles allowed inside), same sentence.
 * @returns the token index after the name (`i` when there is no name).
 */
export function readName(doc: Doc, i: number, lk: Lookups): number {
  const s = i < doc.n ? doc.sentenceOf[i] : -1;
  let j = i;
  let count = 0;
  while (j < doc.n && doc.sentenceOf[j] === s && count < 4) {
    if (count === 0 && /^(?:Jr|Sr)\.?$/.test(doc.raw(j))) break; // a suffix never opens a name ("King Jr. Day")
    if (isNameToken(doc, j)) {
      if (count > 0 && lk.knownOrgAt(j)) break;
      j++;
      count++;
      continue;
    }
    // "Billie Jean King", "Charles King": a title word after a given name, with no name after it, is the family name.
    if (count > 0 && doc.cap(j) && TITLE_HEADS.has(doc.fold(j)) && titleWordEndsName(doc, j)) {
      j++;
      count++;
      continue;
    }
    // "General Suleiman al-Amr", "Zine al-Abidine Ben Ali": a name written with its Arabic article is part of it.
    if (count > 0 && ARTICLE_SURNAME.test(doc.raw(j))) {
      j++;
      count++;
      continue;
    }
    if (count > 0 && (doc.is(j, NAME_PARTICLE) || (doc.is(j, NAME_INNER_TITLE) && doc.cap(j))) && j + 1 < doc.n && isNameToken(doc, j + 1)) {
      j++;
      continue;
    }
    // Two particles: "Ursula von der Leyen", "María de la Cruz", "Joost van den Berg".
    if (count > 0 && doc.is(j, NAME_PARTICLE) && j + 2 < doc.n && !doc.cap(j + 1) && doc.is(j + 1, NAME_PARTICLE) && isNameToken(doc, j + 2)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** True when the place ending just before token `h` is a demonym or a country ("Kuwaiti Sheikh"). */
function nationBefore(h: number, lk: Lookups): boolean {
  return isNation(lk.placeEndingAt(h - 1));
}

/** True when the place starting at token `i` reads as a country, a continent or a people. */
function nationAt(i: number, lk: Lookups): boolean {
  return isNation(lk.placeAt(i));
}

function isNation(place: ReturnType<Lookups['placeAt']>): boolean {
  const best = place?.targets[0];
  if (!best) return false;
  if (best.form !== 'name') return true; // a demonym or an abbreviation ("US")
  const kind = gazetteer().place(best.place).kind;
  return kind === 'country' || kind === 'historical country' || kind === 'continent';
}

/**
 * Parses a title whose head is token `h`, or returns undefined when `h` does not head a title.
 * @param doc - the document.
 * @param h - token index of a word in {@link TITLE_HEADS}.
 * @param lk - place and organisation lookups.
 */
export function parseTitle(doc: Doc, h: number, lk: Lookups): TitleParse | undefined {
  const s = doc.sentenceOf[h];
  // "General Dynamics", "General Assembly": a known organisation's name opened by a title word heads no title.
  if (lk.knownOrgAt(h)) return undefined;
  const next = h + 1 < doc.n && doc.sentenceOf[h + 1] === s ? h + 1 : -1;
  // "Hassan Sheikh Mohamud": after a given name the word is part of the name ("Kuwaiti Sheikh Sabah" is a title).
  // Only a demonym or a country before it makes it a title: "Hassan" is also a city.
  if (NAME_INNER_TITLES.has(doc.fold(h)) && h > 0 && doc.sentenceOf[h - 1] === s && isNameToken(doc, h - 1) && !nationBefore(h, lk)) return undefined;
  if (next >= 0) {
    const nf = doc.fold(next);
    if (nf === "'s" || nf === "'" || ORG_HEADS.has(nf)) return undefined; // "Prosecutor’s Office"
    // "Deputy Foreign Minister": the title continues; the last head word parses it.
    if ((TITLE_MODIFIERS.has(nf) || TITLE_HEADS.has(nf)) && doc.cap(next) === doc.cap(h) && !(doc.cap(h) && STYLES_BEFORE_NAME.has(nf))) return undefined;
  }
  // "Emir Sheikh Tamim", "Foreign Secretary Lord Cameron": a style after an office is read with the office's parse.
  if (STYLES_BEFORE_NAME.has(doc.fold(h)) && h > 0 && doc.sentenceOf[h - 1] === s && doc.cap(h) && doc.cap(h - 1) && TITLE_HEADS.has(doc.fold(h - 1))) return undefined;
  // Modifiers to the left: "Deputy", "Foreign", "Prime", "Vice".
  let roleI = h;
  while (roleI - 1 >= 0 && roleI > h - 6 && doc.sentenceOf[roleI - 1] === s) {
    const f = doc.fold(roleI - 1);
    // "Health and Human Services Secretary": two capitalised domains joined by "and".
    if (f === 'and' && doc.cap(h) && roleI < h && roleI - 2 >= 0 && doc.sentenceOf[roleI - 2] === s && doc.cap(roleI - 2) && TITLE_MODIFIERS.has(doc.fold(roleI - 2))) {
      roleI -= 2;
      continue;
    }
    if (roleI <= h - 4) break;
    // Same case as the head, or capitalised only as the sentence's first word ("Opposition leader Raila Odinga").
    const sentenceStart = roleI - 1 === 0 || doc.sentenceOf[roleI - 2] !== s;
    // "Cook County Sheriff": a capitalised name before "County" makes the county the office's place, no modifier.
    if (f === 'county' && doc.cap(roleI - 1) && !sentenceStart && doc.cap(roleI - 2) && doc.word(roleI - 2) && !TITLE_MODIFIERS.has(doc.fold(roleI - 2))) break;
    if ((TITLE_MODIFIERS.has(f) || TITLE_HEADS.has(f)) && (doc.cap(roleI - 1) === doc.cap(h) || (sentenceStart && !doc.cap(h)))) roleI--;
    // "Cook County State's Attorney Eileen O'Neill Burke": the state's prosecutor (Illinois, Maryland, Florida…).
    else if ((f === "'s" || f === '\u2019s') && roleI === h && doc.fold(h) === 'attorney' && doc.cap(h) && roleI - 2 >= 0 && doc.sentenceOf[roleI - 2] === s && doc.fold(roleI - 2) === 'state' && doc.cap(roleI - 2)) roleI -= 2;
    else break;
  }
  // "former Vice President Kamala Harris", "then Prime Minister Theresa May": a past office keeps its word, in any case.
  if (roleI - 1 >= 0 && doc.sentenceOf[roleI - 1] === s && FORMER_WORDS.has(doc.fold(roleI - 1))) roleI--;
  // "foreign ministry spokeswoman", "Defence Ministry spokesman": an office's unnamed ministry belongs to the role,
  // so the country before it ("China's", "the Russian") is read as the affiliation.
  roleI = ministryBefore(doc, roleI, 0, lk);
  // Complement: "to the United Nations", "of State", "for Foreign Affairs".
  let roleJ = h + 1;
  let orgI: number | undefined;
  let orgJ: number | undefined;
  let domain: { i: number; j: number; owner: boolean } | undefined;
  if (next >= 0 && (doc.fold(next) === 'to' || doc.fold(next) === 'of' || doc.fold(next) === 'for') && doc.cap(h)) {
    const forOrg = doc.fold(next) === 'for';
    let k = next + 1;
    if (k < doc.n && doc.fold(k) === 'the') k++;
    if (k < doc.n && doc.sentenceOf[k] === s && doc.cap(k)) {
      const org = lk.orgSpanAt(k);
      const place = lk.placeAt(k);
      if (org) {
        orgI = k;
        orgJ = org;
        roleJ = org;
        if (forOrg) roleJ = h + 1; // "Spokesperson for the Ministry": the ministry is the organisation
      } else if (place && place.targets[0].form === 'demonym') {
        // "Chairman of the Australian Centre for …": a people's adjective opens a name, it is no domain.
      } else if (place) {
        roleJ = place.j;
        domain = { i: k, j: place.j, owner: doc.fold(next) === 'of' };
      } else {
        let m = k;
        while (m < doc.n && m < k + 4 && doc.sentenceOf[m] === s && doc.cap(m) && COMPLEMENT_WORDS.has(doc.fold(m))) m++;
        if (m > k) roleJ = m;
        else if (doc.fold(next) === 'of' && TERRITORIAL_HEADS.has(doc.fold(h))) {
          // "Mayor of Greater Manchester": a territorial office's "of" names its place, known or not.
          while (m < doc.n && m < k + 3 && doc.sentenceOf[m] === s && isNameToken(doc, m) && !doc.allCaps(m)) m++;
          if (m > k && !(m < doc.n && doc.sentenceOf[m] === s && doc.cap(m))) {
            roleJ = m;
            domain = { i: k, j: m, owner: true };
          }
        }
      }
    }
  }
  // "Prime Minister Sir Keir Starmer", "Supreme Leader Ayatollah Ali Khamenei": a style of address between the office
  // and the name belongs to neither.
  let nameI = roleJ;
  while (doc.cap(h) && nameI < doc.n && nameI < roleJ + 2 && doc.sentenceOf[nameI] === s && doc.cap(nameI) && STYLES_BEFORE_NAME.has(doc.fold(nameI))) nameI++;
  // "army chief Field Marshal Asim Munir": another title follows, and its own parse reads the name.
  if (nameI + 1 < doc.n && doc.sentenceOf[nameI + 1] === s && doc.cap(nameI) && doc.cap(nameI + 1) && TITLE_MODIFIERS.has(doc.fold(nameI)) && TITLE_HEADS.has(doc.fold(nameI + 1))) return undefined;
  // A name never starts on the next line ("…, NASA Administrator\nFile image of …").
  let nameJ = nameI < doc.n && nameI > 0 && /[\n\r\u2028\u2029]/.test(doc.text.slice(doc.end(nameI - 1), doc.start(nameI))) ? nameI : readName(doc, nameI, lk);
  // "ministry spokesman He Yadong", "Vice Premier He Lifeng": a family name that is also a pronoun opens the name
  // after a title, mid-sentence and capitalised, when a name follows it and a lower-case word or a mark ends it.
  if (nameJ === nameI && nameI + 1 < doc.n && PRONOUN_SURNAMES.has(doc.fold(nameI)) && doc.cap(nameI) && !doc.allCaps(nameI) && doc.sentenceOf[nameI + 1] === s && isNameToken(doc, nameI + 1) && !doc.allCaps(nameI + 1) && !lineBreakBefore(doc, nameI)) {
    const e = readName(doc, nameI + 1, lk);
    // "President To Lam met …": "To" opens a name only before a lower-case word or a comma after one word (not
    // "President To Visit Paris").
    const lowerAfter = e < doc.n && doc.sentenceOf[e] === s && e - nameI <= 3 && ((doc.word(e) && !doc.cap(e)) || (doc.fold(e) === ',' && runningSentence(doc, s)));
    if (e > nameI + 1 && (doc.fold(nameI) === 'to' ? lowerAfter : e >= doc.n || doc.sentenceOf[e] !== s || !doc.cap(e))) nameJ = e;
  }
  // "military spokesman Rear Adm. Ana Levi", "Rear Admiral …", "army spokesman Lt. Gen. …": grade words before a rank are
  // no name; the rank's own parse reads the name after it.
  if (nameJ > nameI && nameJ < doc.n && doc.sentenceOf[nameJ] === s && (HONORIFICS.has(doc.fold(nameJ)) || (doc.cap(nameJ) && TITLE_HEADS.has(doc.fold(nameJ)))) && gradeWordsOnly(doc, nameI, nameJ)) nameJ = nameI;
  // "legislator James To spoke": the family name "To" after a one-word given name.
  if (nameJ - nameI === 1 && toSurnameAfter(doc, nameI, nameJ, isGivenName)) nameJ++;
  // The whole name is never a country, a place that is also a common word ("coach Nice") or an organisation;
  // a town's name may be a person's ("President Obama": Obama is also a town in Japan).
  const place = lk.placeAt(nameI);
  if (nameJ > nameI && ((place?.j ?? -1) >= nameJ && (nationAt(nameI, lk) || place!.targets[0].ambiguous) || (lk.orgSpanAt(nameI) ?? -1) >= nameJ)) nameJ = nameI;
  if (!doc.cap(h) && nameJ === nameI) return undefined; // lower-case "spokesman" alone is not a title
  const parse: TitleParse = { roleI, roleJ, nameI, nameJ };
  if (domain) {
    parse.domainI = domain.i;
    parse.domainJ = domain.j;
    parse.domainIsOwner = domain.owner;
  }
  if (orgI !== undefined) {
    parse.orgI = orgI;
    parse.orgJ = orgJ;
  }
  // Affiliation to the left of the role.
  let a = roleI - 1;
  if (a >= 0 && doc.sentenceOf[a] === s) {
    if (doc.fold(a) === "'s" && a - 1 >= 0) a--; // "Russia's Foreign Minister"
    const orgStart = lk.orgEndingAt(a);
    const place = lk.placeEndingAt(a);
    // A known organisation written like a place ("UN Secretary-General": Un is also a town) is the organisation.
    if (orgStart !== undefined && (!place || orgStart < place.i || (orgStart === place.i && lk.knownOrgAt(orgStart) !== undefined))) {
      parse.orgI = orgStart;
      parse.orgJ = a + 1;
    } else if (place) {
      parse.placeI = place.i;
      parse.placeJ = place.j;
      // "Former British prime minister": the office was held, so the role keeps "former" and the demonym with it.
      const before = place.i - 1;
      if (before >= 0 && doc.sentenceOf[before] === s && FORMER_WORDS.has(doc.fold(before)) && doc.fold(a) !== "'s") parse.roleI = before;
    }
  }
  return parse;
}

/** Unnamed offices written before a role word ("foreign ministry spokeswoman"). */
export const MINISTRY_NOUNS = new Set(['ministry', 'department']);

/**
 * The start of a role that an unnamed ministry opens ("foreign ministry spokeswoman"): `roleI` moved left over
 * "ministry"/"department" and up to three office words before it ("foreign", "defence"), not below `floor`;
 * `roleI` unchanged when the ministry is capitalised (a name: "Justice Department spokesman") or a known
 * organisation ends there.
 */
export function ministryBefore(doc: Doc, roleI: number, floor: number, lk: Lookups): number {
  const s = doc.sentenceOf[roleI];
  if (roleI - 1 < floor || doc.sentenceOf[roleI - 1] !== s || !MINISTRY_NOUNS.has(doc.fold(roleI - 1)) || doc.cap(roleI - 1) || lk.orgEndingAt(roleI - 1) !== undefined) return roleI;
  let k = roleI - 1;
  while (k - 1 >= floor && k > roleI - 4 && doc.sentenceOf[k - 1] === s && COMPLEMENT_WORDS.has(doc.fold(k - 1)) && doc.fold(k - 1) !== 'the' && doc.fold(k - 1) !== 'and') k--;
  return k < roleI - 1 ? k : roleI;
}

/** True when tokens [i, j) are all grade words of a rank ({@link RANK_GRADES}: "Rear", "Lt.", "Brig."). */
function gradeWordsOnly(doc: Doc, i: number, j: number): boolean {
  for (let t = i; t < j; t++) if (!Object.hasOwn(RANK_GRADES, doc.fold(t))) return false;
  return true;
}

/** Family-first family names that are also capitalised function words ("He Lifeng", "An Ho-young"). */
const PRONOUN_SURNAMES = new Set(['he', 'an', 'do', 'to']);

/** True when sentence `s` has a lower-case word of four letters or more (running text, not a title-case headline). */
function runningSentence(doc: Doc, s: number): boolean {
  for (let t = doc.sentences.first[s]; t <= doc.sentences.last[s]; t++) if (doc.word(t) && !doc.cap(t) && doc.end(t) - doc.start(t) >= 4) return true;
  return false;
}

/** Words that make an office a past one ("former", "then"), read before a country in a title. */
const FORMER_WORDS = new Set(['former', 'then', 'late', 'onetime', 'one-time', 'ex']);
