/**
 * "the 1969 film Marlow Creek, which", "her novel Dana Wells.", "the album Kestrel Moon in 2004": a name right after
 * a lower-case noun for a work is the work's title, not a person, when the name ends at punctuation or a small word.
 * "the film Ana Ruiz directed" is left alone: a lower-case verb after the name makes it the subject of a clause,
 * unless the work's noun phrase opens the sentence ("The film Marlow Creek won the prize", "Ana Ruiz's album Kestrel
 * Moon topped the chart": the title is the subject) and the name is not a given name and more ("The film Ana Ruiz
 * directed won").
 * A title may open with its own capitalised article ("the album The Quiet Hours"), and nouns that are also verbs or
 * name other things ("play", "hit", "show", "series") take a work's title only after an article or a possessive
 * ("the play Hamlet", "her hit Lanterns"; not "Ravens play Norwich"), "series" and "show" also after a broadcaster's
 * name ("the HBO series Ledger").
 */
import type { Doc } from '../doc/document';
import { isGivenName } from './tagger-bridge';

/** Lower-case nouns for works whose title follows them. */
const WORK_NOUNS: ReadonlySet<string> = new Set([
  'film', 'movie', 'novel', 'album', 'song', 'single', 'opera', 'musical', 'documentary', 'sitcom', 'painting',
  'memoir', 'biopic', 'sequel', 'podcast', 'miniseries', 'docuseries', 'mixtape', 'ballet', 'telenovela',
]);
/** Nouns for works that are also verbs or other things' nouns: a title follows them only after {@link WORK_DETERMINERS}. */
const GUARDED_WORK_NOUNS: ReadonlySet<string> = new Set(['play', 'hit', 'show', 'series', 'drama', 'track', 'book']);
/** Guarded nouns after which a broadcaster's capitalised name may stand for the article ("the HBO series Ledger"). */
const BROADCAST_NOUNS: ReadonlySet<string> = new Set(['show', 'series', 'drama']);
/** Articles, possessives and the adjectives of works that may stand right before a guarded work noun. */
const WORK_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'that',
  'new', 'latest', 'debut', 'hit', 'smash', 'comedy', 'crime', 'tv', 'television', 'streaming', 'stage', 'animated',
]);
/** Articles and possessives that open a sentence whose subject is a work ("The film …", "Her album …"). */
const OPENING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this']);
/** Small words that may follow a title ("the film X in 1969", "the album X by Y"). */
const AFTER_TITLE: ReadonlySet<string> = new Set(['in', 'by', 'and', 'or', 'with', 'which', 'that', 'for', 'from', 'at', 'on']);
/** Most words between a sentence-opening article and the work's noun ("The 2024 crime film …"). */
const MAX_OPENING_WORDS = 3;

/**
 * Where the work's title that the name over [i, j) ends starts: `i`, or the token before it for a title opened by
 * its own article ("the album The Quiet Hours"); -1 when the name is no work's title (see the module comment).
 * @param readAsPerson - the name was read as a person's (a given name and more then make it a clause's subject).
 */
export function workTitleStart(doc: Doc, i: number, j: number, readAsPerson: boolean): number {
  const s = doc.sentenceOf[i];
  const start = i >= 2 && doc.fold(i - 1) === 'the' && doc.cap(i - 1) && doc.sentenceOf[i - 1] === s ? i - 1 : i;
  const noun = start - 1;
  if (noun < 0 || doc.cap(noun) || doc.sentenceOf[noun] !== s || !workNoun(doc, noun)) return -1;
  if (j >= doc.n || doc.sentenceOf[j] !== s || !doc.word(j) || AFTER_TITLE.has(doc.fold(j))) return start;
  // "The film Ana Ruiz directed won a prize": a given name and a family name before the verb are the clause's subject.
  const person = readAsPerson && start === i && j - i >= 2 && isGivenName(doc.raw(i));
  return !person && opensSentence(doc, noun) ? start : -1;
}

/** True when token `t` is a work's noun where a title may follow it. */
function workNoun(doc: Doc, t: number): boolean {
  const f = doc.fold(t);
  if (WORK_NOUNS.has(f)) return true;
  if (!GUARDED_WORK_NOUNS.has(f) || t < 1 || doc.sentenceOf[t - 1] !== doc.sentenceOf[t]) return false;
  const before = doc.fold(t - 1);
  if (WORK_DETERMINERS.has(before)) return true;
  // "the HBO series Ledger", "a BBC drama": a broadcaster's capitalised name after an article.
  return BROADCAST_NOUNS.has(f) && doc.cap(t - 1) && doc.word(t - 1) && t >= 2 && OPENING_DETERMINERS.has(doc.fold(t - 2));
}

/**
 * True when the work's noun at `noun` ends a noun phrase that opens its sentence: after an article or a possessive
 * ("The 2024 film …", "Her album …") or a name's possessive ("Ana Ruiz's album …").
 */
function opensSentence(doc: Doc, noun: number): boolean {
  const first = doc.sentences.first[doc.sentenceOf[noun]];
  let k = first;
  if (OPENING_DETERMINERS.has(doc.fold(k))) k++;
  else {
    while (k < noun && k - first < MAX_OPENING_WORDS && doc.cap(k) && doc.word(k)) k++;
    if (k === first || k >= noun || !/^['\u2019]s$/.test(doc.fold(k))) return false;
    k++;
  }
  if (noun - k > MAX_OPENING_WORDS - 1) return false;
  for (; k < noun; k++) if (!doc.word(k)) return false;
  return true;
}
