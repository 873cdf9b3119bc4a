/**
 * A fast, allocation-light tokenizer over UTF-16 char codes.
 *
 * Tokens are words (letters/digits, with internal hyphens and apostrophes: "Joon-kook", "O'Brien"),
 * numbers ("1,000", "3.5", "1996-08-22"), dotted abbreviations ("U.S.", "Mr.", initials "J."),
 * and punctuation (one token per mark; runs of the same mark such as "--" or "..." are one token).
 * A trailing possessive is its own token ("Prosecutor’s" → "Prosecutor", "’s"), as is "n't"
 * ("don't" → "do", "n't"), which matches the CoNLL tokenisation the tagger was trained on.
 * Offsets are UTF-16 code-unit indices into the input, `end` exclusive.
 */
import { lowerDiffers } from './tokenize-case';

/** Coarse token kinds, stored in {@link Tokens.kinds}. */
export const TokenKind = {
  /** Contains at least one letter. */
  Word: 1,
  /** Digits, possibly with separators, and no letters. */
  Number: 2,
  /** Punctuation, symbols, emoji, lone surrogates. */
  Punct: 3,
} as const;

/** Tokens as a struct of arrays: token `i` is `text.slice(starts[i], ends[i])`. */
export interface Tokens {
  /** Number of tokens; the typed arrays may be longer. */
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** {@link TokenKind} per token. */
  kinds: Uint8Array;
}

/** Abbreviations that keep their final period as part of the token ("Mr.", "Gen.", "Inc."). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt cpt maj adm cmdr gov sen rep rev hon st jr sr messrs mme ' +
    'brig cpl pvt pfc spc cdr det insp supt amb msgr ' +
    'inc corp co ltd bros plc llc dept univ assn ave blvd rd mt ft no nos vs etc approx est fig ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'a.m p.m e.g i.e u.s u.k u.n e.u'
  ).split(' '),
);

/** True for the char codes that form words: letters, digits, combining marks, most non-ASCII letters. */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // general punctuation, arrows, maths, symbols
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates (emoji and astral symbols)
  if (c >= 0xe000 && c <= 0xf8ff) return false; // private use
  if (c >= 0xfe00 && c <= 0xfe0f) return true; // variation selectors stay attached
  if (c >= 0xfe10 && c <= 0xfe6f) return false; // vertical forms, small forms
  if (c === 0xfeff || (c >= 0xff00 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20)) return false;
  if (c >= 0xfff0) return false;
  return true;
}

/** True for letters (word codes that are not ASCII digits). */
function isLetterCode(c: number): boolean {
  return isWordCode(c) && !(c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for whitespace, including no-break and zero-width spaces. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Apostrophe-like codes: ' ’ ‘ ʼ. */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc;
}

/** Hyphen-like codes joining words: - ‐ ‑. */
function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * The growing arrays of {@link tokenize}: one class for every document, so the code that pushes tokens
 * (`scanWord`) calls one method, not a closure made anew for each document.
 */
class TokenSink {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;

  constructor(private cap: number) {
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
    this.kinds = new Uint8Array(cap);
  }

  /** Appends token `[s, e)` of kind `k`, doubling the arrays when full. */
  push(s: number, e: number, k: number): void {
    if (this.count === this.cap) {
      this.cap *= 2;
      const ns = new Int32Array(this.cap);
      ns.set(this.starts);
      this.starts = ns;
      const ne = new Int32Array(this.cap);
      ne.set(this.ends);
      this.ends = ne;
      const nk = new Uint8Array(this.cap);
      nk.set(this.kinds);
      this.kinds = nk;
    }
    this.starts[this.count] = s;
    this.ends[this.count] = e;
    this.kinds[this.count] = k;
    this.count++;
  }
}

/** A sink that stays alive for its hidden class, so a full GC between documents does not drop it (see `INT_BITS_SHAPE`). */
export const TOKEN_SINK_SHAPE: object = new TokenSink(0);

/**
 * Splits `text` into tokens. Linear time; never throws.
 * @param text - any string (lone surrogates and control characters are fine).
 * @returns the tokens as typed arrays (see {@link Tokens}).
 */
export function tokenize(text: string): Tokens {
  const n = text.length;
  const out = new TokenSink(Math.max(16, (n >> 2) + 16));
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (isWordCode(c)) {
      i = scanWord(text, i, n, out);
      continue;
    }
    // Punctuation: surrogate pairs are one token; runs of the same mark are one token.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(i, i + 2, TokenKind.Punct);
        i += 2;
        continue;
      }
    }
    // A detached clitic ("Germany 's", "we 're"), as in pre-tokenised text.
    if (isApostrophe(c) && i > 0 && i + 1 < n) {
      const e = cliticEnd(text, i + 1, n);
      if (e > 0) {
        out.push(i, e, TokenKind.Word);
        i = e;
        continue;
      }
    }
    let j = i + 1;
    if (c === 46 || c === 45 || c === 0x60 || c === 39 || c === 33 || c === 63 || c === 42 || c === 61 || c === 95) {
      while (j < n && text.charCodeAt(j) === c) j++;
    }
    out.push(i, j, TokenKind.Punct);
    i = j;
  }
  return new TokenList(out.count, out.starts, out.ends, out.kinds);
}

/**
 * The {@link Tokens} of {@link tokenize}: a class, not an object literal. V8 gives every literal with the same
 * number of properties one shared root map, so an unrelated library building `{ count, ... }` objects in the same
 * isolate (compromise, in `npm run bench`) changed the field types our optimised code relied on and threw that code
 * away (tokenize, sentenceRanges, makeDoc, prepareDocument, gazetteerCodes: "code dependencies" deopts).
 */
class TokenList implements Tokens {
  constructor(
    readonly count: number,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly kinds: Uint8Array,
  ) {}
}

/** Caption labels that pages glue to the name after them ("CreditChang W. Lee": a hidden label, then the credit). */
const CAPTION_LABELS = ['Credit', 'Photo'];
/** The same labels folded, as `Doc.fold` gives them. */
export const CAPTION_LABEL_WORDS: ReadonlySet<string> = new Set(CAPTION_LABELS.map((l) => l.toLowerCase()));

/** Length of a caption label at `s` glued to a capitalised word ("Credit" in "CreditJane Roe"), or 0. */
function gluedCaptionWord(text: string, s: number, n: number): number {
  const c = text.charCodeAt(s);
  if (c !== 67 && c !== 80) return 0; // C, P
  for (const label of CAPTION_LABELS) {
    const e = s + label.length;
    if (e + 1 < n && text.startsWith(label, s) && isUpperish(text.charCodeAt(e)) && !isUpperish(text.charCodeAt(e + 1)) && isLetterCode(text.charCodeAt(e + 1))) return label.length;
  }
  return 0;
}

/** Scans one word or number starting at `s`, pushing one or two tokens; returns the next index. */
function scanWord(text: string, s: number, n: number, out: TokenSink): number {
  const glued = gluedCaptionWord(text, s, n);
  if (glued > 0) {
    out.push(s, s + glued, TokenKind.Word);
    return s + glued;
  }
  let j = s;
  let hasLetter = false;
  for (;;) {
    while (j < n && isWordCode(text.charCodeAt(j))) {
      if (!hasLetter && !isDigit(text.charCodeAt(j))) hasLetter = true;
      j++;
    }
    if (j + 1 >= n) break;
    const c = text.charCodeAt(j);
    const d = text.charCodeAt(j + 1);
    if (isHyphen(c) && isWordCode(d)) {
      j++;
      continue;
    }
    if (isApostrophe(c) && isLetterCode(d)) {
      // possessive 's / n't split off; O'Brien, rock'n'roll stay whole.
      const e = text.charCodeAt(j + 2);
      const afterIsWord = j + 2 < n && isWordCode(e);
      if ((d === 115 || d === 83) && !afterIsWord) break; // 's
      if (
        (lowerAscii(d) === 116) &&
        !afterIsWord &&
        j - 1 > s &&
        lowerAscii(text.charCodeAt(j - 1)) === 110 // n't
      ) {
        out.push(s, j - 1, TokenKind.Word);
        out.push(j - 1, j + 2, TokenKind.Word);
        return j + 2;
      }
      if (!hasLetter) break;
      j++;
      continue;
    }
    if (!hasLetter && isDigit(text.charCodeAt(j - 1)) && isDigit(d) && (c === 44 || c === 46 || c === 58 || c === 47)) {
      // 1,000  3.5  10:30  1/2
      j++;
      continue;
    }
    break;
  }
  // Possessive "'s" as its own token.
  if (j + 1 < n && isApostrophe(text.charCodeAt(j)) && (text.charCodeAt(j + 1) | 32) === 115 && !(j + 2 < n && isWordCode(text.charCodeAt(j + 2)))) {
    out.push(s, j, hasLetter ? TokenKind.Word : TokenKind.Number);
    out.push(j, j + 2, TokenKind.Word);
    return j + 2;
  }
  // Dotted forms: "U.S.", "a.m.", initials "J.", listed abbreviations "Mr.".
  if (j < n && text.charCodeAt(j) === 46 && hasLetter) {
    const len = j - s;
    let k = j;
    // acronym chain: (letter .)+
    if (len === 1) {
      while (k + 2 < n && isLetterCode(text.charCodeAt(k + 1)) && text.charCodeAt(k + 2) === 46) {
        k += 2;
      }
      if (k > j) {
        // k is the index of the chain's last period, so the token is complete even at the end of text.
        out.push(s, k + 1, TokenKind.Word);
        return k + 1;
      }
      if (isUpperish(text.charCodeAt(s)) || k > j) {
        // initial "J." (not the end of a sentence ending in a lowercase one-letter word).
        out.push(s, j + 1, TokenKind.Word);
        return j + 1;
      }
    } else if (len <= 5 && !(j + 1 < n && text.charCodeAt(j + 1) === 46) && ABBREVIATIONS.has(text.slice(s, j).toLowerCase())) {
      out.push(s, j + 1, TokenKind.Word);
      return j + 1;
    }
  }
  out.push(s, j, hasLetter ? TokenKind.Word : TokenKind.Number);
  return j;
}

/** End of a clitic ('s 're 've 'll 'd 'm) starting at `k` (after the apostrophe), or -1. */
function cliticEnd(text: string, k: number, n: number): number {
  const a = text.charCodeAt(k) | 32;
  let e = -1;
  if (a === 115 || a === 100 || a === 109) e = k + 1; // s d m
  else if (k + 1 < n) {
    const b = text.charCodeAt(k + 1) | 32;
    if ((a === 114 && b === 101) || (a === 118 && b === 101) || (a === 108 && b === 108)) e = k + 2; // re ve ll
  }
  if (e < 0 || (e < n && isWordCode(text.charCodeAt(e)))) return -1;
  return e;
}

function isUpperish(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  return lowerDiffers(c);
}

/** The text of token `i`. */
export function tokenText(text: string, tokens: Tokens, i: number): string {
  return text.slice(tokens.starts[i], tokens.ends[i]);
}
