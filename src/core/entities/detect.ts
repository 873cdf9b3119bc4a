/**
 * Finds entity mentions in a document: rule evidence (titles, honorifics, bylines, speech verbs,
 * organisation head words, credits, the gazetteer) and the learned tagger's spans, resolved into one
 * set of non-overlapping mentions (places may nest inside organisations: "Kharkiv" in "Kharkiv
 * Provincial Prosecutor’s Office").
 */
import { lineBreakBefore, type Doc } from '../doc/document';
import { wordClass } from '../doc/word-classes';
import { FAMILY_FIRST_SURNAME, HONORIFIC, SPEECH_VERB, TITLE_HEAD, TITLE_MODIFIER } from '../lexicon/word-classes';
import type { TypedSpan } from '../types';
import type { GazTarget } from '../gazetteer/load';
import { gazetteer } from '../gazetteer/load';
import {
  TITLE_HEADS,
  HONORIFICS,
  SPEECH_VERBS,
  CAPITALISED_FUNCTION_WORDS,
  NOT_BYLINE,
  ORG_HEADS,
  GROUP_WORDS,
  NOBLE_TITLES,
  FACILITY_HEADS,
  TEAM_ROLES,
  LOCATIVE_WORDS,
  TITLE_MODIFIERS,
  PARTY_MEMBER_NOUNS,
} from '../lexicon/words';
import { parseTitle, readName, isNameToken, isOfficeDomain, TERRITORIAL_HEADS, ARTICLE_SURNAME, type TitleParse } from './titles';
import { SURNAME_HEADS, type Lookups } from './lookups';
import { CAPTION_LABEL_WORDS } from '../tokenize';
import { tokensKey } from '../doc/phrases';
import { titleCaseSentences, RunningTextNames } from './headlines';
import { isFamilyName, isGivenName } from './tagger-bridge';
import { compassOf } from './direction-of';
import { organisationNamedByNoun, organisationsListed, peopleListed } from './named-after-noun';
import { hallOfFame, markHallOfFamers } from './halls-of-fame';
import { peerageSeats } from './peerage-seats';
import { caseNameParties } from './case-names';
import { toSurnameAfter } from './to-surnames';
import { gaelicSurnames } from './gaelic-surnames';
import { numberedRoads } from './road-names';
import { clubsBeforeCities } from './sports-clubs';
import { titleWordEndsName, titleWordAsSurname, titleWordSurnames } from './title-word-surnames';
import { pageLabelOrClock, furnitureSentences } from './page-labels';
import { opensDateline } from './datelines';
import { facilityTypeAfter } from './facility-nouns';
import { camelCaseGivenName } from './camel-given-names';
import { polityNames } from './polity-names';
import { namesAfterPlaceNoun, namesBeforePlaceNoun, namesAfterApposedPlaceNoun, featureNounOfName } from './place-of-noun';
import { isSportsDocument } from './sports-documents';
import { historicalStates } from './historical-states';
import { townsBeforeRegion } from './towns-before-region';
import { inQuotedTitle } from './quoted-titles';
import { workTitleStart } from './titled-works';
import { withRegnalNumber, withEpithet, epithetNames } from './regnal-numbers';
import { placesCalled, peopleKnownAs } from './names-called';
import { afterAside, asideAliases } from './bracketed-asides';
import { stageNames } from './stage-names';
import { widerPlaces } from './compass-regions';
import { afterSourceFrom } from './source-from';
import { scorecardPlayers } from './cricket-scorecards';
import { headlineNames } from './headline-names';
import { conjoinedOrgStart } from './conjoined-org-names';
import { allOpenedOrgStart } from './all-opened-org-names';
import { runGoesOnAfter } from './runs-over-known-bodies';
import { headWordTowns } from './head-word-towns';
import { greaterRegions } from './greater-regions';
import { constituencies } from './constituencies';
import { publicationStart } from './publications';
import { opponentAfterResult } from './result-nouns';
import { tickerQuotes } from './stock-tickers';
import { transferClubAt } from './transfer-clubs';
import { particleFamilyNames } from './particle-family-names';
import { unreadListPlaces, unreadListPeople, unread } from './unread-list-places';
import { companyShortNames } from './company-short-names';
import { tradedCompanies } from './traded-companies';
import { orgsBeforeRoles } from './org-before-role';
import { motionDestination } from './motion-destinations';
import { centresFor } from './centres-for';
import { clubWithSuffix } from './club-suffix-names';
import { resultSides, mayHoldResults, sideBeforeScore } from './result-sides';
import { describedPlaces } from './described-places';
import { placesBeforeOffices } from './places-before-offices';
import { holdsAllSelection } from './all-selections';
import { nicknameAfter, nicknameEnd } from './team-nicknames';
import { peopleDefinitionNoun } from './peoples-defined';
import { frontedDefinitions } from './fronted-definitions';
import { awardNounAt } from './award-modifiers';
import { placeHeadAt } from './short-place-names';
import { mononymsAfterOccupations } from './mononyms';
import { holdersInApposition } from './holders-in-apposition';
import { headBeforeOf } from './head-before-of';
import { acronymToken, initialsOf } from './acronyms-of-bodies';
import { articleNames, articleWord } from './article-names';
import { teamsAfterNationality } from './results-teams';

/** Entity types, CoNLL style. */
export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** Where a candidate came from. */
export type Source =
  | 'title'
  | 'honorific'
  | 'byline'
  | 'speech'
  | 'coref'
  | 'known-org'
  | 'org-head'
  | 'credit'
  | 'gazetteer'
  | 'tagger';

/** A mention candidate over tokens [i, j). */
export interface Cand {
  i: number;
  j: number;
  type: EntityType;
  source: Source;
  strength: number;
  /** Gazetteer readings (places and demonyms). */
  place?: readonly GazTarget[];
  /** Known organisation index. */
  org?: number;
  /** For people: where the name itself starts (after an honorific such as "Mr."). */
  nameI?: number;
  /** Byline or comment-avatar: a person, not an official. */
  furniture?: boolean;
  /** Kept inside another mention (a place inside an organisation's name). */
  nested?: boolean;
  /** The tagger's type for the same span when it differs ("Sweden" the team: ORG). */
  tag?: EntityType;
  /** A tagger's one-word organisation that is also a city or region of the gazetteer: those readings. */
  placeReading?: readonly GazTarget[];
  /** A smaller town taken from the gazetteer only because the tagger read the word as an organisation. */
  townOfTagger?: boolean;
  /** Typed by the document's own definition of the name ("Bravik is a kettle maker"). */
  defined?: boolean;
}

/** What detection returns. */
export interface Detection {
  mentions: Cand[];
  titles: TitleParse[];
}

/**
 * The pass closures of the last {@link detect} call. V8 keeps a closure's optimised code only while a closure
 * made from the same source is alive (the code is held weakly for the closures made later): once the last
 * call's closures were garbage, a major GC between two documents dropped the optimised code of every pass, and
 * the next documents ran them unoptimised and compiled them again (readTaggedSpans alone 200-250 ms of compiler
 * thread per recompile; ~0.5-1 s of compiler CPU in each bench pass once compromise's allocations forced major
 * GCs between our documents). Holding them keeps the last document's detection state until the next call, so
 * only for documents of up to {@link PASSES_KEPT_UP_TO} tokens.
 */
const lastPasses: { closures: readonly unknown[] } = { closures: [] };
/** Largest document (in tokens) whose pass closures {@link lastPasses} holds (a few MB of detection state at most). */
const PASSES_KEPT_UP_TO = 50_000;


/**
 * Finds and resolves mentions.
 *
 * Each pass over the tokens is a named inner function called once (`readTitles`, `readSpeakers`…). On a long
 * document every pass's loop gets hot on its own, and V8 then compiles (on the stack) the function that holds the
 * loop: one small function per pass instead of all of `detect` each time, which on 1 MB of adversarial text took
 * more CPU than the passes themselves.
 */
export function detect(doc: Doc, lk: Lookups, taggedSpans: readonly TypedSpan[]): Detection {
  let tagged = taggedSpans;
  const cands: Cand[] = [];
  const titles: TitleParse[] = [];
  // "Photo Sparks Controversy", "Storm Wreaks Havoc": in a title-case line a capital says nothing, so a
  // name read there needs the running text to name it too, or, for a person, a given name the lexicon knows.
  const titleCase = titleCaseSentences(doc);
  const runningText = new RunningTextNames(doc, titleCase);
  const unsupportedInHeadline = (i: number, j: number, person: boolean): boolean =>
    titleCase[doc.sentenceOf[i]] === 1 && !(person && isGivenName(doc.raw(i))) && !runningText.has(i, j);

  let lowerSet: Set<string> | undefined;
  /** Words the document writes in lower case somewhere (common words, not names). */
  const lowerWords = (): Set<string> => {
    if (lowerSet) return lowerSet;
    lowerSet = new Set<string>();
    for (let t = 0; t < doc.n; t++) if (doc.word(t) && !doc.cap(t)) lowerSet.add(doc.fold(t));
    return lowerSet;
  };
  let fullNameWords: Set<string> | undefined;

  /** Names that stand in sentences not written in capitals (built on the first title read in a headline in capitals). */
  let outsideCapitals: RunningTextNames | undefined;

  // Titles and the names they introduce. Role words are never part of a name.
  const roleTok = new Uint8Array(doc.n);
  /** Tokens of an office with its portfolio ("Minister for Foreign Affairs"): no organisation or place in them. */
  const portfolio = new Uint8Array(doc.n);
  // Places in a title's complement ("Mayor of Komárno Ladislav Horváth"): the title parse has split them from the name.
  const domainEnd = new Map<number, number>();
  /** Places an office belongs to, read before it ("Kharkiv Regional Governor"): start token → end token. */
  const titlePlaceAt = new Map<number, number>();
  let taggerPersonEnd: Set<number> | undefined;
  /** True when a tagger person of two words or more ends with token `h`, its word before `h` no title word. */
  const taggerPersonEndsWith = (h: number): boolean => {
    if (!taggerPersonEnd) {
      taggerPersonEnd = new Set<number>();
      for (const sp of taggedSpans) {
        const r = sp.type === 'PER' ? tokenRange(doc, sp.start, sp.end) : undefined;
        if (r && r[1] - r[0] >= 2) taggerPersonEnd.add(r[1] - 1);
      }
    }
    // "Mary Queen of Scots": an office with its complement.
    if (h + 1 < doc.n && doc.sentenceOf[h + 1] === doc.sentenceOf[h] && (doc.fold(h + 1) === 'of' || (doc.cap(h + 1) && doc.word(h + 1)))) return false;
    return taggerPersonEnd.has(h) && doc.cap(h - 1) && doc.word(h - 1) && !doc.is(h - 1, TITLE_HEAD) && !doc.is(h - 1, TITLE_MODIFIER) && !HONORIFICS.has(doc.fold(h - 1));
  };
  const readTitles = (): void => {
    // "Billie Jean King", and later "King said": a title word that is a family name heads no office.
    const surnames = titleWordSurnames(doc, TITLE_HEAD);
    for (let h = 0; h < doc.n; h++) {
      if (!doc.word(h) || doc.end(h) - doc.start(h) < 2) continue;
      const head = doc.is(h, TITLE_HEAD);
      const descriptor = !head && isDescriptor(doc, h);
      if (!descriptor && !head) continue;
      if (!descriptor && surnames.size > 0 && (titleWordEndsName(doc, h) || titleWordAsSurname(doc, h, surnames))) continue;
      // "New Zealand Official Yearbook": capitalised, "official" is part of a name; as a title it is written
      // in lower case ("trade official Jane Roe").
      if (doc.fold(h) === 'official' && doc.cap(h)) continue;
      const t = parseTitle(doc, h, lk);
      if (!t) continue;
      // "Alastair King hosted the banquet": a title word with no name after it that ends the tagger's person, right
      // after a capitalised word of that person that is no title word, is the family name (a given name the lexicon
      // does not know, unlike "Stephen King").
      if (t.nameJ <= t.nameI && !descriptor && taggerPersonEndsWith(h)) continue;
      if (t.nameJ > t.nameI && unsupportedInHeadline(t.nameI, t.nameJ, true)) continue; // "Veteran Wraps Baby in Flag"
      // "JUDGE BLOCKS TRUMP TARIFFS": in capitals the words after a title are a name only as far as the running
      // text has them ("PRESIDENT MACRON VISITS ALGIERS" → "MACRON" after "President Emmanuel Macron").
      if (t.nameJ > t.nameI && doc.shouting[doc.sentenceOf[h]] === 1) {
        outsideCapitals ??= new RunningTextNames(doc, doc.shouting);
        let k = t.nameJ;
        while (k > t.nameI && !outsideCapitals.has(t.nameI, k)) k--;
        if (k === t.nameI) continue;
        t.nameJ = k;
      }
      if (t.nameJ - t.nameI >= 2 && EVENT_TAILS.has(doc.fold(t.nameJ - 1))) continue; // "the Singer World Series"
      // "the official al-Nahar newspaper", "the official Tessaro airport": a lower-case institution's or site's noun after
      // the name makes it that institution or site, with the title word an adjective.
      if (t.nameJ > t.nameI && facilityTypeAfter(doc, t.nameJ)) continue;
      // "the General Staff" (an army's command): "Staff" after a title is a body, not a person's name.
      if (t.nameJ - t.nameI === 1 && doc.fold(t.nameI) === 'staff') continue;
      // "Music: General History": one word after a title that the text also writes in lower case is no name,
      // unless a full name of the document holds it ("Senator Grant" after "Ulysses Grant").
      if (t.nameJ - t.nameI === 1 && !doc.allCaps(t.nameI) && lowerWords().has(doc.fold(t.nameI)) && !(fullNameWords ??= personNameWords(doc, taggedSpans)).has(doc.fold(t.nameI))) continue;
      // "Queen Street", "King Square", "Prince Albert Road": a street or a building named after a title is a place.
      if (t.nameJ > t.nameI && doc.cap(t.nameJ - 1) && FACILITY_HEADS.has(doc.fold(t.nameJ - 1)) && !SURNAME_HEADS.has(doc.fold(t.nameJ - 1))) continue;
      if (descriptor) {
        if (t.nameJ - t.nameI < 2) continue; // "Scientologist Tom Cruise", never a lone word
        t.descriptor = true;
      } else if (NOBLE_TITLES.has(doc.fold(h)) && t.roleI === h) {
        t.descriptor = true; // "Lady Cassandra": a title of nobility, not an office
      }
      titles.push(t);
      if (t.domainI !== undefined && t.domainJ !== undefined) domainEnd.set(t.domainI, t.domainJ);
      // "Kharkiv Regional Governor …", "New York Mayor …": the place the office belongs to is marked as a place.
      if (t.placeI !== undefined && t.placeJ !== undefined && !descriptor && !TEAM_ROLES.has(doc.fold(h))) {
        const pl = lk.placeAt(t.placeI);
        const wordBefore = t.placeI > 0 && doc.sentenceOf[t.placeI - 1] === doc.sentenceOf[t.placeI] && doc.cap(t.placeI - 1) && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(t.placeI - 1));
        if (pl && pl.j === t.placeJ && pl.targets[0].form === 'name' && !pl.targets[0].ambiguous && !wordBefore) { // not "Holy Roman Emperor"
          titlePlaceAt.set(t.placeI, t.placeJ);
          cands.push({ i: t.placeI, j: t.placeJ, type: 'LOC', source: 'gazetteer', strength: 45, place: pl.targets });
        }
      }
      roleTok.fill(1, t.roleI, h + 1);
      // "the Minister of Health", "Minister for Foreign Affairs": a portfolio after the office's head.
      if (t.orgI === undefined && t.domainI === undefined && t.roleJ > h + 2 && doc.cap(h)) {
        const k = doc.fold(h + 2) === 'the' ? h + 3 : h + 2;
        if (isOfficeDomain(doc, k, t.roleJ)) portfolio.fill(1, t.roleI, t.roleJ);
      }
      if (t.nameJ > t.nameI) cands.push({ i: t.nameI, j: t.nameJ, type: 'PER', source: 'title', strength: 100, nameI: t.nameI });
      h = Math.max(h, t.roleJ - 1);
    }
  };
  readTitles();

  const readHonorifics = (): void => {
    for (let i = 0; i < doc.n; i++) {
      if (!doc.cap(i)) continue;
      const f = doc.fold(i);
      // Honorifics: "Mr. Hwang", "Dr. Jane Smith".
      // "St." opens places and institutions far more often than saints ("St. Louis", "St. Mary's").
      if (doc.is(i, HONORIFIC) && f !== 'st.' && (f.endsWith('.') || f === 'sir' || f === 'dame' || f === 'mr' || f === 'mrs' || f === 'ms' || f === 'dr')) {
        const j = readName(doc, i + 1, lk);
        if (j > i + 1) cands.push({ i, j, type: 'PER', source: 'honorific', strength: 100, nameI: i + 1 });
      }
    }
  };
  readHonorifics();

  // Bylines and avatars: a line "By Martin", "Avatar of Martin".
  const readBylines = (): void => {
    for (let k = 0; k < doc.sentences.count; k++) {
      const a = doc.sentences.first[k];
      const b = doc.sentences.last[k];
      let nameAt = -1;
      if (doc.fold(a) === 'by' && doc.cap(a) && a + 1 <= b && !NOT_BYLINE.has(doc.fold(a + 1))) nameAt = a + 1;
      else if (doc.fold(a) === 'avatar' && a + 2 <= b && doc.fold(a + 1) === 'of') nameAt = a + 2;
      else if (doc.cap(a)) {
        // "Reporting by Ana Ruiz in London; Editing by Tom Hale", "Written by …; edited by …": a wire story's credit
        // line, each credit's names the byline's people.
        for (let c = creditBy(doc, a, b); c > 0; c = nextCredit(doc, c, b)) readCreditNames(c, b);
        continue;
      }
      if (nameAt < 0) continue;
      // "By Ana Ruiz", "By Ana Ruiz and Tom Hale", "By Ana Ruiz, Tom Hale and Lena Holm, BBC News": every author.
      let at = nameAt;
      let afterComma = false;
      for (let authors = 0; authors < 4 && at <= b; authors++) {
        const j = readName(doc, at, lk);
        const next = j <= b ? doc.fold(j) : '';
        if (!(j > at && j - at <= 3 && (j > b || next === ',' || next === 'and' || next === '|'))) break;
        // After the first name, no organisation or place ("By Ana Ruiz, Reuters"), and after a comma only a name
        // the list goes on from ("By Ana Ruiz, Tom Hale and Lena Holm", not "By Ana Ruiz, Staff Writer").
        if (authors > 0 && (lk.knownOrgAt(at) || lk.placeAt(at) || lk.orgSpanAt(at) !== undefined || (afterComma && next !== 'and' && next !== ','))) break;
        cands.push({ i: at, j, type: 'PER', source: 'byline', strength: 100, nameI: at, furniture: true });
        if (next !== 'and' && next !== ',') break;
        afterComma = next === ',';
        at = j + 1;
        if (afterComma && at <= b && doc.fold(at) === 'and') {
          at++;
          afterComma = false;
        }
      }
    }
  };
  /** The names of one credit ("Ana Ruiz and Tom Hale") from token `at`, up to a ";" or the line's end `b`. */
  function readCreditNames(at: number, b: number): void {
    for (let authors = 0; authors < 4 && at <= b; authors++) {
      const j = readName(doc, at, lk);
      const next = j <= b ? doc.fold(j) : '';
      if (!(j > at && j - at <= 3 && (j > b || next === ',' || next === 'and' || next === ';' || next === 'in' || next === '|'))) return;
      if (authors > 0 && (lk.knownOrgAt(at) || lk.placeAt(at) || lk.orgSpanAt(at) !== undefined)) return;
      cands.push({ i: at, j, type: 'PER', source: 'byline', strength: 100, nameI: at, furniture: true });
      let after = j;
      // "Ana Ruiz in London and Tom Hale in Cairo": where each reporter filed from.
      if (next === 'in') {
        const place = lk.placeAt(j + 1);
        if (!place || place.j > b) return;
        after = place.j;
      }
      const sep = after <= b ? doc.fold(after) : '';
      if (sep !== 'and' && sep !== ',') return;
      at = after + 1;
    }
  }
  readBylines();

  // Known organisations and organisation head-word phrases.
  let taggedPeople: Uint8Array | undefined;
  const readKnownOrgs = (): void => {
    for (let i = 0; i < doc.n; i++) {
      const k = lk.knownOrgAt(i);
      // "the Idaho Senate", "the Kurdish National Congress": a known body's one-word name that a head-word run
      // ends is that longer body's last word; inside a run that goes on ("the Malawi Congress Party") it is a word of it.
      if (k && k.j - i === 1 && ORG_HEADS.has(doc.fold(i)) && ((lk.orgEndingAt(i) ?? i) < i || runGoesOnAfter(lk.orgRuns, i))) continue;
      // "Ilse Uber", "Anna Nike": a known given name right before a company's one-word name, read by the tagger as
      // one person, is that person's family name.
      if (k && k.j - i === 1 && i > 0 && doc.sentenceOf[i - 1] === doc.sentenceOf[i] && doc.cap(i - 1) && !doc.allCaps(i - 1) && isGivenName(doc.raw(i - 1)) && !lk.placeAt(i - 1) && !lk.knownOrgAt(i - 1) && (taggedPeople ??= tokenMarks(doc, taggedSpans, 'PER'))[i - 1] === 1 && taggedPeople[i] === 1) continue;
      if (k) {
        // "the United Nations Children's Fund": a known body's name going on with a possessive word and an
        // organisation's head word names another, longer body.
        const j = k.j;
        if (j + 2 < doc.n && doc.sentenceOf[j + 2] === doc.sentenceOf[i] && doc.cap(j) && doc.word(j) && (doc.fold(j + 1) === "'s" || doc.fold(j + 1) === '\u2019s') && doc.cap(j + 2) && ORG_HEADS.has(doc.fold(j + 2))) {
          cands.push({ i, j: j + 3, type: 'ORG', source: 'org-head', strength: 90 });
          i = j + 2;
          continue;
        }
        // "Amnesty International Kenya", "Transparency International UK": an international body's national branch.
        const branch = doc.fold(j - 1) === 'international' && j < doc.n && doc.sentenceOf[j] === doc.sentenceOf[i] ? lk.placeAt(j) : undefined;
        if (branch && branch.targets[0].form !== 'demonym' && gazetteer().place(branch.targets[0].place).kind === 'country' && !(branch.j < doc.n && doc.sentenceOf[branch.j] === doc.sentenceOf[i] && doc.cap(branch.j) && doc.word(branch.j))) {
          cands.push({ i, j: branch.j, type: 'ORG', source: 'org-head', strength: 90 });
          i = branch.j - 1;
          continue;
        }
        // "the U.S. Environmental Protection Agency": a country written between "the" (or the sentence's start) and a
        // known body belongs to its name.
        const country = i > 0 ? lk.placeEndingAt(i - 1) : undefined;
        const from = country && country.j === i && doc.sentenceOf[country.i] === doc.sentenceOf[i] && country.targets[0].form !== 'demonym' && gazetteer().place(country.targets[0].place).kind === 'country' && (country.i === doc.sentences.first[doc.sentenceOf[i]] || doc.fold(country.i - 1) === 'the') ? country.i : i;
        const end = corporateSuffixEnd(doc, k.j);
        cands.push({ i: from, j: end, type: 'ORG', source: 'known-org', strength: 90, org: k.org });
        i = end - 1;
      }
    }
  };
  readKnownOrgs();
  /** "the Food and Drug Administration": a word before "and" that names something alone (see conjoinedOrgStart). */
  const namedAlone = (t: number): boolean => {
    if (lk.knownOrgAt(t) || lk.inOrg(t)) return true;
    taggedPeople ??= tokenMarks(doc, taggedSpans, 'PER');
    return taggedPeople[t] === 1;
  };
  /** A tagger's organisation ending at `last` ("Barclays" in "the Barclays and Lloyds Banking Group shares"). */
  let taggedOrgEnds: Set<number> | undefined;
  const taggedOrgEndsAt = (last: number): boolean => {
    if (!taggedOrgEnds) {
      taggedOrgEnds = new Set<number>();
      for (const sp of taggedSpans) if (sp.type === 'ORG') taggedOrgEnds.add(sp.end);
    }
    return taggedOrgEnds.has(doc.end(last));
  };
  const readOrgRuns = (): void => {
    for (const [i, j] of lk.orgRuns) {
      // "the album The Tortured Office": a work's title that ends in an organisation's head word.
      const work = workTitleStart(doc, i, j, false);
      if (work >= 0) {
        cands.push({ i: work, j, type: 'MISC', source: 'tagger', strength: 85, nameI: work });
        continue;
      }
      cands.push({ i: conjoinedOrgStart(doc, allOpenedOrgStart(doc, i, j, (k) => titleCase[k] === 1), j, namedAlone, taggedOrgEndsAt, (t) => lk.placeAt(t)?.j ?? -1), j: companyOfPlace(doc, i, j, lk), type: 'ORG', source: 'org-head', strength: 80 });
    }
  };
  readOrgRuns();
  const personEnds = new Set<number>();
  const collectPersonEnds = (): void => {
    for (const t of tagged) if (t.type === 'PER') personEnds.add(t.end);
  };
  collectPersonEnds();
  const readFacilities = (): void => {
    const runs = lk.facilityRuns;
    for (let k = 0; k < runs.length; k++) {
      const span = facilityAfterPerson(doc, runs[k][0], runs[k][1], personEnds);
      const a = span[0];
      const b = span[1];
      if (b - a < 2) continue;
      // "John Park, 56;": a known given name, a head word and an age are a person in a list of people.
      if (b - a === 2 && isGivenName(doc.raw(a)) && ageAfter(doc, b)) continue;
      // "the Hockey Hall of Fame" is an organisation; "Hall of Famer Bill Tate" is no facility at all.
      const hall = hallOfFame(doc, a, b);
      if (!hall) cands.push({ i: a, j: b, type: 'LOC', source: 'org-head', strength: 80 });
      else if (hall.end > a) cands.push({ i: a, j: hall.end, type: 'ORG', source: 'org-head', strength: 80 });
    }
  };
  readFacilities();
  // "the Australian Centre for Coastal Studies": a centre for a cause is an organisation, "for …" and all.
  pushSpans(cands, centresFor(doc, (t) => facilityRunStartEndingAt(lk, t)), 'ORG', 'org-head', 81, false);
  // "Interstate 95", "State Route 267", "I-95": a numbered road is a place.
  pushSpans(cands, numberedRoads(doc), 'LOC', 'org-head', 80, false);
  // "Dinamo Zagreb", "Hertha Berlin": a club word and a city name a sports club.
  pushSpans(cands, clubsBeforeCities(doc, (t) => cityEndAt(lk, t)), 'ORG', 'org-head', 80, false);
  // "the MP for Bath", "MEP for South East England": a legislator's seat is a place.
  const seats = constituencies(doc);
  for (let k = 0; k < seats.length; k++) {
    const i = seats[k][0];
    const j = seats[k][1];
    const gz = lk.placeAt(i);
    cands.push({ i, j, type: 'LOC', source: 'org-head', strength: 70, nameI: i, place: gz?.j === j && gz.targets[0].form === 'name' ? gz.targets : undefined });
  }
  // "Greater Manchester", "the Greater Toronto Area": a metropolitan region, one place over "Greater" and the city.
  pushSpans(cands, greaterRegions(doc, (t) => { const m = lk.placeAt(t); return m && cityOrRegion(m.targets[0]) ? m.j : -1; }), 'LOC', 'org-head', 97, true);
  // "the State of Texas", "the City of Brampton": a place under its formal name.
  const polities = polityNames(doc, lk);
  for (let k = 0; k < polities.length; k++) {
    const p = polities[k];
    cands.push({ i: p.i, j: p.j, type: 'LOC', source: 'org-head', strength: 80, place: p.place });
  }
  // "Southern Oregon", "the Tampa Area": one wider place around the gazetteer's.
  const regionAt = (t: number): number => {
    const p = lk.placeAt(t);
    if (!p || p.targets[0].form !== 'name') return -1;
    const kind = gazetteer().place(p.targets[0].place).kind;
    return kind === 'region' ? p.j : -1; // not countries: "northern Iraq" is Iraq for the corpora
  };
  const wider = widerPlaces(doc, regionAt, (t) => lk.placeEndingAt(t)?.targets[0].form === 'name' ? lk.placeEndingAt(t)!.i : -1);
  for (let k = 0; k < wider.length; k++) {
    const i = wider[k][0];
    const j = wider[k][1];
    const inner = doc.fold(j - 1) === 'area' ? lk.placeAt(i) : lk.placeAt(i + 1); // the card's place: "California"
    cands.push({ i, j, type: 'LOC', source: 'gazetteer', strength: 61, place: inner?.targets });
  }
  // "Catherine the Great", "Pliny the Elder": a given name and its epithet.
  pushSpans(cands, epithetNames(doc, (t) => isGivenName(doc.raw(t)) && !lk.knownOrgAt(t)), 'PER', 'title', 70, true);
  // Cricket scorecards: "c Brennock b Okonedo 45", "Did not bat: Okonedo", "Bowling: Okonedo 10-1-42-2".
  const players = scorecardPlayers(doc, (t) => doc.cap(t) && doc.word(t) && !doc.allCaps(t) && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(t)));
  if (players.length > 0 && isSportsDocument(doc)) pushSpans(cands, players, 'PER', 'title', 70, true);
  // "DJ Khaled", "MC Lyte": a stage name is a person's name, prefix and all.
  pushSpans(cands, stageNames(doc, (t) => isNameToken(doc, t) && doc.word(t) && !lk.placeAt(t) && !lk.knownOrgAt(t)), 'PER', 'title', 70, true);
  // "born in Tilford, Surrey", "…; Wexcombe, England; …": an unknown name between a place preposition (or a list's
  // semicolon) and ", <region>" is a town, over the tagger's person or MISC, unless a word of it is a known given name.
  const towns = townsBeforeRegion(doc, (k) => beforeRegion(doc, k, lk));
  for (let k = 0; k < towns.length; k++) {
    const i = towns[k][0];
    const j = towns[k][1];
    if (lk.placeAt(i) || lk.orgSpanAt(i) !== undefined || lk.knownOrgAt(i) || isGivenName(doc.raw(i)) || isGivenName(doc.raw(j - 1))) continue;
    cands.push({ i, j, type: 'LOC', source: 'tagger', strength: 66, nameI: i });
  }
  // "the Habsburg Empire", "the Grand Duchy of Baden", "the Eastern Front": a state of the past or a front is a place.
  const states = historicalStates(doc);
  for (let k = 0; k < states.length; k++) {
    const i = states[k][0];
    const j = states[k][1];
    if (lk.placeAt(i)?.j !== j) cands.push({ i, j, type: 'LOC', source: 'org-head', strength: 85 });
  }

  // Credits: "(Dan Tri) –", "(Photo: Reuters)", "Source: Yonhap".
  const readCredits = (): void => {
    for (let i = 0; i + 2 < doc.n; i++) {
      const f = doc.fold(i);
      if (f === '(' && doc.cap(i + 1)) {
        let j = i + 1;
        while (j < doc.n && doc.cap(j) && j - i <= 4) j++;
        if (j < doc.n && doc.fold(j) === ')' && j + 1 < doc.n && isDash(doc.fold(j + 1))) {
          if (!lk.placeAt(i + 1) || lk.placeAt(i + 1)!.j < j) cands.push({ i: i + 1, j, type: 'ORG', source: 'credit', strength: 85 });
        }
      } else if ((f === 'photo' || f === 'source' || f === 'credit' || f === 'photograph' || f === 'image') && doc.cap(i)) {
        // "Photo: Reuters"; "Credit Jane Roe/Agency"; a label glued to the credit ("CreditJane Roe": hidden text).
        const colon = doc.fold(i + 1) === ':';
        const bare = !colon && (f === 'credit' || doc.end(i) === doc.start(i + 1));
        const a = colon ? i + 2 : i + 1;
        if (!(colon || bare) || a >= doc.n || !doc.cap(a)) continue;
        let j = a;
        while (j < doc.n && doc.cap(j) && j - a <= 3 && doc.sentenceOf[j] === doc.sentenceOf[a]) j++;
        // Ends at the line, a bracket, a slash or "for" ("Credit Jane Roe for The Times").
        if (j >= doc.n || doc.fold(j) === ')' || doc.fold(j) === '/' || doc.fold(j) === '.' || doc.fold(j) === 'for' || doc.sentenceOf[j] !== doc.sentenceOf[i]) {
          // A photographer ("Image: Nick Moreau") or an agency ("Photo: Reuters").
          const nameEnd = readName(doc, a, lk);
          // A given name that is also a town ("Anna", "Douglas") does not make the whole credit a place.
          const person = nameEnd === j && j - a >= 2 && j - a <= 3 && !lk.orgSpanAt(a) && !((lk.placeAt(a)?.j ?? -1) >= j) && !doc.allCaps(a);
          // "Image: NASA Bill Ingalls", "Photo: AP Jane Doe": an agency's acronym, then its photographer.
          const agency = !person && j - (a + 1) >= 2 && j - (a + 1) <= 3 && doc.allCaps(a) && doc.end(a) - doc.start(a) >= 2 && readName(doc, a + 1, lk) === j && !lk.placeAt(a + 1);
          if (person) cands.push({ i: a, j, type: 'PER', source: 'byline', strength: 85, nameI: a, furniture: true });
          else if (agency) {
            cands.push({ i: a, j: a + 1, type: 'ORG', source: 'credit', strength: 85 });
            cands.push({ i: a + 1, j, type: 'PER', source: 'byline', strength: 85, nameI: a + 1, furniture: true });
          } else if (colon) cands.push({ i: a, j, type: 'ORG', source: 'credit', strength: 85 });
        }
      }
    }
  };
  readCredits();

  // A caption's closing credit "… in Paris Jane Roe/Reuters": the name before "/agency" at a line's end.
  const creditStarts = new Set<number>();
  const readSlashCredits = (): void => {
    for (let k = 2; k + 1 < doc.n; k++) {
      if (doc.fold(k) !== '/' || doc.end(k - 1) !== doc.start(k) || !doc.cap(k + 1)) continue;
      let agencyEnd = lk.knownOrgAt(k + 1)?.j ?? (PHOTO_AGENCIES.has(doc.fold(k + 1)) ? k + 2 : -1);
      if (agencyEnd > 0 && agencyEnd < doc.n && doc.fold(agencyEnd) === 'images' && doc.cap(agencyEnd)) agencyEnd++; // "Getty Images"
      if (agencyEnd < 0 || !lineEndsAfter(doc, agencyEnd - 1)) continue;
      const initial = k >= 3 && /^\p{Lu}\.$/u.test(doc.raw(k - 2));
      const a = initial ? k - 3 : k - 2;
      let name = true;
      for (let t = a; t < k; t++) if (!doc.cap(t) || doc.sentenceOf[t] !== doc.sentenceOf[k] || CAPITALISED_FUNCTION_WORDS.has(doc.fold(t))) name = false;
      if (!name || lk.knownOrgAt(a) || (lk.placeAt(a) && lk.placeAt(a)!.j >= k)) continue;
      cands.push({ i: a, j: k, type: 'PER', source: 'byline', strength: 85, nameI: a, furniture: true });
      creditStarts.add(a);
    }
  };
  readSlashCredits();

  // Family-name-first names with a hyphenated given name: "Hwang Joon-kook", "Yau Wai-ching".
  const readFamilyFirstNames = (): void => {
    for (let i = 0; i + 1 < doc.n; i++) {
      if (!doc.cap(i) || !doc.is(i, FAMILY_FIRST_SURNAME) || !doc.cap(i + 1) || doc.sentenceOf[i + 1] !== doc.sentenceOf[i]) continue;
      const given = doc.raw(i + 1);
      if (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(given)) cands.push({ i, j: i + 2, type: 'PER', source: 'speech', strength: 56, nameI: i });
    }
  };
  readFamilyFirstNames();

  // People named next to a speech verb: "John Smith said", "said John Smith".
  const taggedOther = new Set<number>();
  const taggedOrgEnd = new Map<number, number>();
  const indexTaggedSpans = (): void => {
    for (const t of tagged) {
      if (t.type !== 'PER') taggedOther.add(t.start);
      if (t.type === 'ORG') taggedOrgEnd.set(t.start, t.end);
    }
  };
  indexTaggedSpans();
  const readSpeakers = (): void => {
    for (let i = 0; i < doc.n; i++) {
      if (!isNameToken(doc, i) || doc.shouting[doc.sentenceOf[i]]) continue;
      const j = readName(doc, i, lk);
      if (j === i) continue;
      const before = i > 0 ? doc.fold(i - 1) : '';
      const after = j < doc.n ? doc.fold(j) : '';
      const speechAfter = SPEECH_VERBS.has(after) && doc.sentenceOf[j] === doc.sentenceOf[i];
      const speechBefore = (before === 'said' || before === 'says' || before === 'added' || before === 'told') && i > 1 && isQuoteClose(doc.fold(i - 2));
      const glued = i > 0 && doc.end(i - 1) === doc.start(i) && doc.word(i - 1);
      // "The Sunday Herald quoted Marta Orrin as saying …": the one quoted as saying is a speaker, unless the name is
      // an organisation's (known, a head-word run, or the tagger's) or a place's.
      if (before === 'quoted' && j + 1 < doc.n && doc.fold(j) === 'as' && (doc.fold(j + 1) === 'saying' || doc.fold(j + 1) === 'telling') && !glued && !lk.placeAt(i) && lk.orgSpanAt(i) === undefined && !lk.knownOrgAt(i) && taggedOrgEnd.get(doc.start(i)) !== doc.end(j - 1) && !doc.allCaps(i) && !lowerWords().has(doc.fold(i)) && !articleWord(doc, i)) {
        cands.push({ i, j, type: 'PER', source: 'speech', strength: 55, nameI: i });
        i = j - 1;
        continue;
      }
      // A name opened by a lower-case article ("al-Fajr al-Jadid claimed") is a group's or a place's: people's names open with a given name.
      if ((speechAfter || speechBefore) && !glued && !lk.placeAt(i) && !lk.orgSpanAt(i) && !(j === i + 1 && doc.allCaps(i)) && !articleWord(doc, i)) {
        const sentenceStart = i === doc.sentences.first[doc.sentenceOf[i]];
        if (j - i === 1 && sentenceStart && !speechAfter) continue;
        // "Credit Suisse said", "Morgan Stanley said": not when the tagger reads exactly these words as an organisation.
        // "said Marvella SpA chairman …": nor when a legal form ends the words (a company's).
        if (j - i > 1 && taggedOrgEnd.get(doc.start(i)) !== doc.end(j - 1)) {
          if (!WRITTEN_LEGAL_FORMS.has(doc.raw(j - 1))) cands.push({ i, j, type: 'PER', source: 'speech', strength: 55, nameI: i });
        }
        // ", said Mauer, ...": one name between "said" and a comma or full stop is the speaker, unless the
        // tagger reads it as an organisation or place ("said Reuters").
        else if (speechBefore && j < doc.n && (doc.fold(j) === ',' || doc.fold(j) === '.') && !taggedOther.has(doc.start(i))) {
          cands.push({ i, j, type: 'PER', source: 'speech', strength: 55, nameI: i });
        }
        // '... ," Orr said': one word between a closing quotation mark and the speech verb is the speaker,
        // when the document never writes it in lower case ("police", "officials") and the tagger reads
        // no organisation or place there.
        // "Merz warned that …": one word the name lexicon knows as a family name, before a speech verb, with no
        // other reading (the tagger's organisation or place, a word the text writes in lower case).
        else if (speechAfter && j - i === 1 && !doc.allCaps(i) && isFamilyName(doc.raw(i)) && !taggedOther.has(doc.start(i)) && !lowerWords().has(doc.fold(i)) && !TITLE_HEADS.has(doc.fold(i)) && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(i)) && !lk.knownOrgAt(i)) {
          cands.push({ i, j, type: 'PER', source: 'speech', strength: 55, nameI: i });
        }
        else if (speechAfter && i > 1 && isQuoteClose(before) && before !== ',' && doc.end(i - 1) < doc.start(i) && UTTERANCE_END.has(doc.fold(i - 2)) && !taggedOther.has(doc.start(i)) && !lowerWords().has(doc.fold(i)) && !TITLE_HEADS.has(doc.fold(i)) && !GROUP_WORDS.has(doc.fold(i)) && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(i))) {
          cands.push({ i, j, type: 'PER', source: 'speech', strength: 55, nameI: i });
        }
      }
      i = j - 1;
    }
  };
  readSpeakers();

  // Kin before a name: "their child, Gloria", "his wife Sarah": a person, whatever else the name may be.
  const readKin = (): void => {
    for (let i = 0; i + 1 < doc.n; i++) {
      if (doc.cap(i) || !doc.is(i, KIN_WORD)) continue;
      // "his wife Jane Doe", "his wife, Jane", "daughter of Thaksin Shinawatra".
      const of = doc.fold(i + 1) === 'of';
      const at = doc.fold(i + 1) === ',' || of ? i + 2 : i + 1;
      if (at >= doc.n || doc.sentenceOf[at] !== doc.sentenceOf[i] || !isNameToken(doc, at) || doc.allCaps(at)) continue;
      const j = readName(doc, at, lk);
      // "the father of North Melbourne player …": after "of", a name with a place in it is something else.
      if (of && (lk.placeAt(at) || lk.placeEndingAt(j - 1))) continue;
      if (j > at && j - at <= 3 && !lk.orgSpanAt(at) && !lk.knownOrgAt(at)) cands.push({ i: at, j, type: 'PER', source: 'speech', strength: 65, nameI: at });
    }
  };
  readKin();

  // "Her lawyer, Rose Bay, said": a given name in apposition to a title or person noun names that person.
  pushSpans(cands, holdersInApposition(doc, lk), 'PER', 'speech', 85, true);

  // "fashion designer Halvor", "the pianist Miklos": a person known by one name after a lower-case occupation.
  const mononyms = mononymsAfterOccupations(doc, lk, lowerWords);
  for (let k = 0; k < mononyms.length; k++) {
    const t = mononyms[k];
    cands.push({ i: t, j: t + 1, type: 'PER', source: 'speech', strength: 56, nameI: t });
  }

  // "the Monti government", "the Bush administration": a leader's name before a government word.
  const readLeaderGovernments = (): void => {
    for (let i = 1; i + 1 < doc.n; i++) {
      if (doc.fold(i - 1) !== 'the' || doc.cap(i - 1) || !isNameToken(doc, i) || doc.allCaps(i) || lk.placeAt(i) || lk.orgSpanAt(i) !== undefined || lk.knownOrgAt(i)) continue;
      const j = readName(doc, i, lk);
      if (j > i && j - i <= 2 && j < doc.n && !doc.cap(j) && GOVERNMENT_WORDS.has(doc.fold(j)) && !NAME_PARTICIPLE.test(doc.raw(j - 1)) && !groupOpener(doc.fold(i)) && !AFFILIATIONS.has(doc.fold(i)) && !AFFILIATION_SUFFIX.test(doc.fold(i)) && !GOVERNMENT_ADJECTIVES.has(doc.fold(i)) && !lowerWords().has(doc.fold(i))) {
        cands.push({ i, j, type: 'PER', source: 'speech', strength: 55, nameI: i });
      }
    }
  };
  readLeaderGovernments();

  // Gazetteer places and demonyms.
  const gaz = gazetteer();
  const personWords = personNameWords(doc, tagged);
  const vehicles = vehicleNames(doc);
  /** One-word places read after a place preposition: the same word is that place throughout the document. */
  const placeWords = new Map<string, readonly GazTarget[]>();
  /** The tagger's organisations of one or two words, start → end ("Lviv" read as ORG in "Drones attacked Lviv"). */
  const taggerOrgWord = new Map<number, number>();
  for (let k = 0; k < tagged.length; k++) {
    const t = tagged[k];
    if (t.type !== 'ORG') continue;
    const r = tokenRange(doc, t.start, t.end);
    if (r && r[1] - r[0] <= 2) taggerOrgWord.set(r[0], r[1]);
  }
  const readGazetteerPlaces = (): void => {
    for (const m of lk.places) {
      const t0 = m.targets[0];
      const p = gaz.place(t0.place);
      const shouting = doc.shouting[doc.sentenceOf[m.i]] === 1;
      const type: EntityType = t0.form === 'demonym' ? 'MISC' : 'LOC';
      // A short all-caps word outside a headline is an acronym ("USI"), not a place written "Usi".
      // A dateline ("LYON — …", "ROME (AP) —") is a place whatever its length.
      if (!shouting && t0.form === 'name' && m.j - m.i === 1 && doc.allCaps(m.i) && doc.end(m.i) - doc.start(m.i) <= 4 && !opensDateline(doc, m.i, m.j)) continue;
      const prevWord = m.i > 0 && doc.sentenceOf[m.i - 1] === doc.sentenceOf[m.i] ? m.i - 1 : -1;
      const locative = prevWord >= 0 && LOCATIVE_WORDS.has(doc.fold(prevWord)) && !doc.cap(prevWord);
      if (t0.ambiguous && (!locative || modifiesPlural(doc, m.j))) continue;
      if (currencyPrefix(doc, m.j)) continue; // "US$ 20,000", "NZ$": a currency, not the country
      // "the Dnipro river", "the Volga basin": the name and the lower-case feature word name the river, not the city.
      if (t0.form === 'name' && m.j < doc.n && !doc.cap(m.j) && doc.sentenceOf[m.j] === doc.sentenceOf[m.i] && NATURAL_FEATURES.has(doc.fold(m.j))) {
        cands.push({ i: m.i, j: m.j + 1, type: 'LOC', source: 'gazetteer', strength: 60 });
        continue;
      }
      // "a case of Roman coins": a people's or a religion's word is not the town of that name.
      if (m.j - m.i === 1 && t0.form === 'name' && GROUP_WORDS.has(doc.fold(m.i))) continue;
      if (m.j - m.i === 1 && vehicles.has(doc.fold(m.i)) && !placePreposition(doc, prevWord)) continue;
      // "in March 2003": a month or function word that is also a town is a place only as "March, England".
      if (m.j - m.i === 1 && CAPITALISED_FUNCTION_WORDS.has(doc.fold(m.i)) && !followedByPlace(doc, m.j, lk)) continue;
      // "the U.S. Open", "Hong Kong Open", "U.S. Amateur Championship": a place naming an event is not marked.
      if (type === 'LOC' && eventAfter(doc, m.j)) continue;
      // "the Kherson region", "Kharkiv Oblast": the name before an administrative noun is the region, not the city
      // of that name; written with a capital, the noun is part of the region's name.
      const nameBefore = prevWord >= 0 && doc.cap(prevWord) && doc.word(prevWord) && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(prevWord));
      const admin = t0.form === 'name' && !nameBefore && m.j < doc.n && doc.sentenceOf[m.j] === doc.sentenceOf[m.i] ? adminRegionTargets(doc, m.j, m.targets) : undefined;
      if (admin) {
        const named = doc.cap(m.j);
        cands.push({ i: m.i, j: named ? m.j + 1 : m.j, type: 'LOC', source: 'gazetteer', strength: named ? 95 : Math.max(45, p.rank >= 3 ? 60 : 45), place: admin });
        continue;
      }
      const titleDomain = domainEnd.get(m.i) === m.j;
      if (type === 'LOC' && !shouting && !titleDomain && t0.form !== 'abbreviation' && !lk.inOrg(m.i) && !creditStarts.has(m.j) && partOfLargerName(doc, m.i, m.j, lk)) continue;
      let strength = p.rank >= 3 || t0.form === 'abbreviation' ? 60 : p.rank === 2 ? 45 : 20;
      // A smaller town needs a place's context; but a word the tagger read as an organisation is a name for sure,
      // and a city or region of the gazetteer: a place, tagged ORG where it acts ("Lviv said", a team), as bigger
      // cities are ("Drones attacked Lviv": the card says city, not organisation).
      // Not before a team's role or a party member's noun ("Liberal incumbent": the party, not Liberal, Kansas).
      const namedTown = taggerOrgWord.get(m.i) === m.j && t0.form === 'name' && (p.kind === 'city' || p.kind === 'region') && !(m.j < doc.n && (TEAM_ROLES.has(doc.fold(m.j)) || partyMemberNoun(doc, m.j)));
      if (p.rank < 2 && !locative && !followedByPlace(doc, m.j, lk) && !namedTown && !(t0.form === 'name' && opensDateline(doc, m.i, m.j))) continue;
      if (titleDomain || namedTown) strength = Math.max(strength, 45); // the title parse read it as the office's place
      // "North Koreans", "South Korean": a demonym of two words or more outranks a tagger's name there.
      if (t0.form === 'demonym') strength = m.j - m.i >= 2 ? 70 : 60;
      // "trains ran from Harrison to Bridgton": a one-word place right after a place preposition outranks
      // the tagger's one-word person, unless the document names a person with that word.
      else if (m.j - m.i === 1 && placePreposition(doc, prevWord) && !personWords.has(doc.fold(m.i))) {
        strength = Math.max(strength, 45);
        placeWords.set(doc.fold(m.i), m.targets);
      } else if (compassOf(doc, prevWord)) strength = Math.max(strength, 45); // "50 miles northwest of Orlando"
      cands.push({ i: m.i, j: m.j, type, source: 'gazetteer', strength, place: m.targets, townOfTagger: namedTown && p.rank < 2 && !locative && !followedByPlace(doc, m.j, lk) });
    }
  };
  readGazetteerPlaces();

  // The learned tagger. A name defined once ("Caloi is a Brazilian bicycle manufacturer", "Bridgton, a
  // town in Maine") keeps that type wherever the tagger finds it in the document.
  tagged = articleSurnames(doc, particleSurnames(doc, joinNicknames(doc, ownersOfProducts(doc, splitAtBrackets(doc, joinGivenNames(doc, tagged)), lk), lk)));
  // "Anton Wolfram von Brachtendorf": a family name with particles after the given names the tagger ended at.
  tagged = particleFamilyNames(doc, tagged, (sp) => tokenRange(doc, sp.start, sp.end), isGivenName);
  // "Duchess of Sussex", "the Duke of Edinburgh": a title of nobility's seat is a place, not an organisation.
  tagged = peerageSeats(doc, tagged, (sp) => tokenRange(doc, sp.start, sp.end));
  // "Siobhán Ní Bhriain": an Irish family name's particle is written as its own capitalised word.
  tagged = gaelicSurnames(doc, tagged, (sp) => tokenRange(doc, sp.start, sp.end));
  const featureNames: Array<[number, number]> = [];
  const placeKeys = placeNounKeys(doc, lk, featureNames);
  // "the Mandrell river": the feature's noun is part of its name, as in "the Mandrell River".
  pushSpans(cands, featureNames, 'LOC', 'tagger', 66, true);
  const defined = definitions(doc, tagged, lk, placeKeys);
  cands.push(...definedMentions(doc, defined));
  const tickers = tickerQuotes(doc);
  /** Lines of page furniture ("Most Popular"), read on the first tagged span. */
  let furniture: Uint8Array | undefined;
  const readTaggedSpans = (): void => {
    for (let span of tagged) {
      const r = tokenRange(doc, span.start, span.end);
      if (!r) continue;
      // "The MP for Bath, Wera Hollins, said" tagged as one organisation: the seat, a comma and a person's name.
      if (seats.length > 0 && r[1] - r[0] >= 4) {
        const seat = seats.find(([i]) => i === r[0]);
        if (seat && seat[1] + 2 < r[1] && doc.fold(seat[1]) === ',') {
          // The member's name: two or three capitalised words, none a body's head word, before a comma or a speech verb.
          let name = r[1] - seat[1] - 1 >= 2 && r[1] - seat[1] - 1 <= 3 && r[1] < doc.n && (doc.fold(r[1]) === ',' || doc.is(r[1], SPEECH_VERB));
          for (let k = seat[1] + 1; k < r[1] && name; k++) name = doc.word(k) && doc.cap(k) && !ORG_HEADS.has(doc.fold(k));
          if (name) cands.push({ i: seat[1] + 1, j: r[1], type: 'PER', source: 'tagger', strength: 65, nameI: seat[1] + 1 });
          continue;
        }
      }
      // "a correspondent for The Atlantic", "she told The Guardian": a cited publication, not a place or a person.
      if (span.type !== 'ORG' && doc.sentenceOf[r[0]] === doc.sentenceOf[r[1] - 1] && lk.placeAt(r[0])?.j !== r[1]) {
        const pub = publicationStart(doc, r[0], r[1]);
        if (pub >= 0 && lk.placeAt(pub)?.j !== r[1]) {
          cands.push({ i: pub, j: r[1], type: 'ORG', source: 'tagger', strength: 50, nameI: pub });
          continue;
        }
      }
      // "Halvard Mining (ASX: HVM)": the name before a quote of its shares is a company's.
      if (tickers && (span.type === 'PER' || span.type === 'LOC') && tickers.opens.has(r[1])) span = { ...span, type: 'ORG' };
      // "her novel "Marguerite"", "the single "Velvet Crow"": a work's title names no person. (Places stay: a quoted
      // slogan "Freedom for Avaria" still names the place.)
      if (span.type === 'PER' && inQuotedTitle(doc, r[0], r[1])) continue;
      // "The film Marlow Creek won", "the album The Quiet Hours", "the HBO series Ledger": after a work's noun the
      // name is the work's title, whatever the tagger read.
      if (span.type !== 'MISC' && !lk.knownOrgAt(r[0])) {
        const work = workTitleStart(doc, r[0], r[1], span.type === 'PER');
        if (work >= 0) {
          cands.push({ i: work, j: r[1], type: 'MISC', source: 'tagger', strength: 50, nameI: work });
          continue;
        }
      }
      if (unsupportedInHeadline(r[0], r[1], span.type === 'PER')) continue;
      if (r[1] - r[0] === 1 && REFERENCE_WORDS.has(doc.fold(r[0]))) continue; // "ISBN", "PDF", "Retrieved": a reference list's furniture
      if (datesOnly(doc, r[0], r[1])) continue; // "Tue January 27", "3:45 PM EST": a date or a time zone, no name
      if (span.type === 'PER' && r[1] - r[0] === 1 && awardNounAt(doc, r[1]) && !roleTok[r[0] - 1]) continue; // "two Lindqvist laureates": the prize
      if ((span.type === 'PER' || span.type === 'LOC') && holdsAllSelection(doc, r[0], r[1])) continue; // "an All-American guard": a selection, no name
      if (pageLabelOrClock(doc, r[0], r[1])) continue; // "EXCLUSIVE", "8 AM": page furniture and clock times
      if ((furniture ??= furnitureSentences(doc))[doc.sentenceOf[r[0]]]) continue; // "Most Popular", "Trending Now"
      // "File image of the shuttle", "File photo": a caption's label, not a name.
      if (r[1] - r[0] === 1 && doc.fold(r[0]) === 'file' && r[1] < doc.n && PICTURE_WORDS.has(doc.fold(r[1]))) continue;
      // "St. Johnsbury", "St. Louis": a name opened by "St." is a place named after a saint.
      if (span.type === 'PER' && r[0] > 0 && doc.fold(r[0] - 1) === 'st.' && doc.sentenceOf[r[0] - 1] === doc.sentenceOf[r[0]]) r[0]--;
      // "St. Peter's Square", "St. Patrick's Cathedral": the saint's possessive and the capitalised words after it.
      const saintsPlaceEnd = doc.fold(r[0]) === 'st.' && r[1] - r[0] >= 2 ? possessiveNameEnd(doc, r[1]) : -1;
      if ((span.type === 'PER' || (span.type === 'LOC' && saintsPlaceEnd > r[1])) && r[1] - r[0] >= 2 && doc.fold(r[0]) === 'st.' && !roleTok[r[0]]) {
        cands.push({ i: r[0], j: Math.max(r[1], saintsPlaceEnd), type: 'LOC', source: 'tagger', strength: 50, nameI: r[0] });
        continue;
      }
      // "Miami's Posh Nightlife" when the text also writes "nightlife": one capitalised common word is no person,
      // unless a longer name in the document holds it ("Rice" after "Condoleezza Rice").
      if (span.type === 'PER' && r[1] - r[0] === 1 && !doc.allCaps(r[0]) && !personWords.has(doc.fold(r[0])) && lowerWords().has(doc.fold(r[0])) && !roleTok[r[0] - 1]) continue;
      // "Chelsea captain Reece James": one word right before a team's role and a name is the team, not a person.
      if (span.type === 'PER' && r[1] - r[0] === 1 && r[1] + 1 < doc.n && !doc.cap(r[1]) && TEAM_ROLES.has(doc.fold(r[1])) && doc.sentenceOf[r[1] + 1] === doc.sentenceOf[r[0]] && doc.cap(r[1] + 1) && doc.word(r[1] + 1)) {
        span = { ...span, type: 'ORG' };
      }
      // "The Green candidate, Mara Holt": one word right before a party member's noun is the party, not a person.
      if (span.type === 'PER' && r[1] - r[0] === 1 && partyMemberNoun(doc, r[1]) && doc.sentenceOf[r[1]] === doc.sentenceOf[r[0]]) span = { ...span, type: 'ORG' };
      // "an Ohio Republican", "a Texas Democrat": a place and a party member's word describe a person, name none.
      if (span.type === 'PER' && r[1] - r[0] >= 2 && (doc.fold(r[1] - 1) === 'republican' || doc.fold(r[1] - 1) === 'democrat')) {
        const state = lk.placeAt(r[0]);
        if (state?.j === r[1] - 1) {
          cands.push({ i: r[0], j: state.j, type: 'LOC', source: 'gazetteer', strength: 60, place: state.targets });
          continue;
        }
      }
      // "won by KO", "the IMF": two or three capitals alone in running text are an abbreviation, not a person.
      if (span.type === 'PER' && r[1] - r[0] === 1 && doc.allCaps(r[0]) && doc.end(r[0]) - doc.start(r[0]) <= 3 && !doc.shouting[doc.sentenceOf[r[0]]] && !personWords.has(doc.fold(r[0])) && !roleTok[r[0] - 1]) continue;
      // "the World Series", "Super Bowl", "Stanley Cup", "French Open": an event or a trophy, neither a person nor a place.
      if (span.type !== 'ORG' && r[1] - r[0] >= 2 && doc.cap(r[1] - 1) && EVENT_TAILS.has(doc.fold(r[1] - 1))) continue;
      // "the Budweiser Man of the Match award", "Player of the Year": an award, not a person.
      if (span.type === 'PER' && AWARD_PEOPLE.has(doc.fold(r[1] - 1)) && r[1] + 2 < doc.n && doc.fold(r[1]) === 'of' && doc.fold(r[1] + 1) === 'the' && doc.cap(r[1] + 2)) continue;
      // "Brannoch Rally, 19, and her sister": two or three capitalised words before an age are a person, not the
      // organisation the tagger read (a known or head-word organisation, or a place, keeps its reading).
      if (span.type === 'ORG' && r[1] - r[0] >= 2 && r[1] - r[0] <= 3 && ageAfter(doc, r[1]) && personLikeWords(doc, r[0], r[1]) && !lk.knownOrgAt(r[0]) && lk.orgSpanAt(r[0]) === undefined && lk.placeAt(r[0])?.j !== r[1]) {
        span = { ...span, type: 'PER' };
      }
      // "N. Ireland", "S. Korean": a compass initial before a place or a people is no person's initial.
      if (span.type === 'PER' && lk.placeAt(r[0])?.compass && lk.placeAt(r[0])!.j === r[1]) continue;
      // "Marvella SpA", "Kestrel AG": a legal form ends a company's name, never a person's.
      if (span.type === 'PER' && r[1] - r[0] >= 2 && WRITTEN_LEGAL_FORMS.has(doc.raw(r[1] - 1)) && !roleTok[r[0]]) span = { ...span, type: 'ORG' };
      // "LeBron James", "DeMar Ross": a given name with an inner capital and a family name is a person, not a brand.
      if (span.type === 'ORG' && r[1] - r[0] === 2 && camelCaseGivenName(doc.raw(r[0])) && doc.cap(r[0] + 1) && !ORG_HEADS.has(doc.fold(r[0] + 1)) && !lk.knownOrgAt(r[0]) && !lk.placeAt(r[0] + 1)) {
        span = { ...span, type: 'PER' };
      }
      // "taken to Royal Gwent hospital", "Stansted airport": a facility's name, not a person's.
      if (span.type === 'PER' && !roleTok[r[0]] && !(r[0] > 0 && (roleTok[r[0] - 1] || HONORIFICS.has(doc.fold(r[0] - 1))))) {
        const facility = facilityTypeAfter(doc, r[1]);
        if (facility) span = { ...span, type: facility };
      }
      if (span.type === 'PER') {
        while (r[0] < r[1] && (roleTok[r[0]] || HONORIFICS.has(doc.fold(r[0])) || gluedLabel(doc, r[0]))) r[0]++;
        while (r[1] > r[0] && roleTok[r[1] - 1]) r[1]--;
        if (r[0] === r[1]) continue;
        // "Martin Luther" read by the tagger before "King Jr.": a title word ending the name is the family name.
        if (r[1] < doc.n && doc.cap(r[1]) && TITLE_HEADS.has(doc.fold(r[1])) && titleWordEndsName(doc, r[1])) {
          r[1]++;
          if (r[1] < doc.n && doc.sentenceOf[r[1]] === doc.sentenceOf[r[0]] && NAME_SUFFIXES.has(doc.raw(r[1]))) r[1]++;
        }
      }
      // "Kharkiv Regional Governor Oleh Syniehubov" read whole as an organisation: the title parse read the place
      // before the office and the name after it, so the tagger's span gives way.
      if (span.type !== 'PER' && titlePlaceAt.has(r[0]) && roleTok[titlePlaceAt.get(r[0])!] && r[1] > titlePlaceAt.get(r[0])!) continue;
      // "The Minister for Foreign Affairs, Ana Ruiz,": the portfolio names the office, no body or place.
      if (span.type !== 'PER' && portfolio[r[0]] === 1 && portfolio[r[1] - 1] === 1) continue;
      // "the Mayor of Greater Manchester": the tagger's organisation that is a territorial office is the
      // office's place ("Director of Intelligence", "Queen of the South" stay as the tagger read them).
      // "Health Secretary Wes Streeting": a one-word organisation or place the tagger read inside a title's role
      // words is the office's domain, no name ("Treasury Secretary", "Army chief" keep the body they name).
      if (span.type !== 'PER' && r[1] - r[0] === 1 && roleTok[r[0]] && !lk.placeAt(r[0]) && !lk.knownOrgAt(r[0]) && doc.is(r[0], TITLE_MODIFIER) && !ORG_HEADS.has(doc.fold(r[0])) && doc.fold(r[0]) !== 'treasury') continue;
      // "Chief Election Commissioner Gyanesh Kumar": two or three title words the tagger read as an organisation
      // before the office's head, each of them a title word, name no body.
      if (span.type === 'ORG' && r[1] - r[0] >= 2 && r[1] - r[0] <= 3 && r[1] < doc.n && roleTok[r[1]] && doc.is(r[1], TITLE_HEAD) && onlyTitleModifiers(doc, r[0], r[1], roleTok) && !lk.placeAt(r[0]) && !lk.knownOrgAt(r[0])) continue;
      // "The Labour MP for Leeds Central", "a Tory MP": an organisation the tagger ran into an office's head word ends
      // before it (a party's word stays; "Foreign Minister" is no organisation to keep).
      if (span.type === 'ORG' && r[1] - r[0] === 2 && doc.is(r[1] - 1, TITLE_HEAD) && !ORG_HEADS.has(doc.fold(r[1] - 1)) && (AFFILIATIONS.has(doc.fold(r[0])) || !doc.is(r[0], TITLE_MODIFIER)) && !lk.knownOrgAt(r[0])) {
        r[1]--;
        span = { ...span, end: doc.end(r[0]) };
      }
      if (span.type !== 'PER' && roleTok[r[0]]) {
        let k = r[0];
        while (k < r[1] && roleTok[k]) k++;
        if (k + 1 < r[1] && TERRITORIAL_HEADS.has(doc.fold(k - 1)) && doc.fold(k) === 'of' && lk.orgSpanAt(k + 1) === undefined && !lk.knownOrgAt(k + 1)) {
          k++;
          if (k < r[1] && doc.fold(k) === 'the') k++;
          if (k >= r[1] || !doc.cap(k)) continue;
          if (lk.placeAt(k)?.j === r[1] && domainEnd.get(k) === r[1]) continue; // the gazetteer's reading stands
          cands.push({ i: k, j: r[1], type: 'LOC', source: 'tagger', strength: 50, nameI: k });
          continue;
        }
      }
      // "the chairman of Mercedes-Benz": what an office that rules no territory is "of", when the gazetteer knows no
      // place there, is the body it belongs to ("the mayor of Komárno" keeps its place).
      // "the founder of Zara": one word no given name, read as a person there, is that body too.
      if ((span.type === 'LOC' || (span.type === 'PER' && r[1] - r[0] === 1 && !isGivenName(doc.raw(r[0])))) && corporateOfficeBefore(doc, r[0]) && !lk.placeAt(r[0]) && !lk.placeEndingAt(r[1] - 1)) span = { ...span, type: 'ORG' };
      // "Both Heydour and Aisby", "Another Nobel laureate": a capitalised function word opening a sentence
      // is not part of the name after it (articles stay: "The Hague"; dates may be names: "April Ryan").
      if (r[1] - r[0] >= 2 && LEADING_FUNCTION_WORDS.has(doc.fold(r[0])) && doc.sentences.first[doc.sentenceOf[r[0]]] === r[0]) r[0]++;
      // "Samsung Electronics shares rose": an organisation's first word opening the sentence, left out by the tagger.
      if (span.type === 'ORG' && sentenceOpenerBefore(doc, r[0], lk, lowerWords())) r[0]--;
      const len = r[1] - r[0];
      if (len === 1 && CAPITALISED_FUNCTION_WORDS.has(doc.fold(r[0]))) continue;
      if (span.type === 'LOC' && currencyPrefix(doc, r[1])) continue;
      // "Staff Writer", "Senior Correspondent": a byline's job, all of its words title words, names no person.
      if (span.type === 'PER' && onlyJobWords(doc, r[0], r[1])) continue;
      // "Sydney's Lord Mayor, Clover Moore": an office's words alone (title words ending in a title head) name no place
      // or body ("Home Office", "Supreme Court" end in a body's head word; places and known bodies keep their reading).
      if (span.type !== 'PER' && len >= 2 && officeWordsOnly(doc, r[0], r[1]) && !lk.placeAt(r[0]) && !lk.knownOrgAt(r[0]) && lk.orgSpanAt(r[0]) === undefined) continue;
      // "Best Actor", "Best Original Screenplay": an award's category names no one.
      if (span.type !== 'LOC' && awardCategory(doc, r[0], r[1])) continue;
      // "a statement from Zorvex": a source's "from" before a name the gazetteer does not know opens an organisation.
      if (span.type === 'LOC' && !lk.placeAt(r[0]) && afterSourceFrom(doc, r[0])) {
        cands.push({ i: r[0], j: r[1], type: 'ORG', source: 'tagger', strength: len > 1 ? 50 : 40, nameI: r[0] });
        continue;
      }
      if (len === 1 && span.type !== 'PER' && vehicles.has(doc.fold(r[0])) && !placePreposition(doc, r[0] - 1)) continue;
      // "Patriot systems", "Javelin launchers": a weapon's name before its kind is no place or person (an organisation
      // there is often the maker: "Raytheon missiles").
      if (len <= 2 && span.type !== 'ORG' && weaponKindAt(doc, r[1]) && !lk.placeAt(r[0]) && !lk.knownOrgAt(r[0])) continue;
      // Compass adjectives ("Western countries") describe, they do not name a place.
      if (len === 1 && span.type !== 'MISC' && COMPASS_ADJECTIVE.test(doc.fold(r[0])) && !lk.placeAt(r[0])) continue;
      // Religions and peoples ("Muslims", "Bangladeshis") are groups, not people or places.
      if (len === 1 && span.type !== 'MISC' && (GROUP_WORDS.has(doc.fold(r[0])) || isDemonymPlural(doc.fold(r[0])))) continue;
      // "Arab Spring", "Muslim Brotherhood": a people's or religion's word opening a two-word "name" is an
      // event or a movement, not a person ("Christian Bale" keeps its given name).
      if (len === 2 && span.type === 'PER' && groupOpener(doc.fold(r[0]))) continue;
      // "Ansar al-Sharia, an al-Qaeda-linked organization": a definition says what the name is.
      // A name the tagger reads as MISC keeps that reading, unless a place noun names it ("the Odenwaldkreis
      // district") or a list of people holds it ("gods such as Odin, Frigg and Thor").
      const kind = span.type === 'MISC' ? miscKind(tokensKey(doc, r[0], r[1]), placeKeys, defined) : defined.get(tokensKey(doc, r[0], r[1]));
      if (kind && kind !== span.type && !(span.type === 'PER' && familyAfter(doc, r[1]))) {
        // "heroes such as Achilles, Hector and Paris": a person the document lists among people (or calls by another
        // name) outranks the gazetteer's town of that name, except after a place preposition ("in Paris").
        const listed = kind === 'PER' && span.type === 'LOC' && !afterPlacePreposition(doc, r[0]);
        cands.push({ i: r[0], j: r[1], type: kind, source: 'tagger', strength: listed ? 61 : len > 1 ? 50 : 40, nameI: r[0], defined: span.type !== 'MISC' });
        continue;
      }
      // "left Harrison at 5:15" after "extended to Harrison": one word, one place in a document.
      const placeWord = len === 1 && span.type === 'PER' ? placeWords.get(doc.fold(r[0])) : undefined;
      if (placeWord && !doc.allCaps(r[0])) {
        cands.push({ i: r[0], j: r[1], type: 'LOC', source: 'gazetteer', strength: 45, place: placeWord });
        continue;
      }
      // "the Bardo museum", "Ennahda party": a lower-case institution word after one name word.
      if (span.type === 'PER' && len === 1 && r[1] < doc.n && !doc.cap(r[1]) && doc.sentenceOf[r[1]] === doc.sentenceOf[r[0]] && (ORG_HEADS.has(doc.fold(r[1])) || FACILITY_HEADS.has(doc.fold(r[1])))) continue;
      // "Grantham, Lincolnshire, England": a name between a place-like name and a place is a region.
      if (span.type === 'ORG' && !lk.orgSpanAt(r[0]) && !lk.knownOrgAt(r[0]) && middleOfPlaceChain(doc, r[0], r[1], lk)) {
        cands.push({ i: r[0], j: r[1], type: 'LOC', source: 'tagger', strength: 45, nameI: r[0] });
        continue;
      }
      // "Coleman, Florida", "Bentheim, Germany": a name followed by a comma and a region or country is a
      // town there (a person's one-word name or an unknown organisation's name is not written so).
      if ((span.type === 'ORG' ? len <= 4 : span.type === 'PER' && (len === 1 || lk.placeAt(r[0])?.j === r[1])) && !roleTok[r[0] - 1] && !lk.orgSpanAt(r[0]) && !lk.knownOrgAt(r[0]) && beforeRegion(doc, r[1], lk)) {
        cands.push({ i: r[0], j: r[1], type: 'LOC', source: 'tagger', strength: len > 1 ? 50 : 45, nameI: r[0] });
        continue;
      }
      // "Spitzbergen lies some 500 miles off Norway", "Arbil is located in the north": a located name is a place.
      if (span.type !== 'LOC' && span.type !== 'MISC' && !roleTok[r[0] - 1] && !lk.orgSpanAt(r[0]) && !lk.knownOrgAt(r[0]) && locatedAfter(doc, r[1])) {
        cands.push({ i: r[0], j: r[1], type: 'LOC', source: 'tagger', strength: len > 1 ? 50 : 45, nameI: r[0] });
        continue;
      }
      // "20 km south of Hiram", "just east of Bridgton": a name after a compass point and "of" is a place.
      if (span.type !== 'LOC' && span.type !== 'MISC' && !roleTok[r[0] - 1] && !lk.orgSpanAt(r[0]) && !lk.knownOrgAt(r[0]) && compassOf(doc, r[0] - 1)) {
        cands.push({ i: r[0], j: r[1], type: 'LOC', source: 'tagger', strength: len > 1 ? 50 : 45, nameI: r[0] });
        continue;
      }
      // "Paying agent: Michigan National Bank, Detroit": a place after a name and a comma, ending its line, is an address.
      if (span.type === 'ORG' && lk.placeAt(r[0])?.j === r[1] && r[0] >= 2 && doc.fold(r[0] - 1) === ',' && (doc.cap(r[0] - 2) || doc.fold(r[0] - 2) === '.') && lineEndsAfter(doc, r[1] - 1)) {
        cands.push({ i: r[0], j: r[1], type: 'LOC', source: 'tagger', strength: len > 1 ? 50 : 45, nameI: r[0], place: lk.placeAt(r[0])!.targets });
        continue;
      }
      // "Liege police said", "Boston television stations": a place whose police or media are meant.
      if (span.type === 'ORG' && lk.placeAt(r[0])?.j === r[1] && localNounAfter(doc, r[1])) {
        cands.push({ i: r[0], j: r[1], type: 'LOC', source: 'tagger', strength: len > 1 ? 50 : 40, nameI: r[0], place: lk.placeAt(r[0])!.targets });
        continue;
      }
      // "Queen Street", "King Square", "Albert Dock": a name ending in a street's or a building's word is a place
      // (not "Tom Hill", "Edward Heath"); a title word just before it is part of it.
      if (span.type === 'PER' && doc.cap(r[1] - 1) && FACILITY_HEADS.has(doc.fold(r[1] - 1)) && !SURNAME_HEADS.has(doc.fold(r[1] - 1)) && !ageAfter(doc, r[1])) {
        const titled = r[0] > 0 && doc.sentenceOf[r[0] - 1] === doc.sentenceOf[r[0]] && doc.cap(r[0] - 1) && TITLE_HEADS.has(doc.fold(r[0] - 1));
        cands.push({ i: titled ? r[0] - 1 : r[0], j: r[1], type: 'LOC', source: 'tagger', strength: 50, nameI: r[0] });
        continue;
      }
      // "the astounding Florence Pugh": a given name that is also a town, then a word that is no place and no
      // place's head, read by the tagger as one place, is a person ("Florence Cathedral", "Sydney Harbour" stay).
      if (span.type === 'LOC' && len === 2 && givenNameAndPlace(doc, r[0], lk, lowerWords())) span = { ...span, type: 'PER' };
      // A multi-word name outranks a place inside it ("Michael Jordan"); otherwise rules come first.
      const strength = len > 1 ? (span.type === 'PER' ? 65 : 50) : 40;
      const c: Cand = { i: r[0], j: r[1], type: span.type, source: 'tagger', strength, nameI: r[0] };
      const same = lk.placeAt(r[0]);
      // A place name that is also a word ("the Gulf", "the Valley") is that gazetteer place only after "in", "from"…
      const wordOnly = same !== undefined && same.targets[0].ambiguous && (!afterPlacePreposition(doc, r[0]) || modifiesPlural(doc, r[1]));
      if (same && same.j === r[1] && (span.type === 'LOC' || span.type === 'MISC') && !wordOnly) c.place = same.targets;
      else if (same && same.j === r[1] && span.type === 'ORG' && len === 1 && !wordOnly && cityOrRegion(same.targets[0])) c.placeReading = same.targets;
      cands.push(c);
    }
  };
  readTaggedSpans();
  // "al-Karim mosque", "militant group al-Fajr al-Jadid": names opened by a lower-case Arabic article.
  let covered: Uint8Array | undefined;
  const articleFree = (t: number): boolean => {
    if (!covered) {
      covered = new Uint8Array(doc.n);
      for (const c of cands) covered.fill(1, c.i, c.j);
    }
    return covered[t] === 0;
  };
  const articled = articleNames(doc, articleFree);
  for (let k = 0; k < articled.length; k++) {
    const name = articled[k];
    cands.push({ i: name[0], j: name[1], type: name[2], source: 'tagger', strength: 45, nameI: name[0] });
  }
  // "1. Anna Vessel ( Italy ) Kestrel Yamaha 1:41.220": a ranked competitor's team after the bracketed country.
  pushSpans(cands, teamsAfterNationality(doc, (t) => countryEndAt(lk, t)), 'ORG', 'org-head', 85, false);
  // "Roe v. Wade", "Trump v. United States": a case's parties, each typed from its own words.
  const parties = caseNameParties(doc, lk);
  for (let k = 0; k < parties.length; k++) {
    const p = parties[k];
    const place = p.type === 'LOC' ? lk.placeAt(p.i) : undefined;
    cands.push(place ? { i: p.i, j: p.j, type: 'LOC', source: 'gazetteer', strength: 100, place: place.targets } : { i: p.i, j: p.j, type: p.type, source: 'tagger', strength: 100, nameI: p.i });
  }
  // Kept until the next call, so V8 keeps these passes' optimised code (see PASSES_KEPT_UP_TO).
  lastPasses.closures = doc.n <= PASSES_KEPT_UP_TO ? [unsupportedInHeadline, lowerWords, readTitles, readHonorifics, readBylines, readKnownOrgs, readOrgRuns, collectPersonEnds, readFacilities, readCredits, readSlashCredits, readFamilyFirstNames, indexTaggedSpans, readSpeakers, readKin, readLeaderGovernments, readGazetteerPlaces, readTaggedSpans] : [];

  const storms = namedStorms(doc);
  holidays(doc, storms);
  stockCodes(doc, storms);
  modelNames(doc, storms);
  if (markHallOfFamers(doc, storms.marks)) storms.any = true; // "future Hall of Famer Bill Tate"
  const kept = storms.any ? cands.filter((c) => !overlaps(storms.marks, c.i, c.j)) : cands;
  let mentions = resolve(doc, headlineNames(doc, kept, titleCase, runningText, (t) => EVENT_TAILS.has(doc.fold(t))));
  // "Boeing (NYSE: BA)": a quote of shares (exchange and ticker) names nothing of its own.
  if (tickers) mentions = mentions.filter((m) => !tickers.quoted[m.i]);
  regnalNumbers(doc, mentions);
  // "the Union army": a town named like a body's head word is the body outside a town's context ("Union
  // president Marla Benedek said": the common noun opening a sentence, no name).
  const bodies = headWordTowns(doc, mentions, (i) => afterPlacePreposition(doc, i) || (i > 0 && doc.fold(i - 1) === 'the' && afterPlacePreposition(doc, i - 1)) || beforeRegion(doc, i + 1, lk));
  for (let b = bodies.length - 1; b >= 0; b--) {
    const { k, common } = bodies[b];
    const m = mentions[k];
    if (common) mentions.splice(k, 1);
    else mentions[k] = { i: m.i, j: m.j, type: 'ORG', source: m.source, strength: m.strength, nameI: m.nameI };
  }
  transferClubs(doc, mentions, lk);
  motionDestinations(doc, mentions, lk);
  clubsWithSuffix(doc, mentions, lk);
  mentions = teamsWithNicknames(doc, mentions, lk, titleCase);
  mentions = withResultSides(doc, mentions);
  // "lost to Corvall 28-21": in a sports report a town right before a score is its team.
  townsBeforeScores(doc, mentions);
  // "in neighbouring Chatelmont", "to Dessam province": an unread name a place adjective or noun describes.
  mentions = withDescribedPlaces(doc, mentions, lk);
  // "the Marrow Tarn Reservoir … Marrow Tarn": a place's name without its head word is that place.
  placesNamedShort(doc, mentions);
  // "US Secretary of State Antony Blinken": the country before a person's office is a place, not its government.
  const officePlaces = placesBeforeOffices(doc, titles);
  if (officePlaces.length > 0) {
    const starts = new Map<number, number>();
    for (let k = 0; k < officePlaces.length; k++) starts.set(officePlaces[k][0], officePlaces[k][1]);
    for (const m of mentions) if (m.type === 'LOC' && m.tag === 'ORG' && !m.nested && starts.get(m.i) === m.j) m.tag = undefined;
  }
  // "Brantley chief executive Hannah Whit": an unread name before a company's or a team's office is the body.
  let held: Uint8Array | undefined;
  const heldAt = (t: number): boolean => {
    if (!held) {
      held = new Uint8Array(doc.n);
      for (const m of mentions) held.fill(1, m.i, m.j);
    }
    return held[t] === 1;
  };
  const bodies2 = orgsBeforeRoles(doc, titles, (t) => heldAt(t) || lk.placeAt(t) !== undefined || lk.knownOrgAt(t) !== undefined, (t) => lowerWords().has(doc.fold(t)) || isDemonymWord(doc.fold(t)));
  if (bodies2.length > 0) mentions = withCompanies(mentions, bodies2);
  // "Tolliver shares fell", "shares of Harlan common stock": names whose shares move are companies.
  const traded = tradedCompanies(doc, (t) => lk.placeAt(t) !== undefined);
  if (traded.length > 0) mentions = withCompanies(mentions, traded);
  // "Tessaro Systems …, shares of Tessaro rose": a company's first word alone names it again.
  const shortNames = companyShortNames(doc, mentions, (t) => lk.placeAt(t) !== undefined || lk.knownOrgAt(t) !== undefined);
  if (shortNames.length > 0) {
    for (let k = 0; k < shortNames.length; k++) mentions.push({ i: shortNames[k], j: shortNames[k] + 1, type: 'ORG', source: 'coref', strength: 10, nameI: shortNames[k] });
    mentions.sort((a, b) => a.i - b.i || b.j - a.j);
  }
  // "in Nairobi, Kampala and Mbelezi": an unread name listed among places is a place.
  const listedPlaces = unreadListPlaces(doc, mentions);
  // "the side was Breen, Staunton, Harte and Quillan": an unread name listed among people is a person.
  const listedPeople = unreadListPeople(doc, mentions);
  if (listedPlaces.length > 0 || listedPeople.length > 0) {
    const isNew = new Uint8Array(doc.n);
    for (let k = 0; k < listedPlaces.length; k++) isNew.fill(1, listedPlaces[k][0], listedPlaces[k][1]);
    for (let k = 0; k < listedPeople.length; k++) isNew.fill(1, listedPeople[k][0], listedPeople[k][1]);
    const kept = mentions.filter((m) => !(unread(m) && isNew[m.i]));
    pushSpans(kept, listedPlaces, 'LOC', 'tagger', 45, true);
    pushSpans(kept, listedPeople, 'PER', 'tagger', 45, true);
    kept.sort((a, b) => a.i - b.i || b.j - a.j);
    return { mentions: kept, titles };
  }
  return { mentions, titles };
}

/**
 * Pushes a candidate `{ i, j, type, source, strength }` for each token span `[i, j)` of a rule's result, with
 * `nameI: i` when `named`. An indexed loop on purpose: a `for (const [i, j] of spans)` in `detect`'s own body
 * compiles to a few hundred bytes of iterator-protocol bytecode (iterator, destructuring, closing try/finally),
 * which V8 optimises late (after ~450 documents) and at a cost that grows with the function's size.
 */
function pushSpans(out: Cand[], spans: ReadonlyArray<readonly [number, number]>, type: EntityType, source: Source, strength: number, named: boolean): void {
  for (let k = 0; k < spans.length; k++) {
    const i = spans[k][0];
    const j = spans[k][1];
    out.push(named ? { i, j, type, source, strength, nameI: i } : { i, j, type, source, strength });
  }
}

/** Offices of a company or an institution, never of a territory ("chairman of …", "chief executive of …"). */
const CORPORATE_HEADS = new Set(['chairman', 'chairwoman', 'chairperson', 'ceo', 'cfo', 'coo', 'cto', 'executive', 'officer', 'founder', 'co-founder', 'director', 'manager', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'economist', 'treasurer', 'shareholder', 'owner']);

/** True when "of" (and "the") right before token `i` follow a lower-case or title-case office in {@link CORPORATE_HEADS}. */
function corporateOfficeBefore(doc: Doc, i: number): boolean {
  const head = headBeforeOf(doc, i);
  return head >= 0 && CORPORATE_HEADS.has(doc.fold(head));
}

/**
 * "Queen Mary I", "Leopold II": a person's mention takes the Roman numeral right after it, when no other
 * mention holds that token; "Catherine the Great" takes its epithet. `mentions` is sorted by position and
 * changed in place.
 */
function regnalNumbers(doc: Doc, mentions: Cand[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== 'PER' || m.nested || m.j >= doc.n) continue;
    const next = mentions[k + 1];
    // "Alfred the Great": the epithet joins the name, and a reading of the epithet alone ("Great") goes.
    const epithetEnd = withEpithet(doc, m.nameI ?? m.i, m.j);
    if (epithetEnd > m.j && (!next || next.i >= epithetEnd || (next.i === epithetEnd - 1 && next.j === epithetEnd && next.type !== 'PER'))) {
      if (next && next.i === epithetEnd - 1) mentions.splice(k + 1, 1);
      m.j = epithetEnd;
      continue;
    }
    if (next && next.i <= m.j) continue;
    const from = m.nameI ?? m.i;
    const titled = from > 0 && doc.cap(from - 1) && TITLE_HEADS.has(doc.fold(from - 1));
    m.j = withRegnalNumber(doc, from, m.j, titled);
  }
}

/** 1 for each token inside a span of `spans` of type `type`. */
function tokenMarks(doc: Doc, spans: readonly TypedSpan[], type: EntityType): Uint8Array {
  const marks = new Uint8Array(doc.n);
  for (const s of spans) {
    if (s.type !== type) continue;
    const r = tokenRange(doc, s.start, s.end);
    if (r) marks.fill(1, r[0], r[1]);
  }
  return marks;
}

/**
 * "joined Corwick from Brackley for £50m": a town (or a one-word name the tagger read as a person that is a town)
 * where a transfer names a club is the club (see {@link transferClubAt}); countries and continents stay places.
 * `mentions` is changed in place.
 */
function transferClubs(doc: Doc, mentions: Cand[], lk: Lookups): void {
  let sports: boolean | undefined;
  const sportsReport = (): boolean => (sports ??= isSportsDocument(doc));
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.nested || (m.type !== 'LOC' && !(m.type === 'PER' && m.j - m.i === 1)) || m.tag === 'ORG') continue;
    const place = m.type === 'LOC' ? m.place : lk.placeAt(m.i)?.j === m.j ? lk.placeAt(m.i)!.targets : undefined;
    if (!place) continue;
    const kind = gazetteer().place(place[0].place).kind;
    if (kind === 'country' || kind === 'continent' || kind === 'historical country') continue;
    // "moved from Benfica", "the 1-1 draw with Napoli": a club's town.
    if (!transferClubAt(doc, m.i, m.j, sportsReport) && !opponentAfterResult(doc, m.i)) continue;
    if (m.type === 'LOC') m.tag = 'ORG';
    else mentions[k] = { i: m.i, j: m.j, type: 'ORG', source: m.source, strength: m.strength, nameI: m.nameI };
  }
}

/**
 * Unread names (no mention, a MISC with no gazetteer reading, or the tagger's organisation of plain name words) that
 * {@link describedPlaces} finds become places.
 * Returns `mentions` itself when nothing is added.
 */
function withDescribedPlaces(doc: Doc, mentions: Cand[], lk: Lookups): Cand[] {
  // The tagger's organisation or MISC of plain name words ("in rural Kessington" read as a company) may be replaced.
  const replaceable = (m: Cand): boolean =>
    (m.type === 'MISC' && !m.place) || (m.type === 'ORG' && m.source === 'tagger' && !lk.knownOrgAt(m.i) && !lk.inOrg(m.i) && !ORG_HEADS.has(doc.fold(m.j - 1)));
  let held: Uint8Array | undefined;
  const covered = (t: number): boolean => {
    if (!held) {
      held = new Uint8Array(doc.n);
      for (const m of mentions) if (!replaceable(m)) held.fill(1, m.i, m.j);
    }
    return held[t] === 1;
  };
  const found = describedPlaces(doc, covered);
  if (found.length === 0) return mentions;
  const placeTok = new Uint8Array(doc.n);
  for (const [i, j] of found) placeTok.fill(1, i, j);
  const out = mentions.filter((m) => {
    if (!replaceable(m)) return true;
    for (let t = m.i; t < m.j; t++) if (placeTok[t]) return false;
    return true;
  });
  for (const [i, j] of found) out.push({ i, j, type: 'LOC', source: 'tagger', strength: 45, nameI: i });
  return out.sort((a, b) => a.i - b.i || b.j - a.j);
}

/**
 * "lost to Corvall 28-21", "beat Kelso 24-10": in a sports report a town read as a place, opened by a word of a
 * result and followed by a score, is its team (see {@link sideBeforeScore}); countries and regions keep their
 * reading (national sides are read as the country). `mentions` is changed in place.
 */
function townsBeforeScores(doc: Doc, mentions: Cand[]): void {
  let sports: boolean | undefined;
  for (const m of mentions) {
    if (m.type !== 'LOC' || m.nested || m.tag === 'ORG' || !sideBeforeScore(doc, m.i, m.j) || !cityReading(m)) continue;
    if (!(sports ??= isSportsDocument(doc))) return;
    m.tag = 'ORG';
  }
}

/**
 * "Hammarby beat Djurgarden 3-1": in a sports report the unread side of a result takes the kind of the read side
 * (see {@link resultSides}). Returns `mentions` itself when nothing is added.
 */
function withResultSides(doc: Doc, mentions: Cand[]): Cand[] {
  if (!mayHoldResults(doc.text) || !isSportsDocument(doc)) return mentions;
  const byEnd = new Map<number, Cand>();
  const byStart = new Map<number, Cand>();
  const held = new Uint8Array(doc.n);
  for (const m of mentions) {
    if (m.nested) continue;
    byEnd.set(m.j, m);
    byStart.set(m.i, m);
    held.fill(1, m.i, m.j);
  }
  const side = (m: Cand | undefined): [number, number] | undefined => (m && (m.type === 'PER' || effectiveType(m) === 'ORG') ? [m.i, m.j] : undefined);
  const sides = resultSides(doc, (e) => side(byEnd.get(e)), (b) => side(byStart.get(b)), (t) => held[t] === 1 && !(byStart.get(t)?.type === 'MISC' && !byStart.get(t)?.place));
  if (sides.length === 0) return mentions;
  const sideAt = new Map<number, number>();
  for (const r of sides) sideAt.set(r.i, r.j);
  const out = mentions.filter((m) => !(m.type === 'MISC' && !m.place && sideAt.get(m.i) === m.j));
  for (const r of sides) {
    const other = byStart.get(r.otherI)!;
    out.push({ i: r.i, j: r.j, type: other.type === 'PER' ? 'PER' : 'ORG', source: 'tagger', strength: 45, nameI: r.i });
  }
  return out.sort((a, b) => a.i - b.i || b.j - a.j);
}

/**
 * "a 4-0 defeat by Ashvale Town", "Wigan Athletic drew": in a sports report a town and a club word is the club
 * (see {@link clubWithSuffix}), whatever the tagger read. `mentions` is changed in place.
 */
function clubsWithSuffix(doc: Doc, mentions: Cand[], lk: Lookups): void {
  let sports: boolean | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.nested || m.type === 'ORG' || m.tag === 'ORG' || m.j - m.i < 2 || m.j - m.i > 3) continue;
    if (!clubWithSuffix(doc, m.i, m.j, lk.placeAt(m.i)?.j === m.j, afterPlacePreposition(doc, m.i))) continue;
    if (!(sports ??= isSportsDocument(doc))) return;
    mentions[k] = { i: m.i, j: m.j, type: 'ORG', source: m.source, strength: m.strength, nameI: m.i };
  }
}

/**
 * "the Lakeview Hornets", "the Port Alder Sea Dogs": in a sports report a place and a plural nickname are one team
 * (see {@link nicknameAfter}), and the place's name alone is that team where nothing makes it the place ("Lakeview
 * won 24-10"; not "in Lakeview", "Lakeview, Ohio", "the Lakeview schools"; a country keeps its own reading).
 * Returns `mentions` itself when nothing changes.
 */
function teamsWithNicknames(doc: Doc, mentions: Cand[], lk: Lookups, titleCase: Uint8Array): Cand[] {
  let sports: boolean | undefined;
  /** Keys of the places that name a team ("lakeview"). */
  let teamPlaces: Set<string> | undefined;
  /** Start → end of the place-and-nickname names read as a place or MISC, to make one team. */
  const teamAt = new Map<number, number>();
  const nameWord = (t: number): boolean => doc.cap(t) && doc.word(t) && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(t));
  for (const m of mentions) {
    if (m.nested || m.type === 'PER' || (m.type === 'MISC' && m.place)) continue;
    const s = doc.sentenceOf[m.i];
    if (titleCase[s] === 1 || doc.shouting[s] === 1) continue;
    // A place read alone ("Lakeview", then "Hornets"), or a name read whole that is a place and a nickname.
    let placeEnd = m.j;
    let end = m.type === 'LOC' && m.j < doc.n ? nicknameAfter(doc, m.j, nameWord, isFamilyName) : -1;
    if (end < 0) {
      if (m.j - m.i < 2 || !nicknameEnd(doc, m.j - 1)) continue; // cheap test before the gazetteer's
      placeEnd = lk.placeAt(m.i)?.j ?? -1;
      if (placeEnd <= m.i || placeEnd >= m.j || nicknameAfter(doc, placeEnd, nameWord, isFamilyName) !== m.j) continue;
      end = m.j;
    }
    if (!(sports ??= isSportsDocument(doc))) return mentions;
    (teamPlaces ??= new Set<string>()).add(tokensKey(doc, m.i, placeEnd));
    if (m.type !== 'ORG') teamAt.set(m.i, end); // an organisation read whole stays as it is
  }
  if (!teamPlaces) return mentions;
  // "in Lakeview", "Lakeview, Ohio", "Dunmore, Lakeview", "the Lakeview schools", "Lakeview coach Ana Ruiz", a
  // dateline or a word in capitals: the place.
  const placeContext = (i: number, j: number): boolean =>
    afterPlacePreposition(doc, i) || placePrepositionOrLocalNoun(doc, i, j) || followedByPlace(doc, j, lk) || doc.allCaps(i) || opensDateline(doc, i, j) ||
    (i > 0 && (doc.fold(i - 1) === 'the' || doc.fold(i - 1) === ',')) || (j < doc.n && TEAM_ROLES.has(doc.fold(j)));
  const out: Cand[] = [];
  let skipTo = -1;
  for (const m of mentions) {
    if (m.i < skipTo) continue; // a mention inside a team's nickname
    const end = m.nested ? undefined : teamAt.get(m.i);
    if (end !== undefined) {
      out.push({ i: m.i, j: end, type: 'ORG', source: m.source, strength: m.strength, nameI: m.i });
      skipTo = end;
      continue;
    }
    if (m.type === 'LOC' && !m.nested && m.tag !== 'ORG' && townOrRegion(m) && teamPlaces.has(tokensKey(doc, m.i, m.j)) && !placeContext(m.i, m.j)) m.tag = 'ORG';
    out.push(m);
  }
  return out;
}

/**
 * "the Marrow Tarn Reservoir … Marrow Tarn": the tagger's person of two words or more whose words are a place's name
 * of the document without its head word is that place, unless a word of it is a known given or family name (see
 * {@link placeHeadAt}). One word is left alone ("Halvorsen Tower … Halvorsen said": the person the tower is named
 * after). `mentions` is changed in place.
 */
function placesNamedShort(doc: Doc, mentions: Cand[]): void {
  let keys: Set<string> | undefined;
  for (const m of mentions) if (m.type === 'LOC' && !m.nested && m.j - m.i >= 3 && placeHeadAt(doc, m.j - 1)) (keys ??= new Set<string>()).add(tokensKey(doc, m.i, m.j - 1));
  if (!keys) return;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    // Two words at least: one word is how news names a person again ("Halvorsen Tower … Halvorsen said").
    if (m.type !== 'PER' || m.source !== 'tagger' || m.nested || m.j - m.i < 2 || !keys.has(tokensKey(doc, m.i, m.j))) continue;
    let named = false;
    for (let t = m.i; t < m.j && !named; t++) named = isGivenName(doc.raw(t)) || isFamilyName(doc.raw(t));
    if (!named) mentions[k] = { i: m.i, j: m.j, type: 'LOC', source: m.source, strength: m.strength, nameI: m.i };
  }
}

/**
 * "the line leads to Porthaven and Farbridge": the tagger's organisation of one or two words (no head word, no
 * known organisation, no gazetteer reading) where a way or a traveller arrives is a place, outside sports reports
 * (see {@link motionDestination}). `mentions` is changed in place.
 */
function motionDestinations(doc: Doc, mentions: Cand[], lk: Lookups): void {
  let lastEnd = -1;
  let sports: boolean | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.nested || m.type !== 'ORG' || m.source !== 'tagger' || m.j - m.i > 2 || m.i < 2) continue;
    if (!motionDestination(doc, m.i, lastEnd)) continue;
    if (lk.knownOrgAt(m.i) || lk.placeAt(m.i) || lk.inOrg(m.i) || ORG_HEADS.has(doc.fold(m.j - 1))) continue;
    if ((sports ??= isSportsDocument(doc))) return;
    mentions[k] = { i: m.i, j: m.j, type: 'LOC', source: m.source, strength: m.strength, nameI: m.nameI };
    lastEnd = m.j;
  }
}

/** The first token of the facility run of `lk` that ends at token `t`, or -1. */
function facilityRunStartEndingAt(lk: Lookups, t: number): number {
  // The runs are in order: a binary search for the run that ends at t + 1.
  const runs = lk.facilityRuns;
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid][1] < t + 1) lo = mid + 1;
    else if (runs[mid][1] > t + 1) hi = mid - 1;
    else return runs[mid][0];
  }
  return -1;
}

/**
 * `mentions` with each range of `companies` an organisation: a mention of exactly that range (a person or a place
 * read by the tagger, a MISC; not one read from a title, an honorific or a byline) is retyped, an unread range is
 * added, a range that cuts another mention is left alone. Sorted by position.
 */
function withCompanies(mentions: Cand[], companies: ReadonlyArray<readonly [number, number]>): Cand[] {
  const out = mentions.slice();
  // Which mention holds each token (by index into `out`), for the tokens the companies cover only.
  const owner = new Map<number, number>();
  const wanted = new Set<number>();
  for (const [i, j] of companies) for (let t = i; t < j; t++) wanted.add(t);
  out.forEach((m, k) => {
    if (m.nested) return;
    for (let t = m.i; t < m.j; t++) if (wanted.has(t)) owner.set(t, k);
  });
  for (const [i, j] of companies) {
    let same = -1;
    let cut = false;
    for (let t = i; t < j && !cut; t++) {
      const k = owner.get(t);
      if (k === undefined) continue;
      if (out[k].i === i && out[k].j === j) same = k;
      else cut = true;
    }
    if (cut) continue;
    if (same < 0) {
      out.push({ i, j, type: 'ORG', source: 'tagger', strength: 45, nameI: i });
      for (let t = i; t < j; t++) owner.set(t, out.length - 1);
      continue;
    }
    const m = out[same];
    if (m.type === 'ORG' || m.source === 'title' || m.source === 'honorific' || m.source === 'byline') continue;
    out[same] = { i, j, type: 'ORG', source: m.source, strength: m.strength, nameI: i };
  }
  return out.sort((a, b) => a.i - b.i || b.j - a.j);
}

/** Last words of events and trophies ("World Series", "Super Bowl", "Davis Cup", "US Open"). */
const EVENT_TAILS = new Set(['series', 'cup', 'bowl', 'open', 'games', 'olympics', 'championship', 'championships', 'prix', 'marathon', 'festival', 'awards', 'prize', 'trophy', 'tournament', 'classic', 'expo', 'summit', 'week']);

/** True when an event's last word ("Open", "Cup") ends the capitalised words starting at `j` (at most three). */
function eventAfter(doc: Doc, j: number): boolean {
  for (let k = j; k < doc.n && k < j + 3 && doc.sentenceOf[k] === doc.sentenceOf[j - 1] && doc.cap(k); k++) {
    if (EVENT_TAILS.has(doc.fold(k)) && (k + 1 >= doc.n || !doc.cap(k + 1) || doc.sentenceOf[k + 1] !== doc.sentenceOf[k])) return true;
  }
  return false;
}

/** Photo agencies credited after a slash that the known-organisation list does not hold. */
const PHOTO_AGENCIES = new Set(['getty', 'epa', 'shutterstock', 'alamy', 'nasa', 'zuma', 'sipa', 'anadolu']);

/** True when token `last` ends its line (or the text). */
function lineEndsAfter(doc: Doc, last: number): boolean {
  return last + 1 >= doc.n || lineBreakBefore(doc, last + 1);
}

/**
 * "Sony's PlayStation": a tagged organisation with a possessive inside is its owner, when the owner is a
 * name (no title or organisation word: "Queen's Park", "Laboratory's Director" stay) and the words after the
 * possessive hold no organisation head or legal form ("McDonald's Corp", "Prosecutor's Office" stay whole).
 */
function ownersOfProducts(doc: Doc, tagged: readonly TypedSpan[], lk: Lookups): readonly TypedSpan[] {
  let out: TypedSpan[] | undefined;
  for (let x = 0; x < tagged.length; x++) {
    const span = tagged[x];
    const r = span.type === 'ORG' ? tokenRange(doc, span.start, span.end) : undefined;
    let cut = -1;
    if (r) {
      for (let t = r[0] + 1; t < r[1] - 1; t++) {
        const f = doc.fold(t);
        if (f === "'s" || f === '\u2019s') {
          cut = t;
          break;
        }
      }
      for (let t = cut + 1; cut >= 0 && t < r[1]; t++) if (ORG_HEADS.has(doc.fold(t)) || LEGAL_FORMS.has(doc.fold(t)) || lk.knownOrgAt(t)) cut = -1;
      // The owner is a name: capitalised words, none of them a title ("Queen's Park", "Battle of Sayler's Creek").
      for (let t = r[0]; cut >= 0 && t < cut; t++) if (!doc.cap(t) || TITLE_HEADS.has(doc.fold(t)) || ORG_HEADS.has(doc.fold(t))) cut = -1;
    }
    if (cut < 0) {
      out?.push(span);
      continue;
    }
    out ??= tagged.slice(0, x);
    out.push({ start: span.start, end: doc.end(cut - 1), type: 'ORG' });
  }
  return out ?? tagged;
}

/**
 * The end of "'s" and up to three capitalised words after token `j - 1` ("…'s Square", "…'s Cathedral"), in the
 * same sentence, or -1 when no possessive with a capitalised word follows.
 */
function possessiveNameEnd(doc: Doc, j: number): number {
  const poss = j < doc.n ? doc.fold(j) : '';
  if ((poss !== "'s" && poss !== '\u2019s') || j + 1 >= doc.n || !doc.cap(j + 1) || !doc.word(j + 1) || doc.sentenceOf[j + 1] !== doc.sentenceOf[j - 1]) return -1;
  let k = j + 2;
  while (k < doc.n && k < j + 4 && doc.cap(k) && doc.word(k) && doc.sentenceOf[k] === doc.sentenceOf[j - 1]) k++;
  return k;
}

/** Brackets, which never stand inside a name. */
const BRACKETS = new Set(['(', ')', '[', ']', '{', '}']);

/**
 * "named Elio (Timothée Chalamet), who…": a person's tagged name never holds a bracket; it is cut into the
 * names on either side ("Elio", "Timothée Chalamet"). Clubs keep theirs ("Mladost (L)").
 */
function splitAtBrackets(doc: Doc, tagged: readonly TypedSpan[]): readonly TypedSpan[] {
  let out: TypedSpan[] | undefined;
  for (let x = 0; x < tagged.length; x++) {
    const span = tagged[x];
    const r = tokenRange(doc, span.start, span.end);
    let cut = false;
    if (r && span.type === 'PER') for (let t = r[0]; t < r[1] && !cut; t++) cut = BRACKETS.has(doc.raw(t));
    if (!cut) {
      out?.push(span);
      continue;
    }
    out ??= tagged.slice(0, x);
    let a = r![0];
    for (let t = r![0]; t <= r![1]; t++) {
      if (t < r![1] && !BRACKETS.has(doc.raw(t))) continue;
      if (t > a) out.push({ start: doc.start(a), end: doc.end(t - 1), type: span.type });
      a = t + 1;
    }
  }
  return out ?? tagged;
}

/** Lower-case particles that open a family name ("Luis de Miranda" → "de Miranda"). */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'do', 'dos', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'bin', 'ibn', 'al', 'el']);
/** {@link NAME_PARTICLES} as a word class ({@link wordClass}). */
const NAME_PARTICLE = wordClass(NAME_PARTICLES);

/** True when token `t` is a lower-case name particle ("de", "von"). */
function lowerParticle(doc: Doc, t: number): boolean {
  return t >= 0 && !doc.cap(t) && doc.is(t, NAME_PARTICLE);
}

/** True when token t is a name particle written with a capital, not in capitals ("Del", "Dos", "Van"). */
function writtenParticle(doc: Doc, t: number): boolean {
  return t >= 0 && doc.cap(t) && !doc.allCaps(t) && doc.is(t, NAME_PARTICLE);
}

/**
 * "…,” de Miranda writes": a tagged name that opens with a lower-case particle and is the family name of a
 * person the tagger found in the document ("Luis de Miranda") is that person, whatever type the tagger gave it.
 * A name the tagger read without its particles ("Leyen" in "…,” von der Leyen said", "Castillo" in "Del Castillo
 * said" after "José del Castillo") takes them back when they make such a family name.
 */
function particleSurnames(doc: Doc, tagged: readonly TypedSpan[]): readonly TypedSpan[] {
  let tails: Set<string> | undefined;
  let out: TypedSpan[] | undefined;
  const familyTails = (): Set<string> => {
    if (tails) return tails;
    tails = new Set();
    for (const p of tagged) {
      if (p.type !== 'PER') continue;
      const q = tokenRange(doc, p.start, p.end);
      if (!q) continue;
      for (let t = q[0] + 1; t < q[1] - 1; t++) if (lowerParticle(doc, t)) tails.add(tokensKey(doc, t, q[1]));
      // "Lucas dos Santos" tagged "Lucas": the particles and the capitalised word right after the given name.
      let e = q[1];
      while (e < q[1] + 2 && lowerParticle(doc, e)) e++;
      if (e > q[1] && e < doc.n && doc.cap(e) && doc.word(e) && doc.sentenceOf[e] === doc.sentenceOf[q[0]]) tails.add(tokensKey(doc, q[1], e + 1));
    }
    return tails;
  };
  for (let x = 0; x < tagged.length; x++) {
    const span = tagged[x];
    const r = tokenRange(doc, span.start, span.end);
    if (!r) continue;
    if (span.type !== 'PER' && r[1] - r[0] >= 2 && lowerParticle(doc, r[0])) {
      if (!familyTails().has(tokensKey(doc, r[0], r[1]))) continue;
      out ??= tagged.slice();
      out[x] = { ...span, type: 'PER' };
      continue;
    }
    // "Del Castillo did not elaborate", "…,” Dos Santos said": the first particle may be written with a capital.
    if (!(lowerParticle(doc, r[0] - 1) || writtenParticle(doc, r[0] - 1)) || doc.sentenceOf[r[0] - 1] !== doc.sentenceOf[r[0]]) continue;
    const prevEnd = x > 0 ? tagged[x - 1].end : -1;
    for (const a of [r[0] - 2, r[0] - 1]) {
      if (a < 0 || !(lowerParticle(doc, a) || writtenParticle(doc, a)) || (a < r[0] - 1 && !lowerParticle(doc, r[0] - 1)) || doc.start(a) < prevEnd || doc.sentenceOf[a] !== doc.sentenceOf[r[0]]) continue;
      if (!familyTails().has(tokensKey(doc, a, r[1]))) continue;
      out ??= tagged.slice();
      out[x] = { ...span, start: doc.start(a), type: 'PER' };
      break;
    }
    // "Mohammed bin Salman hosted", tagged "Salman": a given name right before the particle, tagged as nothing,
    // opens the person's name.
    const g = r[0] - 2;
    if (span.type === 'PER' && (out?.[x] ?? span).start === span.start && g >= 0 && doc.sentenceOf[g] === doc.sentenceOf[r[0]] && doc.start(g) >= prevEnd && isNameToken(doc, g) && !doc.allCaps(g) && isGivenName(doc.raw(g))) {
      out ??= tagged.slice();
      out[x] = { ...span, start: doc.start(g) };
    }
  }
  return out ?? tagged;
}


/** Generation suffixes that end a person's name, as written ("Jr.", "Sr.", "III"). */
const NAME_SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);

/**
 * "Omar Hassan al-Bashir" tagged as the person "Omar Hassan", "Robert F. Kennedy Jr." as "Robert F. Kennedy": a
 * family name written with its article, or a generation suffix, right after a person's name (one space apart,
 * same sentence) is the end of that name.
 */
function articleSurnames(doc: Doc, tagged: readonly TypedSpan[]): readonly TypedSpan[] {
  let out: TypedSpan[] | undefined;
  for (let x = 0; x < tagged.length; x++) {
    const span = tagged[x];
    if (span.type !== 'PER') continue;
    const r = tokenRange(doc, span.start, span.end);
    if (!r || r[1] >= doc.n || doc.sentenceOf[r[1]] !== doc.sentenceOf[r[1] - 1] || doc.start(r[1]) !== span.end + 1) continue;
    if (!(ARTICLE_SURNAME.test(doc.raw(r[1])) || NAME_SUFFIXES.has(doc.raw(r[1])) || toSurnameAfter(doc, r[0], r[1], isGivenName)) || (x + 1 < tagged.length && tagged[x + 1].start < doc.end(r[1]))) continue;
    out ??= tagged.slice();
    out[x] = { ...span, end: doc.end(r[1]) };
  }
  return out ?? tagged;
}

/** Words that open a storm's name ("Hurricane Sandy", "Tropical Storm Ana", "Cyclone Idai"). */
const STORM_OPENERS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'superstorm']);
/** {@link STORM_OPENERS} as a word class ({@link wordClass}). */
const STORM_OPENER = wordClass(STORM_OPENERS);

/** Tokens that name no person or place (storms, holidays): `marks[t]` is 1 for them; `any` when one is. */
interface NotNames {
  marks: Uint8Array;
  any: boolean;
}

/**
 * Tokens of named storms, which are neither people nor places: the opener and the name after it
 * ("Hurricane Sandy", not the town of Sandy, Utah), and the name alone elsewhere in the document.
 */
function namedStorms(doc: Doc): NotNames {
  const out: NotNames = { marks: new Uint8Array(doc.n), any: false };
  let names: Set<string> | undefined;
  for (let i = 0; i + 1 < doc.n; i++) {
    if (!doc.cap(i) || !doc.is(i, STORM_OPENER) || !doc.cap(i + 1) || doc.sentenceOf[i + 1] !== doc.sentenceOf[i]) continue;
    if (doc.shouting[doc.sentenceOf[i]] || STORM_OPENERS.has(doc.fold(i + 1)) || CAPITALISED_FUNCTION_WORDS.has(doc.fold(i + 1))) continue;
    // "the Storm Prediction Center": a longer capitalised name is not a storm's.
    if (i + 2 < doc.n && doc.cap(i + 2) && doc.sentenceOf[i + 2] === doc.sentenceOf[i]) continue;
    out.any = true;
    out.marks[i] = 1;
    out.marks[i + 1] = 1;
    (names ??= new Set()).add(doc.fold(i + 1));
    if (i > 0 && doc.fold(i - 1) === 'tropical' && doc.cap(i - 1)) out.marks[i - 1] = 1;
    i++;
  }
  // "Melissa was the strongest storm": the storm's name alone, later, is the storm too (not "Melissa Ortiz").
  if (names) {
    for (let t = 0; t < doc.n; t++) {
      if (out.marks[t] || !doc.cap(t) || !names.has(doc.fold(t))) continue;
      const next = t + 1 < doc.n && doc.sentenceOf[t + 1] === doc.sentenceOf[t] && doc.cap(t + 1) && doc.word(t + 1);
      const prev = t > 0 && doc.sentenceOf[t - 1] === doc.sentenceOf[t] && doc.cap(t - 1) && doc.word(t - 1) && !doc.is(t - 1, STORM_OPENER);
      if (!next && !prev) out.marks[t] = 1;
    }
  }
  return out;
}

/** Nouns for a country's first- and second-level divisions, after the division's name ("the Kherson region"). */
const ADMIN_NOUNS: ReadonlySet<string> = new Set(['region', 'province', 'oblast', 'governorate', 'prefecture', 'krai', 'voivodeship']);

/**
 * When token `k` is an administrative noun ({@link ADMIN_NOUNS}) and `targets` hold a region reading, the targets
 * with the regions first ("Kherson" the oblast, not the city); otherwise undefined.
 */
function adminRegionTargets(doc: Doc, k: number, targets: readonly GazTarget[]): readonly GazTarget[] | undefined {
  if (!ADMIN_NOUNS.has(doc.fold(k)) || doc.allCaps(k)) return undefined;
  const gaz = gazetteer();
  if (gaz.place(targets[0].place).kind === 'region') return doc.cap(k) ? targets : undefined;
  const regions = targets.filter((t) => t.form === 'name' && gaz.place(t.place).kind === 'region');
  if (regions.length === 0) return undefined;
  return [...regions, ...targets.filter((t) => !regions.includes(t))];
}

/** Words that open a wire story's credit before "by" ("Reporting by", "Edited by", "Additional reporting by"). */
const CREDIT_WORDS: ReadonlySet<string> = new Set(['written', 'reporting', 'reported', 'edited', 'editing', 'writing', 'compiled', 'additional', 'graphics', 'photos']);

/**
 * The first name token of a credit line's first credit when sentence [a, b] opens with one ("Reporting by",
 * "Additional reporting by"); 0 when it does not.
 */
function creditBy(doc: Doc, a: number, b: number): number {
  if (!CREDIT_WORDS.has(doc.fold(a))) return 0;
  let k = a + 1;
  if (doc.fold(a) === 'additional' && k <= b && doc.fold(k) === 'reporting') k++;
  return k + 1 <= b && doc.fold(k) === 'by' && doc.cap(k + 1) ? k + 1 : 0;
}

/** The first name token of the next credit after a ";" in the credit line (up to `b`), or 0. */
function nextCredit(doc: Doc, from: number, b: number): number {
  for (let t = from; t < b; t++) if (doc.fold(t) === ';' && t + 1 <= b) return doc.cap(t + 1) || CREDIT_WORDS.has(doc.fold(t + 1)) ? creditBy(doc, t + 1, b) : 0;
  return 0;
}

/** A capitalised name joined by a hyphen to a lower-case participle ("Hamas-run", "Iran-backed", "Saudi-led"). */
const NAME_PARTICIPLE = /^\p{Lu}[\p{L}.]*-(?:run|led|backed|controlled|owned|based|linked|aligned|allied|funded|held|occupied|ruled|dominated|affiliated|supported|sponsored|brokered|born|made)$/u;

/** Words that end a company's legal name ("Nvidia Corp", "Tesla Inc.", "Goldman Sachs Group Inc"). */
const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(['corp', 'corp.', 'inc', 'inc.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'group', 'holdings', 'ag', 'sa', 'nv', 'llc', 'corporation', 'incorporated']);

/**
 * The end (exclusive) of a company's name that ends at token `j` before its legal suffixes: "Corp", "Group Inc",
 * "& Co" ("JPMorgan Chase & Co"), capitalised and in the same sentence; `j` when none follows.
 */
function corporateSuffixEnd(doc: Doc, j: number): number {
  if (j === 0) return j;
  const s = doc.sentenceOf[j - 1];
  let e = j;
  for (let n = 0; n < 3 && e < doc.n && doc.sentenceOf[e] === s; n++) {
    if (doc.cap(e) && CORPORATE_SUFFIXES.has(doc.fold(e)) && doc.start(e) === doc.end(e - 1) + 1) e++;
    else if (doc.fold(e) === '&' && e + 1 < doc.n && (doc.fold(e + 1) === 'co' || doc.fold(e + 1) === 'co.') && doc.cap(e + 1)) e += 2;
    else break;
  }
  return e;
}

/** A bracketed stock code: "(NVDA.O)", "(BP.L)", "(7203.T)". */
const STOCK_CODE = /\([A-Z0-9]{1,6}\.[A-Z]{1,3}\)/g;

/** Marks the tokens of bracketed stock codes after company names ("Nvidia Corp (NVDA.O) rose"): no entity. */
function stockCodes(doc: Doc, out: NotNames): void {
  STOCK_CODE.lastIndex = 0;
  for (let m = STOCK_CODE.exec(doc.text); m; m = STOCK_CODE.exec(doc.text)) {
    const r = tokenRange(doc, m.index, m.index + m[0].length);
    if (!r) continue;
    out.marks.fill(1, r[0], r[1]);
    out.any = true;
  }
}

/**
 * Marks holidays named with a possessive ("Valentine's Day", "St. Patrick's Day", "New Year's Eve"): up to
 * two capitalised words before "'s Day" or "'s Eve" are no person and no place.
 */
function holidays(doc: Doc, out: NotNames): void {
  for (let k = 2; k < doc.n; k++) {
    const f = doc.fold(k);
    if ((f !== 'day' && f !== 'eve') || !doc.cap(k) || (k + 1 < doc.n && doc.fold(k + 1) === 'of')) continue; // not "Obama's Day of Service"
    const p = doc.fold(k - 1);
    // "Martin Luther King Jr. Day": a person's day, named with the generation suffix.
    if (p === 'jr.' && doc.cap(k)) {
      let i = k - 1;
      while (i - 1 >= 0 && i > k - 6 && doc.sentenceOf[i - 1] === doc.sentenceOf[k] && doc.cap(i - 1) && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(i - 1))) i--;
      out.any = true;
      out.marks.fill(1, i, k + 1);
      continue;
    }
    if (p !== "'s" && p !== '\u2019s' && p !== "'" && p !== '\u2019') continue;
    let i = k - 2;
    if (!doc.cap(i) || doc.sentenceOf[i] !== doc.sentenceOf[k]) continue;
    if (i > 0 && doc.cap(i - 1) && doc.sentenceOf[i - 1] === doc.sentenceOf[k] && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(i - 1))) i--;
    out.any = true;
    out.marks.fill(1, i, k + 1);
  }
}

/**
 * Token `i` is a given name of the lexicon and a one-word place, and token `i + 1` is a capitalised word that is
 * neither a place of the gazetteer, a facility, organisation or title word, nor a word `lower` holds (written in
 * lower case in the document).
 */
function givenNameAndPlace(doc: Doc, i: number, lk: Lookups, lower: ReadonlySet<string>): boolean {
  const place = lk.placeAt(i);
  if (!place || place.j !== i + 1 || !isGivenName(doc.raw(i)) || doc.allCaps(i) || doc.allCaps(i + 1)) return false;
  if (i > 0 && doc.fold(i - 1) === 'the') return false; // "the Charlotte Hornets": a team
  const f = doc.fold(i + 1);
  if (lk.placeAt(i + 1) || FACILITY_HEADS.has(f) || ORG_HEADS.has(f) || TITLE_HEADS.has(f) || lower.has(f)) return false;
  return !lk.orgSpanAt(i) && !lk.knownOrgAt(i) && !lk.knownOrgAt(i + 1);
}

/**
 * Token `i - 1` opens the sentence and is a name-like word right before token `i` (one space): capitalised, not
 * a function word, month or day, no place of the gazetteer, and not written in lower case in the document.
 */
function sentenceOpenerBefore(doc: Doc, i: number, lk: Lookups, lower: ReadonlySet<string>): boolean {
  const k = i - 1;
  if (k < 0 || doc.sentences.first[doc.sentenceOf[i]] !== k || !doc.cap(k) || !doc.word(k) || doc.allCaps(k) || doc.end(k) + 1 !== doc.start(i)) return false;
  const f = doc.fold(k);
  return !CAPITALISED_FUNCTION_WORDS.has(f) && !TITLE_HEADS.has(f) && !HONORIFICS.has(f) && !lower.has(f) && !lk.placeAt(k) && !lk.placeEndingAt(k);
}

/** A model designation: one to three letters, a hyphen, digits, at most two letters ("F-16", "MQ-9", "MiG-29", "EC-130J"). */
const MODEL_DESIGNATION = /^[A-Z][A-Za-z]{0,2}-[0-9]{1,4}[A-Za-z]{0,2}$/;

/**
 * Marks the names of models after their designation ("F-16 Fighting Falcon", "MQ-9 Reaper", "AH-64 Apache"):
 * up to three capitalised words after a designation in the same sentence are a product, no person and no place.
 */
function modelNames(doc: Doc, out: NotNames): void {
  for (let d = 0; d + 1 < doc.n; d++) {
    if (!doc.cap(d) || doc.shouting[doc.sentenceOf[d]] || !doc.cap(d + 1) || doc.sentenceOf[d + 1] !== doc.sentenceOf[d]) continue;
    // (a designation is at most 10 characters: test the pattern only then, without slicing every capitalised word)
    if (doc.end(d) - doc.start(d) > 10 || CAPITALISED_FUNCTION_WORDS.has(doc.fold(d + 1)) || !MODEL_DESIGNATION.test(doc.raw(d))) continue;
    let j = d + 2;
    while (j < doc.n && j < d + 4 && doc.cap(j) && doc.sentenceOf[j] === doc.sentenceOf[d] && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(j))) j++;
    out.any = true;
    out.marks.fill(1, d + 1, j);
    d = j - 1;
  }
}

/** True when any token of [i, j) is marked in `marks`. */
function overlaps(marks: Uint8Array, i: number, j: number): boolean {
  for (let t = i; t < j; t++) if (marks[t]) return true;
  return false;
}

/** Occupations written before a name that are not offices ("Activist Jane Doe", "Actor Tom Cruise"). */
const DESCRIPTOR_WORDS = new Set(['journalist', 'activist', 'artist', 'scientist', 'physicist', 'chemist', 'biologist', 'psychologist', 'sociologist', 'pianist', 'guitarist', 'violinist', 'cartoonist', 'lobbyist', 'strategist', 'novelist', 'actor', 'actress', 'singer', 'rapper', 'writer', 'author', 'novelist', 'poet', 'lawyer', 'businessman', 'businesswoman', 'entrepreneur', 'photographer', 'filmmaker', 'comedian', 'designer', 'architect', 'astronaut', 'athlete', 'player', 'veteran', 'billionaire', 'philanthropist', 'investor', 'blogger', 'host', 'anchor', 'presenter', 'broadcaster', 'widow', 'survivor', 'whistleblower']);

function isDescriptor(doc: Doc, h: number): boolean {
  if (!doc.cap(h) || h + 2 >= doc.n || !doc.cap(h + 1)) return false;
  const f = doc.fold(h);
  // Practitioners and adherents in "-ologist" ("Scientologist", "Criminologist"); not ideologies ("Islamist").
  return DESCRIPTOR_WORDS.has(f) || (f.length >= 9 && f.endsWith('ologist') && !doc.allCaps(h));
}

/**
 * A facility run joined over "and" to a person the tagger found ("Emily V. Gordon and Silicon Valley")
 * starts after the "and"; otherwise it is kept whole ("National Air and Space Museum"). `personEnds`
 * holds the end offsets of the tagger's person spans.
 */
function facilityAfterPerson(doc: Doc, i: number, j: number, personEnds: ReadonlySet<number>): [number, number] {
  for (let k = i + 1; k < j; k++) {
    const f = doc.fold(k);
    if (f !== 'and' && f !== '&') continue;
    if (personEnds.has(doc.end(k - 1))) return [k + 1, j];
  }
  return [i, j];
}

/** Nouns that, heading a definition ("X, a militant group", "X is a bicycle maker"), say X is an organisation. */
const ORG_DEFINITION_NOUNS = new Set(['organization', 'organisation', 'school', 'academy', 'institute', 'seminary', 'group', 'party', 'movement', 'militia', 'company', 'firm', 'network', 'faction', 'agency', 'charity', 'newspaper', 'broadcaster', 'band', 'startup', 'nonprofit', 'non-profit', 'coalition', 'alliance', 'outfit', 'publisher', 'retailer', 'bank', 'insurer', 'carrier', 'airline', 'club', 'team', 'manufacturer', 'maker', 'brand', 'label', 'studio', 'chain', 'magazine', 'journal', 'website', 'operator', 'conglomerate', 'corporation', 'university', 'college', 'orchestra', 'ensemble', 'duo', 'trio', 'quartet', 'choir', 'franchise', 'subsidiary', 'supplier', 'developer', 'distributor', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'steelmaker', 'shipbuilder', 'refiner', 'exporter', 'utility', 'brokerage', 'watchdog', 'regulator', 'tabloid', 'supermarket', 'grocer']);
/** Nouns that, heading a definition ("X, a town in Y"), say X is a place. */
const LOC_DEFINITION_NOUNS = new Set(['town', 'city', 'village', 'hamlet', 'region', 'province', 'district', 'island', 'neighbourhood', 'neighborhood', 'suburb', 'county', 'country', 'river', 'port', 'resort', 'municipality', 'capital', 'parish', 'commune', 'township', 'borough', 'settlement', 'locality', 'lake', 'mountain', 'peninsula', 'valley', 'community']);
/** Words that end a definition's noun phrase ("a town in Maine", "a band from Leeds"). */
const PHRASE_END = new Set(['that', 'which', 'who', 'whose', 'in', 'of', 'on', 'near', 'with', 'based', 'founded', 'known', 'led', 'from', 'formed', 'established', 'located', 'headquartered', 'situated', 'at', 'by', 'for', 'to', 'since', 'owned', 'operated', 'and', 'or']);

/**
 * The type a definition right after a name gives it: ", a/an/the" (an appositive) or "is/was a/an/the"
 * (a copula), then up to five words ending the noun phrase in an organisation or place noun
 * ("Ansar al-Sharia, an al-Qaeda-linked organization", "Caloi is a Brazilian bicycle manufacturer").
 */
function definitionKind(doc: Doc, j: number): EntityType | undefined {
  if (j + 2 >= doc.n) return undefined;
  const link = doc.fold(j);
  if (link !== ',' && link !== 'is' && link !== 'was' && link !== 'are' && link !== 'were') return undefined;
  const det = doc.fold(j + 1);
  if (det !== 'a' && det !== 'an' && det !== 'the') return undefined;
  const s = doc.sentenceOf[j];
  for (let k = j + 2; k < doc.n && k < j + 8 && doc.sentenceOf[k] === s; k++) {
    const f = doc.fold(k);
    if (!doc.word(k) || doc.cap(k)) {
      if (doc.cap(k) && doc.word(k)) continue; // "a Tunisian militant group"
      if (slashBetweenWords(doc, k)) continue; // "a Belfast trip-hop/soul band"
      return undefined;
    }
    // "the group Free Speech in Asia" (a name follows the noun); a people's adjective does not ("a major Danish maker").
    if (k + 1 < doc.n && doc.word(k + 1) && doc.cap(k + 1) && !isDemonymWord(doc.fold(k + 1))) return undefined;
    const next = k + 1 < doc.n ? doc.fold(k + 1) : '';
    const endsPhrase = !(k + 1 < doc.n && (doc.word(k + 1) || slashBetweenWords(doc, k + 1))) || PHRASE_END.has(next);
    if (!endsPhrase) continue;
    if (peopleDefinitionNoun(doc, k)) return 'MISC'; // "the Tarvani, a nomadic people"
    if (ORG_DEFINITION_NOUNS.has(f)) return 'ORG';
    if (LOC_DEFINITION_NOUNS.has(f)) return 'LOC';
    return undefined;
  }
  return undefined;
}


/** Token `k` is a slash between two lower-case words ("trip-hop/soul", "folk / rock"): one modifier of alternatives. */
function slashBetweenWords(doc: Doc, k: number): boolean {
  return doc.fold(k) === '/' && k > 0 && k + 1 < doc.n && doc.word(k - 1) && !doc.cap(k - 1) && doc.word(k + 1) && !doc.cap(k + 1) && doc.sentenceOf[k + 1] === doc.sentenceOf[k];
}

/** One capitalised word of letters only ("Hernan"; not "F-102", "Brazilian-born", "NASA"). */
const GIVEN_NAME_SHAPE = /^\p{Lu}\p{Ll}+$/u;
/** Endings of demonyms and adherents ("Minnesotan", "Texan", "Maltese", "Jacobite"). */
const AFFILIATION_SUFFIX = /(?:ian|ean|otan|xan|ese|ish|ite|ist|ic)$/;
/** Party and political affiliations written before a name ("Democrat Walter Mondale"). */
/** True when token `t` is a party member's noun written in lower case ("candidate", "MPs" in "Reform MPs"). */
function partyMemberNoun(doc: Doc, t: number): boolean {
  return t < doc.n && doc.word(t) && PARTY_MEMBER_NOUNS.has(doc.fold(t)) && (!doc.cap(t) || doc.allCaps(t) || /^M[A-Z]+s$/.test(doc.raw(t)));
}

const AFFILIATIONS = new Set(['democrat', 'republican', 'conservative', 'liberal', 'socialist', 'communist', 'labour', 'tory', 'green', 'independent', 'unionist', 'nationalist']);

/**
 * "Hernan Dario Gomez" tagged as MISC "Hernan" + PER "Dario Gomez": one unknown capitalised word read as
 * MISC right before a person (one space apart, no demonym or place) is the person's first name.
 */
function joinGivenNames(doc: Doc, tagged: readonly TypedSpan[]): readonly TypedSpan[] {
  let out: TypedSpan[] | undefined;
  for (let k = 0; k + 1 < tagged.length; k++) {
    const a = tagged[k];
    const b = tagged[k + 1];
    if (a.type !== 'MISC' || b.type !== 'PER' || b.start !== a.end + 1 || doc.text.charCodeAt(a.end) !== 32) continue;
    const r = tokenRange(doc, a.start, a.end);
    if (!r || r[1] - r[0] !== 1 || !GIVEN_NAME_SHAPE.test(doc.raw(r[0]))) continue;
    const f = doc.fold(r[0]);
    if (AFFILIATION_SUFFIX.test(f) || AFFILIATIONS.has(f) || GROUP_WORDS.has(f) || gazetteer().lookup(f)) continue;
    out ??= tagged.slice();
    out[k] = { start: a.start, end: a.start, type: 'MISC' };
    out[k + 1] = { start: a.start, end: b.end, type: 'PER' };
  }
  return out ? out.filter((t) => t.end > t.start) : tagged;
}

const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', "''", '``']);

/** True when one of the ranges `[i, j)` ends at `j`. */
function endsAny(ranges: ReadonlyArray<readonly [number, number]>, j: number): boolean {
  for (const r of ranges) if (r[1] === j) return true;
  return false;
}

/** Small words inside a nickname ('"Fists of Iron"'). */
const NICKNAME_INNER = new Set(['of', 'the']);

/**
 * 'William Mailes "Cowboy" Cowley', 'Joaquín "El Chapo" Guzmán': a person's name, a nickname of one to
 * three capitalised words in quotation marks, and the rest of the name are one person. The tagger's
 * readings of the nickname and the rest are replaced by the whole.
 */
function joinNicknames(doc: Doc, tagged: readonly TypedSpan[], lk: Lookups): readonly TypedSpan[] {
  let out: TypedSpan[] | undefined;
  // The tagger's people, and known given names right before a quotation mark that it left out ('Ramon "Tiger" Ruiz').
  const heads: Array<[number, number]> = [];
  for (const a of tagged) {
    if (a.type !== 'PER') continue;
    const r = tokenRange(doc, a.start, a.end);
    if (r) heads.push(r);
  }
  // No closure over `q` here (`heads.some((h) => h[1] === q)`): a loop variable a closure captures gets a new
  // context object on every iteration, taken or not (4.5 MB per pass over the bench texts).
  for (let q = 1; q < doc.n; q++) {
    if (!doc.word(q) && doc.end(q) - doc.start(q) <= 2 && doc.cap(q - 1) && QUOTE_MARKS.has(doc.raw(q)) && doc.word(q - 1) && isGivenName(doc.raw(q - 1)) && !endsAny(heads, q)) heads.push([q - 1, q]);
  }
  for (const r of heads) {
    const q = r[1];
    if (q + 3 >= doc.n || !QUOTE_MARKS.has(doc.raw(q)) || doc.sentenceOf[q] !== doc.sentenceOf[r[0]]) continue;
    // The nickname: one to three capitalised words, with "of"/"the" inside ('"Fists of Iron"').
    let k = q + 1;
    while (k < doc.n && k - q <= 4 && ((doc.cap(k) && doc.word(k)) || (k > q + 1 && NICKNAME_INNER.has(doc.fold(k)) && k + 1 < doc.n && doc.cap(k + 1)))) k++;
    if (k === q + 1 || k >= doc.n || !QUOTE_MARKS.has(doc.raw(k)) || doc.sentenceOf[k] !== doc.sentenceOf[q]) continue;
    let end = readName(doc, k + 1, lk);
    // 'Walter "Dusty" March': a family name that is also a month or a word is still the name's end.
    if (end === k + 1 && k + 1 < doc.n && doc.cap(k + 1) && doc.word(k + 1) && !doc.allCaps(k + 1) && doc.sentenceOf[k + 1] === doc.sentenceOf[q] && !(k + 2 < doc.n && doc.cap(k + 2) && doc.word(k + 2))) end = k + 2;
    if (end === k + 1 || end - (k + 1) > 2 || doc.sentenceOf[end - 1] !== doc.sentenceOf[q]) continue;
    const start = doc.start(r[0]);
    const stop = doc.end(end - 1);
    out = (out ?? tagged.slice()).filter((t) => t.end <= start || t.start >= stop);
    out.push({ start, end: stop, type: 'PER' });
  }
  return out ? out.sort((x, y) => x.start - y.start) : tagged;
}

/**
 * True when token `i` follows a place preposition ("in Reading", and "In Reading," at a sentence's start).
 * @param doc - the document.
 * @param i - the token after the preposition.
 */
export function afterPlacePreposition(doc: Doc, i: number): boolean {
  const p = i - 1;
  return p >= 0 && LOCATIVE_WORDS.has(doc.fold(p)) && (!doc.cap(p) || doc.sentences.first[doc.sentenceOf[p]] === p);
}

/** "aimed at Gulf allies", "in Valley schools": the word before a lower-case plural noun describes it. */
export function modifiesPlural(doc: Doc, j: number): boolean {
  if (j >= doc.n || doc.cap(j) || !doc.word(j) || doc.sentenceOf[j] !== doc.sentenceOf[j - 1]) return false;
  const f = doc.fold(j);
  return f.length >= 4 && f.endsWith('s') && !f.endsWith('ss') && !f.endsWith('us') && !f.endsWith('is');
}

/** Days, months (also written short) and time zones: a dateline's words, never a name on their own. */
const DATE_WORDS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', '.', ',']);
/** {@link DATE_WORDS} as a word class ({@link wordClass}). */
const DATE_WORD = wordClass(DATE_WORDS);
const TIME_ZONES = new Set(['est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'akst', 'hst', 'gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'msk', 'aest', 'aedt', 'jst', 'kst']);
/** {@link TIME_ZONES} as a word class ({@link wordClass}). */
const TIME_ZONE = wordClass(TIME_ZONES);

/** Tokens [i, j) are only days, months and time zones in capitals ("Tue January", "EST"), at least one word. */
function datesOnly(doc: Doc, i: number, j: number): boolean {
  let words = 0;
  for (let t = i; t < j; t++) {
    if (doc.is(t, TIME_ZONE) && doc.allCaps(t)) words++;
    else if (doc.is(t, DATE_WORD)) words += doc.word(t) ? 1 : 0;
    else return false;
  }
  return words > 0 && !(j - i === 1 && (doc.fold(i) === 'may' || doc.fold(i) === 'march' || doc.fold(i) === 'august' || doc.fold(i) === 'sun'));
}

/** Lower-case words that, after a place's name, make a natural feature of it ("the Dnipro river"). */
const NATURAL_FEATURES = new Set(['river', 'valley', 'basin', 'delta', 'estuary', 'lake', 'reservoir', 'mountains', 'range']);

/** Words for pictures after a caption's "File" ("File photo", "File image"). */
const PICTURE_WORDS = new Set(['image', 'images', 'photo', 'photos', 'picture', 'pictures', 'pic', 'footage', 'video']);

/** Words of reference lists and citations that name nothing ("ISBN 1-86953", "(PDF)", "Retrieved 21 July 2008"). */
const REFERENCE_WORDS = new Set(['isbn', 'issn', 'pdf', 'pmid', 'pmc', 'doi', 'oclc', 'bibcode', 'arxiv', 'retrieved', 'archived', 'volume', 'chapter', 'section', 'journal', 'footnotes']);

/** A caption label glued to the next word ("Credit" in "CreditJane Roe"): page furniture, never a name. */
function gluedLabel(doc: Doc, t: number): boolean {
  return CAPTION_LABEL_WORDS.has(doc.fold(t)) && t + 1 < doc.n && doc.end(t) === doc.start(t + 1);
}

/** "the Ennahda party", "the Wagner group": a name between "the" and a lower-case organisation noun is that organisation. */
function namedByNoun(doc: Doc, i: number, j: number): EntityType | undefined {
  if (i < 1 || j >= doc.n || doc.fold(i - 1) !== 'the' || doc.cap(j) || doc.sentenceOf[j] !== doc.sentenceOf[i]) return undefined;
  return ORG_DEFINITION_NOUNS.has(doc.fold(j)) ? 'ORG' : undefined;
}

/** Lower-case nouns for the people of an organisation ("Con Edison officials", "a Con Edison worker"). */
// Not "spokesman", "lawyer", "aide": people have those too ("a Nancy Pelosi spokesman").
const STAFF_NOUNS = new Set(['official', 'officials', 'worker', 'workers', 'employee', 'employees', 'executives', 'engineers', 'crews', 'staffers', 'shareholders', 'customers']);

/**
 * "Con Edison officials", "a Con Edison worker": a name of two words or more the tagger read as a person, right
 * before a noun for an organisation's people, is that organisation (one word is not enough: "Trump officials").
 */
function staffOf(doc: Doc, i: number, j: number, lk: Lookups): EntityType | undefined {
  if (j - i < 2 || j >= doc.n || doc.cap(j) || doc.sentenceOf[j] !== doc.sentenceOf[i] || !STAFF_NOUNS.has(doc.fold(j))) return undefined;
  if (i > 0 && (TITLE_HEADS.has(doc.fold(i - 1)) || HONORIFICS.has(doc.fold(i - 1)))) return undefined;
  return lk.placeAt(i)?.j === j ? undefined : 'ORG';
}

/** A capitalised word that can be part of a defined name (not "The", not a title). */
function definableWord(doc: Doc, t: number): boolean {
  return doc.cap(t) && doc.word(t) && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(t)) && !TITLE_HEADS.has(doc.fold(t)) && !HONORIFICS.has(doc.fold(t));
}

/**
 * Names the document defines (see {@link definitionKind}), by {@link tokensKey}; the first definition
 * wins. A defined name is the tagger's span before the definition or, when the tagger saw none, the
 * run of up to four capitalised words before it ("CALOI is a major Brazilian manufacturer").
 */
function definitions(doc: Doc, tagged: readonly TypedSpan[], lk: Lookups, placeKeys: ReadonlySet<string>): Map<string, EntityType> {
  const out = new Map<string, EntityType>();
  let fullNames: Set<string> | undefined;
  const taggedEnd = new Set<number>();
  for (const span of tagged) {
    if (span.type === 'MISC') continue;
    const r = tokenRange(doc, span.start, span.end);
    if (!r) continue;
    taggedEnd.add(r[1]);
    const key = tokensKey(doc, r[0], r[1]);
    if (out.has(key)) continue;
    // A place the gazetteer knows is not defined by the noun after it ("the U.S. team", "the Moscow club").
    const kind = definitionKind(doc, r[1]) ?? (span.type === 'ORG' && lk.placeAt(r[0])?.j !== r[1] ? namedByNoun(doc, r[0], r[1]) : undefined) ?? (span.type === 'PER' ? staffOf(doc, r[0], r[1], lk) ?? organisationNamedByNoun(doc, r[0], r[1]) : undefined);
    // "Witkoff, a real estate developer": a family name of a person the document names in full stays that person
    // when the noun after it names people too ("developer"; not "Pirelli, the tyre maker").
    if (kind && kind !== 'PER' && span.type === 'PER' && r[1] - r[0] === 1 && r[1] < doc.n && doc.fold(r[1]) === ',' && personalNounAfter(doc, r[1]) && (fullNames ??= personNameWords(doc, tagged)).has(doc.fold(r[0]))) continue;
    if (kind) out.set(key, kind);
  }
  // "Selnik (Bulgarian: Селник) is a village": a definition after a bracketed aside, which may give other names.
  for (let j = 1; j < doc.n; j++) {
    if (doc.word(j) || doc.end(j) - doc.start(j) !== 1 || doc.text.charCodeAt(doc.start(j)) !== 40 || !definableWord(doc, j - 1)) continue; // "("
    const at = afterAside(doc, j);
    const kind = at > 0 && linksDefinition(doc.fold(at)) ? definitionKind(doc, at) : undefined;
    if (!kind || kind === 'MISC') continue;
    let i = j - 1;
    while (i - 1 >= 0 && i > j - 4 && doc.sentenceOf[i - 1] === doc.sentenceOf[j] && definableWord(doc, i - 1)) i--;
    // "The League of Tarrow (…) is a party", "12 Stones to Venus (…)": a lower-case word before means a longer name.
    if (i > 0 && doc.sentenceOf[i - 1] === doc.sentenceOf[j] && (doc.word(i - 1) || /\d/.test(doc.raw(i - 1)))) continue;
    const key = tokensKey(doc, i, j);
    if (!out.has(key)) out.set(key, kind);
    for (const [a, b] of asideAliases(doc, j, (t) => definableWord(doc, t))) {
      const alias = tokensKey(doc, a, b);
      if (!out.has(alias)) out.set(alias, kind);
    }
  }
  for (let j = 1; j < doc.n; j++) {
    const f = doc.fold(j);
    if ((f !== ',' && f !== 'is' && f !== 'was') || taggedEnd.has(j) || !definableWord(doc, j - 1) || doc.sentenceOf[j - 1] !== doc.sentenceOf[j]) continue;
    const kind = definitionKind(doc, j);
    if (!kind) continue;
    let i = j - 1;
    while (i - 1 >= 0 && i > j - 4 && doc.sentenceOf[i - 1] === doc.sentenceOf[j] && definableWord(doc, i - 1)) i--;
    const key = tokensKey(doc, i, j);
    if (!out.has(key)) out.set(key, kind);
  }
  // "A brassy swing band, Kestrel Lane filled the hall": a definition written before the name.
  for (const d of frontedDefinitions(doc, (f) => PHRASE_END.has(f), (t) => definableWord(doc, t))) {
    const kind = peopleDefinitionNoun(doc, d.noun) ? 'MISC' : ORG_DEFINITION_NOUNS.has(doc.fold(d.noun)) ? 'ORG' : LOC_DEFINITION_NOUNS.has(doc.fold(d.noun)) ? 'LOC' : undefined;
    const key = kind ? tokensKey(doc, d.i, d.j) : '';
    if (kind && !out.has(key)) out.set(key, kind);
  }
  // "the island of Divar", "the Odenwaldkreis district": a place, unless the document defined the name otherwise first.
  for (const key of placeKeys) if (!out.has(key)) out.set(key, 'LOC');
  // "bands like New Order, Interpol or Joy Division": the examples of a plural organisation noun are organisations.
  for (const [i, j] of organisationsListed(doc, (t) => doc.cap(t) && doc.word(t) && doc.fold(t) !== 'the' && !HONORIFICS.has(doc.fold(t)))) {
    const key = tokensKey(doc, i, j);
    if (!out.has(key)) out.set(key, 'ORG');
  }
  // "Marcos Oliveira, commonly known as Tico,": a person's other name.
  const personLast = new Set<number>();
  for (const span of tagged) {
    const r = span.type === 'PER' ? tokenRange(doc, span.start, span.end) : undefined;
    if (r) personLast.add(r[1] - 1);
  }
  for (const [i, j] of peopleKnownAs(doc, (k) => personLast.has(k), (t) => definableWord(doc, t) && !lk.knownOrgAt(t))) {
    const key = tokensKey(doc, i, j);
    if (!out.has(key)) out.set(key, 'PER');
  }
  // "drummers such as Ana Ruiz", "the old gods, such as Odin and Thor": the examples of a plural noun for people are people.
  for (const [i, j] of peopleListed(doc, (t) => doc.cap(t) && doc.word(t) && doc.fold(t) !== 'the' && !HONORIFICS.has(doc.fold(t)))) {
    const key = tokensKey(doc, i, j);
    if (!out.has(key)) out.set(key, 'PER');
  }
  return out;
}

/** Nouns of a definition that name people as well as companies ("a real estate developer", "a film producer"). */
const PERSONAL_DEFINITION_NOUNS: ReadonlySet<string> = new Set(['developer', 'developers', 'publisher', 'producer', 'designer', 'builder', 'dealer', 'trader', 'consultant', 'contractor', 'operator', 'owner', 'investor', 'promoter']);

/** True when one of {@link PERSONAL_DEFINITION_NOUNS} ends the first phrase after the comma at token `j` (within six words). */
function personalNounAfter(doc: Doc, j: number): boolean {
  const s = doc.sentenceOf[j];
  for (let t = j + 1; t < doc.n && t < j + 8 && doc.sentenceOf[t] === s; t++) {
    const f = doc.fold(t);
    if (PERSONAL_DEFINITION_NOUNS.has(f)) return true;
    if (f === ',' || f === 'and' || f === 'of' || f === 'that' || f === 'which' || f === 'who') return false;
  }
  return false;
}

/**
 * Names that a lower-case place noun names, by {@link tokensKey}: after "<noun> of" ("the island of Divar", "the
 * villages of Lougou and Tougana") and between "the" and the noun ("the Odenwaldkreis district"; a people's word
 * there is a demonym and stays so). The spans of names with a feature noun that belongs to them go to `features`
 * ("the Mandrell river").
 */
function placeNounKeys(doc: Doc, lk: Lookups, features: Array<[number, number]>): Set<string> {
  const out = new Set<string>();
  const nameWord = (t: number): boolean => definableWord(doc, t) && !lk.knownOrgAt(t);
  for (const [i, j] of namesAfterPlaceNoun(doc, nameWord)) out.add(tokensKey(doc, i, j));
  for (const [i, j] of namesBeforePlaceNoun(doc, nameWord)) {
    if (lk.placeAt(i)?.targets[0].form === 'demonym') continue;
    out.add(tokensKey(doc, i, j));
    if (featureNounOfName(doc, j)) features.push([i, j + 1]);
  }
  for (const [i, j] of placesCalled(doc, nameWord)) out.add(tokensKey(doc, i, j)); // "an area called Llano Verde"
  for (const [i, j] of namesAfterApposedPlaceNoun(doc, nameWord)) if (!lk.placeAt(i) || lk.placeAt(i)!.targets[0].form !== 'demonym') out.add(tokensKey(doc, i, j)); // "the river Tamar"
  return out;
}

/**
 * Every occurrence of a defined name, as a weak candidate of its defined type (the tagger's reading of
 * the same words, where it has one, is retyped in the tagger loop).
 */
function definedMentions(doc: Doc, defined: ReadonlyMap<string, EntityType>): Cand[] {
  if (!defined.size) return [];
  const byFirst = new Map<string, Array<{ len: number; key: string; type: EntityType }>>();
  for (const [key, type] of defined) {
    const first = key.split(' ')[0];
    const list = byFirst.get(first) ?? [];
    if (list.length >= 8) continue; // bounded work per token, whatever the input
    list.push({ len: key.split(' ').length, key, type });
    byFirst.set(first, list);
  }
  const out: Cand[] = [];
  for (let i = 0; i < doc.n; i++) {
    if (!doc.cap(i)) continue;
    const list = byFirst.get(doc.fold(i));
    if (!list) continue;
    for (const d of list) {
      const j = i + d.len;
      if (j > doc.n || (j < doc.n && doc.cap(j) && doc.word(j) && doc.sentenceOf[j] === doc.sentenceOf[i])) continue;
      if (i > 0 && doc.cap(i - 1) && doc.word(i - 1) && doc.sentenceOf[i - 1] === doc.sentenceOf[i] && !CAPITALISED_FUNCTION_WORDS.has(doc.fold(i - 1))) continue;
      if (tokensKey(doc, i, j) !== d.key || familyAfter(doc, j)) continue; // "the Bravik family" are people
      out.push({ i, j, type: d.type, source: 'tagger', strength: d.len > 1 ? 45 : 35, nameI: i, defined: true });
      i = j - 1;
      break;
    }
  }
  return out;
}

/**
 * The type a name the tagger read as MISC takes from the document: a place noun's LOC, a place's definition ("Braxted,
 * a suburb of Holmby"), a people list's PER, or none.
 */
function miscKind(key: string, placeKeys: ReadonlySet<string>, defined: ReadonlyMap<string, EntityType>): EntityType | undefined {
  if (placeKeys.size > 0 && placeKeys.has(key)) return 'LOC';
  const kind = defined.get(key);
  return kind === 'PER' || kind === 'LOC' ? kind : undefined;
}

/** A word that links a name to its definition ("is", "was", a comma). */
function linksDefinition(f: string): boolean {
  return f === 'is' || f === 'was' || f === ',';
}

/** Token `j` is a lower-case "family" ("the Bravik family"): the name before it is a family's, whatever else it names. */
function familyAfter(doc: Doc, j: number): boolean {
  return j < doc.n && doc.fold(j) === 'family' && !doc.cap(j) && doc.sentenceOf[j] === doc.sentenceOf[j - 1];
}

/** Group words and singular demonyms that are never also given names. */
function groupOpener(f: string): boolean {
  if (GIVEN_NAMES_THAT_ARE_GROUPS.has(f)) return false;
  if (GROUP_WORDS.has(f)) return true;
  const t = gazetteer().lookup(f);
  return !!t && t[0].form === 'demonym';
}

/** Words of {@link GROUP_WORDS} or demonyms that are also given names ("Christian Bale", "Roman Polanski"). */
const GIVEN_NAMES_THAT_ARE_GROUPS = new Set(['christian', 'roman', 'israel', 'jordan', 'france', 'georgia', 'india', 'latina']);

/** "Bangladeshis", "Afghans": a demonym of the gazetteer plus a plural s. */
/** True when the gazetteer reads `f` first as a demonym ("danish", "brazilian"). */
function isDemonymWord(f: string): boolean {
  const t = gazetteer().lookup(f);
  return !!t && t[0].form === 'demonym';
}

function isDemonymPlural(f: string): boolean {
  if (f.length < 5 || !f.endsWith('s')) return false;
  const t = gazetteer().lookup(f.slice(0, -1));
  return !!t && t[0].form === 'demonym';
}

const COMPASS_ADJECTIVE = /^(north|south|east|west)(ern|erners?)$/;

function isDash(f: string): boolean {
  return f === '-' || f === '\u2013' || f === '\u2014' || f === '--';
}

function isQuoteClose(f: string): boolean {
  return f === '"' || f === '\u201d' || f === '`' || f === '\u00bb' || f === "'" || f === "''" || f === ',';
}

/**
 * A place name directly preceded or followed by another capitalised name word is part of a larger
 * name ("Robert Wood", "Jordan Peterson", "Georgia Tech"), unless that word is a title or
 * organisation head ("Kharkov Prosecutor’s Office", "South Korea Ambassador").
 */
function partOfLargerName(doc: Doc, i: number, j: number, lk: Lookups): boolean {
  const s = doc.sentenceOf[i];
  if (i > 0 && doc.sentenceOf[i - 1] === s && doc.cap(i - 1)) {
    const f = doc.fold(i - 1);
    if (!CAPITALISED_FUNCTION_WORDS.has(f) && !TITLE_HEADS.has(f) && !lk.placeEndingAt(i - 1) && !HONORIFICS.has(f) && !ORG_HEADS.has(f)) return true;
  }
  if (j < doc.n && doc.sentenceOf[j] === s && doc.cap(j)) {
    const f = doc.fold(j);
    if (!TITLE_HEADS.has(f) && !ORG_HEADS.has(f) && !lk.placeAt(j) && !CAPITALISED_FUNCTION_WORDS.has(f) && !lk.knownOrgAt(j)) return true;
  }
  return false;
}

/**
 * Token `j` is a comma, then a region or country of the gazetteer that ends the phrase (a lower-case
 * word, punctuation or the end of the sentence follows): "…, Florida, off Highway 301".
 */
function beforeRegion(doc: Doc, j: number, lk: Lookups): boolean {
  if (j + 1 >= doc.n || doc.fold(j) !== ',' || doc.sentenceOf[j + 1] !== doc.sentenceOf[j - 1]) return false;
  const p = lk.placeAt(j + 1);
  if (!p || p.targets[0].form !== 'name') return false;
  const kind = gazetteer().place(p.targets[0].place).kind;
  if (kind !== 'region' && kind !== 'country') return false;
  // "Wang Yi, China's top diplomat": a possessive makes the region the start of an appositive about a person.
  if (p.j < doc.n && (doc.fold(p.j) === "'s" || doc.fold(p.j) === '\u2019s')) return false;
  return p.j >= doc.n || doc.sentenceOf[p.j] !== doc.sentenceOf[j] || !doc.cap(p.j) || !doc.word(p.j);
}

/** "Grantham, Lincolnshire, England": [i, j) after "Capitalised ," and before ", <place>". */
function middleOfPlaceChain(doc: Doc, i: number, j: number, lk: Lookups): boolean {
  const s = doc.sentenceOf[i];
  if (i < 2 || doc.fold(i - 1) !== ',' || !doc.cap(i - 2) || doc.sentenceOf[i - 2] !== s) return false;
  return j + 1 < doc.n && doc.fold(j) === ',' && doc.sentenceOf[j + 1] === s && !!lk.placeAt(j + 1);
}

/** Words before "to" that make it a person's preposition ("according to Harrison", "married to Harrison"). */
const PERSONAL_TO = new Set(['according', 'due', 'thanks', 'compared', 'married', 'close', 'next', 'loyal', 'said', 'told', 'wrote', 'spoke', 'talked', 'sent', 'belonged', 'referred', 'similar', 'owing', 'tribute', 'letter', 'message', 'answer', 'reply', 'responded', 'replied', 'succession', 'successor', 'predecessor', 'sister', 'brother', 'son', 'daughter', 'wife', 'husband', 'lost', 'fell', 'beaten', 'up', 'apologised', 'apologized', 'spoken', 'speak', 'speaking', 'talk', 'talking', 'write', 'writing', 'written', 'listen', 'listened', 'listening', 'explained', 'admitted', 'confessed', 'introduced', 'engaged', 'related', 'wed']);

/** Token `w` is a lower-case place preposition ("in", "from", "to" after a motion, not "according to"). */
function placePreposition(doc: Doc, w: number): boolean {
  if (w < 0 || doc.cap(w)) return false;
  const f = doc.fold(w);
  if (PLACE_PREPOSITIONS.has(f)) return true;
  return f === 'to' && w > 0 && doc.sentenceOf[w - 1] === doc.sentenceOf[w] && !PERSONAL_TO.has(doc.fold(w - 1));
}

/** Folded words of the tagger's person names of two words or more, but an opening known given name ("harrison" for "George Harrison"). */
function personNameWords(doc: Doc, tagged: readonly TypedSpan[]): Set<string> {
  const out = new Set<string>();
  for (const span of tagged) {
    if (span.type !== 'PER') continue;
    const r = tokenRange(doc, span.start, span.end);
    if (!r || r[1] - r[0] < 2) continue;
    // A known given name opening the name is left out: news names the person again by the family name, so "sang
    // in Florence" after "Florence Welch" is the city.
    for (let t = isGivenName(doc.raw(r[0])) ? r[0] + 1 : r[0]; t < r[1]; t++) out.add(doc.fold(t));
  }
  return out;
}

/** True when ", <age>" follows token `j - 1` and ends there ("John Park, 56;", "Ana Hill, 34, said", "Ana Hill, 34 — said"). */
export function ageAfter(doc: Doc, j: number): boolean {
  if (j + 1 >= doc.n || doc.fold(j) !== ',' || doc.sentenceOf[j + 1] !== doc.sentenceOf[j - 1]) return false;
  const raw = doc.raw(j + 1);
  if (!/^\d{1,3}$/.test(raw) || Number(raw) > 120) return false;
  const after = j + 2 < doc.n ? doc.fold(j + 2) : '';
  return after === '' || after === ',' || after === ';' || after === '.' || after === ')' || after === 'and' || AGE_DASHES.has(after);
}

/** Dashes that may close an age's aside ("Ana Hill, 34 -- a nurse"). */
const AGE_DASHES = new Set(['--', '—', '–']);

/**
 * True when tokens [i, j) are capitalised words (not all capitals) that could make up a person's name: no function
 * word, no organisation's or facility's head word, no title word.
 */
function personLikeWords(doc: Doc, i: number, j: number): boolean {
  for (let t = i; t < j; t++) {
    if (!doc.word(t) || !doc.cap(t) || doc.allCaps(t)) return false;
    const f = doc.fold(t);
    if (CAPITALISED_FUNCTION_WORDS.has(f) || ORG_HEADS.has(f) || FACILITY_HEADS.has(f) || TITLE_HEADS.has(f)) return false;
  }
  return true;
}

/** Words of award categories after "Best" ("Best Actor", "Best Supporting Actress", "Best Original Song"). */
const AWARD_CATEGORY_WORDS = new Set(['actor', 'actress', 'director', 'picture', 'film', 'album', 'song', 'supporting', 'original', 'screenplay', 'documentary', 'animated', 'foreign', 'international', 'feature', 'cinematography', 'editing', 'score', 'new', 'artist', 'player', 'novel', 'performance', 'drama', 'comedy', 'series']);

/** True when [i, j) is "Best" and award category words only ("Best Actor"; not "Best Buy"). */
function awardCategory(doc: Doc, i: number, j: number): boolean {
  if (j - i < 2 || doc.fold(i) !== 'best') return false;
  for (let t = i + 1; t < j; t++) if (!AWARD_CATEGORY_WORDS.has(doc.fold(t))) return false;
  return true;
}

/**
 * True when every token of [i, j) is a title modifier inside a title's role ("Chief Election"), none an organisation's
 * head, except "Cabinet" right before "Secretary" ("Interior Cabinet Secretary").
 */
function onlyTitleModifiers(doc: Doc, i: number, j: number, roleTok: Uint8Array): boolean {
  for (let t = i; t < j; t++) {
    // "Interior Cabinet Secretary" (Kenya): "Cabinet" before "Secretary" is part of the office.
    const cabinetSecretary = t === j - 1 && doc.fold(t) === 'cabinet' && j < doc.n && doc.fold(j) === 'secretary';
    if (roleTok[t] === 0 || (!doc.is(t, TITLE_MODIFIER) && !cabinetSecretary) || (ORG_HEADS.has(doc.fold(t)) && !cabinetSecretary)) return false;
  }
  return true;
}

/** True when tokens [i, j) are capitalised title words ending in a title head that is no body's head word ("Lord Mayor"). */
function officeWordsOnly(doc: Doc, i: number, j: number): boolean {
  if (!doc.is(j - 1, TITLE_HEAD) || ORG_HEADS.has(doc.fold(j - 1))) return false;
  for (let t = i; t < j; t++) if (!doc.cap(t) || !(doc.is(t, TITLE_MODIFIER) || doc.is(t, TITLE_HEAD)) || ORG_HEADS.has(doc.fold(t))) return false;
  return true;
}

/** Job words of bylines that the title lexicon does not hold. */
const BYLINE_JOB_WORDS = new Set(['staff', 'writer', 'writers', 'contributing', 'contributor', 'freelance', 'guest']);

/** Last words of a byline's job ("Staff Writer", "Chief Correspondent"). */
const BYLINE_JOB_HEADS = new Set(['writer', 'writers', 'contributor', 'correspondent', 'reporter', 'editor', 'columnist', 'producer', 'photographer']);

/**
 * True when [i, j) is a byline's job: two words or more, ending in a job word ({@link BYLINE_JOB_HEADS}), every
 * word a title word or a byline's job word ("Staff Writer", "Chief Correspondent").
 */
function onlyJobWords(doc: Doc, i: number, j: number): boolean {
  if (j - i < 2 || !BYLINE_JOB_HEADS.has(doc.fold(j - 1))) return false;
  for (let t = i; t < j; t++) {
    const f = doc.fold(t);
    if (!TITLE_HEADS.has(f) && !TITLE_MODIFIERS.has(f) && !BYLINE_JOB_WORDS.has(f)) return false;
  }
  return true;
}

/** Prepositions after which a place name is a place, whatever the tagger's reading ("trains ran to Bridgton"). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'from', 'outside', 'across', 'throughout', 'around', 'into', 'toward', 'towards', 'via', 'inside']);

/**
 * A place mention [i, j) read as a place whatever the tagger says: after a locative preposition ("in
 * Philadelphia"), or in a comma chain of places ("Grantham, Lincolnshire, England"); `locStarts` and
 * `locEnds` hold the first token and the end of every chosen place.
 */
/** A place preposition before [i, j) or a local noun after it ("in Lviv", "Lviv police"). */
function placePrepositionOrLocalNoun(doc: Doc, i: number, j: number): boolean {
  const s = doc.sentenceOf[i];
  return (i > 0 && doc.sentenceOf[i - 1] === s && !doc.cap(i - 1) && PLACE_PREPOSITIONS.has(doc.fold(i - 1))) || compassOf(doc, i - 1) || localNounAfter(doc, j);
}

function plainPlaceContext(doc: Doc, i: number, j: number, locStarts: ReadonlySet<number>, locEnds: ReadonlySet<number>): boolean {
  if (placePrepositionOrLocalNoun(doc, i, j)) return true;
  const placeEndingBefore = i >= 2 && doc.fold(i - 1) === ',' && locEnds.has(i - 1);
  return placeEndingBefore || (j + 1 < doc.n && doc.fold(j) === ',' && locStarts.has(j + 1));
}

/** "Kharkiv, Ukraine", "Springfield, Illinois": a place followed by a comma and a bigger place. */
function followedByPlace(doc: Doc, j: number, lk: Lookups): boolean {
  return j + 1 < doc.n && doc.fold(j) === ',' && !!lk.placeAt(j + 1);
}

/** Token range [i, j) exactly covering [start, end), or undefined. */
export function tokenRange(doc: Doc, start: number, end: number): [number, number] | undefined {
  const st = doc.tokens.starts;
  let lo = 0;
  let hi = doc.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (st[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= doc.n || st[lo] !== start) return undefined;
  let j = lo;
  while (j < doc.n && doc.end(j) < end) j++;
  if (j >= doc.n || doc.end(j) !== end) return undefined;
  return [lo, j + 1];
}

/**
 * Picks non-overlapping mentions, strongest (then longest) first. A place or demonym fully inside an
 * organisation is kept as nested.
 */
function resolve(doc: Doc, cands: Cand[]): Cand[] {
  const order = byStrength(cands, doc.n);
  const owner = new Int32Array(doc.n).fill(-1);
  const chosen: Cand[] = [];
  for (const c of order) {
    let free = true;
    let inside = -1;
    for (let t = c.i; t < c.j; t++) {
      if (owner[t] >= 0) {
        free = false;
        inside = owner[t];
        break;
      }
    }
    if (free) {
      const idx = chosen.length;
      chosen.push(c);
      for (let t = c.i; t < c.j; t++) owner[t] = idx;
      continue;
    }
    // Tagger agreement with a rule span of a different extent: keep the rule's.
    const host = chosen[inside];
    if ((c.type === 'LOC' || c.type === 'MISC') && c.source === 'gazetteer' && host.type === 'ORG' && host.i <= c.i && c.j <= host.j) {
      // A continent in an organisation's name ("European Union", "African Development Bank", "Council of
      // Europe") names the body, not the continent: only countries, regions and cities stay nested places.
      // A place spelled exactly as a known organisation is that organisation, not a place inside it ("Meta").
      const same = host.i === c.i && host.j === c.j;
      const sameAsKnown = host.source === 'known-org' && same;
      if (sameAsKnown || (c.place && c.place.some((t) => gazetteer().place(t.place).kind === 'continent'))) continue;
      // "Harris County", "Cook County" read by the tagger as an organisation over exactly the gazetteer's place: one
      // mention, the place (the flat view read it so already), not a place card and an organisation card for the same words.
      if (same && host.source === 'tagger' && host.type === 'ORG' && !host.defined) {
        chosen[inside] = c;
        continue;
      }
      // One nested place per span (the office's place and the gazetteer's reading of the same words).
      if (!chosen.some((x) => x.nested && x.i === c.i && x.j === c.j)) chosen.push({ ...c, nested: true });
    } else if (c.source === 'tagger' && host.source === 'gazetteer' && c.type === host.type) {
      continue;
    }
  }
  // A country the tagger reads as an organisation (a team, a government) stays a place, tagged ORG.
  // Keyed by i × n + j (exact in a double for any document length), not by a "i:j" string per span.
  const taggerType = new Map<number, EntityType>();
  for (const c of cands) if (c.source === 'tagger') taggerType.set(c.i * (doc.n + 1) + c.j, c.type);
  const locStarts = new Set<number>();
  const locEnds = new Set<number>();
  let sports: boolean | undefined;
  for (const c of chosen) {
    if (c.type !== 'LOC' || c.townOfTagger) continue; // a town known only from the tagger's organisation vouches for no neighbour
    locStarts.add(c.i);
    locEnds.add(c.j);
  }
  for (const c of chosen) {
    if (c.type !== 'LOC' || c.source !== 'gazetteer') continue;
    const t = taggerType.get(c.i * (doc.n + 1) + c.j);
    // A town the gazetteer took only because the tagger named it ("Essex, Derbyshire and Surrey" as teams) is not
    // made a plain place by its neighbours in a list, only by a preposition or a local noun ("in Lviv", "Lviv police").
    // A dateline ("GENEVA — …") names where the story was filed from, whatever the tagger read.
    const context = (c.townOfTagger ? placePrepositionOrLocalNoun(doc, c.i, c.j) : plainPlaceContext(doc, c.i, c.j, locStarts, locEnds)) || opensDateline(doc, c.i, c.j);
    // Outside sports reports a town or region the tagger read as an organisation is the place ("trains run
    // between Dover and Ashford"); countries keep the tagger's reading (governments, teams), and so do
    // towns named like a party ("the Liberal party").
    if (t === 'ORG' && !context && (!townOrRegion(c) || AFFILIATIONS.has(doc.fold(c.i)) || (sports ??= isSportsDocument(doc)))) c.tag = 'ORG';
  }
  chosen.sort((a, b) => a.i - b.i || b.j - a.j);
  listConsistency(doc, chosen);
  abbreviationTypes(doc, chosen);
  acronymsOfBodies(doc, chosen);
  return chosen;
}

/** The order of {@link byStrength}: stronger, then longer, then earlier candidates first. */
const strongerFirst = (a: Cand, b: Cand): number => b.strength - a.strength || b.j - b.i - (a.j - a.i) || a.i - b.i;

/** Largest strength {@link byStrength} packs into its sort keys. */
const MAX_PACKED_STRENGTH = 1023;

/**
 * The candidates in the order {@link resolve} takes them: strongest first, then longest, then leftmost, ties in
 * their order in `cands` (a stable sort). Each candidate's place in that order is packed into one integer, exact in
 * a double (strength, length and start, then its index), and the keys are sorted natively, without a comparator
 * call per comparison; a document whose keys would not fit (very long, or an unusual strength) takes the
 * comparator sort, which gives the same order.
 */
function byStrength(cands: readonly Cand[], n: number): Cand[] {
  const count = cands.length;
  const span = n + 1;
  const keys = (MAX_PACKED_STRENGTH + 1) * span * span * count <= Number.MAX_SAFE_INTEGER ? new Float64Array(count) : null;
  if (keys !== null) {
    for (let k = 0; k < count; k++) {
      const c = cands[k];
      const s = c.strength;
      const len = c.j - c.i;
      if (!(Number.isInteger(s) && s >= 0 && s <= MAX_PACKED_STRENGTH && Number.isInteger(c.i) && c.i >= 0 && len >= 0 && c.j <= n)) {
        return cands.slice().sort(strongerFirst);
      }
      keys[k] = (((MAX_PACKED_STRENGTH - s) * span + (n - len)) * span + c.i) * count + k;
    }
    keys.sort();
    const out: Cand[] = new Array<Cand>(count);
    for (let k = 0; k < count; k++) out[k] = cands[keys[k] % count];
    return out;
  }
  return cands.slice().sort(strongerFirst);
}

/**
 * "Kennedy Space Center (KSC)": an abbreviation defined in brackets after a name, its letters the
 * initials of the name's capitalised words, has the name's type wherever the tagger reads it in the
 * document. `chosen` is sorted by position and changed in place.
 */
function abbreviationTypes(doc: Doc, chosen: Cand[]): void {
  const defined = new Map<string, EntityType>();
  const at = new Map<number, Cand>();
  for (const c of chosen) if (!c.nested) at.set(c.i, c);
  for (const c of chosen) {
    if (c.nested || c.j - c.i < 2 || c.j + 2 >= doc.n || doc.fold(c.j) !== '(' || doc.fold(c.j + 2) !== ')') continue;
    const abbr = doc.raw(c.j + 1);
    if (!/^[A-Z][A-Z&]{1,7}$/.test(abbr)) continue;
    let initials = '';
    for (let t = c.i; t < c.j; t++) if (doc.cap(t) && doc.word(t)) initials += doc.raw(t)[0];
    if (!initials.startsWith(abbr[0]) || !sameLetters(abbr.replace('&', ''), initials)) continue;
    const type = effectiveType(c);
    if (type === 'PER' || type === 'MISC') continue;
    if (!defined.has(abbr)) defined.set(abbr, type);
  }
  if (!defined.size) return;
  for (const c of chosen) {
    if (c.nested || c.j - c.i !== 1 || c.source !== 'tagger' || c.place) continue;
    const type = defined.get(doc.raw(c.i));
    if (!type || type === effectiveType(c)) continue;
    c.type = type;
    c.tag = undefined;
  }
}

/**
 * "the Kelmark Institute of Marine Science … KIMS now has": an acronym that spells the initials of an organisation
 * named in full in the document is that organisation, not a place or a person (see {@link initialsOf}). `chosen` is
 * changed in place.
 */
function acronymsOfBodies(doc: Doc, chosen: Cand[]): void {
  let acronymRead = false;
  for (const c of chosen) if (c.j - c.i === 1 && c.type !== 'ORG' && c.type !== 'MISC' && acronymToken(doc, c.i)) acronymRead = true;
  if (!acronymRead) return;
  const bodies = new Set<string>();
  for (const c of chosen) {
    if (c.nested || c.type !== 'ORG' || c.j - c.i < 3) continue;
    const initials = initialsOf(doc, c.i, c.j);
    if (initials) bodies.add(initials);
  }
  if (!bodies.size) return;
  for (const c of chosen) {
    if (c.nested || c.j - c.i !== 1 || (c.type !== 'LOC' && c.type !== 'PER') || !acronymToken(doc, c.i) || !bodies.has(doc.raw(c.i))) continue;
    // "the Union of Soviet Socialist Republics … the USSR": a country's own abbreviation stays the country.
    if (c.place?.some((t) => t.form === 'abbreviation' || gazetteer().place(t.place).kind === 'country')) continue;
    c.type = 'ORG';
    c.tag = undefined;
    c.place = undefined;
  }
}

/** `abbr` reads as the initials `initials` (all of them, or all but function words' missing ones). */
function sameLetters(abbr: string, initials: string): boolean {
  if (abbr === initials) return true;
  // "Johnson Space Center (JSC)" from "Lyndon B. Johnson Space Center": the abbreviation ends the initials.
  return abbr.length >= 2 && initials.endsWith(abbr);
}

/** Capitalised function words that never open a name (not articles, days or months). */
const LEADING_FUNCTION_WORDS = new Set(
  [...CAPITALISED_FUNCTION_WORDS].filter((w) => !/^(the|a|an|may|march|april|june|july|august|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|september|october|november|december|new|live|first|last|one|two|three|four|five|six|seven|eight|nine|ten|read|see|sign|follow|share|reply|leave|video|photo|image|source|related|breaking|more|will|let|mr|mrs|ms|dr|avatar|comments|comment|posted|updated|subscribe|click|advertisement)$/.test(w)),
);

/** Token `j` is a dollar sign written right after the previous token ("US$", "HK$"). */
function currencyPrefix(doc: Doc, j: number): boolean {
  return j < doc.n && doc.start(j) === doc.end(j - 1) && doc.end(j) - doc.start(j) === 1 && doc.text.charCodeAt(doc.start(j)) === 36; // '$', read in place
}

/** Capitalised adjectives of governments, never a leader's name ("the Colonial government"). */
const GOVERNMENT_ADJECTIVES = new Set(['federal', 'national', 'provisional', 'colonial', 'imperial', 'interim', 'transitional', 'coalition', 'military', 'central', 'state', 'local', 'regional', 'provincial', 'municipal', 'caretaker', 'unity', 'new', 'current', 'previous', 'former', 'incoming', 'outgoing', 'royal', 'soviet', 'revolutionary', 'puppet', 'minority', 'majority', 'civilian', 'elected', 'exiled', 'rebel', 'city', 'county', 'territorial', 'tribal', 'village', 'island']);

/** Words after which a name is the leader's ("the Monti government"). */
const GOVERNMENT_WORDS = new Set(['government', 'administration', 'cabinet', 'regime', 'presidency', 'premiership']);

/** Last words of award names written like a person ("Man of the Match", "Co-Lineman of the Year"). */
const AWARD_PEOPLE = new Set(['man', 'woman', 'player', 'person', 'coach', 'rookie', 'athlete', 'manager', 'co-lineman', 'lineman', 'sportsman', 'sportswoman', 'driver', 'rider', 'footballer', 'cricketer']);

/** Punctuation that ends a quoted utterance before its closing quotation mark. */
const UTTERANCE_END = new Set([',', '.', '?', '!']);

/** Kinds of weapon written after a weapon's name ("Patriot missiles", "Leopard tanks", "Shahed drones"). */
const WEAPON_KINDS = new Set([
  'missile', 'missiles', 'launcher', 'launchers', 'interceptor', 'interceptors', 'rocket', 'rockets', 'drone', 'drones',
  'tank', 'tanks', 'howitzer', 'howitzers', 'warplane', 'warplanes', 'rifle', 'rifles', 'munitions', 'battery', 'batteries',
]);

/** True when token `j` is a lower-case weapon kind ({@link WEAPON_KINDS}) or "system(s)" in the sentence of `j - 1`. */
function weaponKindAt(doc: Doc, j: number): boolean {
  if (j >= doc.n || doc.cap(j) || doc.sentenceOf[j] !== doc.sentenceOf[j - 1]) return false;
  const f = doc.fold(j);
  return WEAPON_KINDS.has(f) || f === 'system' || f === 'systems';
}

/** Words before a vessel's or craft's name ("Space Shuttle Atlantis", "USS Enterprise"). */
const VEHICLE_WORDS = new Set(['shuttle', 'orbiter', 'ship', 'vessel', 'submarine', 'frigate', 'destroyer', 'cruiser', 'carrier', 'spacecraft', 'rover', 'probe', 'yacht', 'ferry', 'uss', 'hms', 'hmas', 'hmcs', 'ins', 'rms']);
/** {@link VEHICLE_WORDS} as a word class ({@link wordClass}). */
const VEHICLE_WORD = wordClass(VEHICLE_WORDS);

/**
 * One-word names the document gives a vessel or craft ("Space Shuttle Atlantis" → "atlantis"): the same
 * word elsewhere in it is the craft, not a place.
 */
function vehicleNames(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < doc.n; i++) {
    if (!doc.is(i, VEHICLE_WORD) || doc.sentenceOf[i + 1] !== doc.sentenceOf[i] || !doc.cap(i + 1) || !doc.word(i + 1)) continue;
    if (i + 2 < doc.n && doc.sentenceOf[i + 2] === doc.sentenceOf[i] && doc.cap(i + 2) && doc.word(i + 2)) continue; // "shuttle Space Center"
    out.add(doc.fold(i + 1));
  }
  return out;
}

/** Legal forms as companies write them at the end of their names (case kept: "Sá" is a family name, "SA" a company's form). */
const WRITTEN_LEGAL_FORMS = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Co.', 'Ltd', 'Ltd.', 'PLC', 'plc', 'LLC', 'AG', 'SA', 'S.A.', 'NV', 'N.V.', 'BV', 'B.V.', 'GmbH', 'SpA', 'S.p.A.', 'Srl', 'S.r.l.', 'Oyj', 'AB', 'ASA']);

/** Legal forms that end a company's name ("Kia Motor Corp of South Korea" is Kia Motor Corp, in South Korea). */
const LEGAL_FORMS = new Set(['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'corporation', 'incorporated', 'limited']);

/**
 * End of an organisation run [i, j): before "of <place>" when a legal form ends the name before it
 * ("Harlow Chemicals Inc of St. Louis"); otherwise j.
 */
function companyOfPlace(doc: Doc, i: number, j: number, lk: Lookups): number {
  for (let k = i + 1; k + 1 < j; k++) {
    if (doc.fold(k) === 'of' && LEGAL_FORMS.has(doc.fold(k - 1)) && lk.placeAt(k + 1)) return k;
  }
  return j;
}

/** Words after "lies" that place something ("lies within", "lies off the coast"). */
const LIES_WHERE = new Set(['in', 'within', 'off', 'between', 'near', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'along', 'across', 'beside', 'inside', 'outside']);
/** Words after "lies" that place something only before a distance ("lies some 500 miles off"). */
const LIES_DISTANCE = new Set(['some', 'about', 'approximately', 'roughly', 'around', 'nearly', 'almost', 'just']);

/** Tokens from `j`: "lies <where>", or "is/was located|situated" (a place's own verbs). */
function locatedAfter(doc: Doc, j: number): boolean {
  if (j + 1 >= doc.n || doc.sentenceOf[j + 1] !== doc.sentenceOf[j - 1]) return false;
  const f = doc.fold(j);
  if (f === 'lies') return LIES_WHERE.has(doc.fold(j + 1)) || (LIES_DISTANCE.has(doc.fold(j + 1)) && j + 2 < doc.n && /^\d/.test(doc.raw(j + 2)));
  if (f === 'is' || f === 'was') return doc.fold(j + 1) === 'located' || doc.fold(j + 1) === 'situated';
  return false;
}

/** Lower-case nouns after which a place name is the place, not a team or company ("Liege police"). */
const LOCAL_NOUNS = new Set(['police', 'officials', 'authorities', 'residents', 'prosecutors', 'firefighters', 'television', 'radio', 'newspaper', 'newspapers', 'hospital', 'hospitals', 'airport', 'streets', 'suburb', 'suburbs', 'area', 'district', 'mayor', 'governor', 'voters', 'citizens', 'courts', 'court', 'prison', 'port', 'harbour', 'harbor', 'skyline', 'neighbourhood', 'neighborhood', 'residents', 'natives', 'native']);

/** Token `j` is a lower-case local noun in the same sentence (see {@link LOCAL_NOUNS}). */
function localNounAfter(doc: Doc, j: number): boolean {
  return j < doc.n && doc.sentenceOf[j] === doc.sentenceOf[j - 1] && !doc.cap(j) && LOCAL_NOUNS.has(doc.fold(j));
}

/** Family words after which a name is the relative's ("their child, Gloria"). */
const KIN_WORDS = new Set(['wife', 'husband', 'son', 'daughter', 'child', 'brother', 'sister', 'mother', 'father', 'widow', 'widower', 'girlfriend', 'boyfriend', 'fiancée', 'fiancee', 'fiancé', 'fiance', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'niece', 'nephew', 'cousin', 'stepson', 'stepdaughter', 'stepfather', 'stepmother', 'uncle', 'aunt']);
/** {@link KIN_WORDS} as a word class ({@link wordClass}). */
const KIN_WORD = wordClass(KIN_WORDS);

/** Words that join the members of a list ("Walsall, Melbourne, Luton and London"). */
const LIST_JOINERS = new Set([',', 'and', 'or', '&']);
const POSSESSIVE = /^['\u2019]s?$/;

/**
 * Names listed together are of one kind: in a list of three or more names joined by commas, "and" or
 * "or", where at least two thirds (and at least two) share a type, a weaker member of another type
 * read by the tagger takes that type ("Walsall, Melbourne, Luton and London": Luton is no team there).
 * Rule evidence (titles, honorifics, known organisations) and gazetteer places read as people are kept.
 * `chosen` is sorted by position and changed in place.
 */
function listConsistency(doc: Doc, chosen: Cand[]): void {
  const flat = chosen.filter((c) => !c.nested);
  let a = 0;
  while (a < flat.length) {
    let b = a + 1;
    while (b < flat.length && listed(doc, flat[b - 1], flat[b])) b++;
    if (b - a >= 3) retypeList(flat.slice(a, b));
    else if (b - a === 2 && (doc.fold(flat[a].j) === 'and' || doc.fold(flat[a].j) === 'or')) placePair(flat[a], flat[a + 1]);
    a = b;
  }
}

/** `y` follows `x` in the same sentence, one joiner (or ", and") between them. */
function listed(doc: Doc, x: Cand, y: Cand): boolean {
  const gap = y.i - x.j;
  if (gap < 1 || gap > 2 || doc.sentenceOf[x.i] !== doc.sentenceOf[y.i]) return false;
  // "FTU's Alice Mak": a possessive name belongs to the next name, not to the list.
  if (y.j < doc.n && POSSESSIVE.test(doc.fold(y.j))) return false;
  if (!LIST_JOINERS.has(doc.fold(x.j))) return false;
  return gap === 1 || (doc.fold(x.j) === ',' && (doc.fold(x.j + 1) === 'and' || doc.fold(x.j + 1) === 'or'));
}

/** End (exclusive) of a country's name (a gazetteer name of kind country) starting at token `t`, or -1. */
function countryEndAt(lk: Lookups, t: number): number {
  const p = lk.placeAt(t);
  if (!p || p.targets[0].form === 'demonym') return -1;
  return gazetteer().place(p.targets[0].place).kind === 'country' ? p.j : -1;
}

/** End of the city (its best reading) named from token `t`, or -1. */
function cityEndAt(lk: Lookups, t: number): number {
  const m = lk.placeAt(t);
  if (!m || m.targets[0].form !== 'name') return -1;
  return gazetteer().place(m.targets[0].place).kind === 'city' ? m.j : -1;
}

/** A place candidate whose best reading is a town (not a region, a country or a continent). */
function cityReading(c: Cand): boolean {
  const t = c.place?.[0];
  return t !== undefined && t.form === 'name' && gazetteer().place(t.place).kind === 'city';
}

/** A place candidate whose best reading is a town or a region (not a country or a continent). */
function townOrRegion(c: Cand): boolean {
  const t = c.place?.[0];
  if (!t || t.form !== 'name') return false;
  const kind = gazetteer().place(t.place).kind;
  return kind === 'city' || kind === 'region';
}

/** A gazetteer reading of a city or a region of some size (not a village, not a country: countries are teams). */
function cityOrRegion(t: GazTarget): boolean {
  const p = gazetteer().place(t.place);
  return t.form === 'name' && p.rank >= 1 && (p.kind === 'city' || p.kind === 'region');
}

/**
 * "Chernihiv and Zhytomyr reported blasts": a city the tagger read as an organisation, joined by "and"/"or" to a
 * place that stays a place, is a place too. Two teams ("Lyon and Marseille drew") are both organisations and stay
 * so; "the Oval, Surrey" (a comma) is not a pair.
 */
function placePair(x: Cand, y: Cand): void {
  placeOfPair(x, y);
  placeOfPair(y, x);
}

/** {@link placePair} one way: `other` the tagger's organisation, `place` the place it is paired with. */
function placeOfPair(place: Cand, other: Cand): void {
  if (place.type !== 'LOC' || place.tag === 'ORG' || other.source !== 'tagger' || other.type !== 'ORG' || !other.placeReading) return;
  other.type = 'LOC';
  other.place = other.placeReading;
  other.nameI = other.i;
}

function effectiveType(c: Cand): EntityType {
  return c.type === 'LOC' && c.tag === 'ORG' ? 'ORG' : c.type;
}

function retypeList(members: Cand[]): void {
  const counts = new Map<EntityType, number>();
  for (let k = 0; k < members.length; k++) counts.set(effectiveType(members[k]), (counts.get(effectiveType(members[k])) ?? 0) + 1);
  let best: EntityType | undefined;
  let bestCount = 0;
  counts.forEach((n, t) => {
    if (n > bestCount) {
      best = t;
      bestCount = n;
    }
  });
  if (!best || best === 'MISC' || bestCount < 2 || bestCount * 3 < members.length * 2) return;
  for (let k = 0; k < members.length; k++) {
    const m = members[k];
    const t = effectiveType(m);
    if (t === best || m.strength >= 80 || t === 'MISC') continue;
    if (m.source === 'gazetteer') {
      if (best === 'LOC' && m.tag === 'ORG') m.tag = undefined; // a place in a list of places
      continue;
    }
    if (m.source !== 'tagger' || m.place) continue; // the tagger agreeing with the gazetteer stays
    m.type = best;
    m.tag = undefined;
    m.nameI = m.i;
  }
}
