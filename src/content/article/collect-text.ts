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
    // Pre-order walk of the root's elements and text nodes, skipped subtrees left out, as a TreeWalker with a
    // filter would go, but without calling a script filter from the DOM for every node, and with each element's
    // block (its nearest block-level ancestor or itself) known from its parent's instead of looked up again for
    // every text node.
    const open: Array<{ node: Node; block: Element | null }> = [{ node: root, block: BLOCK_TAGS.has(root.tagName) ? root : blockOf(root) }];
    let n: Node | null = root.firstChild;
    while (open.length && visited < maxNodes) {
      if (!n) {
        const left = open.pop()!.node;
        n = open.length ? left.nextSibling : null;
        continue;
      }
      const type = n.nodeType;
      if (type === 1) {
        const el = n as Element;
        if (isSkipped(el, { own: opts.own })) {
          n = n.nextSibling;
          continue;
        }
        visited++;
        if ((visited & 31) === 0 && slicer.due()) await slicer.pause();
        if (el.tagName === 'BR') model.breakBlock();
        open.push({ node: el, block: BLOCK_TAGS.has(el.tagName) ? el : open[open.length - 1].block });
        n = el.firstChild;
        continue;
      }
      if (type !== 3) {
        n = n.nextSibling;
        continue;
      }
      visited++;
      if ((visited & 31) === 0 && slicer.due()) await slicer.pause();
      const text = n as Text;
      n = n.nextSibling;
      const block = open[open.length - 1].block;
      if (!text.data.trim()) {
        // Whitespace-only nodes matter only between inline words of the same block.
        if (lastBlock && block === lastBlock) model.append(text);
        continue;
      }
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
