/**
 * The tagger's memo of repeated token contexts (decode.ts, ContextMemo) must change nothing: the tags of a
 * document decoded with the memo on from its first token equal those decoded with it off, on texts that
 * repeat contexts (where the memo serves most tokens) and on texts that do not.
 */
import fc from 'fast-check';
import { tokenize } from '../../../src/core/tokenize';
import { sentenceRanges } from '../../../src/core/sentences';
import { prepareDocument } from '../../../src/core/tagger/features';
import { decodeEmissions, decodeTags, transitionScores } from '../../../src/core/tagger/decode';
import { loadTagger } from '../../../src/core/tagger/index';

function prepared(text: string): ReturnType<typeof prepareDocument> {
  const tokens = tokenize(text);
  return prepareDocument(text, tokens, sentenceRanges(text, tokens));
}

function tagsBothWays(text: string): [Uint8Array, Uint8Array] {
  const model = loadTagger();
  const trans = transitionScores(model);
  const doc = prepared(text);
  return [decodeTags(doc, model, trans, Infinity), decodeTags(doc, model, trans, 0)];
}

/** Emission scores without and with the memo, and how many scored tokens repeat an earlier one's scores. */
function emissionsBothWays(text: string): { off: Float32Array; on: Float32Array } {
  const doc = prepared(text);
  return { off: decodeEmissions(doc, loadTagger(), false), on: decodeEmissions(doc, loadTagger(), true) };
}

// Our own sentences (invented names), repeated and shuffled so contexts recur.
const PARTS = [
  'Deputy Mayor Ilse Brandvold said on Monday that the bridge in Tromsø would reopen.',
  '"We are ready," Brandvold told reporters in Oslo.',
  'U.S. Sen. Marcus Oyelaran visited the Red Cross office.',
  'Mr. Oyelaran and Dr. Brandvold met the Prime Minister of Norway.',
  'Officials of the Nordic Council declined to comment.',
  'the ( [ « quoted » ] ) marks , and - dashes \'',
  'ALL CAPS HEADLINE ABOUT OSLO AND BERGEN',
];

describe('repeated-context memo in the tagger', () => {
  test('same tags with the memo on and off, on repetitive text', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: PARTS.length - 1 }), { minLength: 1, maxLength: 200 }), fc.constantFrom(' ', '\n', '\n\n'), (picks, glue) => {
        const text = picks.map((k) => PARTS[k]).join(glue);
        const [off, on] = tagsBothWays(text);
        expect(Array.from(on)).toEqual(Array.from(off));
      }),
      { numRuns: 60 },
    );
  });

  test('bit-identical scores with the memo on and off, on repetitive text', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: PARTS.length - 1 }), { minLength: 1, maxLength: 120 }), fc.constantFrom(' ', '\n'), (picks, glue) => {
        const { off, on } = emissionsBothWays(picks.map((k) => PARTS[k]).join(glue));
        expect(Buffer.from(on.buffer).equals(Buffer.from(off.buffer))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  // Random strings over a few words: contexts recur, often differing in one neighbour only (its case,
  // its word, a sentence edge), which is what the memo's key must tell apart.
  const WORDS = ['Oslo', 'OSLO', 'oslo', 'Brandvold', 'Ilse', 'said', 'Said', 'in', 'near', 'the', 'The', 'Council', ',', '.', '"', 'Mr.', 'U.S.', '\n\n'];
  test('bit-identical scores with the memo on and off, on random strings of a few words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 400 }), (words) => {
        const { off, on } = emissionsBothWays(words.join(' '));
        expect(Buffer.from(on.buffer).equals(Buffer.from(off.buffer))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('same tags on one long repetitive document, which does find entities', () => {
    const text = Array.from({ length: 400 }, (_, k) => PARTS[(k * 5) % PARTS.length]).join(' ');
    const [off, on] = tagsBothWays(text);
    expect(off.some((t) => t !== 0)).toBe(true);
    expect(Array.from(on)).toEqual(Array.from(off));
  });
});
