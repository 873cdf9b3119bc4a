/**
 * "a correspondent for The Atlantic", "she told The Guardian", "according to The Economist": a name written with its
 * own capitalised article inside a sentence, where the text cites a newspaper or a magazine, is that publication (an
 * organisation), not a place, a person or a work (the tagger reads "The Guardian" and "Atlantic" as places). The cue is
 * a reporting word before the article (a verb of telling, "according to", "interview with", "wrote in", a
 * journalist's noun and "for" or "at") or a publication's noun or a reporting verb after the name ("The Atlantic
 * reported"). Places named with their article ("The Hague", "The Gambia") are the gazetteer's and are not read here.
 */
import type { Doc } from '../doc/document';

/** Words right before the article that cite a publication ("told The Guardian"). */
const TOLD: ReadonlySet<string> = new Set(['told', 'tells', 'telling', 'tell']);
/**
 * Words before a preposition and the article that cite a publication, with the prepositions each takes ("wrote in",
 * "an interview with", "according to", "a columnist for", "worked at", "spoke to").
 */
const CITING_WORDS: ReadonlyMap<string, string> = new Map([
  ...['wrote', 'writes', 'writing', 'write', 'published', 'op-ed', 'column', 'editorial', 'article', 'essay', 'piece'].map((w) => [w, 'in for'] as const),
  ...['interview', 'interviews', 'interviewed'].map((w) => [w, 'with by'] as const),
  ['according', 'to'],
  ['reported', 'by in'],
  ...['spoke', 'speaking', 'talked', 'talking'].map((w) => [w, 'to with'] as const),
  ...['correspondent', 'columnist', 'editor', 'reporter', 'writer', 'journalist', 'critic', 'contributor', 'commentator', 'worked', 'works', 'working'].map((w) => [w, 'for at'] as const),
]);
/** Words right after the name that make it a publication ("The Atlantic reported", "The Guardian newspaper"). */
const AFTER_PUBLICATION: ReadonlySet<string> = new Set(['reported', 'reports', 'newspaper', 'magazine', 'daily', 'weekly', 'columnist', 'correspondent', 'editor', 'reporter']);
/** Most words of a publication's name after its article. */
const MAX_WORDS = 3;

/**
 * Where the publication over tokens [i, j) starts (its capitalised article), or -1 when the name is no cited
 * publication (see the module comment). `i` is the article or the word after it.
 */
export function publicationStart(doc: Doc, i: number, j: number): number {
  const the = doc.fold(i) === 'the' ? i : i - 1;
  if (the < 1 || doc.raw(the) !== 'The' || j - the - 1 < 1 || j - the - 1 > MAX_WORDS) return -1;
  const s = doc.sentenceOf[the];
  if (doc.sentences.first[s] === the || doc.sentenceOf[j - 1] !== s) return -1;
  for (let k = the + 1; k < j; k++) if (!doc.word(k) || !doc.cap(k)) return -1;
  const before = doc.fold(the - 1);
  if (TOLD.has(before)) return the;
  if (the >= 2 && (CITING_WORDS.get(doc.fold(the - 2))?.split(' ').includes(before) ?? false)) return the;
  if (j < doc.n && doc.sentenceOf[j] === s && !doc.cap(j) && AFTER_PUBLICATION.has(doc.fold(j))) return the;
  return -1;
}
