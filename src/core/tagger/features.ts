/**
 * Feature extraction for the tagger. Everything is hashed to 32-bit integer keys with no per-token
 * allocation: a document is first summarised in typed arrays ({@link prepareDocument}), then each
 * token's features are written into a caller-owned Int32Array ({@link staticFeatures}). Training and inference share this module, so keys always agree.
 */
import { TokenKind, type Tokens } from '../tokenize';
import type { SentenceRanges } from '../sentences';
import { FNV_SEED, fnvStep, hashString, mix } from './hash';
import { gazetteerCodes, type TokenFolds } from './gazetteer-features';
import { IntBits } from './int-bits';
import { lowerSingleCode, upperSingleDiffers } from '../tokenize-case';

/** Case classes of a token. */
export const CaseClass = { Other: 0, Lower: 1, Title: 2, Upper: 3, Mixed: 4, Digit: 5, Punct: 6 } as const;

/** Bits of {@link DocFeatures.position}. */
export const Position = { First: 1, Last: 2, CapsSentence: 4 } as const;

/** Bits of {@link DocFeatures.docCase}: how the same word is written elsewhere in the document. */
export const DocCase = { TitleInside: 1, Lower: 2, Upper: 4 } as const;

/** Per-token summaries of one document. */
export interface DocFeatures {
  text: string;
  tokens: Tokens;
  /** Token count. */
  n: number;
  /** Hash of the normalised lower-cased word (digits folded to 0). */
  low: Int32Array;
  /** Hash of the normalised word as written. */
  word: Int32Array;
  /** Hash of the short word shape ("Xx-x", "X.X.", "d-d-d"). */
  shape: Int32Array;
  /** {@link CaseClass} per token. */
  cls: Uint8Array;
  /** {@link Position} bits per token. */
  position: Uint8Array;
  /** {@link DocCase} bits per token (for its lower-cased word). */
  docCase: Uint8Array;
  /** Sentence index per token. */
  sentence: Int32Array;
  /** Gazetteer membership code per token (see `gazetteerCodes`), 0 when none. */
  gaz: Uint16Array;
  /** {@link NameClass} bits per token (given name, family name). */
  names: Uint8Array;
  /**
   * 1 for tokens that are certainly outside any name and are not scored: lower-case words and
   * punctuation (except `&`) in a normal sentence whose neighbours are not capitalised either
   * (about half the tokens of running text). Names are capitalised; the few lower-case words inside
   * names ("of" in "Bank of America") always touch a capitalised word.
   */
  skip: Uint8Array;
}

/** Bits of {@link DocFeatures.names}. */
export const NameClass = { Given: 1, Family: 2 } as const;

/** Given and family names, keyed by {@link lowHash} of the lower-cased name, valued by {@link NameClass} bits. */
export interface NameLexicon {
  /** The {@link NameClass} bits of a word hash, or undefined. */
  get(hash: number): number | undefined;
  /** Number of words. */
  readonly size: number;
}

/**
 * The lower-cased word hash used for {@link DocFeatures.low} (digits folded to 0, typographic
 * quotes normalised, at most 40 code units), for building lexicons that match it.
 */
export function lowHash(word: string): number {
  let h = FNV_SEED;
  const e = Math.min(word.length, 40);
  for (let k = 0; k < e; k++) {
    const lc = lowerCode(normCode(word.charCodeAt(k)));
    h = fnvStep(h, lc >= 48 && lc <= 57 ? 48 : lc);
  }
  return h;
}

/** Upper bound on the number of keys {@link staticFeatures} writes. */
export const MAX_FEATURES = 48;

const BOS = hashString('<s>');
const EOS = hashString('</s>');

/** Normalises typographic variants: curly quotes/apostrophes, dashes. */
function normCode(c: number): number {
  if (c < 128) return c;
  if (c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x60 || c === 0xb4) return 39;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) return 34;
  if (c >= 0x2010 && c <= 0x2015) return 45;
  return c;
}

/** Lower-cases one char code (one-code-unit mappings only; ASCII inline, as this runs per character). */
function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return lowerSingleCode(c);
}

function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return lowerSingleCode(c) !== c;
}

function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return lowerSingleCode(c) === c && upperSingleDiffers(c);
}

function shapeClass(c: number): number {
  if (c >= 48 && c <= 57) return 100; // d
  if (isUpperCode(c)) return 88; // X
  if (c >= 97 && c <= 122) return 120; // x
  if (c >= 128 && isLowerCode(c)) return 120;
  if (c >= 0xc0 && c < 0x2000) return 120; // other letters (scripts without case)
  return normCode(c);
}

/**
 * Summarises a document for feature extraction. Linear in the token count.
 * @param text - the analysed text.
 * @param tokens - its tokens.
 * @param sentences - its sentences.
 * @param lexicon - given/family names (the model's own lexicon), if any.
 * @param folds - the folded texts of the tokens (`foldToken` of each text), when the caller has them cached.
 */
export function prepareDocument(
  text: string,
  tokens: Tokens,
  sentences: SentenceRanges,
  lexicon?: NameLexicon,
  folds?: TokenFolds,
): DocFeatures {
  const n = tokens.count;
  const low = new Int32Array(n);
  const word = new Int32Array(n);
  const shape = new Int32Array(n);
  const cls = new Uint8Array(n);
  const position = new Uint8Array(n);
  const docCase = new Uint8Array(n);
  const sentence = new Int32Array(n);
  const { starts, ends, kinds } = tokens;
  // FNV_SEED as a literal: imported, it is a boxed number (outside the small-integer range) whose type the
  // optimising compiler does not know; with the literal this function runs ~10% faster (alternating microbenchmark).
  const seed = 0x811c9dc5 | 0;
  for (let i = 0; i < n; i++) {
    const s = starts[i];
    const e = Math.min(ends[i], s + 40);
    let hl = seed;
    let hw = seed;
    let hs = seed;
    let lastShape = -1;
    let sameRun = 0;
    let up = 0;
    let lo = 0;
    let dg = 0;
    let firstUpper = false;
    for (let k = s; k < e; k++) {
      const c = text.charCodeAt(k);
      let nc: number;
      let lc: number;
      let sc: number;
      if (c < 128) {
        // normCode, lowerCode and shapeClass of an ASCII code unit, written out: a cold first document runs this
        // loop interpreted, where the calls cost more than the work.
        nc = c;
        lc = c >= 65 && c <= 90 ? c + 32 : c;
        sc = c >= 48 && c <= 57 ? 100 : c >= 65 && c <= 90 ? 88 : c >= 97 && c <= 122 ? 120 : c;
      } else {
        nc = normCode(c);
        lc = lowerCode(nc);
        sc = shapeClass(c);
      }
      hw = fnvStep(hw, nc);
      hl = fnvStep(hl, lc >= 48 && lc <= 57 ? 48 : lc);
      if (sc === 100) dg++;
      else if (sc === 88) {
        up++;
        if (k === s) firstUpper = true;
      } else if (sc === 120) lo++;
      if (sc !== lastShape) {
        hs = fnvStep(hs, sc);
        lastShape = sc;
        sameRun = 1;
      } else if (++sameRun === 4 && sc !== 120 && sc !== 88) {
        hs = fnvStep(hs, 43); // "+" marks long runs of digits/punctuation
      }
    }
    low[i] = hl;
    word[i] = hw;
    shape[i] = hs;
    let c: number;
    if (kinds[i] === TokenKind.Punct) c = CaseClass.Punct;
    else if (up + lo === 0) c = dg > 0 ? CaseClass.Digit : CaseClass.Other;
    else if (lo === 0) c = up > 1 || e - s === 1 ? CaseClass.Upper : CaseClass.Title;
    else if (up === 0) c = CaseClass.Lower;
    else if (firstUpper && up === 1) c = CaseClass.Title;
    else c = firstUpper ? CaseClass.Mixed : CaseClass.Lower;
    cls[i] = c;
  }
  for (let k = 0; k < sentences.count; k++) {
    const a = sentences.first[k];
    const b = sentences.last[k];
    let words = 0;
    let upper = 0;
    for (let i = a; i <= b; i++) {
      sentence[i] = k;
      const c = cls[i];
      if (c === CaseClass.Lower || c === CaseClass.Title || c === CaseClass.Upper || c === CaseClass.Mixed) {
        words++;
        if (c === CaseClass.Upper) upper++;
      }
    }
    const caps = words >= 2 && upper * 10 >= words * 7 ? Position.CapsSentence : 0;
    for (let i = a; i <= b; i++) position[i] = caps;
    position[a] |= Position.First;
    position[b] |= Position.Last;
  }
  // How each word is written elsewhere: title case inside a normal sentence, lower case, all caps.
  const seen = new IntBits(n);
  for (let i = 0; i < n; i++) {
    const c = cls[i];
    let bit = 0;
    if (c === CaseClass.Lower) bit = DocCase.Lower;
    else if (c === CaseClass.Title && (position[i] & (Position.First | Position.CapsSentence)) === 0) bit = DocCase.TitleInside;
    else if (c === CaseClass.Upper && (position[i] & Position.CapsSentence) === 0) bit = DocCase.Upper;
    if (bit !== 0) seen.or(low[i], bit);
  }
  for (let i = 0; i < n; i++) docCase[i] = seen.get(low[i]);
  const capitalised = new Uint8Array(n);
  for (let i = 0; i < n; i++) capitalised[i] = cls[i] === CaseClass.Title || cls[i] === CaseClass.Upper || cls[i] === CaseClass.Mixed ? 1 : 0;
  const gaz = gazetteerCodes(text, tokens, capitalised, sentence, folds);
  const names = new Uint8Array(n);
  if (lexicon && lexicon.size > 0) for (let i = 0; i < n; i++) if (capitalised[i] === 1) names[i] = lexicon.get(low[i]) ?? 0;
  const skip = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = cls[i];
    if ((position[i] & Position.CapsSentence) !== 0) continue;
    if (c !== CaseClass.Lower && !(c === CaseClass.Punct && text.charCodeAt(starts[i]) !== 38)) continue;
    const pc = i > 0 && sentence[i - 1] === sentence[i] ? cls[i - 1] : CaseClass.Lower;
    const nc = i + 1 < n && sentence[i + 1] === sentence[i] ? cls[i + 1] : CaseClass.Lower;
    if ((pc === CaseClass.Lower || pc === CaseClass.Punct) && (nc === CaseClass.Lower || nc === CaseClass.Punct)) skip[i] = 1;
  }
  return { text, tokens, n, low, word, shape, cls, position, docCase, sentence, gaz, names, skip };
}

/** Hash of the lower-cased prefix (len > 0) or suffix (len < 0) of token `i`, `len` code units long. */
function affix(doc: DocFeatures, i: number, len: number): number {
  const s = doc.tokens.starts[i];
  const e = doc.tokens.ends[i];
  let h = 0x811c9dc5 | 0; // FNV_SEED as a literal (see prepareDocument)
  // Each code unit: fnvStep(h, lowerCode(normCode(c))), written out for ASCII (no call): a cold first document
  // computes the affixes of every word it holds interpreted, where the calls cost more than the work.
  if (len > 0) {
    const stop = Math.min(e, s + len);
    for (let k = s; k < stop; k++) {
      const c = doc.text.charCodeAt(k);
      h = Math.imul(h ^ (c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : lowerCode(normCode(c))), 0x01000193);
    }
    if (e - s < len) h = fnvStep(h, 36); // "$": the whole word is shorter than the prefix
  } else {
    const start = Math.max(s, e + len);
    if (e - s < -len) h = fnvStep(h, 94); // "^"
    for (let k = start; k < e; k++) {
      const c = doc.text.charCodeAt(k);
      h = Math.imul(h ^ (c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : lowerCode(normCode(c))), 0x01000193);
    }
  }
  return h;
}

/**
 * Writes all features of token `i` ({@link intrinsicFeatures} then {@link contextFeatures}).
 * @returns the number of keys written at `out[0..]`.
 */
export function staticFeatures(doc: DocFeatures, i: number, out: Int32Array): number {
  const k = intrinsicFeatures(doc, i, out, 0);
  return k + contextFeatures(doc, i, out, k);
}

/**
 * Writes the features of token `i` that depend only on the token's own text (so their summed scores
 * can be cached per word): bias, word, lower-cased word, shape, prefixes, suffixes, length, name class.
 * @returns the number of keys written at `out[offset..]`.
 */
export function intrinsicFeatures(doc: DocFeatures, i: number, out: Int32Array, offset: number): number {
  const c = doc.cls[i];
  const len = doc.tokens.ends[i] - doc.tokens.starts[i];
  let k = offset;
  out[k++] = mix(0, 0, 0);
  out[k++] = mix(1, doc.low[i], 0);
  out[k++] = mix(2, doc.word[i], 0);
  out[k++] = mix(3, doc.shape[i], 0);
  out[k++] = mix(4, affix(doc, i, 1), 0);
  out[k++] = mix(5, affix(doc, i, 2), 0);
  out[k++] = mix(6, affix(doc, i, 3), 0);
  out[k++] = mix(7, affix(doc, i, -1), 0);
  out[k++] = mix(8, affix(doc, i, -2), 0);
  out[k++] = mix(9, affix(doc, i, -3), 0);
  out[k++] = mix(10, affix(doc, i, -4), 0);
  out[k++] = mix(28, len > 6 ? 6 : len, c);
  out[k++] = mix(39, doc.names[i], c);
  return k - offset;
}

const PREV = 1;
const PREV2 = 2;
const NEXT = 4;
const NEXT2 = 8;

/**
 * Which of the two tokens before and after token `i` stand in its sentence, as bits (1 previous, 2 the one
 * before it, 4 next, 8 the one after it): the one reading of sentence edges that {@link contextFeatures} and
 * {@link contextSignature} share.
 */
function neighbours(doc: DocFeatures, i: number): number {
  const sentence = doc.sentence;
  const sent = sentence[i];
  let bits = 0;
  if (i > 0 && sentence[i - 1] === sent) {
    bits |= PREV;
    if (i > 1 && sentence[i - 2] === sent) bits |= PREV2;
  }
  if (i + 1 < doc.n && sentence[i + 1] === sent) {
    bits |= NEXT;
    if (i + 2 < doc.n && sentence[i + 2] === sent) bits |= NEXT2;
  }
  return bits;
}

/** Number of values {@link contextSignature} writes. */
export const CONTEXT_SIGNATURE_LENGTH = 21;

/**
 * Writes every value {@link contextFeatures} reads for token `i` (after its own substitutions at sentence
 * edges), so two tokens with equal signatures get equal context keys.
 * @returns {@link CONTEXT_SIGNATURE_LENGTH} (values written at `out[offset..]`).
 */
export function contextSignature(doc: DocFeatures, i: number, out: Int32Array, offset: number): number {
  const { low, word, shape, cls, docCase, gaz } = doc;
  const near = neighbours(doc, i);
  const hasPrev = (near & PREV) !== 0;
  const hasPrev2 = (near & PREV2) !== 0;
  const hasNext = (near & NEXT) !== 0;
  const hasNext2 = (near & NEXT2) !== 0;
  out[offset] = low[i];
  out[offset + 1] = shape[i];
  out[offset + 2] = cls[i];
  out[offset + 3] = doc.position[i];
  out[offset + 4] = docCase[i];
  out[offset + 5] = gaz[i];
  out[offset + 6] = hasPrev ? low[i - 1] : BOS;
  out[offset + 7] = hasPrev2 ? low[i - 2] : BOS;
  out[offset + 8] = hasNext ? low[i + 1] : EOS;
  out[offset + 9] = hasNext2 ? low[i + 2] : EOS;
  out[offset + 10] = hasPrev ? shape[i - 1] : BOS;
  out[offset + 11] = hasNext ? shape[i + 1] : EOS;
  out[offset + 12] = hasPrev ? cls[i - 1] : 7;
  out[offset + 13] = hasNext ? cls[i + 1] : 7;
  out[offset + 14] = hasPrev ? docCase[i - 1] : 255;
  out[offset + 15] = hasNext ? docCase[i + 1] : 255;
  out[offset + 16] = hasPrev ? word[i - 1] : BOS;
  out[offset + 17] = hasNext ? word[i + 1] : EOS;
  out[offset + 18] = hasPrev ? gaz[i - 1] : 1 << 16;
  out[offset + 19] = hasNext ? gaz[i + 1] : 1 << 16;
  out[offset + 20] = hasNext ? doc.names[i + 1] : 4;
  return CONTEXT_SIGNATURE_LENGTH;
}

/**
 * Writes the features of token `i` that depend on its neighbours, its position and the document.
 * @returns the number of keys written at `out[offset..]`.
 */
export function contextFeatures(doc: DocFeatures, i: number, out: Int32Array, offset: number): number {
  const { low, word, shape, cls, position, docCase } = doc;
  const near = neighbours(doc, i);
  const hasPrev = (near & PREV) !== 0;
  const hasPrev2 = (near & PREV2) !== 0;
  const hasNext = (near & NEXT) !== 0;
  const hasNext2 = (near & NEXT2) !== 0;
  const lw = low[i];
  const sh = shape[i];
  const lp = hasPrev ? low[i - 1] : BOS;
  const lp2 = hasPrev2 ? low[i - 2] : BOS;
  const ln = hasNext ? low[i + 1] : EOS;
  const ln2 = hasNext2 ? low[i + 2] : EOS;
  const sp = hasPrev ? shape[i - 1] : BOS;
  const sn = hasNext ? shape[i + 1] : EOS;
  const cp = hasPrev ? cls[i - 1] : 7;
  const cn = hasNext ? cls[i + 1] : 7;
  const c = cls[i];
  const pos = position[i];
  const caps = pos & Position.CapsSentence;
  let k = offset;
  out[k++] = mix(11, lp, 0);
  out[k++] = mix(12, ln, 0);
  out[k++] = mix(13, lp2, 0);
  out[k++] = mix(14, ln2, 0);
  out[k++] = mix(15, sp, sh);
  out[k++] = mix(16, sh, sn);
  out[k++] = mix(17, lp, lw);
  out[k++] = mix(18, lw, ln);
  out[k++] = mix(19, c, pos & (Position.First | Position.Last));
  out[k++] = mix(20, caps, lw);
  out[k++] = mix(21, caps, sh);
  out[k++] = mix(22, docCase[i], c * 8 + (pos & Position.First) * 2 + (caps ? 1 : 0));
  out[k++] = mix(23, hasPrev ? word[i - 1] : BOS, 0);
  out[k++] = mix(24, hasNext ? word[i + 1] : EOS, 0);
  out[k++] = mix(25, sp, 0);
  out[k++] = mix(26, sn, 0);
  out[k++] = mix(27, cp * 16 + c, cn);
  out[k++] = mix(29, lp, sh);
  out[k++] = mix(30, sh, ln);
  out[k++] = mix(31, lp2, lp);
  out[k++] = mix(32, ln, ln2);
  out[k++] = mix(33, hasPrev ? docCase[i - 1] * 8 + cp : 255, hasNext ? docCase[i + 1] * 8 + cn : 255);
  const g = doc.gaz[i];
  out[k++] = mix(34, g, 0);
  out[k++] = mix(35, g & 3, c * 2 + (g === 0 ? 0 : 1));
  out[k++] = mix(36, g >> 2, caps);
  out[k++] = mix(37, hasPrev ? doc.gaz[i - 1] >> 2 : 1023, hasNext ? doc.gaz[i + 1] >> 2 : 1023);
  out[k++] = mix(38, g === 0 ? 0 : 1, lp);
  out[k++] = mix(45, hasNext ? doc.names[i + 1] : 4, c);
  return k - offset;
}
