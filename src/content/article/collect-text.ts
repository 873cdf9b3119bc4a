/**
 * Reads the live text nodes of the article's blocks into a {@link TextModel}, in time slices, skipping
 * everything that is not article prose (see `exclusions.ts`).
 *
 * Visibility is judged from the markup (hidden and aria-hidden attributes, inline styles, hidden-class
 * names), as Readability does: asking the browser for computed styles right after the page loaded forces
 * a full style pass (measured 30–90 ms on the shared pages) inside a Backstory task. Text hidden only by a
 * page stylesheet may therefore be read; its marks are invisible and keyboard navigation skips them.
 */
import { isSkipped } from './exclusions';
import type { TextModel } from './text-model';
import type { Slicer } from '../slicer';

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'TD', 'TH', 'CAPTION', 'FIGURE', 'FIGCAPTION',
  'ADDRESS', 'HR', 'BODY', 'DETAILS', 'SUMMARY', 'FIELDSET',
]);

/** Options for {@link collectText}. */
export interface CollectOptions {
  own?: ReadonlySet<Element>;
  /** Stop after this many nodes (elements and text). */
  maxNodes?: number;
}

/** Nearest block-level ancestor of a node. */
function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && !BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
  return el;
}

/**
 * Appends the readable text under each of `roots` (in order) to `model`, a block break between blocks.
 * Roots themselves are never skipped as boilerplate (the finder chose them); their descendants may be.
 * Returns the number of nodes visited.
 */
export async function collectText(roots: Element[], model: TextModel, slicer: Slicer, opts: CollectOptions = {}): Promise<number> {
  const maxNodes = opts.maxNodes ?? 100_000;
  let visited = 0;
  let lastBlock: Element | null = null;
  for (const root of roots) {
    if (model.full || visited >= maxNodes) break;
    if (isSkipped(root, { own: opts.own, boilerplate: false })) continue;
    model.breakBlock();
    lastBlock = null;
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode: (n) => (n.nodeType === 1 && isSkipped(n as Element, { own: opts.own }) ? 2 : 1),
    });
    for (let n = walker.nextNode(); n && visited < maxNodes; n = walker.nextNode()) {
      visited++;
      if ((visited & 31) === 0 && slicer.due()) await slicer.pause();
      if (n.nodeType === 1) {
        if ((n as Element).tagName === 'BR') model.breakBlock();
        continue;
      }
      const text = n as Text;
      if (!text.data.trim()) {
        // Whitespace-only nodes matter only between inline words of the same block.
        if (lastBlock && blockOf(text) === lastBlock) model.append(text);
        continue;
      }
      const block = blockOf(text);
      if (block !== lastBlock) model.breakBlock();
      lastBlock = block;
      if (!model.append(text)) break;
    }
  }
  return visited;
}

/**
 * Appends the readable text of nodes added to the page later (dynamic content) to `model`, skipping
 * nodes inside skipped ancestors up to `boundary`. Returns true when any text was added.
 */
export async function collectAddedText(
  added: Node[],
  boundary: Element,
  model: TextModel,
  slicer: Slicer,
  opts: CollectOptions = {},
): Promise<boolean> {
  const before = model.size;
  const roots: Element[] = [];
  for (const node of added) {
    if (!node.isConnected || !boundary.contains(node)) continue;
    let skipped = false;
    for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== boundary; el = el.parentElement) {
      if (isSkipped(el, { own: opts.own })) {
        skipped = true;
        break;
      }
    }
    if (skipped) continue;
    if (node.nodeType === 1) roots.push(node as Element);
    else if (node.nodeType === 3 && node.parentElement) {
      model.breakBlock();
      model.append(node as Text);
    }
  }
  if (roots.length) await collectText(roots, model, slicer, opts);
  return model.size > before;
}
