/**
 * The browser features the UI pages use (tabs, host permissions, downloads), through the platform seam.
 * Kept in one module so tests replace one thing and pages never reach the polyfill directly.
 */
import { browser } from '../platform/browser';

export { canOpenSidePanel, openSidePanel } from '../platform/side-panel';

/** The tab a page should describe: `?tab=<id>` in its URL (tests, "open in tab"), else the active tab. */
export async function targetTab(): Promise<{ id: number; url?: string; windowId?: number } | null> {
  const params = new URLSearchParams(globalThis.location?.search ?? '');
  const fromUrl = Number(params.get('tab'));
  if (params.has('tab') && Number.isInteger(fromUrl) && fromUrl >= 0) return { id: fromUrl };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url, windowId: tab.windowId } : null;
}

/**
 * Calls `onChange` when the reader switches tabs or the active tab loads a new page (side panel).
 * @returns a function that stops listening
 */
export function watchActiveTab(onChange: () => void): () => void {
  const activated = () => onChange();
  const updated = (_tabId: number, change: { status?: string; url?: string }) => {
    if (change.status === 'complete' || change.url) onChange();
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}

/** The host permission pattern for a page's site (`https://www.example.com/*`), or null for non-web URLs. */
export function sitePattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/**
 * Asks the reader to let Backstory read `site` (both schemes). Must be called straight from a click handler,
 * before any `await`: browsers accept permission requests only inside a user gesture.
 */
export function requestSiteAccess(site: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`https://${site}/*`, `http://${site}/*`] });
}

/** Withdraws Backstory's access to `site` (both schemes). */
export function removeSiteAccess(site: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [`https://${site}/*`, `http://${site}/*`] });
}

/** Sites the reader granted, from the optional host permissions (sorted, without duplicates). */
export async function grantedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const sites = new Set<string>();
  for (const o of origins) {
    const m = /^(?:https?|\*):\/\/([^/]+)\/\*?/.exec(o);
    if (m && m[1] !== '*' && !m[1].startsWith('*.')) sites.add(m[1].replace(/:\d+$/, ''));
  }
  return [...sites].sort();
}

/** Opens an extension page in a new tab (the popup's "open in side panel/tab" and options links). */
export function openExtensionPage(file: string): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(file) });
}

/** Opens the options page. */
export function openOptions(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** Saves text as a file through a Blob URL and a temporary link (no downloads permission needed). */
export function downloadText(filename: string, mime: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
