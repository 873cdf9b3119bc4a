/**
 * A stand-in for `src/platform/browser` in UI unit tests: `i18n` reads the real
 * `assets/_locales/en/messages.json` with the browser's placeholder rules, so tests see the real strings
 * and a missing key shows up as the key itself.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** The English messages file. */
export const messages: Record<string, Message> = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../../assets/_locales/en/messages.json'), 'utf8'),
);

/** `i18n.getMessage` as browsers implement it: named placeholders, then `$1`…`$9`, `$$` for a dollar. */
export function getMessage(key: string, subs?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const fill = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => args[Number(d) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const ph = entry.placeholders?.[name.toLowerCase()];
      return ph ? fill(ph.content) : whole;
    })
    .replace(/\$\$/g, '$');
}

/** Listeners registered by the code under test, so tests can fire browser events. */
export const listeners = {
  tabActivated: [] as Array<(info: { tabId: number }) => void>,
  tabUpdated: [] as Array<(tabId: number, change: { status?: string; url?: string }) => void>,
};

/** The fake `browser` object. Tests adjust `tabs.query`, `permissions.request` etc. with jest mocks. */
export const fakeBrowser = {
  i18n: { getMessage, getUILanguage: () => 'en-GB' },
  tabs: {
    query: jest.fn(async () => [{ id: 7, url: 'https://news.example.org/world/article-1', active: true }]),
    onActivated: {
      addListener: (f: (info: { tabId: number }) => void) => listeners.tabActivated.push(f),
      removeListener: (f: (info: { tabId: number }) => void) =>
        listeners.tabActivated.splice(listeners.tabActivated.indexOf(f) >>> 0, 1),
    },
    onUpdated: {
      addListener: (f: (tabId: number, change: { status?: string }) => void) => listeners.tabUpdated.push(f),
      removeListener: (f: (tabId: number, change: { status?: string }) => void) =>
        listeners.tabUpdated.splice(listeners.tabUpdated.indexOf(f) >>> 0, 1),
    },
    create: jest.fn(async () => ({})),
  },
  permissions: {
    request: jest.fn(async () => true),
    contains: jest.fn(async () => false),
    remove: jest.fn(async () => true),
    getAll: jest.fn(async () => ({ origins: [] as string[], permissions: [] as string[] })),
  },
  runtime: { getURL: (p: string) => `chrome-extension://test/${p}`, openOptionsPage: jest.fn(async () => undefined) },
};
