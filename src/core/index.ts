/**
 * The entity engine's entry point: `analyze(text)` finds the people (with roles, affiliations and
 * quotes), places and organisations of a news text, with UTF-16 offsets into `text`.
 * Pure, synchronous and deterministic. Its data (gazetteer, tagger weights) are files the caller hands in:
 * `await ready(reader)` once, or {@link setEngineDataSource} for a synchronous source (see {@link ./data}).
 */
import type { Analysis, AnalyzeOptions, Span, TypedSpan } from './types';
import { detectLanguage } from './language';
import { makeDoc } from './doc/document';
import { buildLookups } from './entities/lookups';
import { detect, type Cand } from './entities/detect';
import { buildPlaces, buildOrgs, buildPeople } from './entities/assemble';
import { findQuotes } from './quotes';
import { gazetteer } from './gazetteer/load';
import { readName, isNameToken } from './entities/titles';
import { tagDocument } from './entities/tagger-bridge';
import { GROUP_WORDS, HONORIFICS } from './lexicon/words';
import { CAPITALISED_FUNCTION_WORD, SPEECH_VERB } from './lexicon/word-classes';
import { engineData, engineDataAvailable, loadEngineData, type EngineFileReader } from './data';

export type { Analysis, AnalyzeOptions, TypedSpan } from './types';
export { ENGINE_FILES, setEngineDataSource, type EngineData, type EngineFileReader } from './data';

/** Default cap on analysed characters. */
const DEFAULT_MAX_CHARS = 2_000_000;

/**
 * Loads the engine's data (once; later calls share the first load). Needed before the first analysis
 * unless a synchronous source was set with {@link setEngineDataSource}, which this then calls.
 * @param reader - reads the files of {@link ENGINE_FILES}; may be left out when a source is set or the data is loaded.
 */
export async function ready(reader?: EngineFileReader): Promise<void> {
  if (!engineDataAvailable()) {
    if (!reader) throw new Error('Backstory engine: ready() needs a file reader (no data loaded, no source set)');
    await loadEngineData(reader);
  }
  engineData();
  gazetteer();
}

function empty(language: string, skipped?: Analysis['skipped']): Analysis {
  const a: Analysis = { people: [], places: [], organizations: [], language };
  if (skipped) a.skipped = skipped;
  return a;
}

/**
 * Analyses a text.
 * @param text - plain article text.
 * @param options - see {@link AnalyzeOptions}.
 * @returns people, places and organisations with their mentions; never throws on any input. Throws only
 * when the engine has no data (neither {@link ready} nor {@link setEngineDataSource} was called).
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  engineData();
  try {
    return analyzeUnsafe(text, options);
  } catch {
    return empty('und');
  }
}

/** A direct quote with the speaker span read for it, whoever the speaker is (person, group, document). */
export interface AttributedQuote {
  span: Span;
  /** The mention next to the speech verb, when one was read. */
  speaker?: Span;
}

/**
 * Every direct quote of the text with its speaker span, including quotes whose speaker is not a person
 * ("the campaign said"). `analyze` keeps only the quotes of people; this is for evaluation and tools.
 * @param text - plain article text (the language check is skipped).
 */
export function quoteAttributions(text: string): AttributedQuote[] {
  const sink: AttributedQuote[] = [];
  engineData();
  try {
    analyzeUnsafe(text, { ignoreLanguage: true }, sink);
  } catch {
    return [];
  }
  return sink;
}

function analyzeUnsafe(input: string, options: AnalyzeOptions, quoteSink?: AttributedQuote[]): Analysis {
  if (typeof input !== 'string' || !/\S/.test(input.slice(0, 10_000)) && !input.trim()) return empty('und', 'empty');
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  const text = input.length > max ? input.slice(0, max) : input;
  const language = detectLanguage(text);
  if (!options.ignoreLanguage && language !== 'en' && language !== 'und') return empty(language, 'not-english');

  const doc = makeDoc(text);
  const lk = buildLookups(doc);
  const tagged = tagDocument(text, doc.tokens, { sentences: doc.sentences, folds: doc });
  const { mentions, titles } = detect(doc, lk, tagged);
  const all = addCoreference(doc, mentions, lk);

  const locs = all.filter((m) => m.type === 'LOC' || m.type === 'MISC');
  const { places, placeOfMention } = buildPlaces(doc, locs, lk);
  const { orgs, orgOf } = buildOrgs(doc, all, locs, placeOfMention);
  // Per-token indexes as arrays (token indexes are dense); later entries win, as with Map.set.
  const orgAtToken: Array<(typeof orgs)[number] | undefined> = new Array(doc.n);
  orgOf.forEach((o, m) => orgAtToken.fill(o, m.i, m.j)); // forEach: no [key, value] array per entry
  const placeAtToken: Array<(typeof places)[number] | undefined> = new Array(doc.n);
  placeOfMention.forEach((p, m) => placeAtToken.fill(p, m.i, m.j));

  const per = all.filter((m) => m.type === 'PER');
  const perStart = new Int32Array(doc.n).fill(-1);
  const perEnd = new Int32Array(doc.n).fill(-1);
  for (const m of per) {
    perStart[m.i] = m.j;
    perEnd[m.j - 1] = m.i;
  }
  const quotes = findQuotes(
    doc,
    (i) => (i >= 0 && i < doc.n ? perStart[i] : -1),
    (last) => (last >= 0 && last < doc.n ? perEnd[last] : -1),
  );
  if (quoteSink) {
    for (const q of quotes) {
      const item: AttributedQuote = { span: { start: q.start, end: q.end, text: text.slice(q.start, q.end) } };
      if (q.speakerI !== undefined && q.speakerJ !== undefined) {
        const a = doc.start(q.speakerI);
        const b = doc.end(q.speakerJ - 1);
        item.speaker = { start: a, end: b, text: text.slice(a, b) };
      }
      quoteSink.push(item);
    }
  }
  const people = buildPeople({
    doc,
    perMentions: per,
    titles,
    lk,
    orgOfToken: (i) => orgAtToken[i],
    placeOfToken: (i) => placeAtToken[i],
    quotes,
  });
  return { people, places, organizations: orgs, language, sentences: sentenceSpans(doc) };
}

/** The sentences as `[start, end)` offsets (a loop of its own: see {@link knownNames}). */
function sentenceSpans(doc: ReturnType<typeof makeDoc>): Array<[number, number]> {
  const sentences: Array<[number, number]> = [];
  for (let k = 0; k < doc.sentences.count; k++) sentences.push([doc.start(doc.sentences.first[k]), doc.end(doc.sentences.last[k])]);
  return sentences;
}

/**
 * Adds later mentions of known people that no rule caught: a bare surname ("Nebenzya"), a family name
 * ("Hwang"), or the full name again, when those tokens are free.
 */
function addCoreference(doc: ReturnType<typeof makeDoc>, mentions: Cand[], lk: ReturnType<typeof buildLookups>): Cand[] {
  const { names, full, surnames } = knownNames(doc, mentions);
  if (!names.size) return mentions;
  // Tokens held by a weak single-token reading (a gazetteer place, a tagger guess) can still be a
  // known person's name: "Paris" after "Valeska Paris", unless it follows "in", "to", "from"...
  const taken = new Uint8Array(doc.n);
  const weak = new Map<number, Cand>();
  for (const m of mentions) {
    if (m.nested) continue;
    for (let t = m.i; t < m.j; t++) taken[t] = 1;
    // A name the document defined ("Bravik is a kettle maker") stays so after "Henrik Bravik".
    if (m.j - m.i === 1 && m.type !== 'PER' && !m.defined && (m.source === 'gazetteer' || m.source === 'tagger') && !(m.i > 0 && LOCATIVE_BEFORE.has(doc.fold(m.i - 1)))) {
      weak.set(m.i, m);
    }
  }
  const dropped = new Set<Cand>();
  let firstFull: Map<string, number> | undefined;
  let firstBreak: number | undefined;
  for (const [i, m] of weak) {
    const f = doc.fold(i);
    if (!names.has(f) || (i + 1 < doc.n && doc.cap(i + 1))) continue;
    // "Jordan has sent aid convoys …" before "Michael Jordan" is named: a country read before any person of that
    // name stays the country (headlines, which name people by surname first, are read as before).
    if (countryReading(m) && doc.start(i) > (firstBreak ??= firstLineEnd(doc.text)) && i < (firstFull ??= firstFullNameStarts(doc, mentions)).get(f)!) continue;
    // "Chad Smith … toured Chad", "Jordan Henderson … as Jordan beat Iraq": news names a person again by the
    // family name, so a country that is only a known person's given name stays the country.
    if (countryReading(m) && !surnames.has(f)) continue;
    taken[i] = 0;
    dropped.add(m);
  }
  // Tokens inside organisation names ("Andy Warhol Foundation") may hold a nested person name.
  const orgTok = new Uint8Array(doc.n);
  for (const m of mentions) {
    if ((m.type === 'ORG' || m.type === 'MISC') && m.j - m.i >= 2 && m.source !== 'known-org' && m.source !== 'gazetteer') orgTok.fill(m.type === 'ORG' ? 1 : 2, m.i, m.j);
  }
  const extra: Cand[] = [];
  const covered = new Uint8Array(doc.n);
  for (let i = 0; i < doc.n; i++) {
    // Every name this pass can add starts with a token of a known name (first, given or surname).
    if (!doc.cap(i) || !(names.has(doc.fold(i)) || surnames.has(doc.fold(i)))) continue;
    // "May told reporters": a known family name that is also a month or a function word is the person's before
    // a speech verb; elsewhere such words are not read as names.
    const wordSurname = !isNameToken(doc, i);
    if (wordSurname && !(surnames.has(doc.fold(i)) && doc.is(i, CAPITALISED_FUNCTION_WORD) && !doc.allCaps(i) && !(i > 0 && doc.sentenceOf[i - 1] === doc.sentenceOf[i] && DETERMINERS.has(doc.fold(i - 1))) && i + 1 < doc.n && doc.sentenceOf[i + 1] === doc.sentenceOf[i] && doc.is(i + 1, SPEECH_VERB))) continue;
    const inOrg = orgTok[i] !== 0;
    if (taken[i] && !inOrg) continue;
    const j = wordSurname ? i + 1 : readName(doc, i, lk);
    if (j === i) continue;
    let e = -1;
    let key = doc.fold(i);
    const prefixes: string[] = [key];
    for (let t = i + 1; t < j; t++) {
      key += ' ' + doc.fold(t);
      prefixes.push(key);
    }
    for (let len = j - i; len >= 2; len--) {
      if (full.has(prefixes[len - 1])) {
        e = i + len;
        break;
      }
    }
    // A known surname that opens a longer name is that other name's ("Stanley Park" after "Lord Stanley"),
    // except inside an organisation's or a work's name ("Obama Foundation", "the Warhol Polaroids").
    if (e < 0 && !doc.allCaps(i) && (j - i === 1 ? !inOrg && names.has(prefixes[0]) : inOrg && surnames.has(prefixes[0]))) e = i + 1;
    // A people's or a religion's word alone ("Māori", "Christian") is not a known person's name again.
    if (e === i + 1 && GROUP_WORDS.has(prefixes[0])) e = -1;
    if (e < 0) {
      i = j - 1;
      continue;
    }
    let ok = true;
    for (let t = i; t < e; t++) if ((taken[t] && !inOrg) || (inOrg && orgTok[t] !== orgTok[i])) ok = false;
    if (ok) {
      const hon = !inOrg && i > 0 && HONORIFICS.has(doc.fold(i - 1)) && !taken[i - 1];
      const c: Cand = { i: hon ? i - 1 : i, j: e, type: 'PER', source: 'coref', strength: 10, nameI: i };
      if (inOrg) c.nested = true;
      extra.push(c);
      for (let t = i; t < e; t++) {
        if (!inOrg) taken[t] = 1;
        covered[t] = 1;
      }
    }
    i = e - 1;
  }
  if (!extra.length) return mentions;
  return mentions
    .filter((m) => !dropped.has(m) || !covered[m.i])
    .concat(extra)
    .sort((a, b) => a.i - b.i || b.j - a.j);
}

/**
 * The names of the people found so far: every name word, the full names, the surnames. A function of its own,
 * so a document with tens of thousands of mentions has V8 compile (on-stack) this short loop, not all of
 * {@link addCoreference}.
 */
function knownNames(doc: ReturnType<typeof makeDoc>, mentions: Cand[]): { names: Set<string>; full: Set<string>; surnames: Set<string> } {
  const names = new Set<string>();
  const full = new Set<string>();
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const parts: string[] = [];
    for (let t = m.nameI ?? m.i; t < m.j; t++) parts.push(doc.fold(t));
    if (parts.length > 1) {
      full.add(parts.join(' '));
      names.add(parts[0]);
      names.add(parts[parts.length - 1]);
      surnames.add(parts[parts.length - 1]);
    } else if (m.source !== 'tagger' && m.source !== 'coref') {
      // A single name spreads only when a rule vouched for it ("Mr. Ihnat", a title, a byline);
      // the tagger's one-word guesses ("Scientology") do not.
      full.add(parts[0]);
      names.add(parts[0]);
      surnames.add(parts[0]);
    }
  }
  return { names, full, surnames };
}

/** True when the mention's best gazetteer reading is a country. */
function countryReading(m: Cand): boolean {
  const t = m.place?.[0];
  return t !== undefined && gazetteer().place(t.place).kind === 'country';
}

/** Offset of the first line break (the end of a headline or title line), or the text's length. */
function firstLineEnd(text: string): number {
  const k = text.indexOf('\n');
  return k < 0 ? text.length : k;
}

/** The first token of the first multi-word person name holding each name word ("jordan" → "Michael Jordan"'s start). */
function firstFullNameStarts(doc: ReturnType<typeof makeDoc>, mentions: Cand[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== 'PER' || m.j - (m.nameI ?? m.i) < 2) continue;
    for (let t = m.nameI ?? m.i; t < m.j; t++) {
      const f = doc.fold(t);
      const prev = out.get(f);
      if (prev === undefined || m.i < prev) out.set(f, m.i);
    }
  }
  return out;
}

/** Words after which a capitalised word is a place, not a person. */
/** Articles before a word that make it a common noun ("the King said"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that']);

const LOCATIVE_BEFORE = new Set(['in', 'to', 'from', 'near', 'at', 'outside', 'across', 'into', 'of', 'between', 'via', 'toward', 'towards', 'throughout', 'around', 'inside']);

/** Honorific-free start of a person mention, for CoNLL-style spans ("Mr. Hwang" → "Hwang"). */
function nameStart(m: { start: number; end: number; text: string }): number {
  const h = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Gov|Sen|Rep|Rev|Hon)\.?\s+/.exec(m.text.slice(0, 12));
  return h && h[0].length < m.text.length ? m.start + h[0].length : m.start;
}

/**
 * Flattens an analysis into non-overlapping typed spans, as `npm run analyze -- --jsonl` prints them:
 * people `PER` (without honorifics), places `LOC` (or the mention's tag: `ORG` for a country acting as
 * a team, `MISC` for demonyms), organisations `ORG`. Mentions nested in a longer one (a place inside an
 * organisation's name) are left out, the longer one kept.
 * @param analysis - the result of {@link analyze}.
 */
export function entitySpans(analysis: Analysis): TypedSpan[] {
  const spans: TypedSpan[] = [];
  for (const p of analysis.people) for (const m of p.mentions) spans.push({ start: nameStart(m), end: m.end, type: 'PER' });
  for (const p of analysis.places) for (const m of p.mentions) spans.push({ start: m.start, end: m.end, type: m.tag ?? (m.form === 'demonym' ? 'MISC' : 'LOC') });
  for (const o of analysis.organizations) for (const m of o.mentions) spans.push({ start: m.start, end: m.end, type: m.tag ?? 'ORG' });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TypedSpan[] = [];
  let lastEnd = -1;
  for (const s of spans) {
    if (s.start < lastEnd) continue;
    out.push(s);
    lastEnd = s.end;
  }
  return out;
}
