/**
 * Small text helpers of the store: name keys, search words, URL identity, text hashing, sentence lookup.
 * Pure functions, no Dexie.
 */

/** Courtesy titles and abbreviations that may precede a name in a mention ("Mr. Hwang"). */
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'madam', 'mme', 'mlle', 'm',
  'gen', 'col', 'lt', 'capt', 'sgt', 'adm', 'sen', 'rep', 'gov', 'pres', 'rev', 'fr', 'hon', 'st',
]);

/** Words too common to index for search. */
const STOPWORDS = new Set(['the', 'of', 'to', 'and', 'for', 'in', 'on', 'at', 'a', 'an', 'de', 'la', 'le', 'von', 'van']);

/** Lowercase, strip diacritics, unify apostrophes and dashes. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
}

/**
 * The key under which a name is matched: folded, possessive and leading courtesy titles removed, punctuation
 * other than inner hyphens and apostrophes dropped. "Mr. Hwang's" → "hwang".
 */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = computeNameKey(name);
    // An ingest asks for the keys of the same few hundred names over and over (every alias of every entity,
    // at each comparison); the memo is bounded, and emptied when full.
    if (nameKeys.size >= NAME_KEY_MEMO) nameKeys.clear();
    if (name.length <= 200) nameKeys.set(name, key);
  }
  return key;
}

/** Most names whose keys {@link nameKey} remembers. */
const NAME_KEY_MEMO = 20_000;
const nameKeys = new Map<string, string>();

function computeNameKey(name: string): string {
  const words = fold(name)
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .split(/\s+/)
    .map((w) => trimJoiners(w))
    .filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0])) words.shift();
  return joinInitials(words.join(' '));
}

/**
 * Runs of single-letter words of a key become one word, so initials written with or without periods and spaces
 * are one name: "j d vance" (from "J.D. Vance" or "J. D. Vance") → "jd vance", the key of "JD Vance". A lone
 * initial stays ("john f kennedy", "malcolm x"). Also turns keys stored before store version 4 into today's.
 */
export function joinInitials(key: string): string {
  if (!/(?:^| )\p{L} \p{L}(?: |$)/u.test(key)) return key;
  const out: string[] = [];
  let run = '';
  for (const w of key.split(' ')) {
    if (w.length === 1 && /\p{L}/u.test(w)) {
      run += w;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(w);
  }
  if (run) out.push(run);
  return out.join(' ');
}

const JOINERS = new Set(["'", '-']);

/**
 * A word without leading and trailing hyphens/apostrophes. A loop, not `/^[-']+|[-']+$/`, which is quadratic
 * on a long run of them inside a word (ReDoS: 30 s for 80,000 hyphens, see tests/unit/trust).
 */
function trimJoiners(w: string): string {
  let start = 0;
  let end = w.length;
  while (start < end && JOINERS.has(w[start])) start++;
  while (end > start && JOINERS.has(w[end - 1])) end--;
  return w.slice(start, end);
}

/** `s` without trailing `ch` characters (linear, unlike `/ch+$/`). */
function trimEnd(s: string, ch: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === ch) end--;
  return s.slice(0, end);
}

/** Search words of a text: folded words of two or more characters, without stop words, deduplicated. */
export function searchWords(text: string): string[] {
  const out = new Set<string>();
  for (const w of fold(text).split(/[^\p{L}\p{N}'-]+/u)) {
    const t = trimJoiners(w).replace(/'s$/, '');
    if (t.length >= 2 && !STOPWORDS.has(t)) out.add(t);
  }
  return [...out];
}

/** Words indexed for a note (at most 200, so a long note does not bloat the index). */
export function noteWords(body: string): string[] {
  return searchWords(body).slice(0, 200);
}

/** Adds `value` to `list` when no entry has the same key; returns whether it was added. */
export function addUnique(list: string[], value: string, key: (s: string) => string = (s) => s): boolean {
  const k = key(value);
  if (list.some((x) => key(x) === k)) return false;
  list.push(value);
  return true;
}

/** Tracking parameters dropped from URLs before they identify an article. */
const TRACKING = /^(utm_|fbclid$|gclid$|mc_|ref$|ref_src$|cmpid$|ocid$|smid$)/;

/**
 * The identity of an article URL: lowercase scheme and host, no `www.`, no fragment, no tracking parameters,
 * no trailing slash. Falls back to the trimmed string when it does not parse.
 */
export function urlKey(url: string): string {
  try {
    const u = new URL(url.trim());
    const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k.toLowerCase()));
    params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const query = params.length ? '?' + new URLSearchParams(params).toString() : '';
    const host = u.host.toLowerCase().replace(/^www\./, '');
    const path = trimEnd(u.pathname, '/');
    return `${u.protocol}//${host}${path}${query}`;
  } catch {
    return url.trim();
  }
}

/** 64-bit FNV-1a style hash of a text as 16 hex digits (two 32-bit lanes with different offsets). */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** ISO 8601 form of a date string, or undefined when it does not parse. */
export function isoDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** Shortens a sentence for storage: collapsed whitespace, at most `max` characters with an ellipsis. */
export function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : t.slice(0, max - 1).trimEnd() + '…';
}

/**
 * The sentence of `text` around offset `at`: from `sentences` (engine boundaries, sorted) when given, else the
 * text between the surrounding sentence ends.
 */
export function sentenceAt(text: string, at: number, sentences?: Array<[number, number]>): string {
  if (sentences && sentences.length) {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid][0] <= at) lo = mid;
      else hi = mid - 1;
    }
    const [s, e] = sentences[lo];
    if (s <= at && at < e) return text.slice(s, e);
  }
  const before = text.slice(Math.max(0, at - 300), at);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const start = cut >= 0 ? at - before.length + cut + 1 : Math.max(0, at - 300);
  const after = text.slice(at, at + 300);
  const m = /[.!?](\s|$)|\n/.exec(after);
  const end = m ? at + m.index + 1 : at + after.length;
  return text.slice(start, end);
}

/** Whether two role descriptions share a meaningful word ("Deputy Ambassador" and "Ambassador" do). */
export function shareWord(a: string, b: string): boolean {
  const wa = new Set(searchWords(a));
  return searchWords(b).some((w) => wa.has(w));
}
