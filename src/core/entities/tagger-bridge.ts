/**
 * The seam between the document layer and the learned tagger (`src/core/tagger`), so the rules can
 * also run alone (for tests and for measuring what each part contributes).
 */
import type { Tokens } from '../tokenize';
import type { SentenceRanges } from '../sentences';
import type { TypedSpan } from '../types';
import { tagSpans, nameClassOf } from '../tagger/index';
import type { TokenFolds } from '../tagger/gazetteer-features';

/** True when the tagger's name lexicon knows `word` as a given name ("Maria", "Joon"). */
export function isGivenName(word: string): boolean {
  try {
    return (nameClassOf(word) & 1) === 1;
  } catch {
    return false;
  }
}

/** True when the tagger's name lexicon knows `word` as a family name ("Evans", "Hughes"). */
export function isFamilyName(word: string): boolean {
  try {
    return (nameClassOf(word) & 2) === 2;
  } catch {
    return false;
  }
}

let enabled = true;

/** Turns the tagger on or off for later analyses (default on). */
export function setTaggerEnabled(on: boolean): void {
  enabled = on;
}

/**
 * The tagger's spans for a document, or none when the tagger is off or fails.
 * @param shared - the document's sentences and cached folded tokens, so the tagger does not redo them.
 */
export function tagDocument(text: string, tokens: Tokens, shared?: { sentences: SentenceRanges; folds: TokenFolds }): TypedSpan[] {
  if (!enabled) return [];
  try {
    return tagSpans(text, tokens, shared);
  } catch {
    return [];
  }
}
