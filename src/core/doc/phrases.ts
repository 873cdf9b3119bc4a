/**
 * A small phrase table keyed by folded token sequences, for lexicons written as surfaces
 * ("United Nations", "U.N."). Matching is token-based, longest first, and never crosses a sentence.
 */
import { tokenize } from '../tokenize';
import { foldToken } from '../gazetteer/fold';
import type { Doc } from './document';

/** A phrase found at a token. */
export interface PhraseHit<T> {
  /** Number of tokens. */
  len: number;
  value: T;
}

/** Folded phrase key of tokens [i, j) of a document, in the form {@link surfaceKey} gives ("united nations"). */
export function tokensKey(doc: Doc, i: number, j: number): string {
  let key = doc.fold(i);
  for (let t = i + 1; t < j; t++) key += ' ' + doc.fold(t);
  return key;
}

/**
 * ASCII words of letters between single spaces, none starting with a caption label that `tokenize` splits off
 * ("Credit", "Photo"): tokenized, such a surface is its words, so its key is its lower case.
 */
const PLAIN_WORDS = /^(?!(?:Credit|Photo)[A-Z])[A-Za-z]+(?: (?!(?:Credit|Photo)[A-Z])[A-Za-z]+)*$/;

/** Folded phrase key of a surface, tokenized as the runtime tokenizes text. */
export function surfaceKey(surface: string): string {
  if (PLAIN_WORDS.test(surface)) return surface.toLowerCase();
  return tokenizedSurfaceKey(surface);
}

/** {@link surfaceKey} by running the tokenizer (exported for tests). */
export function tokenizedSurfaceKey(surface: string): string {
  const t = tokenize(surface + ' ');
  let key = '';
  for (let i = 0; i < t.count; i++) key += (i ? ' ' : '') + foldToken(surface.slice(t.starts[i], t.ends[i]));
  return key;
}

/** Phrases → values, with exact-case entries for abbreviations. */
export class PhraseTable<T> {
  private readonly map = new Map<string, { value: T; exact?: string }>();
  private readonly longest = new Map<string, number>();

  /**
   * Adds a surface. Surfaces written in capitals ("UN", "AFP") only match in capitals.
   * @param surface - as written in text.
   */
  add(surface: string, value: T): void {
    const key = surfaceKey(surface);
    if (!key || this.map.has(key)) return;
    const caps = surface.length <= 6 && surface === surface.toUpperCase();
    this.map.set(key, caps ? { value, exact: surface } : { value });
    const parts = key.split(' ');
    if ((this.longest.get(parts[0]) ?? 0) < parts.length) this.longest.set(parts[0], parts.length);
  }

  /** Longest phrase starting at token `i`, or undefined. The first token must be capitalised. */
  matchAt(doc: Doc, i: number): PhraseHit<T> | undefined {
    if (!doc.cap(i)) return undefined;
    const first = doc.fold(i);
    const max = Math.min(this.longest.get(first) ?? 0, doc.n - i);
    if (!max) return undefined;
    const keys: string[] = [first];
    const s = doc.sentenceOf[i];
    for (let k = 1; k < max && doc.sentenceOf[i + k] === s; k++) keys.push(keys[k - 1] + ' ' + doc.fold(i + k));
    for (let len = keys.length; len >= 1; len--) {
      const hit = this.map.get(keys[len - 1]);
      if (!hit) continue;
      if (hit.exact !== undefined && doc.text.slice(doc.start(i), doc.end(i + len - 1)) !== hit.exact) continue;
      if (!doc.cap(i + len - 1) && doc.word(i + len - 1)) continue;
      return { len, value: hit.value };
    }
    return undefined;
  }
}
