/**
 * Names in title-case headlines, read from the article under them. In "Macron Says France Will Not Send
 * Troops" every word is capitalised, so capitals cannot say where a name ends: the tagger reads "Macron Says
 * France" as one name, a title reads "Pope Francis Calls", an organisation head reads "Charles Opens
 * Parliament". The running text names the same people, places and bodies in ordinary sentences; a headline's
 * names are the ones it shares with them.
 */
import type { Doc } from '../doc/document';
import { tokensKey } from '../doc/phrases';
import type { Cand } from './detect';
import type { RunningTextNames } from './headlines';

/** Longest name a headline may share with the running text, in tokens. */
const MAX_SHARED_TOKENS = 4;
/** Strength of a name read from the running text: below every reading of the headline's own rules. */
const SHARED_STRENGTH = 35;

/** Candidate sources whose extent in a headline comes from capitals alone. */
const CAPITALS_ONLY = new Set<Cand['source']>(['title', 'tagger', 'org-head']);

/**
 * Adjusts the candidates of title-case lines (`titleCase[s] === 1`) to the running text:
 * - a multi-word person, title or organisation-head reading that the running text does not name whole is cut
 *   to its longest prefix the running text names as a person ("Francis Calls" → "Francis"), if it has one;
 * - free capitalised words of title-case lines and lines in capitals that the running text names (a person's full name or family name, a place, an
 *   organisation) get that reading, type and data ("Macron" → the person, "France" → the country).
 * Candidates outside title-case lines are returned as they are.
 * @param eventWord - true for a token that names an event after a place ("Open", "Cup").
 * @param cands - every candidate of the document (not modified).
 */
export function headlineNames(
  doc: Doc,
  cands: readonly Cand[],
  titleCase: Uint8Array,
  runningText: RunningTextNames,
  eventWord: (t: number) => boolean,
): Cand[] {
  // Headlines in capitals ("MACRON SAYS FRANCE …") get the second step too.
  const headline = (s: number): boolean => titleCase[s] === 1 || doc.shouting[s] === 1;
  let any = false;
  for (let s = 0; s < titleCase.length && !any; s++) any = headline(s);
  if (!any) return cands as Cand[];
  const inHeadline = (c: Cand): boolean => titleCase[doc.sentenceOf[c.i]] === 1;
  const inAnyHeadline = (c: Cand): boolean => headline(doc.sentenceOf[c.i]);
  // Every lookup below starts at a headline word: only readings of the running text that start (or, for family
  // names, end) with one are kept, so a long article builds few phrase keys.
  const headWords = new Set<string>();
  for (let s = 0; s < titleCase.length; s++) {
    if (!headline(s)) continue;
    for (let t = doc.sentences.first[s]; t <= doc.sentences.last[s]; t++) headWords.add(doc.fold(t));
  }
  // Readings of the running text by phrase, and family names of its people.
  const byKey = new Map<string, Cand>();
  const surnames = new Map<string, Cand>();
  for (const c of cands) {
    if (inAnyHeadline(c) || c.nested || c.type === 'MISC') continue;
    if (c.type === 'PER' && c.j - (c.nameI ?? c.i) >= 2 && headWords.has(doc.fold(c.j - 1))) surnames.set(doc.fold(c.j - 1), c);
    if (!headWords.has(doc.fold(c.i))) continue;
    const key = tokensKey(doc, c.i, c.j);
    const prev = byKey.get(key);
    if (!prev || c.strength > prev.strength) byKey.set(key, c);
  }
  const personKnown = (i: number, j: number): boolean => {
    const c = j - i === 1 ? byKey.get(doc.fold(i)) ?? surnames.get(doc.fold(i)) : byKey.get(tokensKey(doc, i, j));
    return c?.type === 'PER';
  };
  const out: Cand[] = [];
  const covered = new Uint8Array(doc.n);
  for (const c of cands) {
    // The tagger's reading of a headline word that the article names as a person ("KOVALENKO" read as an
    // organisation, "Kovalenko" a minister in the text) is that person.
    if (c.source === 'tagger' && inAnyHeadline(c)) {
      const key = tokensKey(doc, c.i, c.j);
      const found = byKey.get(key) ?? (c.j - c.i === 1 ? surnames.get(key) : undefined);
      if (found && found.type === 'PER' && c.type !== 'PER') {
        out.push({ ...c, type: 'PER', place: undefined, placeReading: undefined });
        continue;
      }
    }
    if (!inHeadline(c) || !CAPITALS_ONLY.has(c.source) || c.j - c.i < 2) {
      out.push(c);
      continue;
    }
    const a = c.nameI ?? c.i;
    if (runningText.has(a, c.j)) {
      out.push(c);
      continue;
    }
    if (c.type !== 'PER' && c.source !== 'org-head') {
      out.push(c);
      continue;
    }
    let k = c.j - 1;
    while (k > a && !personKnown(a, k)) k--;
    // No shorter person known either: the reading stands (a new name, "Maria Lindqvist Wins …" read by a given name),
    // except a head word's run the running text never names ("Biden Pardons Son Ahead of Leaving Office").
    if (k > a) out.push({ ...c, i: a, j: k, type: 'PER', nameI: a });
    else if (c.source !== 'org-head' || c.type !== 'ORG') out.push(c);
  }
  for (const c of out) if (inAnyHeadline(c)) covered.fill(1, c.i, c.j);
  // Free words of a headline that the running text names.
  for (let s = 0; s < titleCase.length; s++) {
    if (!headline(s)) continue;
    const last = doc.sentences.last[s];
    for (let i = doc.sentences.first[s]; i <= last; i++) {
      if (covered[i] || !doc.cap(i) || !doc.word(i)) continue;
      let found: Cand | undefined;
      let end = i;
      for (let j = Math.min(last + 1, i + MAX_SHARED_TOKENS); j > i && !found; j--) {
        let free = true;
        for (let t = i; t < j && free; t++) free = covered[t] === 0 && doc.cap(t);
        if (!free) continue;
        found = byKey.get(tokensKey(doc, i, j)) ?? (j === i + 1 ? surnames.get(doc.fold(i)) : undefined);
        end = j;
      }
      // "U.S. OPEN", "GREATER MILWAUKEE OPEN": a place naming an event is not marked, as in running text.
      if (!found || (found.type === 'LOC' && end <= last && eventWord(end))) continue;
      const c: Cand = { i, j: end, type: found.type, source: found.source === 'gazetteer' ? 'gazetteer' : 'coref', strength: SHARED_STRENGTH, nameI: i };
      if (found.place) c.place = found.place;
      if (found.org !== undefined) c.org = found.org;
      if (found.tag) c.tag = found.tag;
      out.push(c);
      covered.fill(1, i, end);
      i = end - 1;
    }
  }
  return out;
}
