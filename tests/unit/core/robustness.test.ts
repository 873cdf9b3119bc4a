import fc from 'fast-check';
import { analyze, entitySpans } from '../../../src/core/index';
import { setTaggerEnabled } from '../../../src/core/entities/tagger-bridge';
import type { Analysis } from '../../../src/core/types';

/** Every span of an analysis lies inside the text and says what the text says. */
function expectConsistent(text: string, a: Analysis): void {
  const spans = [
    ...a.people.flatMap((p) => [...p.mentions, ...p.quotes.flatMap((q) => [q.span, q.speaker])]),
    ...a.places.flatMap((p) => p.mentions),
    ...a.organizations.flatMap((o) => o.mentions),
  ];
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

const newsWords = ['Mr.', 'Hwang', 'Joon-kook', 'said', '"', '“', '”', '«', '»', '`', "'", 'the', 'Ambassador', 'to', 'United', 'Nations', 'Kharkov', 'Russia', 'US', 'U.S.', 'By', 'Martin', ',', '.', '\n', '(', ')', 'he', 'Spokesperson', "Prosecutor’s", 'Office', 'Dr.', 'of'];

describe('analyze never throws and keeps offsets consistent', () => {
  it('on arbitrary strings, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const a = analyze(text, { ignoreLanguage: true });
        expectConsistent(text, a);
        entitySpans(a);
      }),
      { numRuns: 300 },
    );
  });

  it('on shuffled news vocabulary (quotes, titles, names in any order)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...newsWords), { maxLength: 200 }), fc.boolean(), (words, tight) => {
        const text = words.join(tight ? '' : ' ');
        const a = analyze(text, { ignoreLanguage: true });
        expectConsistent(text, a);
        const spans = entitySpans(a);
        for (let k = 1; k < spans.length; k++) expect(spans[k].start).toBeGreaterThanOrEqual(spans[k - 1].end);
      }),
      { numRuns: 300 },
    );
  });
});

// The document layer alone (the tagger has its own robustness tests), so sizes can be the real ones.
describe('bad input stays fast', () => {
  beforeAll(() => setTaggerEnabled(false));
  afterAll(() => setTaggerEnabled(true));
  jest.setTimeout(60_000);

  /** Milliseconds for one analysis. */
  function time(text: string): number {
    const t = performance.now();
    analyze(text, { ignoreLanguage: true });
    return performance.now() - t;
  }

  it('100,000 capitalised words in a row', () => {
    const cycle = ['Minister', 'Office', 'Ambassador', 'Smith', 'Kharkov', 'United', 'Nations', 'Mr.', 'Jones', 'Force', 'Deputy'];
    const text = Array.from({ length: 100_000 }, (_, k) => (k % 5 === 0 ? `Name${k}` : cycle[k % cycle.length])).join(' ');
    expect(time(text)).toBeLessThan(15_000);
  });

  it('a 1 MB single line and deeply nested quotes', () => {
    const line = 'Minister John Smith said "the U.S. and “Britain” said «no ‘way’ `at` all»" and '.repeat(13_000);
    expect(line.length).toBeGreaterThan(1_000_000);
    expect(time(line)).toBeLessThan(20_000);
    const nested = '"'.repeat(50_000) + 'a' + '"'.repeat(50_000) + '“'.repeat(50_000);
    expect(time(nested)).toBeLessThan(10_000);
  });

  it('10 MB of text is cut at maxChars and analysed', () => {
    const para = 'Russian Ambassador Nebenzya accused Western countries of convening a Security Council session. "It is propaganda," Mr. Nebenzya said.\n';
    const text = para.repeat(Math.ceil(10_000_000 / para.length));
    const t = performance.now();
    const a = analyze(text);
    expect(performance.now() - t).toBeLessThan(30_000);
    expect(a.people[0].name).toBe('Nebenzya');
    expect(a.people[0].mentions[a.people[0].mentions.length - 1].end).toBeLessThanOrEqual(2_000_000);
  });

  it('binary junk', () => {
    let s = '';
    for (let k = 0; k < 300_000; k++) s += String.fromCharCode((k * 7919) % 65536);
    expect(time(s)).toBeLessThan(10_000);
  });

  it('grows linearly: 8× the text takes well under 8× squared the time', () => {
    const para = 'Russian Ambassador Nebenzya accused Western countries of convening a Security Council session. "It is propaganda," Mr. Nebenzya said. South Korean Ambassador Hwang Joon-kook said Kharkov was hit.\n';
    const small = para.repeat(200);
    const big = para.repeat(1600);
    time(small);
    const a = Math.max(1, time(small));
    const b = time(big);
    expect(b / a).toBeLessThan(24);
  });
});
