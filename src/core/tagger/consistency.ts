/**
 * Document-level consistency after decoding. News names a person in full once ("Laura Montalvo")
 * and then by surname ("Montalvo said"), and repeats organisations and places. Two rules:
 * 1. A span made only of words that belong to a multi-word PER name elsewhere in the document is
 *    PER ("Montalvo" tagged LOC → PER); such words left untagged become PER too.
 * 2. A multi-word name tagged somewhere is tagged with the same type where the same words appear
 *    again untagged.
 * Words that also appear in lower case in the document ("Grant", "Hope") are left alone.
 */
import { CaseClass, DocCase, Position, type DocFeatures } from './features';
import type { TokenSpan } from './decode';
import { mix } from './hash';

function isCapitalised(doc: DocFeatures, i: number): boolean {
  const c = doc.cls[i];
  return c === CaseClass.Title || c === CaseClass.Upper || c === CaseClass.Mixed;
}

/** Name-like: capitalised and never written in lower case elsewhere in the document. */
function nameLike(doc: DocFeatures, i: number): boolean {
  return isCapitalised(doc, i) && (doc.docCase[i] & DocCase.Lower) === 0 && doc.tokens.ends[i] - doc.tokens.starts[i] > 1;
}

/**
 * A lone capitalised word tagged PER with nothing else pointing to a person: not a known given or
 * family name, not part of a fuller name in the document, no capitalised word (title, first name)
 * before it, in a normal (not all-caps) sentence. Such words are more often organisations, peoples
 * or events ("Ennahda", "Tourism") than people.
 */
function unsupportedSingleName(doc: DocFeatures, i: number, personWords: ReadonlySet<number>): boolean {
  if (doc.names[i] !== 0 || personWords.has(doc.word[i])) return false;
  if ((doc.position[i] & Position.CapsSentence) !== 0) return false;
  if (i > 0 && doc.sentence[i - 1] === doc.sentence[i] && isCapitalised(doc, i - 1)) return false;
  return true;
}

/**
 * Returns `spans` made consistent across the document (sorted by first token).
 * @param doc - the prepared document.
 * @param tags - the decoded tag per token (0 = O); not modified.
 * @param spans - the decoded spans, in order.
 */
export function enforceConsistency(doc: DocFeatures, tags: Uint8Array, spans: TokenSpan[]): TokenSpan[] {
  if (spans.length === 0) return spans;
  // Words of multi-word person names (by exact written form).
  const personWords = new Set<number>();
  for (const s of spans) {
    if (s.type !== 'PER' || s.last === s.first) continue;
    for (let i = s.first; i <= s.last; i++) if (nameLike(doc, i)) personWords.add(doc.word[i]);
  }
  const covered = new Uint8Array(doc.n);
  for (const s of spans) for (let i = s.first; i <= s.last; i++) covered[i] = 1;

  const out: TokenSpan[] = [];
  for (const s of spans) {
    if (s.type === 'PER' && s.first === s.last && unsupportedSingleName(doc, s.first, personWords)) continue;
    if (s.type !== 'PER' && s.last - s.first < 2) {
      let allPerson = true;
      for (let i = s.first; i <= s.last && allPerson; i++) if (!personWords.has(doc.word[i]) || !nameLike(doc, i)) allPerson = false;
      out.push(allPerson ? { first: s.first, last: s.last, type: 'PER' } : s);
    } else out.push(s);
  }

  // Untagged surnames / given names of known people.
  for (let i = 0; i < doc.n; i++) {
    if (covered[i] || !nameLike(doc, i) || !personWords.has(doc.word[i])) continue; // the set lookup last: most tokens are not name-like
    let j = i;
    while (j + 1 < doc.n && !covered[j + 1] && doc.sentence[j + 1] === doc.sentence[i] && personWords.has(doc.word[j + 1]) && nameLike(doc, j + 1)) j++;
    // Do not glue onto a neighbouring entity ("Montalvo" right after an ORG is likely part of it).
    const leftTouch = i > 0 && covered[i - 1] && doc.sentence[i - 1] === doc.sentence[i];
    const rightTouch = j + 1 < doc.n && covered[j + 1] && doc.sentence[j + 1] === doc.sentence[i];
    if (!leftTouch && !rightTouch) {
      out.push({ first: i, last: j, type: 'PER' });
      for (let k = i; k <= j; k++) covered[k] = 1;
    }
    i = j;
  }

  // Untagged repeats of multi-word names of any type (keys: hashes of the written words).
  const multi = new Map<number, TokenSpan['type']>();
  const firstWords = new Set<number>();
  for (const s of out) {
    if (s.last === s.first || s.last - s.first > 5) continue;
    let key = 0;
    for (let i = s.first; i <= s.last; i++) key = mix(60, key, doc.word[i]);
    if (!multi.has(key)) multi.set(key, s.type);
    firstWords.add(doc.word[s.first]);
  }
  if (multi.size > 0) {
    for (let i = 0; i < doc.n; i++) {
      if (covered[i] || !isCapitalised(doc, i) || !firstWords.has(doc.word[i])) continue;
      let key = mix(60, 0, doc.word[i]);
      let found = -1;
      let type: TokenSpan['type'] = 'PER';
      for (let last = i + 1; last < doc.n && last - i < 6 && doc.sentence[last] === doc.sentence[i] && !covered[last]; last++) {
        key = mix(60, key, doc.word[last]);
        const t = multi.get(key);
        if (t !== undefined) {
          found = last;
          type = t;
        }
      }
      if (found < 0) continue;
      const touches =
        (i > 0 && covered[i - 1] && doc.sentence[i - 1] === doc.sentence[i]) ||
        (found + 1 < doc.n && covered[found + 1] && doc.sentence[found + 1] === doc.sentence[i]);
      if (touches) continue;
      out.push({ first: i, last: found, type });
      for (let k = i; k <= found; k++) covered[k] = 1;
      i = found;
    }
  }
  void tags;
  out.sort((a, b) => a.first - b.first);
  return out;
}
