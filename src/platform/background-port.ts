/**
 * The browser APIs the background uses, behind the {@link BrowserPort} interface (see src/background/services.ts).
 */
import type { BrowserPort, TabInfo } from '../background/services';
import { browser } from './browser';

/** Id of the dynamically registered content script. */
export const CONTENT_SCRIPT_ID = 'backstory-content';
/** The content script bundle in the extension folder. */
export const CONTENT_SCRIPT_FILE = 'content.js';

/** The real browser, through webextension-polyfill. */
/**
 * document_start: the script only waits for DOMContentLoaded and starts right then. A document_end script is
 * queued behind the page's own parsing and rendering tasks and started 20–350 ms after DOMContentLoaded on
 * the shared pages (measured by bench:pages); document_idle would also wait for slow subresources.
 */
const RUN_AT = 'document_start' as const;

export const browserPort: BrowserPort = {
  async getTab(tabId): Promise<TabInfo | null> {
    try {
      const tab = await browser.tabs.get(tabId);
      return { id: tabId, url: tab.url, title: tab.title };
    } catch {
      return null;
    }
  },

  async grantedOrigins() {
    return (await browser.permissions.getAll()).origins ?? [];
  },

  async injectContentScript(tabId) {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  },

  async registerContentScripts(matches) {
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    const wanted = [...new Set(matches)].sort();
    const current = existing.length ? [...(existing[0].matches ?? [])].sort() : [];
    if (existing.length && existing[0].runAt === RUN_AT && current.join('\n') === wanted.join('\n')) return false;
    if (!existing.length && !wanted.length) return false;
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    if (wanted.length) {
      await browser.scripting.registerContentScripts([
        { id: CONTENT_SCRIPT_ID, matches: wanted, js: [CONTENT_SCRIPT_FILE], runAt: RUN_AT, allFrames: false },
      ]);
    }
    return true;
  },

  async injectIntoTabs(match) {
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs
        .filter((t) => t.id !== undefined && t.url !== undefined && match(t.url))
        .map((t) =>
          browser.scripting.executeScript({ target: { tabId: t.id as number }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined),
        ),
    );
  },

  async notifyTabs(command, match) {
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs
        .filter((t) => t.id !== undefined && t.url !== undefined && match(t.url))
        .map((t) => browser.tabs.sendMessage(t.id as number, command).catch(() => undefined)),
    );
  },

  async sessionGet<T>(key: string) {
    const area = browser.storage.session;
    const got = await area.get(key);
    return got[key] as T | undefined;
  },

  async sessionSet(key, value) {
    await browser.storage.session.set({ [key]: value });
  },
};

/** Our own id and origin, for sender checks. */
export function extensionIdentity(): { extensionId: string; extensionOrigin: string } {
  return { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') };
}
