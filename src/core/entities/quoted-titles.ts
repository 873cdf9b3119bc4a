/**
 * "the single "Velvet Crow"", "her novel "Marguerite"", "a song called "Lanterns for Anna"": a short quote
 * whose words are all capitalised (small words aside) is the title of a work, and a name read inside it is
 * no person. A nickname between a given name and a family name ('Walter "Dusty" March') is left alone, as
 * are quotes of running speech (lower-case words, more than six words). Read around a name only, so a
 * document pays nothing for its quotes when no name stands in one.
 */
import type { Doc } from '../doc/document';

/**
 * Small words written in lower case inside titles ("Lanterns for Anna", "Rain over the City"), English and those of
 * the Romance and other languages whose titles English news quotes ("Corazón de Piedra", "La Vie en Rose").
 */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'and', 'or', 'with', 'from', 'over',
  'de', 'del', 'la', 'las', 'los', 'el', 'y', 'en', 'le', 'les', 'des', 'du', 'et', 'di', 'da', 'do', 'dos', 'das', 'e', 'con', 'sin', 'por', 'para',
]);
/** Punctuation a title may hold ("Hello, Goodbye", "Why Not?"). */
const TITLE_PUNCTUATION: ReadonlySet<string> = new Set([',', ':', '?', '!', '&', '-']);
/** Most words a title quote may hold. */
const MAX_TITLE_WORDS = 6;

/** True when token t is a double quotation mark, straight or curly. */
function quoteMark(doc: Doc, t: number): boolean {
  if (doc.end(t) - doc.start(t) !== 1) return false;
  const c = doc.text.charCodeAt(doc.start(t));
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e;
}

/**
 * The quotation mark found walking from token `from` by `step` (-1 left, +1 right) over title words only, and
 * the words passed; -1 when anything else comes first.
 */
function markBeside(doc: Doc, from: number, step: number, s: number): { at: number; words: number } {
  let words = 0;
  for (let k = from; k >= 0 && k < doc.n && doc.sentenceOf[k] === s && words <= MAX_TITLE_WORDS; k += step) {
    if (quoteMark(doc, k)) return { at: k, words };
    if (doc.word(k)) {
      if (!doc.cap(k) && !TITLE_SMALL_WORDS.has(doc.fold(k))) break;
      words++;
    } else if (!TITLE_PUNCTUATION.has(doc.fold(k))) break;
  }
  return { at: -1, words };
}

/** True when the name over tokens [i, j) stands inside a quoted title of a work (see the module comment). */
export function inQuotedTitle(doc: Doc, i: number, j: number): boolean {
  const s = doc.sentenceOf[i];
  const left = markBeside(doc, i - 1, -1, s);
  if (left.at < 0) return false;
  const right = markBeside(doc, j, 1, s);
  if (right.at < 0 || left.words + right.words + (j - i) > MAX_TITLE_WORDS) return false;
  if (!doc.cap(left.at + 1)) return false;
  for (let k = i; k < j; k++) if (doc.word(k) && !doc.cap(k) && !TITLE_SMALL_WORDS.has(doc.fold(k))) return false;
  // 'Walter "Dusty" March': a nickname between the parts of a person's name.
  const before = left.at - 1;
  const after = right.at + 1;
  return !(before >= 0 && after < doc.n && doc.cap(before) && doc.word(before) && doc.cap(after) && doc.word(after));
}
