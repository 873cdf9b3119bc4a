/**
 * Finds the mark at a point of the page: the caret under the pointer (`caretPositionFromPoint`, else
 * `caretRangeFromPoint`) gives a text node and offset; the mark covering it is looked up per node, then
 * confirmed against the mark's rectangles (a caret lookup snaps to the nearest character even when the
 * pointer is in a margin).
 */
import type { Mark } from '../paint/marks';

interface NodeSpan {
  mark: Mark;
  start: number;
  end: number;
}

/** A DOM caret position. */
export interface Caret {
  node: Node;
  offset: number;
}

/** The caret at a viewport point, from whichever API the browser has. */
export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
  } catch {
    return null;
  }
  return null;
}

/** True when (x, y) lies in one of the range's rectangles (with `slack` pixels). */
export function rangeContainsPoint(range: Range, x: number, y: number, slack = 1): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}

/** Lookup of marks by the text nodes they cover. */
export class MarkIndex {
  private readonly byNode = new Map<Node, NodeSpan[]>();
  /** Marks in reading order. */
  readonly marks: Mark[];

  constructor(marks: Mark[]) {
    this.marks = marks;
    for (const mark of marks) this.addSpans(mark);
  }

  /** The mark covering a caret position, if any. */
  atCaret(caret: Caret): Mark | null {
    const spans = this.byNode.get(caret.node);
    if (!spans) return null;
    for (const s of spans) if (caret.offset >= s.start && caret.offset <= s.end) return s.mark;
    return null;
  }

  /** The mark under a viewport point, confirmed by its rectangles. */
  atPoint(doc: Document, x: number, y: number): Mark | null {
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    const spans = this.byNode.get(caret.node);
    if (!spans) return null;
    for (const s of spans) {
      if (caret.offset < s.start - 1 || caret.offset > s.end + 1) continue;
      if (rangeContainsPoint(s.mark.range, x, y)) return s.mark;
    }
    return null;
  }

  private addSpans(mark: Mark): void {
    const r = mark.range;
    const start = r.startContainer;
    const end = r.endContainer;
    if (start === end) {
      this.push(start, { mark, start: r.startOffset, end: r.endOffset });
      return;
    }
    // A mark across several text nodes ("<a>Barack</a> Obama"): index each node it touches.
    const doc = start.ownerDocument;
    const root = r.commonAncestorContainer;
    if (!doc) return;
    const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
    walker.currentNode = start;
    for (let n: Node | null = start; n; n = walker.nextNode()) {
      const from = n === start ? r.startOffset : 0;
      const to = n === end ? r.endOffset : (n as Text).length;
      this.push(n, { mark, start: from, end: to });
      if (n === end) break;
    }
  }

  private push(node: Node, span: NodeSpan): void {
    const list = this.byNode.get(node);
    if (list) list.push(span);
    else this.byNode.set(node, [span]);
  }
}
