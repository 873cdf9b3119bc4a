import { makeDoc } from '../../../src/core/doc/document';
import { foldAt } from '../../../src/core/doc/fold-cache';
import { HONORIFIC, ORG_HEAD, SPEECH_VERB, TITLE_HEAD, TITLE_MODIFIER } from '../../../src/core/lexicon/word-classes';
import { HONORIFICS, ORG_HEADS, SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS } from '../../../src/core/lexicon/words';

const CLASSES: Array<[number, ReadonlySet<string>]> = [
  [TITLE_HEAD, TITLE_HEADS],
  [TITLE_MODIFIER, TITLE_MODIFIERS],
  [HONORIFIC, HONORIFICS],
  [ORG_HEAD, ORG_HEADS],
  [SPEECH_VERB, SPEECH_VERBS],
];

/** Words of every tested class (some in two), their capitalised forms, long and non-ASCII words, and words of none. */
function sampleText(): string {
  const words: string[] = [];
  for (const [, set] of CLASSES) for (const w of [...set].slice(0, 40)) words.push(w, w.charAt(0).toUpperCase() + w.slice(1));
  words.push('Ms.', 'Café', 'Señora', 'counterintelligencecommissioners', 'zebra', 'The', ',', '1999');
  return words.join(' ');
}

/** Every token against every tested class, and against two classes at once (any of them). */
function expectSameAsSets(text: string): void {
  const doc = makeDoc(text);
  for (let i = 0; i < doc.n; i++) {
    // `is` before any fold of the token, then again once it is folded.
    for (let round = 0; round < 2; round++) {
      const f = doc.fold(i);
      for (const [cls, set] of CLASSES) expect([f, cls, doc.is(i, cls)]).toEqual([f, cls, set.has(f)]);
      expect(doc.is(i, TITLE_HEAD | SPEECH_VERB)).toBe(TITLE_HEADS.has(f) || SPEECH_VERBS.has(f));
    }
  }
  const fresh = makeDoc(text);
  for (let i = 0; i < fresh.n; i++) expect(fresh.is(i, HONORIFIC)).toBe(HONORIFICS.has(fresh.fold(i)));
}

describe('word classes (doc.is)', () => {
  test('a word in three classes has the three bits', () => {
    const doc = makeDoc('x Lord y');
    expect([TITLE_HEAD, TITLE_MODIFIER, HONORIFIC, ORG_HEAD, SPEECH_VERB].map((cls) => doc.is(1, cls))).toEqual([true, true, true, false, false]);
  });

  test('equals a lookup of the folded token in the class set, during the fold table warm-up and after it', () => {
    expectSameAsSets(sampleText());
    // Past the warm-up folds of the process, so that the fold table's kept bits are what is read.
    for (let k = 0; k < 20_000; k++) foldAt('Warm', 0, 4);
    expectSameAsSets(sampleText());
    expectSameAsSets(sampleText());
  });
});
