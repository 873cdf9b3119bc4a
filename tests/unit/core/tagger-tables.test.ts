import fc from 'fast-check';
import { encodeLexicon, decodeLexicon } from '../../../src/core/tagger/lexicon';
import { IntBits } from '../../../src/core/tagger/int-bits';
import { TABLE_STEP_TOKENS, transitionScores, viterbi } from '../../../src/core/tagger/decode';
import { loadTagger } from '../../../src/core/tagger/index';
import { TAG_COUNT } from '../../../src/core/tagger/tags';

describe('name lexicon (hash table over the encoded lists)', () => {
  test('finds every class of every hash, 0 and negative hashes included, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 3 })), { maxLength: 300 }), fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 50 }), (pairs, probes) => {
        const map = new Map<number, number>(pairs);
        map.set(0, 2);
        const lex = decodeLexicon(encodeLexicon(map));
        expect(lex.size).toBe(map.size);
        // Before and after the lexicon switches from binary search to its hash table (4,096 lookups).
        for (let round = 0; round < 2; round++) {
          for (const [h, c] of map) expect(lex.get(h)).toBe(c);
          for (const h of probes) expect(lex.get(h)).toBe(map.get(h));
          for (let k = 0; k < 4096; k++) lex.get(k * 7919);
        }
      }),
      { numRuns: 100 },
    );
  });

  test('a truncated buffer gives the entries that could be read', () => {
    const bytes = encodeLexicon(new Map([[5, 1], [6, 1], [7, 2]]));
    const lex = decodeLexicon(bytes.subarray(0, 12)); // count of list 1 + its first two hashes
    expect([lex.get(5), lex.get(6), lex.get(7)]).toEqual([1, 1, undefined]);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const unaligned = decodeLexicon(shifted.subarray(1));
    expect([unaligned.get(5), unaligned.get(6), unaligned.get(7), unaligned.get(8)]).toEqual([1, 1, 2, undefined]);
  });
});

describe('IntBits', () => {
  test('ORs flags per key like a Map would', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }).map((k) => Math.imul(k, 0x7fffffff)), fc.integer({ min: 0, max: 255 }))), (ops) => {
        const bits = new IntBits(ops.length);
        const ref = new Map<number, number>();
        for (const [k, b] of ops) {
          bits.or(k, b);
          ref.set(k, (ref.get(k) ?? 0) | b);
        }
        for (const [k] of ops) expect(bits.get(k)).toBe(ref.get(k));
        expect(bits.get(123456789)).toBe(ref.get(123456789) ?? 0);
      }),
      { numRuns: 100 },
    );
  });
});

describe('Viterbi BILOU step', () => {
  test('gives the same tags as the table-driven step (ties, skips, one-token sentences)', () => {
    const trans = transitionScores(loadTagger());
    // A process decodes its first TABLE_STEP_TOKENS tokens with the table-driven step: use them up first.
    const warm = TABLE_STEP_TOKENS + 1;
    viterbi(new Float32Array(warm * TAG_COUNT), trans, 0, warm - 1, new Uint8Array(warm));
    let entityTags = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.integer({ min: -12, max: 12 }), { minLength: 40 * TAG_COUNT, maxLength: 40 * TAG_COUNT }),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 40, maxLength: 40 }),
        (len, raw, skips) => {
          // Integer scores make ties possible, so tie-breaking is compared too; one token in ten is skipped.
          const emis = Float32Array.from(raw);
          const skip = Uint8Array.from(skips, (v) => (v === 0 ? 1 : 0));
          const fast = new Uint8Array(len);
          const slow = new Uint8Array(len);
          viterbi(emis, trans, 0, len - 1, fast, skip);
          viterbi(emis, trans, 0, len - 1, slow, skip, 0, true);
          expect(Array.from(fast)).toEqual(Array.from(slow));
          for (const t of fast) if (t !== 0) entityTags++;
        },
      ),
      { numRuns: 300 },
    );
    expect(entityTags).toBeGreaterThan(1000); // the sequences do go through entity tags
  });
});
