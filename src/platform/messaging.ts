/**
 * Typed request/reply over runtime messaging, for content scripts and UI pages.
 * The only way the page side reaches the store: `send('card/get', { entityId })`.
 */
import type { Api, Reply, RequestType } from '../background/protocol';
import { browser } from './browser';
import { isTransportFailure, NoAnswer, REPEATABLE, retryTransport } from './transport-retry';

/** Error carrying the background's message, shown to the reader as is. */
export class BackstoryError extends Error {}

/**
 * Sends one request to the background and resolves with its value, or rejects with its error. Requests that
 * are safe to repeat are sent again when the browser stopped the background before it answered.
 */
export async function send<T extends RequestType>(type: T, payload: Api[T]['req']): Promise<Api[T]['res']> {
  const once = async (): Promise<Reply<T>> => {
    const reply = (await browser.runtime.sendMessage({ type, ...payload })) as Reply<T> | undefined;
    if (!reply) throw new NoAnswer('no reply');
    return reply;
  };
  let reply: Reply<T>;
  try {
    reply = REPEATABLE.has(type) ? await retryTransport(once) : await once();
  } catch (e) {
    if (isTransportFailure(e))
      throw new BackstoryError('Backstory did not answer (the extension may have been updated or restarted).');
    throw e;
  }
  if (!reply.ok) throw new BackstoryError(reply.error);
  return reply.value;
}
