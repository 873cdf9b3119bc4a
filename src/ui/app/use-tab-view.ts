/**
 * Loads the state and cast of a tab from the background (`tab/state`) and keeps it fresh: again while the
 * page is being read, when the page becomes visible, and whenever `refresh` is called.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CastEntry } from '../../background/model';
import type { TabState } from '../../background/protocol';
import { send } from '../../platform/messaging';

/** What the popup and side panel show about a tab. */
export type TabView = TabState & { cast: CastEntry[] };

/** Poll interval while a page is being read, ms. */
export const WORKING_POLL_MS = 600;

/** The hook's result. */
export interface TabViewState {
  view: TabView | null;
  error: string | null;
  refresh: () => void;
}

/**
 * Tracks `tabId` (null while unknown). With `followMs`, also reloads that often while the page is visible
 * (side panel: notes added in the page's hover card show up without a click).
 */
export function useTabView(tabId: number | null, pollMs = WORKING_POLL_MS, followMs?: number): TabViewState {
  const [view, setView] = useState<TabView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    if (tabId === null) return;
    const mine = ++seq.current;
    let timer: ReturnType<typeof setTimeout> | undefined;
    send('tab/state', { tabId })
      .then((v) => {
        if (mine !== seq.current) return;
        setView(v);
        setError(null);
        if (v.status === 'working') timer = setTimeout(refresh, pollMs);
        else if (followMs) timer = setTimeout(() => document.visibilityState === 'visible' && refresh(), followMs);
      })
      .catch((e: unknown) => {
        if (mine === seq.current) setError(e instanceof Error ? e.message : String(e));
      });
    return () => clearTimeout(timer);
  }, [tabId, tick, pollMs, followMs, refresh]);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);

  return { view, error, refresh };
}
