/**
 * Typed request/reply over runtime messaging, for content scripts and UI pages.
 * The only way the page side reaches the store: `send('card/get', { entityId })`.
 */
import type { Api, Reply, RequestType } from '../background/protocol';
import { browser } from './browser';

/** Error carrying the background's message, shown to the reader as is. */
export class BackstoryError extends Error {}

/** Sends one request to the background and resolves with its value, or rejects with its error. */
export async function send<T extends RequestType>(type: T, payload: Api[T]['req']): Promise<Api[T]['res']> {
  const reply = (await browser.runtime.sendMessage({ type, ...payload })) as Reply<T> | undefined;
  if (!reply) throw new BackstoryError('Backstory did not answer (the extension may have been updated or restarted).');
  if (!reply.ok) throw new BackstoryError(reply.error);
  return reply.value;
}
