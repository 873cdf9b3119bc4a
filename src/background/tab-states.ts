/**
 * Per-tab state for the popup and side panel: what Backstory did on the page each tab shows.
 * Kept in memory and mirrored to session storage, because the background may be stopped between events.
 */
import type { TabState } from './protocol';

/** Shown for a page whose reading was cut off because the browser stopped Backstory's background. */
export const INTERRUPTED = 'Backstory was stopped by the browser while reading this page. Reload the page to read it again.';

/** What the book keeps per tab. */
export interface TabRecord {
  state: TabState;
  /** The reader ran Backstory once on this tab (toolbar button): the page may be read although the site is off. */
  runOnce?: boolean;
}

/** Persistence of the book (session storage in the extension). */
export interface TabStore {
  load(): Promise<Record<string, TabRecord> | undefined>;
  save(records: Record<string, TabRecord>): Promise<void>;
}

/** Tab id → record, persisted after every change. */
export class TabStateBook {
  private records = new Map<number, TabRecord>();
  private loaded: Promise<void> | null = null;
  private saving: Promise<void> = Promise.resolve();

  /** @param store where the records survive a stopped background */
  constructor(private readonly store: TabStore) {}

  /** Loads what an earlier run of the background saved (once). */
  load(): Promise<void> {
    this.loaded ??= this.store
      .load()
      .then((saved) => {
        for (const [k, v] of Object.entries(saved ?? {})) {
          if (this.records.has(Number(k))) continue;
          // Work "in progress" belonged to a background that was stopped: nothing is reading that page any more.
          this.records.set(Number(k), v.state.status === 'working' ? { ...v, state: { ...v.state, status: 'error', reason: INTERRUPTED } } : v);
        }
      })
      .catch(() => undefined);
    return this.loaded;
  }

  /** The record of a tab, or undefined when Backstory knows nothing about its page. */
  async get(tabId: number): Promise<TabRecord | undefined> {
    await this.load();
    return this.records.get(tabId);
  }

  /** Sets the state of a tab, keeping its run-once flag unless `runOnce` is given. */
  async set(tabId: number, state: TabState, runOnce?: boolean): Promise<void> {
    await this.load();
    const prev = this.records.get(tabId);
    this.records.set(tabId, { state, runOnce: runOnce ?? prev?.runOnce });
    await this.persist();
  }

  /** Forgets a tab (closed, or navigated to another page). */
  async forget(tabId: number): Promise<void> {
    await this.load();
    if (this.records.delete(tabId)) await this.persist();
  }

  private persist(): Promise<void> {
    const snapshot = Object.fromEntries([...this.records].map(([k, v]) => [String(k), v]));
    this.saving = this.saving.then(() => this.store.save(snapshot)).catch(() => undefined);
    return this.saving;
  }
}
