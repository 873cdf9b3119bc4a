import fc from 'fast-check';
import { tokenize, tokenText, isSpaceCode, TokenKind } from '../../../src/core/tokenize';
import { splitSentences } from '../../../src/core/sentences';

const words = (text: string): string[] => {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => tokenText(text, t, i));
};

describe('tokenize: cases that must match', () => {
  test.each<[string, string[]]>([
    ['Hwang Joon-kook', ['Hwang', 'Joon-kook']],
    ['the U.S. said', ['the', 'U.S.', 'said']],
    ['Prosecutor’s Office', ['Prosecutor', '’s', 'Office']],
    ["Germany 's representative", ['Germany', "'s", 'representative']],
    ["O'Brien met Mr. Hwang", ["O'Brien", 'met', 'Mr.', 'Hwang']],
    ["we don't know", ['we', 'do', "n't", 'know']],
    ['J. Smith, 10:30, $1,000.50 (3.5%)', ['J.', 'Smith', ',', '10:30', ',', '$', '1,000.50', '(', '3.5', '%', ')']],
    ['BRUSSELS 1996-08-22', ['BRUSSELS', '1996-08-22']],
    ['wait -- what... ok!', ['wait', '--', 'what', '...', 'ok', '!']],
    ['EU-wide rock\'n\'roll', ['EU-wide', "rock'n'roll"]],
    ['Ministers\' views', ['Ministers', "'", 'views']],
    ['“Quoted,” he said', ['“', 'Quoted', ',', '”', 'he', 'said']],
    ['Lòria and Zürich', ['Lòria', 'and', 'Zürich']],
    ['smile 😀 now', ['smile', '😀', 'now']],
    ['went to the U.S.', ['went', 'to', 'the', 'U.S.']], // a dotted abbreviation ending the text stays whole
    ['the U.S.A. and Washington D.C.', ['the', 'U.S.A.', 'and', 'Washington', 'D.C.']],
    ['U.S.Army', ['U.S.', 'Army']],
    // A caption label glued to the credit after it (the label is hidden text on the page).
    ['CreditDana Whitlock/The Harbor Times', ['Credit', 'Dana', 'Whitlock', '/', 'The', 'Harbor', 'Times']],
    ['PhotoÉmile Roux', ['Photo', 'Émile', 'Roux']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('tokenize: cases that must not match', () => {
  test.each<[string, string[]]>([
    ['woman', ['woman']], // "Oman" is never a token inside a word
    ['anti-Russian', ['anti-Russian']],
    ['end.', ['end', '.']], // a sentence-final period is not part of the word
    ['rock- and roll', ['rock', '-', 'and', 'roll']], // a dangling hyphen does not join
    ['in group a.', ['in', 'group', 'a', '.']],
    ['Creditors and Photographers', ['Creditors', 'and', 'Photographers']],
    ['CREDITS and PhotoSHOP', ['CREDITS', 'and', 'PhotoSHOP']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

test('token kinds', () => {
  const t = tokenize('Kyiv 2024 !');
  expect(Array.from(t.kinds.subarray(0, t.count))).toEqual([TokenKind.Word, TokenKind.Number, TokenKind.Punct]);
});

test('offsets: ordered, non-empty, in range, only whitespace between tokens (any UTF-16 input)', () => {
  const anyUtf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((codes) => String.fromCharCode(...codes));
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 300 }), anyUtf16), (text) => {
      const t = tokenize(text);
      let prevEnd = 0;
      for (let i = 0; i < t.count; i++) {
        const s = t.starts[i];
        const e = t.ends[i];
        if (!(s >= prevEnd && e > s && e <= text.length)) return false;
        for (let k = prevEnd; k < s; k++) if (!isSpaceCode(text.charCodeAt(k))) return false;
        prevEnd = e;
      }
      for (let k = prevEnd; k < text.length; k++) if (!isSpaceCode(text.charCodeAt(k))) return false;
      return true;
    }),
    { numRuns: 300 },
  );
});

describe('sentences', () => {
  const sentences = (text: string): string[] => splitSentences(text).map(([a, b]) => text.slice(a, b));
  test.each<[string, string[]]>([
    ['Mr. Hwang spoke. He left.', ['Mr. Hwang spoke.', 'He left.']],
    ['J. Smith arrived at 5 p.m. on Monday.', ['J. Smith arrived at 5 p.m. on Monday.']],
    ['Talks in the U.S. The envoy left.', ['Talks in the U.S.', 'The envoy left.']],
    ['The U.S. economy grew.', ['The U.S. economy grew.']],
    ['"We are ready." Mr. Nebenzya said so.', ['"We are ready."', 'Mr. Nebenzya said so.']],
    ['Is it? yes it is', ['Is it? yes it is']],
    ['Headline\nBody text here.', ['Headline', 'Body text here.']],
    ['Gen. Syrskyi and Dr. Lee met.', ['Gen. Syrskyi and Dr. Lee met.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test('every token lies in exactly one sentence, in order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const t = tokenize(text);
        const s = splitSentences(text, t);
        let k = 0;
        for (const [a, b] of s) {
          if (t.starts[k] !== a) return false;
          while (k < t.count && t.ends[k] <= b) k++;
          if (t.ends[k - 1] !== b) return false;
        }
        return k === t.count;
      }),
      { numRuns: 300 },
    );
  });
});
