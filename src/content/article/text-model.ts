/**
 * The article as one string, with a map from every offset back to a live text node.
 *
 * Whitespace runs inside a text node are collapsed to one space (as the page renders them) and blocks are
 * separated by a blank line, so the engine sees prose, not HTML indentation. Each text node keeps the
 * points where its output and input offsets drift apart, so an offset of the string maps back to the exact
 * character of the DOM, and a mention becomes a `Range` over the live page.
 */

/** Where one text node's characters sit in the model's string. */
export interface Segment {
  node: Text;
  /** Offset of the node's first output character in the model's text. */
  start: number;
  /** Offset after its last output character. */
  end: number;
  /**
   * Drift points as flat pairs `[out, in, out, in…]`, relative to the segment: from output offset `out` on,
   * output `o` is input `in + (o − out)`. Empty when the node's text was copied unchanged.
   */
  drift: number[];
}

/** A DOM position. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** Block separator between text of different blocks. */
export const BLOCK_BREAK = '\n\n';

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/** Text of an article, appended node by node, mapping offsets back to the DOM. */
export class TextModel {
  readonly segments: Segment[] = [];
  private readonly parts: string[] = [];
  private joined: string | null = '';
  private length = 0;
  /** Whether the last output character is a space or a break (a following space is dropped). */
  private atGap = true;
  private readonly known = new Map<Text, Segment>();

  constructor(
    /** Maximum characters kept; text beyond it is ignored (10 MB pages stay bounded). */
    readonly maxChars = 1_000_000,
  ) {}

  /** The article text so far. */
  get text(): string {
    if (this.joined === null) {
      this.joined = this.parts.join('');
      this.parts.length = 0;
      this.parts.push(this.joined);
    }
    return this.joined;
  }

  /** Number of characters so far. */
  get size(): number {
    return this.length;
  }

  /** True once the cap was reached. */
  get full(): boolean {
    return this.length >= this.maxChars;
  }

  /** True when `node` is already part of the model. */
  has(node: Text): boolean {
    return this.known.has(node);
  }

  /** Starts a new block: the next text is separated by a blank line. */
  breakBlock(): void {
    if (this.length === 0 || this.endsWithBreak()) return;
    this.push(BLOCK_BREAK);
    this.atGap = true;
  }

  /** Appends one text node (whitespace collapsed). Returns false when the cap is reached. */
  append(node: Text): boolean {
    if (this.full || this.known.has(node)) return !this.full;
    const data = node.data;
    let out = '';
    const drift: number[] = [];
    let i = 0;
    const n = data.length;
    let chunkStart = 0;
    while (i < n) {
      const c = data.charCodeAt(i);
      if (!isSpace(c)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && isSpace(data.charCodeAt(j))) j++;
      out += data.slice(chunkStart, i);
      const gapBefore = out.length === 0 ? this.atGap : false;
      if (gapBefore) {
        // Leading space after a break or a space: dropped.
        drift.push(out.length, j);
      } else {
        out += ' ';
        drift.push(out.length, j);
      }
      chunkStart = j;
      i = j;
    }
    out += data.slice(chunkStart);
    if (out.length === 0) return true;
    const room = this.maxChars - this.length;
    if (out.length > room) out = out.slice(0, room);
    const segment: Segment = { node, start: this.length, end: this.length + out.length, drift: compactDrift(drift) };
    this.known.set(node, segment);
    this.segments.push(segment);
    this.push(out);
    this.atGap = out.charCodeAt(out.length - 1) === 32;
    return !this.full;
  }

  /**
   * The DOM position of a text offset. `side` says whether the offset starts a span (it moves forward out
   * of a separator) or ends one (it moves back).
   */
  locate(offset: number, side: 'start' | 'end'): DomPoint | null {
    const segs = this.segments;
    if (segs.length === 0) return null;
    let lo = 0;
    let hi = segs.length - 1;
    // Last segment whose start <= offset (for 'end': start < offset).
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const s = segs[mid].start;
      if (side === 'start' ? s <= offset : s < offset) lo = mid;
      else hi = mid - 1;
    }
    let seg = segs[lo];
    if (side === 'start') {
      if (offset >= seg.end) {
        seg = segs[lo + 1];
        if (!seg) return null;
        offset = seg.start;
      } else if (offset < seg.start) offset = seg.start;
      return { node: seg.node, offset: Math.min(inputOffset(seg, offset - seg.start), seg.node.length) };
    }
    if (offset <= seg.start) return null;
    const rel = Math.min(offset, seg.end) - seg.start;
    return { node: seg.node, offset: Math.min(inputOffset(seg, rel - 1) + 1, seg.node.length) };
  }

  /** A live `Range` over the text span, or null when it no longer maps to the page. */
  range(start: number, end: number, doc: Document = document): Range | null {
    if (end <= start) return null;
    const a = this.locate(start, 'start');
    const b = this.locate(end, 'end');
    if (!a || !b) return null;
    const range = doc.createRange();
    try {
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
    } catch {
      return null;
    }
    return range.collapsed ? null : range;
  }

  /** The text offset of DOM position (node, offset), or null when the node is not part of the model. */
  offsetOf(node: Text, offset: number): number | null {
    const seg = this.known.get(node);
    if (!seg) return null;
    const d = seg.drift;
    let out = offset;
    let limit = seg.end - seg.start;
    for (let k = 0; k < d.length; k += 2) {
      if (d[k + 1] <= offset) out = d[k] + (offset - d[k + 1]);
      else {
        limit = Math.min(limit, d[k]);
        break;
      }
    }
    return seg.start + Math.max(0, Math.min(out, limit));
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    this.joined = null;
  }

  private endsWithBreak(): boolean {
    const last = this.joined ?? this.parts[this.parts.length - 1] ?? '';
    return last.endsWith(BLOCK_BREAK);
  }
}

/** Output → input offset inside one segment. */
function inputOffset(seg: Segment, rel: number): number {
  const d = seg.drift;
  // Last drift point with out <= rel.
  let lo = -1;
  let a = 0;
  let b = d.length / 2 - 1;
  while (a <= b) {
    const mid = (a + b) >> 1;
    if (d[mid * 2] <= rel) {
      lo = mid;
      a = mid + 1;
    } else b = mid - 1;
  }
  if (lo < 0) return rel;
  return d[lo * 2 + 1] + (rel - d[lo * 2]);
}

/** Drops drift points that do not change the mapping (a single space kept as a space). */
function compactDrift(d: number[]): number[] {
  const out: number[] = [];
  let prevDelta = 0;
  for (let k = 0; k < d.length; k += 2) {
    const delta = d[k + 1] - d[k];
    if (delta !== prevDelta) {
      // Several points at the same output offset: the last one wins.
      if (out.length && out[out.length - 2] === d[k]) out.splice(out.length - 2, 2);
      out.push(d[k], d[k + 1]);
      prevDelta = delta;
    }
  }
  return out;
}
