/**
 * A small open-addressing map from int32 keys to 8-bit flags, on typed arrays, for per-document
 * tallies keyed by word hashes (a `Map` boxes most 32-bit hashes as heap numbers).
 */
export class IntBits {
  private readonly keys: Int32Array;
  /** Flags + 1 per slot; 0 marks an empty slot. */
  private readonly vals: Uint16Array;
  private readonly mask: number;

  /** @param expected - at most this many distinct keys will be set. */
  constructor(expected: number) {
    let cap = 16;
    while (cap < expected * 2) cap <<= 1;
    this.keys = new Int32Array(cap);
    this.vals = new Uint16Array(cap);
    this.mask = cap - 1;
  }

  private slot(key: number): number {
    const { keys, vals, mask } = this;
    let s = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (vals[s] !== 0 && keys[s] !== key) s = (s + 1) & mask;
    return s;
  }

  /** ORs `bits` (0..255) into the flags of `key`. */
  or(key: number, bits: number): void {
    const s = this.slot(key);
    this.keys[s] = key;
    this.vals[s] = ((this.vals[s] === 0 ? 0 : this.vals[s] - 1) | bits) + 1;
  }

  /** The flags of `key` (0 when never set). */
  get(key: number): number {
    const v = this.vals[this.slot(key)];
    return v === 0 ? 0 : v - 1;
  }
}

/**
 * An instance that stays alive for its hidden class. V8 holds the hidden class that the constructor's fields give
 * an instance only weakly: when no instance is alive (between two documents), a full GC drops it, and the
 * optimised code of every function that checks for it is thrown away ("weak objects") and compiled again on the
 * next documents (a full GC between two analyses of a 1,000-word article: 2.8 -> 8-10 CPU ms per analysis for the
 * next ten). In the bench, compromise's allocations force such GCs between our documents.
 */
export const INT_BITS_SHAPE = new IntBits(0);
