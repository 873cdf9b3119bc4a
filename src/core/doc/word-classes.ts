/**
 * Word classes: fixed sets of folded words (title heads, speech verbs, kinship words…) that many rule passes test
 * every token against. Each set registered with {@link wordClass} gets a bit. The classes of a word the fold table
 * holds (`fold-cache`) are computed once, when a document first folds it, and kept with the word in that table; a
 * document copies them per token as it folds, so {@link Doc.is} is an array read instead of one set lookup per test
 * and pass (1.5M string set lookups per pass over the corpora before, 0.4M after). A token the table does not hold
 * (long, not ASCII, or folded during warm-up) gets its bits on its first `is` test. Computing a word's bits is one
 * lookup in a map from every word of every class to its bits, built on first use.
 *
 * `doc.is(i, cls)` equals `set.has(doc.fold(i))` for the set `cls` was made from, as long as the set is not changed
 * after it is registered (the registered sets are module constants that nothing changes).
 */

/** The registered sets, by class bit index. */
const sets: Array<ReadonlySet<string>> = [];

/** Marks computed class bits: a word of no class still has a non-zero entry. */
export const CLASSES_KNOWN = 1 << 30;

/** Most classes: bits 0-29 (bit 30 is {@link CLASSES_KNOWN}). */
const MAX_CLASSES = 30;

/** Every word of a registered set → its class bits with {@link CLASSES_KNOWN}; built on first use. */
let byWord: Map<string, number> | undefined;

/**
 * Registers a set of folded words as a word class (at module load, before any document is read).
 * @param set - the words; must not change after this call.
 * @returns the class's bit, for {@link Doc.is}.
 */
export function wordClass(set: ReadonlySet<string>): number {
  if (sets.length >= MAX_CLASSES) throw new Error(`word classes: more than ${MAX_CLASSES}`);
  if (byWord) throw new Error('word classes: registered after use');
  sets.push(set);
  return 1 << (sets.length - 1);
}

/**
 * The class bits of a folded word, with {@link CLASSES_KNOWN} set.
 * @param folded - a folded token text (`foldToken`).
 */
export function classesOf(folded: string): number {
  return (byWord ??= wordsToClasses()).get(folded) ?? CLASSES_KNOWN;
}

/** The map behind {@link classesOf}: for each word of any registered set, the bits of the sets that hold it. */
function wordsToClasses(): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = 0; k < sets.length; k++) for (const w of sets[k]) out.set(w, (out.get(w) ?? CLASSES_KNOWN) | (1 << k));
  return out;
}
