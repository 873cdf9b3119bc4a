/**
 * Errors the store reports to the reader: plain sentences, shown as they are.
 */

/** An error whose message is meant for the reader. */
export class StoreError extends Error {
  /** `quota`: the disk or the browser's quota is full. `not-found`, `invalid`, `import`: see the message. */
  readonly code: 'quota' | 'not-found' | 'invalid' | 'import';
  constructor(code: StoreError['code'], message: string) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
  }
}

/** Message for a full disk: what happened, that nothing was lost, what to do. */
export const QUOTA_MESSAGE =
  'Backstory could not save this: the browser has no more storage room for it (disk or quota full). ' +
  'Nothing was half-written and your notes are intact. Free some disk space, or remove old articles ' +
  'from Backstory (Options → Data), then try again.';

/** True when `e` (or an error it wraps) is a QuotaExceededError, whichever layer raised it. */
export function isQuotaError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    const err = cur as { name?: string; inner?: unknown; cause?: unknown; message?: string };
    if (err.name === 'QuotaExceededError') return true;
    if (typeof err.message === 'string' && /QuotaExceeded/i.test(err.message)) return true;
    cur = err.inner ?? err.cause;
  }
  return false;
}

/** Runs a store operation, turning a quota failure into a {@link StoreError} with {@link QUOTA_MESSAGE}. */
export async function guarded<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    if (isQuotaError(e)) throw new StoreError('quota', QUOTA_MESSAGE);
    throw e;
  }
}

/** Throws a `not-found` error unless `row` exists. */
export function must<T>(row: T | undefined, what: string): T {
  if (row === undefined) throw new StoreError('not-found', `${what} is not in Backstory's store (it may have been merged or erased).`);
  return row;
}
