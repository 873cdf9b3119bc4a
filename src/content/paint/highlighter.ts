/**
 * Paints marks with the CSS Custom Highlight API: ranges in `CSS.highlights`, styled by a document-level
 * stylesheet, so the page's DOM is never changed. Where the API is missing, marks fall back to a minimal
 * `<backstory-mark>` wrapper element (the only case where Backstory inserts nodes into the article).
 */
import type { Settings } from '../../background/model';
import { HIGHLIGHT_NAMES, highlightCss } from './highlight-styles';
import type { Mark, MarkKind } from './marks';

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: Range[]) => { add(r: Range): void; priority?: number };

function registry(): { highlights: HighlightRegistry; Highlight: HighlightCtor } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && typeof Highlight === 'function' ? { highlights: css.highlights, Highlight } : null;
}

/** True when the browser has the CSS Custom Highlight API. */
export function hasHighlightApi(): boolean {
  return registry() !== null;
}

/** Owns Backstory's highlights and their stylesheet on one document. */
export class Highlighter {
  private sheet: CSSStyleSheet | null = null;
  private styleEl: HTMLStyleElement | null = null;
  private wrappers: HTMLElement[] = [];
  /** The palette of the installed stylesheet. */
  private palette: Settings['palette'] | null = null;
  private readonly api = registry();

  constructor(private readonly doc: Document = document) {}

  /** Whether marks are painted without touching the DOM. */
  get native(): boolean {
    return this.api !== null;
  }

  /**
   * Installs (or updates) the stylesheet for `palette`. Returns false when it was not installed: where
   * constructable sheets are unavailable from this world, the fallback is a `<style>` element, which is only
   * added with `element` (default true; a document still being parsed should not get one ahead of its head).
   */
  style(palette: Settings['palette'], { element = true }: { element?: boolean } = {}): boolean {
    // The same palette again leaves the sheet alone: replacing its rules restyles the whole document.
    if (palette === this.palette && (this.sheet || this.styleEl)) return true;
    const css = highlightCss(palette) + (this.api ? '' : wrapperCss());
    if (this.sheet) {
      this.sheet.replaceSync(css);
      this.palette = palette;
      return true;
    }
    if (this.styleEl) {
      this.styleEl.textContent = css;
      this.palette = palette;
      return true;
    }
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // Constructable sheets unavailable from this world: a <style> element, removed on teardown.
      const parent = this.doc.head ?? this.doc.documentElement;
      if (!element || !parent) return false;
      const el = this.doc.createElement('style');
      el.textContent = css;
      parent.appendChild(el);
      this.styleEl = el;
    }
    this.palette = palette;
    return true;
  }

  /** Replaces every painted mark with `marks`. */
  paint(marks: Mark[]): void {
    this.clearMarks();
    if (this.api) {
      const byKind: Record<MarkKind, Range[]> = { official: [], person: [], place: [], org: [] };
      for (const m of marks) byKind[m.kind].push(m.range);
      for (const kind of Object.keys(byKind) as MarkKind[]) {
        if (byKind[kind].length) this.api.highlights.set(HIGHLIGHT_NAMES[kind], new this.api.Highlight(...byKind[kind]));
      }
      return;
    }
    // Fallback: wrap each single-node range, from the last to the first so earlier ranges stay valid.
    for (let i = marks.length - 1; i >= 0; i--) {
      const r = marks[i].range;
      if (r.startContainer !== r.endContainer || r.startContainer.nodeType !== 3) continue;
      const el = this.doc.createElement('backstory-mark');
      el.setAttribute('data-kind', marks[i].kind);
      try {
        r.surroundContents(el);
        this.wrappers.push(el);
      } catch {
        // Range no longer valid: skip this mark.
      }
    }
  }

  /** Marks one range as the keyboard focus, or clears the focus. */
  focus(range: Range | null): void {
    if (!this.api) return;
    if (range) {
      const h = new this.api.Highlight(range);
      h.priority = 1;
      this.api.highlights.set(HIGHLIGHT_NAMES.focus, h);
    } else this.api.highlights.delete(HIGHLIGHT_NAMES.focus);
  }

  /** Removes every mark (highlights or wrappers), keeping the stylesheet. */
  clearMarks(): void {
    if (this.api) {
      for (const name of Object.values(HIGHLIGHT_NAMES)) this.api.highlights.delete(name);
    }
    for (const el of this.wrappers) {
      const parent = el.parentNode;
      if (!parent) continue;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      parent.removeChild(el);
      parent.normalize();
    }
    this.wrappers = [];
  }

  /** Removes every mark and the stylesheet. */
  teardown(): void {
    this.clearMarks();
    if (this.sheet) {
      const sheet = this.sheet;
      try {
        this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The page replaced adoptedStyleSheets; nothing of ours is left there.
      }
      this.sheet = null;
    }
    this.styleEl?.remove();
    this.styleEl = null;
    this.palette = null;
  }
}

function wrapperCss(): string {
  return [
    'backstory-mark { display: inline; text-decoration: underline 2px; text-underline-offset: 0.18em; }',
    'backstory-mark[data-kind="official"] { text-decoration-style: solid; text-decoration-color: #b3261e; }',
    'backstory-mark[data-kind="person"] { text-decoration-style: dotted; text-decoration-color: #1f5fbf; }',
    'backstory-mark[data-kind="place"] { text-decoration-style: wavy; text-decoration-color: #1b7f3b; }',
    'backstory-mark[data-kind="org"] { text-decoration-style: dashed; text-decoration-color: #8a4fbf; }',
  ].join('\n');
}
