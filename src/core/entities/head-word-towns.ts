/**
 * "the Union army", "Alliance officials said": a one-word place whose word is also an organisation's head word
 * ("Union", "Alliance", "University" are towns too) names the body, unless a place preposition or a region after
 * a comma makes it the town ("in Union", "at the Forum", "Union, New Jersey"). As a sentence's first word it is the common noun
 * written with a capital ("Union president Marla Benedek said": the union), no name at all.
 */
import type { Doc } from '../doc/document';
import { ORG_HEADS } from '../lexicon/words';

/** The part of a mention this rule reads and changes. */
export interface TypedMention {
  i: number;
  j: number;
  type: 'PER' | 'LOC' | 'ORG' | 'MISC';
  nested?: boolean;
}

/** What {@link headWordTowns} reads for a mention: the body, or the common noun opening a sentence. */
export interface HeadWordReading {
  /** Index in the mentions. */
  k: number;
  /** True for the common noun opening a sentence (the mention goes); false for the body (the mention is an organisation). */
  common: boolean;
}

/**
 * The one-word places of `mentions` that are an organisation's head word outside a town's context, in order.
 * @param townContext - true when the place at token `i` stands where a town is meant ("in Union", "Union, Ohio").
 */
export function headWordTowns(doc: Doc, mentions: readonly TypedMention[], townContext: (i: number) => boolean): HeadWordReading[] {
  const out: HeadWordReading[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== 'LOC' || m.nested || m.j - m.i !== 1) continue;
    if (!doc.cap(m.i) || doc.allCaps(m.i) || !ORG_HEADS.has(doc.fold(m.i))) continue;
    if (townContext(m.i)) continue;
    out.push({ k, common: doc.sentences.first[doc.sentenceOf[m.i]] === m.i });
  }
  return out;
}
