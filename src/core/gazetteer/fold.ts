/**
 * Folding of word tokens into lookup keys. The gazetteer build and the runtime matcher both use
 * {@link foldToken}, so keys always agree. Folding never changes offsets: it is applied to token
 * texts, and matches are reported with the tokens' original start/end.
 */

const COMBINING = /[\u0300-\u036f]/g;

/**
 * Folds one token: lower case, accents removed, typographic apostrophes made straight.
 * ASCII tokens take a fast path with no allocation beyond `toLowerCase`.
 * @param token - the token's text as written ("Kharkiv", "Lòria", "Prosecutor’s").
 * @returns the folded key part ("kharkiv", "loria", "prosecutor's").
 */
export function foldToken(token: string): string {
  let ascii = true;
  for (let i = 0; i < token.length; i++) {
    if (token.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return token.toLowerCase();
  return token
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}

/**
 * Joins folded token texts into the phrase key used by the gazetteer map ("south korea").
 * @param parts - the tokens' texts, unfolded.
 */
export function phraseKey(parts: readonly string[]): string {
  let key = '';
  for (let i = 0; i < parts.length; i++) key += (i ? ' ' : '') + foldToken(parts[i]);
  return key;
}
