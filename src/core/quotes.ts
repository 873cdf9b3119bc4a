/**
 * Direct quotes and who said them. Quotes are read with straight, curly, guillemet, low-high and
 * backtick marks; they never cross a line break, nested inner quotes are part of the outer one, and an
 * unclosed quote is dropped. Attribution looks for a speech verb and the speaker next to it:
 * `"…," Mr. Nebenzya said`, `"…," said the spokesman`, `X said: "…"`, `X accused … of "…"`; a
 * quote standing alone continues the previous speaker.
 */
import type { Doc } from './doc/document';
import { SPEECH_VERBS, SPEAKER_PRONOUNS } from './lexicon/words';

/** A quote found in the text, with its attribution when one was read. */
export interface FoundQuote {
  /** Content offsets (without the marks). */
  start: number;
  end: number;
  /** Token range of the content. */
  i: number;
  j: number;
  /** Speaker span, in tokens, when attributed. */
  speakerI?: number;
  speakerJ?: number;
  /** Speech verb token. */
  cue?: number;
  /** Attributed from a previous quote or sentence rather than from its own context. */
  carried?: boolean;
}

const OPEN_CLOSE: Record<string, string> = {
  '"': '"',
  '\u201c': '\u201d',
  '\u201e': '\u201d',
  '\u00ab': '\u00bb',
  '`': '`',
  '\u2018': '\u2019',
};

/**
 * Finds the quotes of a document, in text order. Linear in the text length.
 * @param doc - the document.
 */
export function findQuoteSpans(doc: Doc): Array<{ start: number; end: number }> {
  const text = doc.text;
  const out: Array<{ start: number; end: number }> = [];
  let open = '';
  let close = '';
  let openAt = -1;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (!isQuoteOrBreak(c)) continue;
    if (c === 10 || c === 13 || c === 0x2029) {
      open = '';
      openAt = -1;
      continue;
    }
    const ch = text[p];
    if (open) {
      if (ch === close || (open === '\u201e' && ch === '\u201c') || (open === '`' && ch === "'" && text[p + 1] === "'")) {
        if (close === '\u2019' && p + 1 < text.length && isLetter(text.charCodeAt(p + 1))) continue; // apostrophe
        if (open === '"' && p + 1 < text.length && isLetter(text.charCodeAt(p + 1)) && p > 0 && text.charCodeAt(p - 1) === 32) {
          // a straight quote opening a new quote before the old one closed: restart here
          openAt = p + 1;
          continue;
        }
        const s = openAt;
        let e = p;
        if (open === '`' && ch === "'") p++;
        if (e > s && text.slice(s, e).trim()) out.push(trim(text, s, e));
        open = '';
        openAt = -1;
        void e;
        e = 0;
      }
      continue;
    }
    const want = OPEN_CLOSE[ch];
    if (!want) continue;
    if (ch === '\u2018' && p > 0 && isLetter(text.charCodeAt(p - 1))) continue;
    if (ch === '"' && p + 1 < text.length && (text.charCodeAt(p + 1) === 32 || text.charCodeAt(p + 1) === 10) && p > 0 && text.charCodeAt(p - 1) !== 32) continue;
    open = ch;
    close = want;
    openAt = ch === '`' && text[p + 1] === '`' ? p + 2 : p + 1;
    if (openAt === p + 2) p++;
  }
  return out;
}

/** Fast filter: quote marks, apostrophes and line breaks (everything the scanner reacts to). */
function isQuoteOrBreak(c: number): boolean {
  if (c < 128) return c === 34 || c === 39 || c === 96 || c === 10 || c === 13;
  return c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb || c === 0x2018 || c === 0x2019 || c === 0x2029;
}

function trim(text: string, s: number, e: number): { start: number; end: number } {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 0xbf && c !== 0x2019 && c !== 0x201d && c !== 0x201c && c < 0x2000);
}

function isPunct(doc: Doc, t: number): boolean {
  return !doc.word(t);
}

/** Token index of the first token starting at or after `offset`. */
function tokenAt(doc: Doc, offset: number): number {
  const st = doc.tokens.starts;
  let lo = 0;
  let hi = doc.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (st[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds quotes and reads their attribution.
 * @param doc - the document.
 * @param isPersonStart - returns the end token of a person mention starting at a token (or -1).
 * @param personEndingAt - returns the start token of a person mention ending at a token (or -1).
 */
export function findQuotes(
  doc: Doc,
  isPersonStart: (i: number) => number,
  personEndingAt: (last: number) => number,
): FoundQuote[] {
  const spans = findQuoteSpans(doc);
  const quotes: FoundQuote[] = [];
  const inQuote = new Uint8Array(doc.n);
  for (const s of spans) {
    const i = tokenAt(doc, s.start);
    let j = i;
    while (j < doc.n && doc.end(j) <= s.end) j++;
    if (j <= i) continue;
    for (let t = i; t < j; t++) inQuote[t] = 1;
    quotes.push({ start: s.start, end: s.end, i, j });
  }

  /** Speaker phrase ending at token `last` (inclusive), reading leftwards: person, pronoun, or noun phrase. */
  const speakerEndingAt = (last: number, floor: number): [number, number] | undefined => {
    if (last < floor || last < 0 || inQuote[last]) return undefined;
    const p = personEndingAt(last);
    if (p >= 0) return [p, last + 1];
    if (SPEAKER_PRONOUNS.has(doc.fold(last))) return [last, last + 1];
    // A short noun phrase: "the president", "a spokesman for the campaign", "Stein spokeswoman".
    let a = last;
    let words = 0;
    while (a >= floor && a > last - 6 && doc.word(a) && !inQuote[a] && !SPEECH_VERBS.has(doc.fold(a)) && !STOP_LEFT.has(doc.fold(a))) {
      a--;
      words++;
    }
    if (!words) return undefined;
    return [a + 1, last + 1];
  };
  const speakerStartingAt = (first: number, ceil: number): [number, number] | undefined => {
    if (first >= ceil || first >= doc.n || inQuote[first]) return undefined;
    const e = isPersonStart(first);
    if (e >= 0) return [first, e];
    if (SPEAKER_PRONOUNS.has(doc.fold(first))) return [first, first + 1];
    let b = first;
    while (b < ceil && b < first + 8 && doc.word(b) && !inQuote[b] && !STOP_RIGHT.has(doc.fold(b))) b++;
    if (b === first) return undefined;
    return [first, b];
  };

  let lastSpeaker: [number, number] | undefined;
  let lastSentence = -10;
  const said = speakerSentences(doc, personEndingAt);
  let saidAt = 0;
  for (const q of quotes) {
    const qSentence = doc.sentenceOf[Math.min(q.i, doc.n - 1)];
    while (saidAt < said.length && said[saidAt][0] < qSentence) {
      if (said[saidAt][0] > lastSentence) {
        lastSpeaker = said[saidAt][1];
        lastSentence = said[saidAt][0];
      }
      saidAt++;
    }
    const sFirst = doc.sentences.first[doc.sentenceOf[Math.max(0, q.i - 1)]];
    const sentenceOfClose = q.j < doc.n ? doc.sentenceOf[Math.min(doc.n - 1, q.j)] : -1;
    let found = false;
    // After the quote: `"…," Mr. X said` / `"…," said Mr. X` / `"…," he said`.
    let k = q.j;
    while (k < doc.n && isPunct(doc, k) && k < q.j + 3 && !isSentencePunct(doc.fold(k))) k++;
    if (k < doc.n && k > q.j - 1) {
      const limit = Math.min(doc.n, k + 10);
      if (SPEECH_VERBS.has(doc.fold(k))) {
        const sp = speakerStartingAt(k + 1, limit);
        if (sp) {
          q.cue = k;
          q.speakerI = sp[0];
          q.speakerJ = sp[1];
          found = true;
        }
      } else {
        // speaker then verb
        const e = isPersonStart(k);
        let end = e >= 0 ? e : SPEAKER_PRONOUNS.has(doc.fold(k)) ? k + 1 : -1;
        if (end < 0) {
          let b = k;
          while (b < limit && doc.word(b) && !SPEECH_VERBS.has(doc.fold(b)) && !STOP_RIGHT.has(doc.fold(b))) b++;
          if (b > k && b < doc.n && SPEECH_VERBS.has(doc.fold(b))) end = b;
        }
        // allow an adverb: "Mr. X also said", "he later added"
        let v = end;
        if (v >= 0 && v < doc.n && !SPEECH_VERBS.has(doc.fold(v)) && v + 1 < doc.n && /ly$|^also$|^then$|^later$|^had$|^has$|^have$|^would$|^will$/.test(doc.fold(v))) v++;
        if (end > k && v < doc.n && SPEECH_VERBS.has(doc.fold(v))) {
          q.cue = v;
          q.speakerI = k;
          q.speakerJ = end;
          found = true;
        }
      }
    }
    // Before the quote, same sentence: `X said: "…"`, `X accused … of "…"`.
    if (!found) {
      for (let t = q.i - 1; t >= sFirst && t >= q.i - 40; t--) {
        if (inQuote[t]) break;
        const f = doc.fold(t);
        if (SPEECH_VERBS.has(f)) {
          const sp = speakerEndingAt(t - 1, sFirst) ?? speakerEndingAt(t - 2, sFirst);
          if (sp && (personEndingAt(sp[1] - 1) >= 0 || SPEAKER_PRONOUNS.has(doc.fold(sp[0])) || sp[1] - sp[0] <= 4)) {
            q.cue = t;
            q.speakerI = sp[0];
            q.speakerJ = sp[1];
            found = true;
          }
          break;
        }
        if (f === 'to' && t > 0 && doc.fold(t - 1) === 'according') {
          const sp = speakerStartingAt(t + 1, q.i);
          if (sp) {
            q.speakerI = sp[0];
            q.speakerJ = sp[1];
            q.cue = t - 1;
            found = true;
          }
          break;
        }
      }
    }
    // Attribution after a following "according to X".
    const startSentence = doc.sentenceOf[Math.min(q.i, doc.n - 1)];
    if (!found && lastSpeaker && startSentence - lastSentence <= 3 && standsAlone(doc, q, inQuote)) {
      q.speakerI = lastSpeaker[0];
      q.speakerJ = lastSpeaker[1];
      q.carried = true;
      found = true;
    }
    if (found && !q.carried) {
      lastSpeaker = [q.speakerI!, q.speakerJ!];
      lastSentence = sentenceOfClose >= 0 ? sentenceOfClose : startSentence;
    }
    if (found && q.carried) lastSentence = sentenceOfClose >= 0 ? sentenceOfClose : startSentence;
    // A sentence with a speech verb and a person also sets the current speaker ("Mr. Ihnat said, …").
    void 0;
  }
  return quotes;
}

const STOP_LEFT = new Set(['that', 'and', 'but', 'which', 'who', 'as', 'when', 'while', 'because', 'if', 'so', 'said', 'says']);
const STOP_RIGHT = new Set(['that', 'and', 'but', 'which', 'who', 'as', 'when', 'while', 'because', 'in', 'on', 'at', 'during', 'after', 'before', 'on', 'to', 'of']);

function isSentencePunct(f: string): boolean {
  return f === '.' || f === '!' || f === '?';
}

/** A quote that is its own sentence or paragraph (nothing but punctuation around it in its line). */
function standsAlone(doc: Doc, q: FoundQuote, inQuote: Uint8Array): boolean {
  const before = q.i - 1;
  const after = q.j;
  const lineStart = before < 0 || before - 1 < 0 || doc.sentenceOf[before] !== doc.sentenceOf[Math.max(0, before - 1)] || !doc.word(before - 1);
  const beforeOk = before < 0 || !doc.word(before);
  const afterOk = after >= doc.n || !doc.word(after) && (after + 1 >= doc.n || !doc.word(after + 1) || doc.sentenceOf[after + 1] !== doc.sentenceOf[after]);
  void inQuote;
  return beforeOk && lineStart && afterOk;
}

/**
 * Marks sentences that name a speaker without a quote ("In addition, Mr. Ihnat said, …"), so a quote
 * standing alone in the next paragraph continues that speaker.
 * @returns `[sentence index, speaker token range]` pairs in text order.
 */
export function speakerSentences(doc: Doc, personEndingAt: (last: number) => number): Array<[number, [number, number]]> {
  const out: Array<[number, [number, number]]> = [];
  for (let t = 1; t < doc.n; t++) {
    if (!SPEECH_VERBS.has(doc.fold(t))) continue;
    const p = personEndingAt(t - 1);
    if (p >= 0) out.push([doc.sentenceOf[t], [p, t]]);
  }
  return out;
}
