/**
 * Notices single-page navigations (history.pushState/replaceState, back/forward) from the isolated world,
 * where patching the page's `history` is not possible: `popstate` plus a cheap check of `location.href`
 * once a second. Fragment-only changes are not navigations.
 */

/** Calls `onNavigate(url)` when the document's URL (without fragment) changes. */
export function watchNavigation(onNavigate: (url: string) => void, signal: AbortSignal, intervalMs = 1000): void {
  const strip = (u: string): string => u.split('#')[0];
  let current = strip(location.href);
  const check = (): void => {
    const now = strip(location.href);
    if (now === current) return;
    current = now;
    onNavigate(now);
  };
  window.addEventListener('popstate', check, { signal });
  const timer = window.setInterval(check, intervalMs);
  signal.addEventListener('abort', () => clearInterval(timer));
}
