/**
 * Messages between the content script and the card frame (an extension page inside the card host), sent over
 * a MessagePort handed to the frame at creation. Only entity ids and commands go in, only sizes and the
 * reader's actions come out: the card's text never crosses into the page's process or the content script.
 */

/** Content script → frame. `seq` numbers a request whose {@link FrameReady} reply the content script awaits. */
export type ToFrame =
  | { t: 'load'; seq: number; entityId: number; name: string; addNote: boolean }
  | { t: 'focus' }
  | { t: 'hide' }
  | { t: 'invalidate'; entityId: number | null };

/** Frame → content script: the card of request `seq` is rendered, `height` CSS px tall. */
export interface FrameReady {
  t: 'ready';
  seq: number;
  height: number;
}

/** Frame → content script. */
export type FromFrame =
  | FrameReady
  | { t: 'size'; height: number }
  | { t: 'close'; returnFocus: boolean }
  | { t: 'open'; entityId: number }
  | { t: 'pointer'; inside: boolean }
  /** An Alt+Shift+letter shortcut pressed inside the card (the page's keyboard handler never sees it). */
  | { t: 'key'; code: string }
  /** Sent once the port is taken: the frame is Backstory's page (not one the page navigated it to). */
  | { t: 'hello' };

/** Name of the frame's page in the extension package. */
export const FRAME_PAGE = 'card-frame.html';

/** Key of the first window message, which carries the port and the token of the frame's URL hash. */
export const HANDSHAKE_KEY = 'backstoryCardPort';

/** True when `v` is a well-formed {@link ToFrame}. */
export function isToFrame(v: unknown): v is ToFrame {
  if (!v || typeof v !== 'object') return false;
  const m = v as Record<string, unknown>;
  const id = (x: unknown): boolean => Number.isInteger(x) && (x as number) > 0;
  switch (m.t) {
    case 'load':
      return id(m.entityId) && Number.isInteger(m.seq) && typeof m.name === 'string' && typeof m.addNote === 'boolean';
    case 'focus':
    case 'hide':
      return true;
    case 'invalidate':
      return m.entityId === null || id(m.entityId);
    default:
      return false;
  }
}

/** True when `v` is a well-formed {@link FromFrame}. */
export function isFromFrame(v: unknown): v is FromFrame {
  if (!v || typeof v !== 'object') return false;
  const m = v as Record<string, unknown>;
  const num = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  switch (m.t) {
    case 'ready':
      return Number.isInteger(m.seq) && num(m.height);
    case 'size':
      return num(m.height);
    case 'close':
      return typeof m.returnFocus === 'boolean';
    case 'open':
      return Number.isInteger(m.entityId) && (m.entityId as number) > 0;
    case 'pointer':
      return typeof m.inside === 'boolean';
    case 'hello':
      return true;
    case 'key':
      return typeof m.code === 'string' && /^Key[A-Z]$/.test(m.code);
    default:
      return false;
  }
}
