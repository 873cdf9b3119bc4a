/**
 * "Siobhán Ní Bhriain", "Seán Ó Briain", "Aoife Nic Giolla Phádraig": Irish family names open with a capitalised
 * particle ("Ó", "Ní", "Nic", "Uí", "Mhic") written as its own word. The tagger often ends the person at the
 * given name, starts it at the particle, or reads the whole name as an organisation; a given name, the particle
 * and one or two capitalised words after it are one person.
 */
import type { Doc } from '../doc/document';
import type { TypedSpan } from '../types';
import { CAPITALISED_FUNCTION_WORD } from '../lexicon/word-classes';

/** The particles, as written. */
const PARTICLES: ReadonlySet<string> = new Set(['Ó', 'Ní', 'Nic', 'Uí', 'Mhic']);

/**
 * The tagged spans with each Irish name (given name, particle, family name) made one person; tagged spans
 * overlapping it give way. Returns `tagged` itself when the text has no such name.
 * @param range - token range [i, j) of a span, or undefined.
 */
export function gaelicSurnames(doc: Doc, tagged: readonly TypedSpan[], range: (span: TypedSpan) => [number, number] | undefined): readonly TypedSpan[] {
  const text = doc.text;
  if (text.indexOf('\u00d3 ') < 0 && text.indexOf('N\u00ed ') < 0 && text.indexOf('Nic ') < 0 && text.indexOf('U\u00ed ') < 0 && text.indexOf('Mhic ') < 0) return tagged;
  const names: Array<[number, number]> = [];
  for (let p = 1; p + 1 < doc.n; p++) {
    if (!PARTICLES.has(doc.raw(p))) continue;
    const s = doc.sentenceOf[p];
    const g = p - 1;
    if (doc.sentenceOf[g] !== s || !nameWord(doc, g) || doc.start(p) !== doc.end(g) + 1) continue;
    let e = p + 1;
    while (e < doc.n && e < p + 3 && doc.sentenceOf[e] === s && nameWord(doc, e) && doc.start(e) === doc.end(e - 1) + 1) e++;
    if (e === p + 1) continue;
    names.push([g, e]);
    p = e - 1;
  }
  if (names.length === 0) return tagged;
  const out: TypedSpan[] = tagged.filter((span) => {
    const r = range(span);
    return !r || !names.some(([i, j]) => r[0] < j && i < r[1]);
  });
  for (const [i, j] of names) out.push({ start: doc.start(i), end: doc.end(j - 1), type: 'PER' });
  return out.sort((a, b) => a.start - b.start);
}

/** A capitalised word that may be part of a name (not "The", not in capitals alone). */
function nameWord(doc: Doc, t: number): boolean {
  return doc.word(t) && doc.cap(t) && !doc.allCaps(t) && !doc.is(t, CAPITALISED_FUNCTION_WORD);
}

