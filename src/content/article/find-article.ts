/**
 * Finds the article on the live page in time slices: paragraphs are scored (length, commas) and their
 * scores flow to their ancestors, as in Readability's scoring; the best container, penalised by its link
 * density, is the article, with its sibling blocks that also read as prose.
 *
 * Readability itself needs one uninterruptible pass over a cloned document (measured 30–260 ms per page on
 * the shared pages in Chromium, cold), which breaks the 50 ms long-task budget; this walk does the same
 * kind of scoring without cloning, a few milliseconds at a time.
 */
import { isSkipped, looksLikeBoilerplate } from './exclusions';
import type { Slicer } from '../slicer';

/** The article found on a page. */
export interface ArticleBlocks {
  /** The article container. */
  root: Element;
  /** Blocks to read, in document order: the root, or the root and its sibling prose blocks. */
  blocks: Element[];
  /** Readability-style score of the root. */
  score: number;
  /** Characters of paragraph text under the blocks. */
  chars: number;
}

/** Result of {@link findArticle}: the article, or why there is none. */
export type Finding = { ok: true; article: ArticleBlocks } | { ok: false; reason: 'not-article'; elements: number };

/** Limits of {@link findArticle}. */
export interface FindOptions {
  /** Elements visited at most (100,000-node pages are capped). */
  maxElements?: number;
  /** Minimum paragraph text for a page to count as an article. */
  minChars?: number;
  own?: ReadonlySet<Element>;
}

/** An element the walk is inside, with the paragraph and link characters of its subtree so far. */
interface OpenElement {
  el: Element;
  prose: number;
  hasProse: boolean;
  linked: number;
}

const PARAGRAPH_TAGS = new Set(['P', 'BLOCKQUOTE', 'TD', 'DD', 'H2', 'H3']);
const CONTAINER_BONUS: Record<string, number> = {
  ARTICLE: 10, MAIN: 5, DIV: 5, SECTION: 3, TD: 3, BLOCKQUOTE: 3,
  FORM: -3, OL: -3, UL: -3, DL: -3, ADDRESS: -3, TH: -5, H1: -5, H2: -5, H3: -5, H4: -5, H5: -5, H6: -5, LI: -3,
};

/** Finds the article's blocks on `doc`, pausing through `slicer`. */
export async function findArticle(doc: Document, slicer: Slicer, opts: FindOptions = {}): Promise<Finding> {
  const maxElements = opts.maxElements ?? 100_000;
  const minChars = opts.minChars ?? 140;
  const body = doc.body;
  if (!body) return { ok: false, reason: 'not-article', elements: 0 };
  const scores = new Map<Element, number>();
  // Paragraph and link characters under each element of the body (itself included), summed as the walk leaves
  // each element: link density and sizes are then lookups, not further passes over large subtrees. An element
  // has a `prose` entry when any paragraph was visited under it, even an empty one.
  const prose = new Map<Element, number>();
  const linked = new Map<Element, number>();
  // The elements the walk is inside (body first), with their subtrees' sums so far.
  const open: OpenElement[] = [{ el: body, prose: 0, hasProse: false, linked: 0 }];
  const leave = (): Element => {
    const top = open.pop()!;
    if (top.hasProse) prose.set(top.el, top.prose);
    if (top.linked) linked.set(top.el, top.linked);
    const parent = open[open.length - 1];
    if (parent) {
      parent.prose += top.prose;
      parent.hasProse ||= top.hasProse;
      parent.linked += top.linked;
    }
    return top.el;
  };
  // Pre-order walk of the body's elements, skipped subtrees left out, as a TreeWalker with a filter would go
  // but without calling a script filter from the DOM for every element (the read runs in the
  // DOMContentLoaded task, where every millisecond delays the page's own first rendering).
  let visited = 0;
  let el: Element | null = body.firstElementChild;
  while (open.length) {
    if (!el) {
      const left = leave();
      el = open.length ? left.nextElementSibling : null;
      continue;
    }
    if (isSkipped(el, { own: opts.own, boilerplate: false })) {
      el = el.nextElementSibling;
      continue;
    }
    if (visited >= maxElements) break;
    visited++;
    if ((visited & 15) === 0 && slicer.due()) await slicer.pause();
    const here: OpenElement = { el, prose: 0, hasProse: false, linked: 0 };
    open.push(here);
    if (el.tagName === 'A') {
      here.linked = (el.textContent ?? '').trim().length;
    } else if (isParagraph(el)) {
      const text = el.textContent ?? '';
      const len = text.trim().length;
      here.prose = len;
      here.hasProse = true;
      if (len >= 25) {
        let score = 1 + countCommas(text) + Math.min(Math.floor(len / 100), 3);
        if (looksLikeBoilerplate(el)) score /= 4;
        let ancestor = el.parentElement;
        for (let level = 0; ancestor && level < 4 && ancestor !== doc.documentElement; level++) {
          if (!scores.has(ancestor)) scores.set(ancestor, initialScore(ancestor));
          const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
          scores.set(ancestor, scores.get(ancestor)! + score / divider);
          ancestor = ancestor.parentElement;
        }
      }
    }
    el = el.firstElementChild;
  }
  // A walk cut short by the element cap still counts what it saw.
  while (open.length) leave();
  if (scores.size === 0) return { ok: false, reason: 'not-article', elements: visited };

  const density = (el: Element): number => {
    const links = linked.get(el) ?? 0;
    return links ? Math.min(1, links / Math.max(prose.get(el) ?? 0, links)) : 0;
  };
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [el, raw] of ranked) {
    const adjusted = raw * (1 - density(el));
    if (adjusted > bestScore) {
      best = el;
      bestScore = adjusted;
    }
  }
  if (!best) return { ok: false, reason: 'not-article', elements: visited };
  // Prefer an ancestor that holds most of the same prose (a wrapper around split columns of paragraphs).
  const parent = best.parentElement;
  if (parent && parent !== body && scores.has(parent) && scores.get(parent)! * (1 - density(parent)) >= bestScore * 0.95) {
    best = parent;
    bestScore = scores.get(parent)!;
  }
  const blocks = siblingBlocks(best, bestScore, scores);
  const headline = headlineBefore(doc, blocks, opts.own);
  if (headline) blocks.unshift(headline);
  let chars = 0;
  for (const b of blocks) chars += prose.get(b) ?? (b.textContent ?? '').trim().length;
  if (chars < minChars) return { ok: false, reason: 'not-article', elements: visited };
  return { ok: true, article: { root: best, blocks, score: bestScore, chars } };
}

/** Shortest and longest text of a headline read with the article. */
const HEADLINE_CHARS = { min: 8, max: 300 };

/**
 * The page's headline when the article's blocks do not hold it: the first visible `<h1>` before them in
 * document order (news pages often put it in a header above the body's container), or undefined. Names in
 * the headline are the first a reader sees, so they are read and marked with the article's.
 */
export function headlineBefore(doc: Document, blocks: readonly Element[], own?: ReadonlySet<Element>): Element | undefined {
  const first = blocks[0];
  if (!first) return undefined;
  for (const b of blocks) if (b.tagName === 'H1' || b.getElementsByTagName('h1').length) return undefined;
  for (const h of Array.from(doc.getElementsByTagName('h1'))) {
    // Only before the article (a later <h1> is another story or a footer's), outside skipped parts of the page.
    if (!(first.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_PRECEDING)) return undefined;
    const length = (h.textContent ?? '').trim().length;
    if (length < HEADLINE_CHARS.min || length > HEADLINE_CHARS.max) continue;
    let skipped = false;
    for (let el: Element | null = h; el && !skipped; el = el.parentElement) skipped = isSkipped(el, { own });
    if (!skipped) return h;
  }
  return undefined;
}

/** A block that carries prose: a paragraph-like element, or a div with its own text. */
function isParagraph(el: Element): boolean {
  if (PARAGRAPH_TAGS.has(el.tagName)) return true;
  if (el.tagName !== 'DIV') return false;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    // Shorter data cannot hold 25 characters once trimmed: no trimmed copy is made for it.
    if (c.nodeType === 3 && (c as Text).length >= 25 && (c as Text).data.trim().length >= 25) return true;
  }
  return false;
}

function initialScore(el: Element): number {
  let s = CONTAINER_BONUS[el.tagName] ?? 0;
  if (looksLikeBoilerplate(el)) s -= 25;
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (/article|body|content|entry|main|page|post|story|text/i.test(words)) s += 25;
  return s;
}

/** Commas (ASCII, full-width, ideographic) in `text`, found by the string search rather than read character by character. */
function countCommas(text: string): number {
  let n = 0;
  for (const comma of COMMAS) for (let i = text.indexOf(comma); i >= 0; i = text.indexOf(comma, i + 1)) n++;
  return n;
}

const COMMAS = [',', '\uff0c', '\u3001'];

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').length;
  if (!total) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += (a.textContent ?? '').length;
  return Math.min(1, linked / total);
}

/** The root plus siblings that read as part of the article (Readability's sibling rule). */
function siblingBlocks(root: Element, rootScore: number, scores: Map<Element, number>): Element[] {
  const parent = root.parentElement;
  if (!parent) return [root];
  const threshold = Math.max(10, rootScore * 0.2);
  const out: Element[] = [];
  for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
    if (s === root) {
      out.push(s);
      continue;
    }
    if (isSkipped(s) ) continue;
    const score = scores.get(s) ?? 0;
    if (score >= threshold) {
      out.push(s);
      continue;
    }
    if (s.tagName === 'P') {
      const len = (s.textContent ?? '').trim().length;
      const density = linkDensity(s);
      if ((len > 80 && density < 0.25) || (len > 0 && density === 0 && /[.!?]\s*$/.test(s.textContent ?? ''))) out.push(s);
    }
  }
  return out;
}
