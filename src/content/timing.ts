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

  /** Total time and number of tasks per name (sliced work: its CPU time and how often it gave the thread back). */
  readonly totals = new Map<string, { ms: number; tasks: number }>();

  /** Records one finished task. */
  record(name: string, ms: number): void {
    const total = this.totals.get(name);
    if (total) {
      total.ms += ms;
      total.tasks++;
    } else this.totals.set(name, { ms, tasks: 1 });
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

/**
 * Publishes a milestone with numeric details (never page text or reader data), with the longest task so far
 * and, per kind of work, its total time (`<name>Ms`) and number of tasks (`<name>Tasks`).
 */
export function milestone(name: string, detail: Record<string, number | string | boolean> = {}): void {
  const work: Record<string, number> = {};
  for (const [task, t] of meter.totals) {
    work[`${task}Ms`] = round(t.ms);
    work[`${task}Tasks`] = t.tasks;
  }
  try {
    performance.mark(`backstory:${name}`, { detail: { ...detail, ...work, longestTaskMs: round(meter.longestMs), longestTask: meter.longestName } });
  } catch {
    // performance.mark may be missing or patched; timings are optional.
  }
}

/** Rounds to 0.1 ms. */
export function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
