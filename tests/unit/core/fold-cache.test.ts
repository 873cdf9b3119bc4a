import fc from 'fast-check';
import { foldAt } from '../../../src/core/doc/fold-cache';
import { foldToken } from '../../../src/core/gazetteer/fold';

describe('foldAt (interned folded tokens)', () => {
  test('equals foldToken of the slice, for ASCII, non-ASCII and long tokens, across many distinct words', () => {
    // Past the warm-up calls (served by foldToken directly), so the table is what is tested.
    for (let k = 0; k < 20_000; k++) expect(foldAt('Warm', 0, 4)).toBe('warm');
    const chars = fc.constantFrom(...'abcXYZ-.\'’éÉİß0'.split(''));
    fc.assert(
      fc.property(fc.array(fc.array(chars, { minLength: 1, maxLength: 30 }).map((a) => a.join('')), { maxLength: 60 }), (tokens) => {
        const text = tokens.join(' ');
        let at = 0;
        for (const t of tokens) {
          expect(foldAt(text, at, at + t.length)).toBe(foldToken(t));
          at += t.length + 1;
        }
      }),
      { numRuns: 300 },
    );
    // Enough distinct words to empty the table more than once.
    for (let k = 0; k < 160_000; k++) {
      const w = `Word${k.toString(36)}X`;
      expect(foldAt(`  ${w} `, 2, 2 + w.length)).toBe(w.toLowerCase());
    }
    expect(foldAt('The THE the', 0, 3)).toBe(foldAt('The THE the', 4, 7));
  });
});
