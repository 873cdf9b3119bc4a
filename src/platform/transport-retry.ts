/**
 * Retrying a request whose transport failed: the browser stopped Backstory's background (an idle service
 * worker, an unloaded event page) while the request was in flight, so no reply came back. Only requests that
 * are safe to repeat are retried; a refusal from the background (`{ok: false}`) is an answer, never retried.
 */
import type { RequestType } from '../background/protocol';

/** Requests that read, or write idempotently (ingest of the same article changes nothing the second time). */
export const REPEATABLE: ReadonlySet<RequestType> = new Set<RequestType>([
  'page/config',
  'page/analyze',
  'page/read',
  'page/status',
  'card/get',
  'cast/list',
  'tab/state',
  'search',
  'note/list',
]);

/** Thrown by one attempt when the background did not answer at all. */
export class NoAnswer extends Error {}

/** How often and how patiently to try again. */
export interface RetryPlan {
  /** attempts in all, the first included */
  tries: number;
  /** wait before the second attempt; doubled for each further one */
  waitMs: number;
}

/** The default: three attempts over about 1.5 s, long enough for a stopped service worker to start again. */
export const DEFAULT_PLAN: RetryPlan = { tries: 3, waitMs: 500 };

/**
 * Runs `attempt` and runs it again while it fails with {@link NoAnswer} or with a rejection from the messaging
 * layer itself (no receiving end, channel closed), up to `plan.tries` times. Other errors pass through at once.
 */
export async function retryTransport<T>(attempt: () => Promise<T>, plan: RetryPlan = DEFAULT_PLAN): Promise<T> {
  let wait = plan.waitMs;
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (e) {
      if (i >= plan.tries || !isTransportFailure(e)) throw e;
      await new Promise((r) => setTimeout(r, wait));
      wait *= 2;
    }
  }
}

/** True for the errors browsers give when a message found no listener or lost its reply channel. */
export function isTransportFailure(e: unknown): boolean {
  if (e instanceof NoAnswer) return true;
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return /receiving end does not exist|could not establish connection|message (port|channel) closed|message manager disconnected/i.test(
    message,
  );
}
