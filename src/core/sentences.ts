/**
 * Sentence boundaries over {@link Tokens}.
 *
 * A sentence ends at a line break, or after `.`, `!`, `?`, `…` (plus any closing quotes or brackets)
 * when the next token does not start in lower case. Titles and honorifics ("Mr.", "Gen.") and
 * initials ("J.") never end a sentence; dotted abbreviations that can close one ("U.S.", "Inc.",
 * "a.m.") end it only when a typical sentence opener follows ("... in the U.S. The talks ...").
 * Linear time; never throws.
 */
import { tokenize, type Tokens } from './tokenize';
import { foldAt } from './doc/fold-cache';

/** Sentences as token index ranges: sentence `k` covers tokens `first[k]` to `last[k]` inclusive. */
export interface SentenceRanges {
  count: number;
  first: Int32Array;
  last: Int32Array;
}

/** Dotted abbreviations that may also close a sentence. */
const MAY_CLOSE: ReadonlySet<string> = new Set([
  'u.s.', 'u.k.', 'u.n.', 'e.u.', 'u.s.a.', 'inc.', 'corp.', 'co.', 'ltd.', 'plc.', 'llc.', 'bros.',
  'etc.', 'a.m.', 'p.m.', 'jr.', 'sr.', 'no.', 'st.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.',
  'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
]);

/** Words that typically open a sentence (used after "U.S." and similar). */
const OPENERS: ReadonlySet<string> = new Set(
  (
    'the a an he she it they we i you but and in on at this that these those there his her their its our ' +
    'my your if when while after before as for however meanwhile mr mrs ms dr no yes so some many most ' +
    'one two three what why how who where officials police according during since although though'
  ).split(' '),
);

/** Closing marks that stay in the sentence after a terminal mark. */
function isCloser(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 41 || code === 93 || code === 125 || code === 0x201d ||
    code === 0x2019 || code === 0xbb || code === 0x203a
  );
}

function isTerminal(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  if (c === 33 || c === 63 || c === 0x2026 || c === 0x203c || c === 0x2047 || c === 0x2049) return true;
  if (c === 46) return true; // "." or "..."
  return e - s === 1 && (c === 0x3002 || c === 0xff01 || c === 0xff1f);
}

function startsLower(text: string, s: number): boolean {
  const c = text.charCodeAt(s);
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  const ch = text[s];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function startsUpperOrDigit(text: string, s: number): boolean {
  const c = text.charCodeAt(s);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 0xc0) return false;
  const ch = text[s];
  return ch !== ch.toLowerCase();
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** True when `text[s, e)` is all ASCII (its `toLowerCase()` is then its interned fold, see {@link foldAt}). */
function isAscii(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (text.charCodeAt(k) > 127) return false;
  return true;
}

/** `text.slice(s, e).toLowerCase()`, without a new string for ASCII words (the fold cache's shared copy). */
function lowerAt(text: string, s: number, e: number): string {
  return isAscii(text, s, e) ? foldAt(text, s, e) : text.slice(s, e).toLowerCase();
}

/** Does a dotted word token (ending in ".") end the sentence before token `next`? */
function dottedWordCloses(text: string, tokens: Tokens, i: number, next: number): boolean {
  const s = tokens.starts[i];
  const e = tokens.ends[i];
  if (e - s > 6) return false;
  if (!MAY_CLOSE.has(lowerAt(text, s, e))) return false;
  const ns = tokens.starts[next];
  if (!startsUpperOrDigit(text, ns)) return false;
  let ne = tokens.ends[next];
  // The next word without one final period ("Mr." → "mr"); only a lower-cased "." can be that period.
  if (isAscii(text, ns, ne)) return OPENERS.has(foldAt(text, ns, text.charCodeAt(ne - 1) === 46 ? --ne : ne));
  return OPENERS.has(text.slice(ns, ne).toLowerCase().replace(/\.$/, ''));
}

/** True when token `i` is the "." of "v." (a one-letter "v" right before it, a capitalised word before that). */
function versusPeriod(text: string, tokens: Tokens, i: number): boolean {
  if (i < 2 || tokens.ends[i] - tokens.starts[i] !== 1 || text.charCodeAt(tokens.starts[i]) !== 46) return false;
  const v = i - 1;
  return tokens.starts[v] + 1 === tokens.ends[v] && tokens.ends[v] === tokens.starts[i] && text.charCodeAt(tokens.starts[v]) === 118 && startsUpperOrDigit(text, tokens.starts[v - 1]) && !startsLower(text, tokens.starts[i + 1] ?? 0);
}

/** A stock code of capitals or digits, a period and an exchange's letters, in brackets: "(NVDA.O)", "(7203.T)". */
const TICKER = /^\([A-Z0-9]{1,6}\.[A-Z]{1,3}\)$/;

/** True when token `i` is the "." inside a bracketed stock code ("Nvidia Corp (NVDA.O) rose"). */
function tickerPeriod(text: string, tokens: Tokens, i: number): boolean {
  // Cheap tests first (this runs at every full stop): the period is glued to the words either side.
  if (i < 2 || i + 2 >= tokens.count || tokens.ends[i] !== tokens.starts[i + 1] || tokens.ends[i - 1] !== tokens.starts[i]) return false;
  const open = tokens.starts[i - 2];
  const close = tokens.ends[i + 2];
  return close - open <= 13 && TICKER.test(text.slice(open, close));
}

/**
 * Finds sentence boundaries.
 * @param text - the analysed text.
 * @param tokens - its tokens (from {@link tokenize}).
 * @returns token index ranges, in order, covering every token exactly once.
 */
export function sentenceRanges(text: string, tokens: Tokens): SentenceRanges {
  const n = tokens.count;
  let cap = 16;
  let first = new Int32Array(cap);
  let last = new Int32Array(cap);
  let count = 0;
  const push = (a: number, b: number): void => {
    if (count === cap) {
      cap *= 2;
      const f = new Int32Array(cap);
      f.set(first);
      first = f;
      const l = new Int32Array(cap);
      l.set(last);
      last = l;
    }
    first[count] = a;
    last[count] = b;
    count++;
  };
  const { starts, ends } = tokens;
  let begin = 0;
  for (let i = 0; i < n; i++) {
    if (i + 1 >= n) {
      push(begin, i);
      break;
    }
    const next = i + 1;
    if (hasLineBreak(text, ends[i], starts[next])) {
      push(begin, i);
      begin = next;
      continue;
    }
    const s = starts[i];
    const e = ends[i];
    if (isTerminal(text, s, e)) {
      // "Roe v. Wade", "Brown v. Board of Education": the period of a case name's "v." ends no sentence.
      if (versusPeriod(text, tokens, i) || tickerPeriod(text, tokens, i)) continue;
      // Keep closing quotes/brackets that follow directly.
      let j = i;
      while (j + 1 < n && ends[j] === starts[j + 1] && isCloser(text.charCodeAt(starts[j + 1])) && ends[j + 1] - starts[j + 1] === 1) {
        j++;
      }
      if (j + 1 >= n) continue; // loop will close at the end
      if (hasLineBreak(text, ends[j], starts[j + 1]) || !startsLower(text, starts[j + 1])) {
        push(begin, j);
        begin = j + 1;
        i = j;
      }
      continue;
    }
    if (e - s > 2 && text.charCodeAt(e - 1) === 46 && dottedWordCloses(text, tokens, i, next)) {
      push(begin, i);
      begin = next;
    }
  }
  return new Sentences(count, first, last);
}

/** The {@link SentenceRanges} of {@link sentenceRanges}: a class, not an object literal (see `TokenList` in ../tokenize). */
class Sentences implements SentenceRanges {
  constructor(
    readonly count: number,
    readonly first: Int32Array,
    readonly last: Int32Array,
  ) {}
}

/**
 * Sentence spans as `[start, end)` character offsets (the analysis's `sentences` field).
 * @param text - the analysed text.
 * @param tokens - its tokens; computed when omitted.
 */
export function splitSentences(text: string, tokens: Tokens = tokenize(text)): Array<[number, number]> {
  const r = sentenceRanges(text, tokens);
  const out: Array<[number, number]> = new Array(r.count);
  for (let k = 0; k < r.count; k++) out[k] = [tokens.starts[r.first[k]], tokens.ends[r.last[k]]];
  return out;
}
