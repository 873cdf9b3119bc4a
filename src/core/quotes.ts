/**
 * Direct quotes and who said them. Quotes are read with straight, curly, guillemet, low-high and
 * backtick marks; they never cross a line break, nested inner quotes are part of the outer one, and an
 * unclosed quote is dropped. Attribution looks for a speech verb and the speaker next to it:
 * `"…," Mr. Nebenzya said`, `"…," said the spokesman`, `X said: "…"`, `X accused … of "…"`; a
 * quote standing alone continues the previous speaker.
 */
import { lineBreakBefore, type Doc } from './doc/document';
import { PERSON_NOUNS, SPEECH_VERBS, SPEAKER_PRONOUNS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/words';
import { SPEECH_VERB } from './lexicon/word-classes';

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


/**
 * Finds the quotes of a document, in text order. Linear in the text length.
 * @param doc - the document.
 */
export function findQuoteSpans(doc: Doc): Array<{ start: number; end: number }> {
  const text = doc.text;
  const n = text.length;
  const out: Array<{ start: number; end: number }> = [];
  /** Kind of the open quote: 0 none, 1 double family (" “ ” „), 2 guillemets, 3 backtick, 4 two backticks, 5 single curly, 6 two apostrophes, 7 straight single. */
  let kind = 0;
  let openAt = -1;
  const emit = (e: number): void => {
    if (e > openAt) {
      const t = trim(text, openAt, e);
      if (t.end > t.start) out.push(t);
    }
    kind = 0;
    openAt = -1;
  };
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    if (!isQuoteOrBreak(c)) continue;
    if (c === 10 || c === 13 || c === 0x2029) {
      // Quotes never cross a line break. An unclosed one is dropped, unless the next paragraph opens with a
      // double mark: a quote running over paragraphs leaves each one open ("“It will take time.\n“But we…”"),
      // so the paragraph's part is a quote of its own.
      if (kind === 1 && opensNextParagraph(text, p)) emit(p);
      kind = 0;
      continue;
    }
    const prev = p > 0 ? text.charCodeAt(p - 1) : 32;
    const next = p + 1 < n ? text.charCodeAt(p + 1) : 32;
    const spaceBefore = isSpace(prev) || prev === 40 || prev === 91 || prev === 0x2014 || prev === 0x2015;
    const spaceAfter = isSpace(next);
    if (c === 34 || c === 0x201c || c === 0x201d || c === 0x201e) {
      if (kind === 1) {
        // Closing, unless it clearly opens a new quote (space before, a word after, not a right mark).
        if (spaceBefore && !spaceAfter && c !== 0x201d) openAt = p + 1;
        else emit(p);
      } else if (kind === 0 && !spaceAfter && (c !== 0x201d || spaceBefore)) {
        kind = 1;
        openAt = p + 1;
      }
      continue;
    }
    if (c === 0xab) {
      if (kind === 0) {
        kind = 2;
        openAt = p + 1;
      }
      continue;
    }
    if (c === 0xbb) {
      if (kind === 2) emit(p);
      continue;
    }
    if (c === 96) {
      if (kind === 3) emit(p);
      else if (kind === 0) {
        if (next === 96) {
          kind = 4;
          openAt = p + 2;
          p++;
        } else {
          kind = 3;
          openAt = p + 1;
        }
      }
      continue;
    }
    if (c === 39) {
      if (next !== 39) {
        // Straight single marks ('We will not back down,' Hale added): an apostrophe too, so a quote opens only
        // before a capital after a space or a line's start, and closes only after a sentence's mark.
        if (kind === 7 && SINGLE_CLOSE_AFTER.has(prev) && !isLetter(next)) emit(p);
        else if (kind === 0 && (spaceBefore || p === 0) && next >= 65 && next <= 90) {
          kind = 7;
          openAt = p + 1;
        }
        continue;
      }
      // Two apostrophes: the close of ``…'' or of ''…'' (archive and typewriter style), or the open of ''…''.
      if (kind === 4 || kind === 6) {
        emit(p);
        p++;
      } else if (kind === 0 && !isLetter(prev) && !(prev >= 48 && prev <= 57) && p + 2 < n && !isSpace(text.charCodeAt(p + 2)) && text.charCodeAt(p + 2) !== 39) {
        // (not after a digit: 6'' is six inches)
        kind = 6;
        openAt = p + 2;
        p++;
      }
      continue;
    }
    if (c === 0x2018) {
      if (kind === 0 && !isLetter(prev) && !spaceAfter) {
        kind = 5;
        openAt = p + 1;
      }
      continue;
    }
    if (c === 0x2019 && kind === 5 && !isLetter(next)) emit(p);
  }
  return out;
}

/** Marks after which a straight single quote mark closes a quote: , . ? ! … and dashes. */
const SINGLE_CLOSE_AFTER: ReadonlySet<number> = new Set([44, 46, 63, 33, 0x2026, 0x2014, 0x2013]);

/** True when the first character after the line break at `p` (and any blank space) is an opening double mark. */
function opensNextParagraph(text: string, p: number): boolean {
  let k = p + 1;
  while (k < text.length && k < p + 200 && isSpace(text.charCodeAt(k))) k++;
  const c = k < text.length ? text.charCodeAt(k) : 0;
  return c === 0x201c || c === 0x201e || (c === 34 && k + 1 < text.length && !isSpace(text.charCodeAt(k + 1)));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;
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

/** Words and numbers ("9/11 widow Terry Strada"). */
function isWordish(doc: Doc, t: number): boolean {
  return doc.word(t) || doc.tokens.kinds[t] === 2;
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
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const i = tokenAt(doc, s.start);
    let j = i;
    while (j < doc.n && doc.end(j) <= s.end) j++;
    if (j <= i) continue;
    for (let t = i; t < j; t++) inQuote[t] = 1;
    quotes.push({ start: s.start, end: s.end, i, j });
  }

  /** Speaker phrase ending at token `last` (inclusive), reading leftwards: person, pronoun, or noun phrase. */
  const speakerEndingAt = (last: number, floor: number): [number, number] | undefined => {
    // Adverbs between speaker and verb: "She then urges", "Trump further said".
    // …and auxiliaries: "he would respond", "the ministry has said".
    while (last > floor && last >= 0 && !doc.cap(last) && (ADVERB.test(doc.fold(last)) || AUXILIARIES.has(doc.fold(last))) && doc.word(last - 1)) last--;
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
    // "In a Bloomberg interview Trump": keep the trailing capitalised name only.
    if (doc.cap(last)) {
      let c = last;
      while (c - 1 > a && doc.cap(c - 1) && last - c < 3) c--;
      if (c > a + 1) return [c, last + 1];
    }
    return [a + 1, last + 1];
  };
  const speakerStartingAt = (first: number, ceil: number): [number, number] | undefined => {
    if (first >= ceil || first >= doc.n || inQuote[first]) return undefined;
    const e = isPersonStart(first);
    if (e >= 0) return [first, e];
    if (SPEAKER_PRONOUNS.has(doc.fold(first))) return [first, first + 1];
    let b = first;
    while (b < ceil && b < first + 8 && isWordish(doc, b) && !inQuote[b] && !STOP_RIGHT.has(doc.fold(b))) b++;
    if (b === first) return undefined;
    return [first, b];
  };

  /**
   * "Li added that Beijing would respond "firmly"", "Peskov said Moscow would respond "in kind"": a subject that
   * is no person (nor a pronoun) right after "that" or a speech verb is inside a reported clause; the reporting
   * verb's speaker, when found, said the words.
   */
  const reportedClause = (sp: [number, number]): boolean =>
    personEndingAt(sp[1] - 1) < 0 && !SPEAKER_PRONOUNS.has(doc.fold(sp[0])) && sp[0] > 0 && (doc.fold(sp[0] - 1) === 'that' || SPEECH_VERBS.has(doc.fold(sp[0] - 1)));

  /**
   * `Dr. Lin Wei, who leads the study at Fudan University, said`: the person before a relative clause between commas
   * that ends at token `comma`, right before the speech verb (not the clause's last words).
   */
  const relativeClauseSpeaker = (comma: number, floor: number): [number, number] | undefined => {
    if (comma <= floor || doc.fold(comma) !== ',') return undefined;
    for (let c = comma - 1; c > floor && c > comma - 16; c--) {
      if (inQuote[c]) return undefined;
      if (doc.fold(c) !== ',') continue;
      const w = doc.fold(c + 1);
      if (w !== 'who' && w !== 'whose') return undefined;
      const p = personEndingAt(c - 1);
      return p >= 0 ? [p, c] : undefined;
    }
    return undefined;
  };

  /** First person or pronoun of the sentence before token `t`. */
  const subjectOf = (t: number): [number, number] | undefined => {
    const first = doc.sentences.first[doc.sentenceOf[t]];
    for (let k = first; k < t; k++) {
      if (inQuote[k]) continue;
      const e = isPersonStart(k);
      if (e >= 0 && e <= t) return [k, e];
      if (SPEAKER_PRONOUNS.has(doc.fold(k))) return [k, k + 1];
    }
    return undefined;
  };
  let lastSpeaker: [number, number] | undefined;
  let lastSentence = -10;
  /** The quote before the current one. */
  let prev: FoundQuote | undefined;
  const said = speakerSentences(doc, personEndingAt);
  let saidAt = 0;
  for (let n = 0; n < quotes.length; n++) {
    const q = quotes[n];
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
    /** A speaker read in a reported clause, used only when no speaker of the reporting clause is found. */
    let reportedFallback: [number, number, number] | undefined;
    // Right before the quote: `She adds, "…"`, `O'Neill said: "…"`, `X, at a press gaggle, said, "…"`.
    {
      let t = q.i - 1;
      // "He said:" on the line before a quote paragraph: the colon carries over the line break.
      const colonAbove = q.i >= 3 && doc.fold(q.i - 2) === ':' && !doc.word(q.i - 1) && SPEECH_VERBS.has(doc.fold(q.i - 3));
      const floor = colonAbove ? doc.sentences.first[doc.sentenceOf[q.i - 3]] : sFirst;
      while (t >= floor && t > q.i - 4 && !doc.word(t)) t--;
      if (t >= floor && t < q.i - 1 && SPEECH_VERBS.has(doc.fold(t)) && !PARTICIPLES.has(doc.fold(t))) {
        let before = t - 1;
        if (before >= floor && doc.fold(before) === ',') {
          // skip an inserted phrase between commas
          let c = before - 1;
          while (c >= floor && c > before - 12 && doc.fold(c) !== ',') c--;
          if (c >= floor && doc.fold(c) === ',') before = c - 1;
        }
        // "She … and repeatedly says, "…"": no speaker right before the verb, so the clause's subject.
        const sp = speakerEndingAt(before, floor) ?? subjectOf(t);
        // A subject that is no person right before the quote ("Beijing would respond "firmly", the ministry
        // said") yields to a speaker after the quote; it is kept for when none is found.
        const nonPerson = sp !== undefined && personEndingAt(sp[1] - 1) < 0 && !SPEAKER_PRONOUNS.has(doc.fold(sp[0]));
        if (sp && (reportedClause(sp) || nonPerson)) reportedFallback = [t, sp[0], sp[1]];
        else if (sp) {
          q.cue = t;
          q.speakerI = sp[0];
          q.speakerJ = sp[1];
          found = true;
        }
      }
    }
    // `Mayor Lena Holm had a simple message: "Stay home."`: a colon right before the quote, in a sentence whose
    // subject (its first words) is a person or a pronoun.
    if (!found && !reportedFallback && q.i >= 2 && doc.fold(q.i - 1) !== ':' && doc.fold(q.i - 2) === ':' && doc.sentenceOf[q.i - 2] === doc.sentenceOf[Math.max(0, q.i - 1)]) {
      const sp = subjectOf(q.i - 2);
      const first = doc.sentences.first[doc.sentenceOf[q.i - 2]];
      let opens = sp !== undefined && sp[0] - first <= 3;
      // "Her colleague Sam Whitfield disagreed:": a possessive and a noun for a person may open the subject too.
      for (let t = first; opens && t < sp![0]; t++) opens = doc.fold(t) === 'the' || TITLE_HEADS.has(doc.fold(t)) || TITLE_MODIFIERS.has(doc.fold(t)) || (t === first && POSSESSIVES.has(doc.fold(t))) || PERSON_NOUNS.has(doc.fold(t));
      if (sp && opens) {
        q.cue = q.i - 2;
        q.speakerI = sp[0];
        q.speakerJ = sp[1];
        found = true;
      }
    }
    // After the quote: `"…," Mr. X said` / `"…," said Mr. X` / `"…," he said`.
    let k = q.j;
    while (k < doc.n && isPunct(doc, k) && k < q.j + 3 && !isSentencePunct(doc.fold(k))) k++;
    // …on the same line: a quote closing a paragraph is not attributed by the next one ("EVEN OZ'S BOSS THINKS").
    const sameLine = k < doc.n && !/[\n\r\u2029]/.test(doc.text.slice(q.end, doc.start(k)));
    // `…were "encouraging but early." She added: "…"`: words that end with a full stop end their sentence, so the
    // next one does not attribute them (a question or an exclamation may: `"Why?" she asked`).
    const closedByStop = doc.text.charCodeAt(q.end - 1) === 46 && doc.text.charCodeAt(q.end - 2) !== 46;
    if (!found && sameLine && !closedByStop && k > q.j - 1) found = speakerAfterQuote(doc, q, k, isPersonStart, speakerStartingAt);
    // Testimonials: "…" ― Name
    if (!found && q.j < doc.n) {
      let d = q.j;
      while (d < doc.n && d < q.j + 3 && !doc.word(d) && !isDashToken(doc.fold(d))) d++;
      if (d < doc.n && isDashToken(doc.fold(d)) && d + 1 < doc.n && doc.cap(d + 1)) {
        const e = isPersonStart(d + 1);
        let b = d + 1;
        while (b < doc.n && b < d + 6 && doc.cap(b)) b++;
        q.speakerI = d + 1;
        q.speakerJ = e >= 0 ? e : b;
        found = true;
      }
    }
    // A quote joined to the one before it ("called the plan "a mistake" and "a waste of money"") has its speaker.
    if (!found && prev && prev.speakerI !== undefined && prev.speakerJ !== undefined && doc.sentenceOf[prev.i] === doc.sentenceOf[q.i]) {
      let t = prev.j;
      while (t < q.i && QUOTE_JOINERS.has(doc.fold(t))) t++;
      if (t === q.i && q.i - prev.j <= 5) {
        q.cue = prev.cue;
        q.speakerI = prev.speakerI;
        q.speakerJ = prev.speakerJ;
        found = true;
      }
    }
    // Before the quote, same sentence: `X said: "…"`, `X accused … of "…"`.
    if (!found) {
      let fallback = reportedFallback;
      for (let t = q.i - 1; t >= sFirst && t >= q.i - 40; t--) {
        if (inQuote[t]) break;
        const f = doc.fold(t);
        if (SPEECH_VERBS.has(f)) {
          if (PARTICIPLES.has(f)) {
            // "Trump attacked Clinton …, saying, "…"": the speaker is the clause's subject.
            const sub = subjectOf(t);
            if (sub) {
              q.cue = t;
              q.speakerI = sub[0];
              q.speakerJ = sub[1];
              found = true;
              break;
            }
          }
          let sp = relativeClauseSpeaker(t - 1, sFirst) ?? speakerEndingAt(t - 1, sFirst) ?? speakerEndingAt(t - 2, sFirst);
          if (!sp && doc.cap(t)) sp = speakerStartingAt(t + 1, q.i); // "Said Ellis: "…""
          const person = sp !== undefined && (personEndingAt(sp[1] - 1) >= 0 || SPEAKER_PRONOUNS.has(doc.fold(sp[0])));
          const reported = sp !== undefined && reportedClause(sp);
          if (sp && !reported && (person || sp[1] - sp[0] <= 4)) {
            q.cue = t;
            q.speakerI = sp[0];
            q.speakerJ = sp[1];
            found = true;
            break;
          }
          if (sp && reported && sp[1] - sp[0] <= 4) fallback ??= [t, sp[0], sp[1]];
          if (!reported) break;
          continue;
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
      if (!found && fallback) {
        q.cue = fallback[0];
        q.speakerI = fallback[1];
        q.speakerJ = fallback[2];
        found = true;
      }
    }
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
    prev = q;
  }
  return quotes;
}

/** Possessive determiners that may open a speaker's noun phrase ("Her colleague Sam Whitfield"). */
const POSSESSIVES = new Set(['her', 'his', 'their', 'its', 'our', 'my', 'your']);

/**
 * After the quote, on its line: `"…," according to Ivan Petrov`, `"…," said Mr. X`, `"…," Mr. X said`, `"…," he said`.
 * Sets the quote's cue and speaker and returns true when it reads one. `k` is the first token after the quote's
 * closing punctuation.
 *
 * A function of its own rather than a block of {@link findQuotes}' loop: `findQuotes` runs once per document and V8
 * optimises it only after a number of calls that grows with its bytecode (this block was a third of it).
 */
function speakerAfterQuote(
  doc: Doc,
  q: FoundQuote,
  k: number,
  isPersonStart: (i: number) => number,
  speakerStartingAt: (first: number, ceil: number) => [number, number] | undefined,
): boolean {
  let found = false;
  const limit = Math.min(doc.n, k + 10);
  // `"…," according to Ivan Petrov, a spokesman.`
  if (k + 2 < doc.n && doc.fold(k) === 'according' && doc.fold(k + 1) === 'to') {
    const sp = speakerStartingAt(k + 2, Math.min(doc.n, k + 12));
    if (sp) {
      q.cue = k;
      q.speakerI = sp[0];
      q.speakerJ = sp[1];
      found = true;
    }
  } else if (SPEECH_VERBS.has(doc.fold(k))) {
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
    const verbAt = (t: number): boolean => t >= 0 && t < doc.n && (SPEECH_VERBS.has(doc.fold(t)) || doc.fold(t) === '(' || doc.fold(t) === ',');
    if (end < 0 || !verbAt(end)) {
      // A noun phrase up to the verb: "Trump lawyer Marc Kasowitz said", "Mr. Morgan of the Sierra Club said".
      let b = k;
      const npLimit = Math.min(doc.n, k + 14);
      while (b < npLimit && !SPEECH_VERBS.has(doc.fold(b)) && !NP_STOP.has(doc.fold(b))) {
        if (doc.fold(b) === '(') {
          let r = b + 1;
          while (r < npLimit && doc.fold(r) !== ')') r++;
          b = r + 1;
          continue;
        }
        if (doc.fold(b) === ',' && b > k) {
          // an appositive or party tag between commas: "Mitch McConnell, R-Ky., said"
          let r = b + 1;
          while (r < npLimit && doc.fold(r) !== ',') r++;
          if (r + 1 < doc.n && doc.fold(r) === ',' && SPEECH_VERBS.has(doc.fold(r + 1))) {
            b = r + 1;
            break;
          }
          break;
        }
        if (!isWordish(doc, b)) break;
        b++;
      }
      if (b > k && b < doc.n && SPEECH_VERBS.has(doc.fold(b))) end = b;
    }
    // a party-and-state tag after a name: "Rep. Gwen Moore (D-Wis.) said"
    let v = end;
    if (v >= 0 && v < doc.n && doc.fold(v) === '(') {
      let r = v + 1;
      while (r < doc.n && r < v + 8 && doc.fold(r) !== ')') r++;
      if (r < doc.n && doc.fold(r) === ')') v = r + 1;
    }
    // an appositive: "Jane Roe, the Democratic attorney general of Ohio, said"
    if (v >= 0 && v < doc.n && doc.fold(v) === ',' && end > k) {
      let r = v + 1;
      while (r < doc.n && r < v + 16 && doc.fold(r) !== ',' && doc.sentenceOf[r] === doc.sentenceOf[v]) r++;
      if (r + 1 < doc.n && doc.fold(r) === ',') {
        let w = r + 1;
        if (w + 1 < doc.n && /ly$|^also$|^then$|^later$/.test(doc.fold(w))) w++;
        if (SPEECH_VERBS.has(doc.fold(w))) v = w;
        else v = r + 1 < doc.n && doc.word(r + 1) ? -1 : v;
        if (v < 0) {
          // no verb after the appositive: "X, the …, one of the states suing": still the speaker
          v = end;
          q.cue = undefined;
          q.speakerI = k;
          q.speakerJ = end;
          found = true;
        }
      } else if (!doc.word(v + 1)) {
        // nothing
      }
    }
    // allow an adverb: "Mr. X also said", "he later added"
    if (v >= 0 && v < doc.n && !SPEECH_VERBS.has(doc.fold(v)) && v + 1 < doc.n && /ly$|^also$|^then$|^later$|^had$|^has$|^have$|^would$|^will$/.test(doc.fold(v))) v++;
    if (!found && end > k && v >= 0 && v < doc.n && SPEECH_VERBS.has(doc.fold(v))) {
      q.cue = v;
      q.speakerI = k;
      q.speakerJ = end;
      // "the minister, Anna Berg, told…": the speaker is the name in the phrase, not the whole phrase.
      for (let t = k + 1; t < end; t++) {
        const pe = doc.fold(t - 1) === ',' ? isPersonStart(t) : -1;
        if (pe >= 0 && pe <= end) {
          q.speakerI = t;
          q.speakerJ = pe;
          break;
        }
      }
      found = true;
    }
  }
  return found;
}

/** Words that join two quotes of one speaker ("a mistake" and "a waste"), punctuation included. */
const QUOTE_JOINERS = new Set(['and', 'or', 'but', ',', ';', 'nor', '"', '\u201c', '\u201d', '\u00ab', '\u00bb', "''", '`', '\u2018', '\u2019']);

/** Words a speaker noun phrase after a quote does not run through ("a narrator in the ad asks" runs). */
const NP_STOP = new Set(['that', 'and', 'but', 'which', 'who', 'as', 'when', 'while', 'because', 'during', 'after', 'before', 'to']);

function isDashToken(f: string): boolean {
  return f === '\u2015' || f === '\u2014' || f === '\u2013' || f === '-' || f === '--';
}

/** Auxiliary and modal verbs between a speaker and the speech verb. */
const AUXILIARIES = new Set(['would', 'will', 'could', 'should', 'may', 'might', 'must', 'can', 'shall', 'has', 'have', 'had', 'did', 'does', "'d", "'ll"]);
/** Adverbs that sit between a speaker and the speech verb. */
const ADVERB = /^(then|also|later|again|further|repeatedly|once|still|now|often|quickly|simply|finally|ly)$|.ly$/;

/** Participles after which the speaker is the subject of the clause ("…, saying"). */
const PARTICIPLES = new Set(['saying', 'adding', 'asking', 'telling', 'noting', 'arguing', 'writing', 'declaring', 'insisting', 'warning', 'explaining', 'calling']);

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
  // (A quote left open at its paragraph's end, continued by the next one, stands alone on its right.)
  const afterOk = after >= doc.n || lineBreakBefore(doc, after) || (!doc.word(after) && (after + 1 >= doc.n || !doc.word(after + 1) || doc.sentenceOf[after + 1] !== doc.sentenceOf[after]));
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
    if (!doc.is(t, SPEECH_VERB)) continue;
    const p = personEndingAt(t - 1);
    if (p >= 0) out.push([doc.sentenceOf[t], [p, t]]);
  }
  return out;
}
