/**
 * The element that holds Backstory's UI in the page: attached to `<html>`, with a CLOSED shadow root that
 * holds the card frame ({@link FrameLink}: an extension page, so neither page scripts nor `window.find()`
 * reach the card's text, which a closed root alone does not prevent) and the screen-reader live region for
 * keyboard navigation. Page styles cannot reach either.
 */
import { FrameLink, type FrameListener } from './frame-link';
import { HOST_STYLE, PANEL_CSS } from './host-styles';

/** The host, its shadow root, the panel and the live region. */
export class CardHost {
  /** The light-DOM element (the only node Backstory adds to the page outside the fallback marks). */
  readonly host: HTMLElement;
  /** The card frame (positioned, fixed); created with the first card. */
  private link: FrameLink | null = null;
  private listener: FrameListener = () => undefined;
  private readonly live: HTMLElement;
  private readonly root: ShadowRoot;
  private announceTimer = 0;

  constructor(private readonly doc: Document = document) {
    this.host = createHost(doc);
    this.host.setAttribute('style', HOST_STYLE);
    this.root = this.host.attachShadow({ mode: 'closed' });
    addStyle(this.root, PANEL_CSS);
    const shell = doc.createElement('div');
    shell.className = 'bs-shell bs-root';
    this.live = doc.createElement('div');
    this.live.className = 'bs-live';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    // Focusable by script only: taking the focus back from the card frame goes through it.
    this.live.setAttribute('tabindex', '-1');
    shell.append(this.live);
    this.root.append(shell);
    this.shell = shell;
  }

  private readonly shell: HTMLElement;

  /** Sets who hears the frame's messages (the card controller). */
  onFrameMessage(listener: FrameListener): void {
    this.listener = listener;
  }

  /** The card frame, created (hidden) and attached on first use. */
  get frame(): FrameLink {
    if (!this.link) {
      this.link = new FrameLink(this.doc, (m) => this.listener(m));
      this.link.frame.style.visibility = 'hidden';
      this.shell.append(this.link.frame);
    }
    this.attach();
    return this.link;
  }

  /** True once the frame exists. */
  get hasFrame(): boolean {
    return this.link !== null;
  }

  /** Attaches the host to the page (again, if the page removed it). */
  attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
    // Keep the inline reset even if a page script rewrote the attribute.
    if (this.host.getAttribute('style') !== HOST_STYLE) this.host.setAttribute('style', HOST_STYLE);
  }

  /**
   * Moves the keyboard focus from the card frame back to the page (a blur of the iframe does not, in Firefox):
   * the page's and Backstory's shortcuts work again.
   */
  takeFocusBack(): void {
    if (!this.host.isConnected) return;
    this.live.focus({ preventScroll: true });
    this.live.blur();
  }

  /** Says `text` to screen readers (polite). */
  announce(text: string): void {
    this.attach();
    this.live.textContent = '';
    clearTimeout(this.announceTimer);
    // A fresh text node after a tick is announced even when the text repeats.
    this.announceTimer = window.setTimeout(() => {
      this.live.textContent = text;
    }, 30);
  }

  /** True when the event happened inside Backstory's UI. */
  contains(target: EventTarget | null): boolean {
    return target === this.host;
  }

  /** Removes the host from the page. */
  detach(): void {
    clearTimeout(this.announceTimer);
    this.host.remove();
  }
}

/**
 * `<backstory-ui>`, or a plain `<div>` when the page defined that name as its own custom element: the page's
 * constructor would then run on our host, could take its ElementInternals (whose `shadowRoot` reaches even a
 * closed root) or attach a root first. A `<div>` can never be a page's custom element.
 */
function createHost(doc: Document): HTMLElement {
  const own = doc.createElement('backstory-ui');
  return own.matches(':defined') ? doc.createElement('div') : own;
}

function addStyle(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  } catch {
    // Firefox content scripts may refuse a sheet from their own compartment: use a <style>.
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.appendChild(style);
}
