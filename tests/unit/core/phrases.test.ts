import fc from 'fast-check';
import { surfaceKey, tokenizedSurfaceKey } from '../../../src/core/doc/phrases';
import { KNOWN_ORGS } from '../../../src/core/lexicon/orgs';

describe('surfaceKey', () => {
  test('equals the key of the tokenized surface for every known organisation surface', () => {
    for (const o of KNOWN_ORGS) for (const s of o.surfaces) expect([s, surfaceKey(s)]).toEqual([s, tokenizedSurfaceKey(s)]);
  });

  test('equals the key of the tokenized surface for words of letters, glued caption labels, marks and spaces', () => {
    const word = fc.oneof(
      fc.constantFrom('Credit', 'Photo', 'CreditJane', 'PhotoJohn', 'Photos', 'CREDIT', "O'Brien", "don't", "Nations'", 'U.N.', 'St.', 'Mr', 'co-op', 'Café', '3', 'A'),
      fc.array(fc.constantFrom(...'aBcXyZ'.split('')), { minLength: 1, maxLength: 8 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '  ', '-'), (words, sep) => {
        const s = words.join(sep);
        expect(surfaceKey(s)).toBe(tokenizedSurfaceKey(s));
      }),
      { numRuns: 2000 },
    );
    expect(surfaceKey('CreditJane Roe')).toBe('credit jane roe');
    expect(surfaceKey('United Nations')).toBe('united nations');
  });
});
