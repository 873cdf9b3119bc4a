/**
 * A scripted background for UI tests: `handlers` answers `send(type, payload)` per request type, and
 * `calls` records every request so tests can assert what the UI asked for.
 */
import type { Api, RequestType } from '../../../src/background/protocol';

type Handler<T extends RequestType> = (payload: Api[T]['req']) => Api[T]['res'] | Promise<Api[T]['res']>;

/** Recorded requests. */
export const calls: Array<{ type: RequestType; payload: unknown }> = [];
/** Current handlers; tests set the ones they need. */
export const handlers: Partial<{ [T in RequestType]: Handler<T> }> = {};

/** The fake `send`. */
export async function fakeSend<T extends RequestType>(type: T, payload: Api[T]['req']): Promise<Api[T]['res']> {
  calls.push({ type, payload });
  const h = handlers[type] as Handler<T> | undefined;
  if (!h) throw new Error(`no fake handler for ${type}`);
  return h(payload);
}

/** Clears calls and handlers. */
export function resetBackground(): void {
  calls.length = 0;
  for (const k of Object.keys(handlers)) delete handlers[k as RequestType];
}

/** Payloads of the recorded requests of one type. */
export function callsOf<T extends RequestType>(type: T): Array<Api[T]['req']> {
  return calls.filter((c) => c.type === type).map((c) => c.payload as Api[T]['req']);
}
