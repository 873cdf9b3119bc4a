/**
 * "Anton Wolfram von Brachtendorf", "Louisa Maria de Castellane", "Pieter Jan van der Linde": a family name written
 * with lower-case particles after a person's given names. The tagger often ends the person at the last given
 * name and reads the family name alone (often as the place it comes from: "von Altenburg"); the particles and the
 * capitalised word after them belong to the name.
 */
import type { Doc } from '../doc/document';
import type { TypedSpan } from '../types';
import { CAPITALISED_FUNCTION_WORDS } from '../lexicon/words';

/** Lower-case particles of family names (not "la", "le", "el", "do": English and other words too). */
const PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'der', 'den', 'ter', 'ten', 'zu']);

/** Second particles after a first one ("van der", "von dem", "de la", "de los"). */
const SECOND_PARTICLES: ReadonlySet<string> = new Set(['der', 'den', 'dem', 'de', 'la', 'las', 'los', 'le', 'zu']);

/**
 * The end (exclusive token index) of the family name written with particles right after a name ending at token
 * `j - 1`, or `j` when none follows: one or two particles and one capitalised word, one space apart, same sentence.
 */
export function particleFamilyEnd(doc: Doc, j: number): number {
  const s = doc.sentenceOf[j - 1];
  let k = j;
  if (!particleAt(doc, k, s, PARTICLES)) return j;
  k++;
  if (particleAt(doc, k, s, SECOND_PARTICLES)) k++;
  if (k >= doc.n || doc.sentenceOf[k] !== s || !doc.word(k) || !doc.cap(k) || doc.allCaps(k) || CAPITALISED_FUNCTION_WORDS.has(doc.fold(k))) return j;
  if (doc.start(k) !== doc.end(k - 1) + 1) return j;
  return k + 1;
}

function particleAt(doc: Doc, k: number, s: number, set: ReadonlySet<string>): boolean {
  return k < doc.n && doc.sentenceOf[k] === s && !doc.cap(k) && set.has(doc.fold(k)) && doc.start(k) === doc.end(k - 1) + 1;
}

/**
 * The tagged spans with each person that ends in given names extended over a family name with particles
 * after it; spans inside the added words go. Returns `tagged` itself when nothing changes.
 * @param range - token range [i, j) of a span, or undefined.
 * @param givenName - true for a word the lexicon knows as a given name.
 */
export function particleFamilyNames(
  doc: Doc,
  tagged: readonly TypedSpan[],
  range: (span: TypedSpan) => [number, number] | undefined,
  givenName: (word: string) => boolean,
): readonly TypedSpan[] {
  let out: TypedSpan[] | undefined;
  for (let x = 0; x < tagged.length; x++) {
    const span = tagged[x];
    if (span.type !== 'PER') continue;
    // Cheap test first: a space and a lower-case letter after the name.
    const next = doc.text.charCodeAt(span.end + 1);
    if (doc.text.charCodeAt(span.end) !== 32 || next < 97 || next > 122) continue;
    const r = range(span);
    if (!r || r[1] >= doc.n || !PARTICLES.has(doc.fold(r[1]))) continue;
    // Given names before the particle: the last word, or the first of two or more ("Anton Wolfram von …").
    if (!givenName(doc.raw(r[1] - 1)) && !(r[1] - r[0] >= 2 && givenName(doc.raw(r[0])))) continue;
    const end = particleFamilyEnd(doc, r[1]);
    if (end === r[1]) continue;
    out ??= tagged.slice();
    out[x] = { ...span, end: doc.end(end - 1) };
    for (let y = x + 1; y < out.length && out[y].start < doc.end(end - 1); y++) out[y] = { ...out[y], end: -1 };
  }
  return out ? out.filter((t) => t.end >= 0) : tagged;
}
