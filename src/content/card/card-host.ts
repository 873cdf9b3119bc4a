/**
 * The element that holds Backstory's UI in the page: attached to `<html>`, with a CLOSED shadow root that
 * holds the card frame ({@link FrameLink}: an extension page, so neither page scripts nor `window.find()`
 * reach the card's text, which a closed root alone does not prevent) and the screen-reader live region for
 * keyboard navigation. Page styles cannot reach either.
 */
import { FrameLink, type FrameListener } from './frame-link';
import { HOST_STYLE, PANEL_CSS } from './host-styles';

/** The host element with its shadow root's shell and live region. */
interface HostParts {
  host: HTMLElement;
  shell: HTMLElement;
  live: HTMLElement;
}

/**
 * The host, its shadow root, the panel and the live region. The elements are made at their first use (a card,
 * the card frame warmed at the first pointer movement, an announcement), not with the session: the session
 * starts in the page's DOMContentLoaded task, where the page waits for every millisecond Backstory spends, and
 * a host made later also comes after the page defined its own custom elements (see {@link createHost}).
 */
export class CardHost {
  /** The card frame (positioned, fixed); created with the first card. */
  private link: FrameLink | null = null;
  private listener: FrameListener = () => undefined;
  private made: HostParts | null = null;
  private announceTimer = 0;

  constructor(private readonly doc: Document = document) {}

  /** The light-DOM element (the only node Backstory adds to the page outside the fallback marks); made on first use. */
  get host(): HTMLElement {
    return this.parts.host;
  }

  /** True when `node` is the host or inside it (false while the host was not made). */
  owns(node: Node): boolean {
    const host = this.made?.host;
    return !!host && (node === host || host.contains(node));
  }

  /** The host element, if it was made: elements the page reader must never read. */
  ownElements(): ReadonlySet<Element> {
    return new Set(this.made ? [this.made.host] : []);
  }

  private get parts(): HostParts {
    if (this.made) return this.made;
    const doc = this.doc;
    const host = createHost(doc);
    host.setAttribute('style', HOST_STYLE);
    const root = host.attachShadow({ mode: 'closed' });
    addStyle(root, PANEL_CSS);
    const shell = doc.createElement('div');
    shell.className = 'bs-shell bs-root';
    const live = doc.createElement('div');
    live.className = 'bs-live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    // Focusable by script only: taking the focus back from the card frame goes through it.
    live.setAttribute('tabindex', '-1');
    shell.append(live);
    root.append(shell);
    this.made = { host, shell, live };
    return this.made;
  }

  /** Sets who hears the frame's messages (the card controller). */
  onFrameMessage(listener: FrameListener): void {
    this.listener = listener;
  }

  /** The card frame, created (hidden) and attached on first use. */
  get frame(): FrameLink {
    if (!this.link) {
      this.link = new FrameLink(this.doc, (m) => this.listener(m));
      this.link.frame.style.visibility = 'hidden';
      this.parts.shell.append(this.link.frame);
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
    const host = this.parts.host;
    if (!host.isConnected) this.doc.documentElement.appendChild(host);
    // Keep the inline reset even if a page script rewrote the attribute.
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
  }

  /**
   * Moves the keyboard focus from the card frame back to the page (a blur of the iframe does not, in Firefox):
   * the page's and Backstory's shortcuts work again.
   */
  takeFocusBack(): void {
    if (!this.made?.host.isConnected) return;
    this.made.live.focus({ preventScroll: true });
    this.made.live.blur();
  }

  /** Says `text` to screen readers (polite). */
  announce(text: string): void {
    this.attach();
    const live = this.parts.live;
    live.textContent = '';
    clearTimeout(this.announceTimer);
    // A fresh text node after a tick is announced even when the text repeats.
    this.announceTimer = window.setTimeout(() => {
      live.textContent = text;
    }, 30);
  }

  /** True when the event happened inside Backstory's UI. */
  contains(target: EventTarget | null): boolean {
    return !!this.made && target === this.made.host;
  }

  /** Removes the host from the page. */
  detach(): void {
    clearTimeout(this.announceTimer);
    this.made?.host.remove();
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
