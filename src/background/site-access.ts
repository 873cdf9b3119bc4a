/**
 * Which pages Backstory may read: URL checks and match-pattern logic, pure functions.
 * A site is on when the reader granted its host permission (per-site opt-in) and did not turn it off since.
 */

/** Hosts where browsers forbid extensions to run scripts. */
const PROTECTED_HOSTS = ['chrome.google.com', 'chromewebstore.google.com', 'addons.mozilla.org', 'accounts-static.cdn.mozilla.net'];

/**
 * Why Backstory cannot read the page at `url`, or null when it can (an http(s) page that is not a PDF).
 * `undefined` (the extension may not see the URL) is not judged here.
 */
export function unsupportedReason(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'This is not a web page Backstory can read.';
  }
  if (u.protocol === 'file:') return 'Backstory does not read files opened from your disk. Import them from the options page instead.';
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    return 'This is a browser or extension page; Backstory only reads articles on websites.';
  if (PROTECTED_HOSTS.includes(u.hostname)) return 'The browser does not let extensions run on this page.';
  if (/\.pdf$/i.test(u.pathname)) return 'This is a PDF; Backstory reads web articles only.';
  return null;
}

/** The site (hostname) of a URL, or undefined when it has none. */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** The host match pattern that enables one site: `https://www.example.com/*`. */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** True when `pattern` is a host pattern for web pages (what content scripts may be registered for). */
export function isWebPattern(pattern: string): boolean {
  return pattern === '<all_urls>' || /^(\*|https?):\/\//.test(pattern);
}

/** True when `url` matches the WebExtension match pattern `pattern` (scheme, host, path). */
export function matchesPattern(url: string, pattern: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (pattern === '<all_urls>') return true;
  const m = /^(\*|https?):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m;
  if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
  const hostname = u.hostname;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const domain = host.slice(2);
      if (hostname !== domain && !hostname.endsWith(`.${domain}`)) return false;
    } else if (host.replace(/:\d+$/, '') !== hostname) return false;
  }
  const glob = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(u.pathname + u.search);
}

/** True when one of the granted patterns covers `url`. */
export function isGranted(url: string, granted: string[]): boolean {
  return granted.some((p) => matchesPattern(url, p));
}
