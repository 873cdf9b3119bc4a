/**
 * Folded token texts shared across documents. Most tokens are short ASCII words that recur
 * ("the", "said", "Minister"): their folded form (`foldToken`, here plain lower case) is looked up
 * by a hash computed from the text in place, so a recurring word costs no slice, no `toLowerCase`
 * and no new string, and every document gets the same string objects (whose hashes the engine's
 * `Set`/`Map` lookups then reuse). Short tokens with non-ASCII characters (curly quotes, accented
 * names) are kept in a second table keyed by their raw text, so `normalize` runs once per distinct
 * token. Long tokens go through `foldToken` as before, and so do the
 * first {@link WARM_UP} calls of a process: until the engine's code is compiled, the builtin
 * `toLowerCase` is cheaper than the interpreted hashing (this keeps a cold start as it was).
 */
import { foldToken } from '../gazetteer/fold';

/** Longest token kept, in code units. */
const MAX_LEN = 24;
const SLOTS = 1 << 17;
const MASK = SLOTS - 1;
/** Distinct words kept before the table is emptied (half the slots, so probes stay short). */
const LIMIT = SLOTS >> 1;

/** Calls served by `foldToken` directly before the table is used. */
const WARM_UP = 20_000;
let calls = 0;

// The tables are allocated when the warm-up ends (a cold start that never gets there does not pay for them).
let words: Array<string | undefined> = [];
let count = 0;

/**
 * Two numbers per slot, side by side: at `2 × slot` the hash of the slot's word, and at `2 × slot + 1` ({@link slotTagAt})
 * a number a caller keeps with the word ({@link lastFoldSlot}), 0 for a word just added; the document layer keeps
 * there the word classes of the word (see ./word-classes). Side by side, a fold that finds its word reads one
 * place of this table instead of one in each of two (the two reads were ~40 % of the time of folding a document).
 */
export let slotRecords = new Int32Array(0);
let lastSlot = -1;

/** Index in {@link slotRecords} of the caller's number for the word in `slot`. */
export function slotTagAt(slot: number): number {
  return slot * 2 + 1;
}

/** Allocates the tables, at the end of the warm-up. */
function allocateTables(): void {
  words = new Array<string | undefined>(SLOTS);
  slotRecords = new Int32Array(SLOTS * 2);
  otherRaw = new Array<string | undefined>(OTHER_SLOTS).fill(undefined);
  otherFolded = new Array<string>(OTHER_SLOTS).fill('');
}

/** The slot of the word that the last {@link foldAt} call returned, or -1 when the table does not hold it. */
export function lastFoldSlot(): number {
  return lastSlot;
}

/**
 * `foldToken(text.slice(start, end))`, interned for short ASCII tokens.
 * @param text - the document text.
 * @param start - token start offset.
 * @param end - token end offset (exclusive).
 */
export function foldAt(text: string, start: number, end: number): string {
  const len = end - start;
  lastSlot = -1;
  if (len > MAX_LEN || calls < WARM_UP) {
    if (calls < WARM_UP && ++calls === WARM_UP) allocateTables();
    return foldToken(text.slice(start, end));
  }
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c > 127) return foldOther(text, start, end);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  let slot = (Math.imul(h, 0x9e3779b1) >>> 15) & MASK;
  for (;;) {
    const w = words[slot];
    if (w === undefined) break;
    if (slotRecords[slot * 2] === h && w.length === len && sameFolded(text, start, w)) {
      lastSlot = slot;
      return w;
    }
    slot = (slot + 1) & MASK;
  }
  const folded = text.slice(start, end).toLowerCase();
  if (count >= LIMIT) {
    words = new Array<string | undefined>(SLOTS);
    count = 0;
    slot = (Math.imul(h, 0x9e3779b1) >>> 15) & MASK;
  }
  words[slot] = folded;
  slotRecords[slot * 2] = h;
  slotRecords[slot * 2 + 1] = 0;
  lastSlot = slot;
  count++;
  return folded;
}

/** True when the ASCII text at `start` lower-cases to `w` (lengths already equal). */
function sameFolded(text: string, start: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== w.charCodeAt(k)) return false;
  }
  return true;
}

const OTHER_SLOTS = 1 << 12;
const OTHER_MASK = OTHER_SLOTS - 1;
/** Raw texts and their folds of short non-ASCII tokens, by slot (direct-mapped: a new token evicts). */
let otherRaw: Array<string | undefined> = [];
let otherFolded: string[] = [];

/** `foldToken(text.slice(start, end))` for a short token with a non-ASCII character. */
function foldOther(text: string, start: number, end: number): string {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  const slot = (Math.imul(h, 0x9e3779b1) >>> 20) & OTHER_MASK;
  const raw = otherRaw[slot];
  if (raw !== undefined && raw.length === end - start && text.startsWith(raw, start)) return otherFolded[slot];
  const token = text.slice(start, end);
  const folded = foldToken(token);
  otherRaw[slot] = token;
  otherFolded[slot] = folded;
  return folded;
}
