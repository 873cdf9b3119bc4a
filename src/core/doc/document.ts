/**
 * A tokenized document with per-token helpers shared by every step of the document layer:
 * folded (lower-cased, accent-free) token texts computed on demand, capitalisation tests, sentence
 * index per token and ALL-CAPS (headline) sentences.
 */
import { tokenize, TokenKind, type Tokens } from '../tokenize';
import { sentenceRanges, type SentenceRanges } from '../sentences';
import { foldAt } from './fold-cache';
import { lowerDiffers, upperDiffers } from '../tokenize-case';

/** The analysed text with its tokens and sentences. */
export interface Doc {
  text: string;
  tokens: Tokens;
  /** Token count. */
  n: number;
  sentences: SentenceRanges;
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** 1 for sentences written mostly in capitals (headlines), where capitalisation says nothing. */
  shouting: Uint8Array;
  /** Raw text of token `i`. */
  raw(i: number): string;
  /** Folded text of token `i` ("kharkiv", "prosecutor", "'s"). */
  fold(i: number): string;
  /** True when token `i` is a word starting with an upper-case letter. */
  cap(i: number): boolean;
  /** True when token `i` is a word with at least two letters, all upper case ("US", "UN"). */
  allCaps(i: number): boolean;
  /** True when token `i` is a word. */
  word(i: number): boolean;
  /** Start offset of token `i`. */
  start(i: number): number;
  /** End offset of token `i`. */
  end(i: number): number;
}

function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return lowerDiffers(c) && !upperDiffers(c);
}

function isLowerCode(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return upperDiffers(c);
}

/**
 * Tokenizes `text` and prepares the helpers.
 * @param tokens - reuse tokens computed elsewhere (the tagger's), when available.
 */
export function makeDoc(text: string, tokens: Tokens = tokenize(text)): Doc {
  const n = tokens.count;
  const { starts, ends, kinds } = tokens;
  const sentences = sentenceRanges(text, tokens);
  const sentenceOf = new Int32Array(n);
  const shouting = new Uint8Array(sentences.count);
  for (let k = 0; k < sentences.count; k++) {
    let words = 0;
    let caps = 0;
    for (let i = sentences.first[k]; i <= sentences.last[k]; i++) {
      sentenceOf[i] = k;
      if (kinds[i] !== TokenKind.Word) continue;
      words++;
      if (allCapsAt(i)) caps++;
    }
    shouting[k] = words >= 3 && caps * 10 >= words * 6 ? 1 : 0;
  }
  const folded: Array<string | undefined> = new Array(n);

  function allCapsAt(i: number): boolean {
    if (kinds[i] !== TokenKind.Word) return false;
    let letters = 0;
    for (let p = starts[i]; p < ends[i]; p++) {
      const c = text.charCodeAt(p);
      if (isLowerCode(c)) return false;
      if (isUpperCode(c)) letters++;
    }
    return letters >= 2;
  }

  return {
    text,
    tokens,
    n,
    sentences,
    sentenceOf,
    shouting,
    raw: (i) => text.slice(starts[i], ends[i]),
    fold(i) {
      let f = folded[i];
      if (f === undefined) {
        f = foldAt(text, starts[i], ends[i]);
        folded[i] = f;
      }
      return f;
    },
    cap: (i) => kinds[i] === TokenKind.Word && isUpperCode(text.charCodeAt(starts[i])),
    allCaps: allCapsAt,
    word: (i) => kinds[i] === TokenKind.Word,
    start: (i) => starts[i],
    end: (i) => ends[i],
  };
}
