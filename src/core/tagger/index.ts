/**
 * The learned entity tagger: `tagSpans(text)` → PER/LOC/ORG/MISC spans.
 *
 * An averaged perceptron over hashed lexical, shape, context and document-case features, decoded
 * greedily with BILOU constraints, followed by a document-level consistency pass
 * (see {@link ./consistency}). Weights are trained by `npm run train` (build/train/train-tagger.ts)
 * and read from the engine's data files (`tagger-model.bin`, `tagger-names.bin`, see {@link ../data}). Deterministic, linear time, never throws.
 */
import type { TypedSpan } from '../types';
import { tokenize, type Tokens } from '../tokenize';
import { sentenceRanges, type SentenceRanges } from '../sentences';
import { engineData } from '../data';
import { PackedModel } from './model';
import { prepareDocument, lowHash, type NameLexicon } from './features';
import type { TokenFolds } from './gazetteer-features';
import { decodeLexicon } from './lexicon';
import { decodeTags, tagsToSpans, transitionScores, type TokenSpan } from './decode';
import { enforceConsistency } from './consistency';

export type { TokenSpan } from './decode';
export { ENTITY_TYPES, type EntityType } from './tags';

let model: PackedModel | null = null;
let lexicon: NameLexicon | null = null;
/** The model's transition scores, read once (they are the same for every document). */
let transitions: Float32Array | null = null;

/** Loads the packed weights and the name lexicon (once). Called lazily by the tagging functions. */
export function loadTagger(): PackedModel {
  if (model === null) {
    const data = engineData();
    model = new PackedModel(data.taggerModel);
    lexicon = decodeLexicon(data.taggerNames);
  }
  return model;
}

/**
 * The name lexicon's classes of a word (`NameClass` bits: 1 given name, 2 family name, 3 both; 0 unknown).
 * @param word - the word as written (case does not matter).
 */
export function nameClassOf(word: string): number {
  loadTagger();
  return lexicon?.get(lowHash(word)) ?? 0;
}

/**
 * Tags a tokenised document and returns entity spans over token indices (`last` inclusive), in order.
 * @param text - the analysed text.
 * @param tokens - its tokens (from `tokenize`).
 * @param sentences - its sentences (from `sentenceRanges`); computed when omitted.
 * @param folds - the folded texts of the tokens (`foldToken`), when the caller caches them.
 */
export function tagTokens(
  text: string,
  tokens: Tokens,
  sentences: SentenceRanges = sentenceRanges(text, tokens),
  folds?: TokenFolds,
): TokenSpan[] {
  engineData(); // a missing data source is the caller's mistake: say so rather than tag nothing
  try {
    const scorer = loadTagger();
    const doc = prepareDocument(text, tokens, sentences, lexicon ?? undefined, folds);
    transitions ??= transitionScores(scorer);
    const tags = decodeTags(doc, scorer, transitions);
    return enforceConsistency(doc, tags, tagsToSpans(tags));
  } catch {
    return []; // defensive: the tagger must never break analysis
  }
}

/**
 * Finds typed entity spans (character offsets, `end` exclusive) in `text`.
 * @param text - any text.
 * @param tokens - its tokens, when the caller already has them.
 * @param shared - the sentences of these tokens and their cached folded texts (`folds`), when the caller has them.
 */
export function tagSpans(text: string, tokens?: Tokens, shared?: { sentences: SentenceRanges; folds: TokenFolds }): TypedSpan[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const toks = tokens ?? tokenize(text);
  const spans = shared && tokens ? tagTokens(text, toks, shared.sentences, shared.folds) : tagTokens(text, toks);
  // Pushed, not written into `new Array(n)`: that array is holey (HOLEY_ELEMENTS) for good, while the rules' rewrites
  // of these spans (`slice`, `filter`) are packed, so every pass reading spans saw two array maps.
  const out: TypedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    out.push({ start: toks.starts[s.first], end: toks.ends[s.last], type: s.type });
  }
  return out;
}
