/**
 * The background's message router: validates every incoming message (shape and sender) with the protocol, runs
 * the matching handler and turns its outcome into a reply. It never throws and never rejects.
 */
import { validateMessage, type Handlers, type Reply, type SenderInfo } from './protocol';

/** Our own identity, against which senders are checked. */
export interface Identity {
  /** `runtime.id`. */
  extensionId: string;
  /** `runtime.getURL('')`: `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string;
}

/** The parts of a `runtime.MessageSender` the router reads. */
export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Reduces a browser `MessageSender` to what the protocol checks. */
export function senderInfo(sender: RawSender): SenderInfo {
  return { id: sender.id, url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId };
}

/** Turns anything thrown into the one-line message a reader may see. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === 'string' && e) return e;
  return 'Backstory hit an unexpected problem.';
}

/**
 * Builds the function that answers one message. `beforeHandle` (e.g. "store and engine loaded") is awaited
 * after validation, so listeners can be registered before the background is ready.
 */
export function createRouter(
  handlers: Handlers,
  identity: Identity,
  beforeHandle: () => Promise<void> = async () => {},
  onError: (type: string, error: unknown) => void = () => {},
): (msg: unknown, sender: RawSender) => Promise<Reply> {
  return async (msg, rawSender) => {
    try {
      const sender = senderInfo(rawSender);
      const checked = validateMessage(msg, sender, identity.extensionId, identity.extensionOrigin);
      if (!checked.ok) return { ok: false, error: checked.error };
      await beforeHandle();
      const handler = handlers[checked.type] as (req: unknown, s: SenderInfo) => Promise<unknown>;
      const value = await handler(checked.payload, sender);
      return { ok: true, value } as Reply;
    } catch (e) {
      const type = typeof msg === 'object' && msg !== null && 'type' in msg ? String((msg as { type: unknown }).type) : '?';
      onError(type, e);
      return { ok: false, error: errorMessage(e) };
    }
  };
}
