/**
 * Content script entry. Injected on sites the reader enabled (registered content script) or once through
 * the toolbar button; it may be injected twice into the same page, so it starts one session only. The
 * background may ask it to re-read its settings (`content/refresh`), e.g. after the site was turned off.
 */
import { browser, type Runtime } from '../platform/browser';
import { Highlighter } from './paint/highlighter';
import { PageSession } from './session';
import { isContentCommand } from './commands';
import { milestone } from './timing';

milestone('injected', { readyState: document.readyState });

const KEY = Symbol.for('backstory.content');
type Global = typeof globalThis & { [KEY]?: PageSession };
const g = globalThis as Global;

/**
 * The marks' stylesheet, installed when the script is injected while the document loads (document_start), so
 * that every style pass of the page includes it; the first session takes it over. Only the stylesheet: the
 * session itself is created at DOMContentLoaded (its card host must be created after the page's own custom
 * elements are defined, see card-host.ts).
 */
let earlyHighlighter: Highlighter | null = null;

function boot(): void {
  const existing = g[KEY];
  if (existing && !existing.stopped) return;
  const session = new PageSession(document, earlyHighlighter ?? undefined);
  earlyHighlighter = null;
  g[KEY] = session;
  void session.start();
}

if (!g[KEY]) {
  browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !isContentCommand(msg)) return undefined;
    const session = g[KEY];
    if (msg.type === 'content/refresh') {
      if (session && !session.stopped) return session.refresh().then(() => null);
      boot();
      return Promise.resolve(null);
    }
    if (msg.type === 'content/stop') {
      session?.stop();
      return Promise.resolve(null);
    }
    return undefined;
  });
}

if (document.readyState === 'loading') {
  if (!g[KEY]) {
    earlyHighlighter = new Highlighter(document);
    earlyHighlighter.style('default', { element: false });
  }
  document.addEventListener('DOMContentLoaded', boot, { once: true });
} else boot();
