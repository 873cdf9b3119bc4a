/**
 * Gazetteer membership per token, as tagger features: whether a token starts, continues, ends or is
 * a whole place phrase of the gazetteer (longest match, capitalised first and last token), with the
 * best reading's kind, rank, form and ambiguity. Knowing that "Montalvo" is no known place while
 * "Kharkiv" is a city lets the tagger type unseen names.
 */
import type { Tokens } from '../tokenize';
import { gazetteer, type Gazetteer } from '../gazetteer/load';
import { foldToken } from '../gazetteer/fold';

/** The folded text (`foldToken`) of token `i`; the document layer's `Doc` is one, with its cache. */
export interface TokenFolds {
  fold(i: number): string;
}

/** {@link TokenFolds} without a cache: folds the token's text on every call. */
class SliceFolds implements TokenFolds {
  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
  ) {}

  fold(i: number): string {
    return foldToken(this.text.slice(this.tokens.starts[i], this.tokens.ends[i]));
  }
}

/** Longest phrase tried, in tokens. */
const MAX_PHRASE = 6;

const KIND_CODE: Record<string, number> = { country: 1, 'historical country': 2, city: 3, region: 4, continent: 5, place: 6 };
const FORM_CODE: Record<string, number> = { name: 0, demonym: 1, abbreviation: 2 };

/**
 * Per-token gazetteer codes (0 = not in a place phrase). Bits: 0-1 position (0 U, 1 B, 2 I, 3 L),
 * 2-4 kind, 5-6 rank, 7-8 form, 9 ambiguous.
 * @param text - the analysed text.
 * @param tokens - its tokens.
 * @param capitalised - per token, true when it starts with an upper-case letter (or is all caps).
 * @param sentence - sentence index per token (phrases never cross sentences).
 * @param folds - the folded texts of the tokens, when the caller has them cached (`foldToken` of each text otherwise).
 *   An object with a method rather than a function, so a new document does not bring a new call target.
 */
export function gazetteerCodes(
  text: string,
  tokens: Tokens,
  capitalised: Uint8Array,
  sentence: Int32Array,
  folds: TokenFolds = new SliceFolds(text, tokens),
): Uint16Array {
  const n = tokens.count;
  const codes = new Uint16Array(n);
  let gaz: Gazetteer;
  try {
    gaz = gazetteer();
  } catch {
    return codes;
  }
  const folded: string[] = [];
  for (let i = 0; i < n; i++) {
    if (capitalised[i] === 0) continue;
    const first = folds.fold(i);
    const max = Math.min(gaz.maxTokens(first), MAX_PHRASE, n - i);
    if (max === 0) continue;
    folded.length = 0;
    let key = first;
    folded.push(key);
    for (let k = 1; k < max && sentence[i + k] === sentence[i]; k++) {
      key += ' ' + folds.fold(i + k);
      folded.push(key);
    }
    for (let len = folded.length; len >= 1; len--) {
      const last = i + len - 1;
      if (capitalised[last] === 0) continue;
      const targets = gaz.lookup(folded[len - 1]);
      if (!targets || targets.length === 0) continue;
      const best = targets[0];
      const place = gaz.place(best.place);
      const info =
        ((KIND_CODE[place.kind] ?? 6) << 2) | ((place.rank & 3) << 5) | ((FORM_CODE[best.form] ?? 0) << 7) | (best.ambiguous ? 1 << 9 : 0);
      if (len === 1) codes[i] = info;
      else {
        codes[i] = info | 1;
        for (let k = i + 1; k < last; k++) codes[k] = info | 2;
        codes[last] = info | 3;
      }
      i = last;
      break;
    }
  }
  return codes;
}
