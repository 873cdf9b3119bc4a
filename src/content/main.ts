/**
 * Content script entry. Injected on sites the reader enabled (registered content script) or once through
 * the toolbar button; it may be injected twice into the same page, so it starts one session only. The
 * background may ask it to re-read its settings (`content/refresh`), e.g. after the site was turned off.
 */
import { browser, type Runtime } from '../platform/browser';
import { PageSession } from './session';
import { isContentCommand } from './commands';
import { milestone } from './timing';

milestone('injected', { readyState: document.readyState });

const KEY = Symbol.for('backstory.content');
type Global = typeof globalThis & { [KEY]?: PageSession };
const g = globalThis as Global;

/** The page's live session, created (listeners, the marks' stylesheet) but not necessarily started. */
function prepare(): PageSession {
  const existing = g[KEY];
  if (existing && !existing.stopped) return existing;
  const session = new PageSession(document);
  g[KEY] = session;
  return session;
}

function boot(): void {
  const session = prepare();
  if (!session.started) void session.start();
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

// Injected while the document loads (document_start): the session is set up now, so the DOMContentLoaded task
// only reads the article and sends it (and the stylesheet is in before the page's first style pass).
if (document.readyState === 'loading') {
  prepare();
  document.addEventListener('DOMContentLoaded', boot, { once: true });
} else boot();
