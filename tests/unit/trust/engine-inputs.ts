/** Adversarial inputs and the offset checker shared by the engine trust tests. */
import type { Analysis, Span } from '../../../src/core/types';

/** One official the engine must always find, planted in adversarial noise. */
export const PLANTED = 'Austrian Environment Minister Katharina Lindner said on Tuesday that the river would be watched.';

/** Every span in an analysis, with where it came from. */
export function allSpans(a: Analysis): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  for (const p of a.people) {
    for (const m of p.mentions) out.push([`person ${p.name} mention`, m]);
    for (const key of ['role', 'organization', 'country'] as const) {
      const f = p[key];
      if (f) out.push([`person ${p.name} ${key}`, f.span], [`person ${p.name} ${key} sentence`, f.sentence]);
    }
    for (const q of p.quotes) {
      out.push([`person ${p.name} quote`, q.span], [`person ${p.name} speaker`, q.speaker]);
      if (q.cue) out.push([`person ${p.name} cue`, q.cue]);
    }
  }
  for (const p of a.places) for (const m of p.mentions) out.push([`place ${p.name}`, m]);
  for (const o of a.organizations) for (const m of o.mentions) out.push([`org ${o.name}`, m]);
  return out;
}

/** Problems with an analysis of `text` (an empty list when every offset is inside and on its substring). */
export function offsetProblems(text: string, a: Analysis): string[] {
  const bad: string[] = [];
  for (const [what, s] of allSpans(a)) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
      bad.push(`${what}: [${s.start}, ${s.end}) outside 0..${text.length}`);
    } else if (text.slice(s.start, s.end) !== s.text) bad.push(`${what}: text ${JSON.stringify(s.text)} ≠ ${JSON.stringify(text.slice(s.start, s.end))}`);
  }
  for (const [start, end] of a.sentences ?? []) {
    if (!(start >= 0 && start <= end && end <= text.length)) bad.push(`sentence [${start}, ${end}) outside the text`);
  }
  for (const p of a.people) for (const m of p.mentions) if (m.end === m.start) bad.push(`person ${p.name}: empty mention`);
  return bad;
}

/** One megabyte (in UTF-16 code units). */
export const MB = 1_000_000;
/** `unit` repeated to exactly `size` characters. */
export const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Families of adversarial text, each aimed at one part of the engine, by size. */
export const ADVERSARIAL: Record<string, (size: number) => string> = {
  'capitalised title words, no full stop': (n) => fill('Minister Deputy Ambassador United Nations Office Force Smith Jones Kharkov ', n),
  'quote marks only': (n) => fill('"“«‘`\'”»’', n),
  'abbreviations with periods': (n) => fill('U.S. Mr. Dr. St. ', n),
  'hyphens and apostrophes': (n) => fill("-'-'", n),
  'speech verbs and open quotes': (n) => fill('said "x, said Mr. ', n),
  'nested brackets': (n) => fill('((([[[{{{', n),
  'real sentences repeated': (n) => fill(`${PLANTED} "We waited," Lindner said in Vienna. `, n),
};
