import fc from 'fast-check';
import { tagSpans } from '../../../src/core/tagger';
import { PLAIN_SCORE_CALLS, PackedModel, encodeModel } from '../../../src/core/tagger/model';
import { ALLOWED, TAG_COUNT, tagName } from '../../../src/core/tagger/tags';
import { tagsToSpans } from '../../../src/core/tagger/decode';

const spans = (text: string): string[] => tagSpans(text).map((s) => `${text.slice(s.start, s.end)}/${s.type}`);

describe('tagSpans: cases that must match', () => {
  test.each<[string, string[]]>([
    ['Angela Merkel met Emmanuel Macron in Paris on Tuesday.', ['Angela Merkel/PER', 'Emmanuel Macron/PER', 'Paris/LOC']],
    ['The European Union and the United Nations criticised the decision.', ['European Union/ORG', 'United Nations/ORG']],
    [
      'South Korean Ambassador Hwang Joon-kook spoke to the Security Council in New York.',
      ['South Korean/MISC', 'Hwang Joon-kook/PER', 'Security Council/ORG', 'New York/LOC'],
    ],
    ['Reuters reported that Microsoft shares rose in London.', ['Reuters/ORG', 'Microsoft/ORG', 'London/LOC']],
    ['Britain and France agreed with Germany.', ['Britain/LOC', 'France/LOC', 'Germany/LOC']],
    [
      'Russian Ambassador Vassily Nebenzya rejected the claims, Ukrainian officials said.',
      ['Russian/MISC', 'Vassily Nebenzya/PER', 'Ukrainian/MISC'],
    ],
    // Document consistency: a later surname-only mention keeps the person's type.
    ['Laura Montalvo arrived late. Montalvo said she was tired.', ['Laura Montalvo/PER', 'Montalvo/PER']],
    // ALL-CAPS headline.
    ['PRESIDENT CLINTON ARRIVES IN MOSCOW', ['CLINTON/PER', 'MOSCOW/LOC']],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('tagSpans: cases that must not match', () => {
  test.each<string>([
    'The weather was nice and the market closed higher.',
    'He said it would rain tomorrow, and she agreed.',
    'Leave a Reply',
    '',
    '   \n\t ',
    '1996-08-22 12:00 3.5% -- ... !!!',
  ])('%j has no entity', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('model format', () => {
  test('encode → decode keeps weights (within int8 rounding of each row)', () => {
    const keys = Int32Array.from([5, -7, 123456789, -2000000000]);
    const w = new Float32Array(keys.length * TAG_COUNT);
    for (let i = 0; i < w.length; i++) w[i] = Math.sin(i) * (1 + (i % 5));
    const model = new PackedModel(encodeModel(keys, w));
    expect(model.size).toBe(4);
    for (let f = 0; f < keys.length; f++) {
      const scores = new Float32Array(TAG_COUNT);
      model.score(Int32Array.of(keys[f]), 1, scores);
      const row = w.subarray(f * TAG_COUNT, (f + 1) * TAG_COUNT);
      const max = Math.max(...Array.from(row, Math.abs));
      for (let t = 0; t < TAG_COUNT; t++) expect(Math.abs(scores[t] - row[t])).toBeLessThanOrEqual(max / 127);
    }
    const none = new Float32Array(TAG_COUNT);
    model.score(Int32Array.of(99), 1, none);
    expect(Array.from(none)).toEqual(new Array(TAG_COUNT).fill(0));
  });

  test('loads from a view at an unaligned offset, and rejects a truncated buffer', () => {
    const keys = Int32Array.from([11, 22, 33]);
    const w = Float32Array.from({ length: keys.length * TAG_COUNT }, (_, i) => (i % 7) - 3);
    const bytes = encodeModel(keys, w);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const a = new Float32Array(TAG_COUNT);
    const b = new Float32Array(TAG_COUNT);
    new PackedModel(bytes).score(keys, 3, a);
    new PackedModel(shifted.subarray(1)).score(keys, 3, b);
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(a.some((x) => x !== 0)).toBe(true);
    expect(() => new PackedModel(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated/);
  });

  // A new model sums with its plain loop for its first PLAIN_SCORE_CALLS calls, then with the unrolled one: both checked.
  test.each([
    ['plain loop (a new model)', 0],
    ['unrolled sums (after PLAIN_SCORE_CALLS calls)', PLAIN_SCORE_CALLS],
  ])('scores are the float32 step-by-step sums of the rows, in key order (key 0 and colliding keys too): %s', (_, earlierCalls) => {
    // 300 keys, so the table has collisions; key 0 is stored outside the table.
    const keys = Int32Array.from({ length: 300 }, (_, i) => (i === 7 ? 0 : Math.imul(i + 1, 0x10001) ^ (i << 20)));
    const w = Float32Array.from({ length: keys.length * TAG_COUNT }, (_, i) => Math.cos(i * 1.7) * (1 + (i % 11)));
    const model = new PackedModel(encodeModel(keys, w));
    const none = new Float32Array(TAG_COUNT);
    for (let k = 0; k < earlierCalls; k++) model.score(keys, 0, none);
    const probe = Int32Array.from([...keys.slice(0, 40), 123, 0, ...keys.slice(250)]);
    const got = new Float32Array(TAG_COUNT).fill(0.25);
    model.score(probe, probe.length, got);
    // Reference: each feature's row on its own (one key per call), added into a Float32Array in order.
    const want = new Float32Array(TAG_COUNT).fill(0.25);
    for (const k of probe) {
      const row = new Float32Array(TAG_COUNT);
      model.score(Int32Array.of(k), 1, row);
      const f = keys.indexOf(k);
      if (f < 0) {
        expect(Array.from(row)).toEqual(new Array(TAG_COUNT).fill(0));
        continue;
      }
      const max = Math.max(...Array.from(w.subarray(f * TAG_COUNT, (f + 1) * TAG_COUNT), Math.abs));
      for (let t = 0; t < TAG_COUNT; t++) {
        const q = Math.round(w[f * TAG_COUNT + t] / Math.fround(max / 127));
        expect(row[t]).toBe(Math.fround(0 + q * Math.fround(max / 127)));
        want[t] += q * Math.fround(max / 127);
      }
    }
    expect(Array.from(got)).toEqual(Array.from(want));
  });

  test('rejects a buffer that is not a model', () => {
    expect(() => new PackedModel(new Uint8Array(32))).toThrow(/bad magic/);
  });

  test('reads the prebuilt table in place, and rejects a header whose table capacity does not fit its count', () => {
    const keys = Int32Array.from([5, -7, 1 << 30, 12345]);
    const w = Float32Array.from({ length: keys.length * TAG_COUNT }, (_, i) => ((i * 13) % 11) - 5);
    const bytes = encodeModel(keys, w);
    const model = new PackedModel(bytes);
    // Every key finds its own row: each key's scores are its weights, quantised.
    for (let f = 0; f < keys.length; f++) {
      const got = new Float32Array(TAG_COUNT);
      model.score(Int32Array.of(keys[f]), 1, got);
      for (let t = 0; t < TAG_COUNT; t++) expect(got[t]).toBeCloseTo(w[f * TAG_COUNT + t], 1);
    }
    const bad = bytes.slice();
    new DataView(bad.buffer).setUint32(12, 4, true);
    expect(() => new PackedModel(bad)).toThrow(/capacity/);
  });
});

test('BILOU constraints and span reading', () => {
  // B-PER (1) may be followed by I-PER (2) or L-PER (3) only.
  const row = (prev: number, cur: number): number => ALLOWED[(prev + 1) * TAG_COUNT * 2 + cur * 2];
  expect(row(1, 2)).toBe(1);
  expect(row(1, 3)).toBe(1);
  expect(row(1, 0)).toBe(0);
  expect(row(1, 7)).toBe(0); // L-LOC after B-PER
  expect(row(-1, 2)).toBe(0); // I at a sentence start
  expect(tagName(16)).toBe('U-MISC');
  expect(tagsToSpans(Uint8Array.of(0, 1, 2, 3, 8, 0))).toEqual([
    { first: 1, last: 3, type: 'PER' },
    { first: 4, last: 4, type: 'LOC' },
  ]);
});

describe('robustness', () => {
  const anyUtf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }).map((codes) => String.fromCharCode(...codes));
  const wordy = fc
    .array(fc.constantFrom('Paris', 'said', 'Mr.', 'SMITH', 'the', 'U.S.', '"', ',', '.', '\n', 'Joon-kook', '’s', 'of', 'Bank'), { maxLength: 200 })
    .map((ws) => ws.join(' '));

  test('never throws; spans are typed, in range, ordered and disjoint; output is deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), anyUtf16, wordy), (text) => {
        const a = tagSpans(text);
        const b = tagSpans(text);
        if (JSON.stringify(a) !== JSON.stringify(b)) return false;
        let prevEnd = 0;
        for (const s of a) {
          if (!['PER', 'LOC', 'ORG', 'MISC'].includes(s.type)) return false;
          if (!(s.start >= prevEnd && s.end > s.start && s.end <= text.length)) return false;
          prevEnd = s.end;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  test('stays linear on long runs of capitalised words and on one long line', () => {
    const caps = (n: number): string => Array.from({ length: n }, (_, i) => `Word${String.fromCharCode(97 + (i % 26))}`).join(' ');
    const line = (n: number): string => 'The minister said that '.repeat(n); // one sentence, no line break
    const time = (text: string): number => {
      const t0 = performance.now();
      const out = tagSpans(text);
      expect(Array.isArray(out)).toBe(true);
      return performance.now() - t0;
    };
    time(caps(2_000)); // warm up
    // Doubling the input must not much more than double the time (generous bound for a loaded machine).
    expect(time(caps(40_000))).toBeLessThan(time(caps(20_000)) * 5 + 1_000);
    expect(time(line(5_000))).toBeLessThan(time(line(2_500)) * 5 + 1_000);
  }, 120_000);
});
