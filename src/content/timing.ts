/**
 * Timing of the content script's own work, so the page never feels it and the benchmark can read it.
 *
 * Every synchronous chunk Backstory runs on the page's main thread goes through {@link TaskMeter}, which
 * keeps the longest one. Milestones are published as `performance.mark('backstory:…')` entries: a
 * DOM-free channel that the benchmark reads from the page's timeline (Chromium shares the timeline
 * between the page and the isolated world) and that carries no reader data, only counts and durations.
 */

/** Keeps the longest synchronous task Backstory ran. */
export class TaskMeter {
  /** Longest task so far, ms. */
  longestMs = 0;
  /** Name of the longest task, for the benchmark's table. */
  longestName = '';

  /** Records one finished task. */
  record(name: string, ms: number): void {
    if (ms > this.longestMs) {
      this.longestMs = ms;
      this.longestName = name;
    }
  }

  /** Runs `fn` synchronously and records how long it took. */
  run<T>(name: string, fn: () => T): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      this.record(name, performance.now() - t0);
    }
  }
}

/** The content script's one meter. */
export const meter = new TaskMeter();

/** Publishes a milestone with numeric details (never page text or reader data). */
export function milestone(name: string, detail: Record<string, number | string | boolean> = {}): void {
  try {
    performance.mark(`backstory:${name}`, { detail: { ...detail, longestTaskMs: round(meter.longestMs), longestTask: meter.longestName } });
  } catch {
    // performance.mark may be missing or patched; timings are optional.
  }
}

/** Rounds to 0.1 ms. */
export function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
