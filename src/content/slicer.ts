/**
 * Time slicing: long DOM walks run in ~12 ms slices and give the main thread back in between, so no
 * Backstory task comes near the 50 ms long-task line, however large the page. Slices are not smaller: right
 * after DOMContentLoaded each yield waits behind the page's own loading work (often 50–500 ms on the shared
 * pages), so a walk cut into 4 ms slices finished several page tasks later than one in 12 ms slices.
 */
import { meter } from './timing';

/** Why sliced work stopped early. */
export class Cancelled extends Error {
  constructor() {
    super('Backstory stopped working on this page.');
  }
}

interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/** Gives the main thread back: `scheduler.yield()` where it exists, else a zero-delay macrotask. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Cuts a long loop into slices of `budgetMs`; call {@link Slicer.due} often and `await pause()` when it says so.
 * The first slice may get a larger budget (`firstBudgetMs`): work that fits in it finishes in the task that
 * started it, before the page's own queued work.
 */
export class Slicer {
  private sliceStart = performance.now();
  private budget: number;
  private slices = 1;

  constructor(
    /** Label for the task meter. */
    private readonly name: string,
    private readonly signal?: AbortSignal,
    private readonly budgetMs = 12,
    firstBudgetMs?: number,
  ) {
    this.budget = firstBudgetMs ?? budgetMs;
  }

  /** True when the current slice has used its budget and the caller should `await pause()`. */
  due(): boolean {
    return performance.now() - this.sliceStart >= this.budget;
  }

  /** Number of slices so far (1 until the first {@link pause}). */
  get sliceCount(): number {
    return this.slices;
  }

  /** Ends the current slice, yields, and starts the next one. Throws {@link Cancelled} when aborted. */
  async pause(): Promise<void> {
    this.end();
    await yieldToMain();
    if (this.signal?.aborted) throw new Cancelled();
    this.budget = this.budgetMs;
    this.slices++;
    this.sliceStart = performance.now();
  }

  /** Records the slice that is running now (call when the sliced work finishes). */
  end(): void {
    meter.record(this.name, performance.now() - this.sliceStart);
  }

  /** Starts a new slice after an `await` that was not a {@link pause}. */
  resume(): void {
    if (this.signal?.aborted) throw new Cancelled();
    this.sliceStart = performance.now();
  }
}
