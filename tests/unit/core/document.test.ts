import { makeDoc } from '../../../src/core/doc/document';
import { foldAt } from '../../../src/core/doc/fold-cache';
import { foldToken } from '../../../src/core/gazetteer/fold';

/** ASCII words in both cases, non-ASCII and long words, punctuation, numbers and clitics. */
const TEXT = 'KYIV (AP) — Ukraine’s Foreign Minister Andrii Sybiha said the Señora’s café, 1,000 counterintelligencecommissioners and "U.S." don\'t agree. O\'Brien\'s ZEBRA';

/** Every token's fold (read when the document is made) is foldToken of the token's text. */
function expectFoldsOfTokens(text: string): void {
  const doc = makeDoc(text);
  expect(doc.n).toBeGreaterThan(20);
  for (let i = 0; i < doc.n; i++) expect([i, doc.fold(i)]).toEqual([i, foldToken(doc.raw(i))]);
}

describe('Doc.fold', () => {
  test('is foldToken of each token, during the fold table warm-up and after it', () => {
    expectFoldsOfTokens(TEXT);
    for (let k = 0; k < 20_000; k++) foldAt('Warm', 0, 4); // past the warm-up: the fold table's interned words
    expectFoldsOfTokens(TEXT);
    expectFoldsOfTokens(TEXT.toUpperCase());
  });
});
