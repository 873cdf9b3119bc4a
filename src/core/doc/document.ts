/**
 * A tokenized document with per-token helpers shared by every step of the document layer:
 * folded (lower-cased, accent-free) token texts computed on demand, capitalisation tests, sentence
 * index per token and ALL-CAPS (headline) sentences.
 */
import { tokenize, TokenKind, type Tokens } from '../tokenize';
import { sentenceRanges, type SentenceRanges } from '../sentences';
import { foldAt, lastFoldSlot, slotRecords, slotTagAt } from './fold-cache';
import { classesOf } from './word-classes';
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
  /** True when the folded text of token `i` is in the word class `cls` (a bit from `wordClass`, see ./word-classes). */
  is(i: number, cls: number): boolean;
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

/** True when a line break stands between token `t - 1` and token `t` (`t` in 1…n-1). */
export function lineBreakBefore(doc: Doc, t: number): boolean {
  for (let k = doc.end(t - 1), e = doc.start(t); k < e; k++) if (doc.text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * Tokenizes `text` and prepares the helpers.
 * @param tokens - reuse tokens computed elsewhere (the tagger's), when available.
 */
export function makeDoc(text: string, tokens: Tokens = tokenize(text)): Doc {
  const n = tokens.count;
  const kinds = tokens.kinds;
  const sentences = sentenceRanges(text, tokens);
  const sentenceOf = new Int32Array(n);
  const shouting = new Uint8Array(sentences.count);
  // Case facts per token, read once here: every rule step asks cap()/allCaps() many times per token.
  const caseOf = new Uint8Array(n);
  for (let i = 0; i < n; i++) caseOf[i] = kinds[i] === TokenKind.Word ? caseFlags(text, tokens.starts[i], tokens.ends[i]) : 0;
  for (let k = 0; k < sentences.count; k++) {
    let words = 0;
    let caps = 0;
    for (let i = sentences.first[k]; i <= sentences.last[k]; i++) {
      sentenceOf[i] = k;
      if (kinds[i] !== TokenKind.Word) continue;
      words++;
      if ((caseOf[i] & ALL_CAPS) !== 0) caps++;
    }
    shouting[k] = words >= 3 && caps * 10 >= words * 6 ? 1 : 0;
  }
  return new TokenDoc(text, tokens, sentences, sentenceOf, shouting, caseOf);
}

/**
 * The {@link Doc} of {@link makeDoc}. Its helpers are methods of one class, not closures made per document:
 * optimised rule code that inlined `fold`/`cap` for one document stays valid for the next (a new closure
 * per document is a new call target, which throws the optimised code away and compiles it again).
 */
class TokenDoc implements Doc {
  readonly n: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly kinds: Uint8Array;
  /**
   * Folded texts of all tokens, computed in one loop when the document is made: the rule passes fold every token
   * anyway (108,168 folds for 107,859 tokens per pass over the ner corpora), and `fold` is then an array read.
   */
  private readonly folded: string[];
  /**
   * Word-class bits of the folded texts (`classesOf`): from the fold table's tag of the word, computed once per
   * word the table holds, or on the token's first `is` test when the table does not hold its word; 0 until then.
   */
  private readonly classes: Int32Array;

  constructor(
    readonly text: string,
    readonly tokens: Tokens,
    readonly sentences: SentenceRanges,
    readonly sentenceOf: Int32Array,
    readonly shouting: Uint8Array,
    /** {@link caseFlags} per token (0 for non-words). */
    private readonly caseOf: Uint8Array,
  ) {
    this.n = tokens.count;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
    this.kinds = tokens.kinds;
    const folded: string[] = [];
    const classes = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) {
      const f = foldAt(text, this.starts[i], this.ends[i]);
      folded.push(f);
      const slot = lastFoldSlot();
      if (slot >= 0) {
        const at = slotTagAt(slot);
        let bits = slotRecords[at];
        if (bits === 0) slotRecords[at] = bits = classesOf(f);
        classes[i] = bits;
      }
    }
    this.folded = folded;
    this.classes = classes;
  }

  raw(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  fold(i: number): string {
    const f = this.folded[i];
    // Outside the tokens (no rule should ask): read as the lazy fold of earlier versions did.
    return f !== undefined ? f : foldAt(this.text, this.starts[i], this.ends[i]);
  }

  is(i: number, cls: number): boolean {
    let bits = this.classes[i];
    // Not kept (a long or non-ASCII token, or the fold table's warm-up): the token's own bits, once.
    if (bits === 0) this.classes[i] = bits = classesOf(this.folded[i]);
    return (bits & cls) !== 0;
  }

  cap(i: number): boolean {
    return (this.caseOf[i] & CAPITALISED) !== 0;
  }

  allCaps(i: number): boolean {
    return (this.caseOf[i] & ALL_CAPS) !== 0;
  }

  word(i: number): boolean {
    return this.kinds[i] === TokenKind.Word;
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }
}

/** Bit of {@link caseFlags}: the word starts with an upper-case letter. */
const CAPITALISED = 1;
/** Bit of {@link caseFlags}: the word has two or more letters, all upper case. */
const ALL_CAPS = 2;

/**
 * True when the word at `[start, end)` opens with a lower-case Arabic article and a hyphen before a capital
 * ("al-Karim", "el-Sisi", "ash-Sharq"): the name is capitalised after its article, as in "al-Qaeda".
 */
function articleCapital(text: string, start: number, end: number): boolean {
  if (end - start < 4 || text.charCodeAt(start) !== 97 && text.charCodeAt(start) !== 101) return false; // "a…", "e…"
  const dash = text.charCodeAt(start + 2) === 45 ? start + 2 : text.charCodeAt(start + 3) === 45 ? start + 3 : -1;
  if (dash < 0 || dash + 1 >= end || !isUpperCode(text.charCodeAt(dash + 1))) return false;
  return ARABIC_ARTICLES.has(text.slice(start, dash));
}

/** The Arabic article as news writes it before a name ("al-", "el-", and its assimilated forms). */
const ARABIC_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'at', 'az', 'ash', 'ath', 'adh']);

/** {@link CAPITALISED} and {@link ALL_CAPS} bits of the word at `[start, end)`. */
function caseFlags(text: string, start: number, end: number): number {
  let out = isUpperCode(text.charCodeAt(start)) || articleCapital(text, start, end) ? CAPITALISED : 0;
  let letters = 0;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (isLowerCode(c)) return out;
    if (isUpperCode(c)) letters++;
  }
  if (letters >= 2) out |= ALL_CAPS;
  return out;
}
