/**
 * Follows content the page adds later with ONE MutationObserver: added nodes are batched and handed over
 * after the page has been quiet for a moment (debounced, with a maximum wait); nodes inside Backstory's
 * own UI are ignored. A page that keeps churning (many batches a minute) is no longer watched, so
 * Backstory's CPU use stays bounded.
 */

/** Limits of {@link MutationWatcher}. */
export interface WatchLimits {
  /** Quiet time before a batch is handed over, ms. */
  debounceMs?: number;
  /** Longest a batch waits, ms. */
  maxWaitMs?: number;
  /** Batches allowed per window before watching stops. */
  maxBatches?: number;
  /** Length of that window, ms. */
  windowMs?: number;
  /** Added nodes per batch kept at most (a flood is cut). */
  maxNodesPerBatch?: number;
}

/** Watches one subtree for added content. */
export class MutationWatcher {
  private observer: MutationObserver | null = null;
  private pending: Node[] = [];
  private timer = 0;
  private firstPending = 0;
  private batches: number[] = [];
  private readonly limits: Required<WatchLimits>;
  /** True once watching stopped because the page churns. */
  gaveUp = false;

  constructor(
    private readonly onAdded: (nodes: Node[]) => void,
    private readonly isOwn: (node: Node) => boolean,
    limits: WatchLimits = {},
  ) {
    this.limits = { debounceMs: 400, maxWaitMs: 2000, maxBatches: 30, windowMs: 60_000, maxNodesPerBatch: 5000, ...limits };
  }

  /** Starts watching `root` (replacing any previous root). */
  watch(root: Node): void {
    this.stop();
    if (this.gaveUp) return;
    this.observer = new MutationObserver((records) => this.onRecords(records));
    this.observer.observe(root, { childList: true, subtree: true });
  }

  /** Stops watching and drops the pending batch. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.timer = 0;
    this.pending = [];
  }

  private onRecords(records: MutationRecord[]): void {
    for (const r of records) {
      for (let i = 0; i < r.addedNodes.length; i++) {
        const n = r.addedNodes[i];
        if (n.nodeType !== 1 && n.nodeType !== 3) continue;
        if (this.isOwn(n)) continue;
        if (this.pending.length < this.limits.maxNodesPerBatch) this.pending.push(n);
      }
    }
    if (!this.pending.length) return;
    const now = Date.now();
    if (!this.timer) this.firstPending = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.limits.debounceMs, this.firstPending + this.limits.maxWaitMs - now));
    this.timer = window.setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = 0;
    const nodes = this.pending;
    this.pending = [];
    const now = Date.now();
    this.batches = this.batches.filter((t) => now - t < this.limits.windowMs);
    this.batches.push(now);
    if (this.batches.length > this.limits.maxBatches) {
      this.gaveUp = true;
      this.stop();
      return;
    }
    // Keep only the outermost added nodes (a subtree and its own children arrive together).
    const set = new Set(nodes);
    const outer = nodes.filter((n) => {
      for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
      return n.isConnected;
    });
    if (outer.length) this.onAdded(outer);
  }
}
