/**
 * The content script's end of the card frame: creates the extension-page iframe (once), hands it a
 * MessagePort with the token of its URL hash (the page cannot read the hash of a cross-origin frame inside a
 * closed shadow root, so it cannot take the port), and exchanges {@link ToFrame}/{@link FromFrame} messages.
 */
import { browser } from '../../platform/browser';
import { FRAME_PAGE, HANDSHAKE_KEY, isFromFrame, type FrameReady, type FromFrame, type ToFrame } from './frame-protocol';

/** Handles the frame's messages other than replies. */
export type FrameListener = (m: Exclude<FromFrame, FrameReady>) => void;

/** One card frame and its port. */
export class FrameLink {
  /** The iframe element (inside the card host's shadow root). */
  readonly frame: HTMLIFrameElement;
  private readonly token: string;
  private readonly origin: string;
  private port: MessagePort | null = null;
  private queue: ToFrame[] = [];
  private seq = 0;
  private readonly waiting = new Map<number, (r: FrameReady) => void>();
  private readonly url: string;
  private helloTimer = 0;

  constructor(
    doc: Document,
    private readonly listener: FrameListener,
  ) {
    this.token = crypto.randomUUID();
    const url = browser.runtime.getURL(FRAME_PAGE);
    this.url = `${url}#${this.token}`;
    // URL.origin is "null" for chrome-extension: and moz-extension: URLs (not special schemes): build it. In
    // Chrome the URL carries the per-session dynamic id (use_dynamic_url), but the page it loads has the
    // extension id's origin.
    const parsed = new URL(url);
    const host = parsed.protocol === 'chrome-extension:' ? browser.runtime.id : parsed.host;
    this.origin = `${parsed.protocol}//${host}`;
    this.frame = doc.createElement('iframe');
    this.frame.className = 'bs-frame';
    this.frame.setAttribute('title', 'Backstory');
    this.frame.setAttribute('tabindex', '-1');
    this.frame.src = this.url;
    this.frame.addEventListener('load', () => this.connect());
  }

  /** Sends `m` (queued until the frame has loaded). */
  post(m: ToFrame): void {
    if (this.port) this.port.postMessage(m);
    else this.queue.push(m);
  }

  /** Asks the frame to render the card of `entityId`; resolves when it did, with its height. */
  load(entityId: number, name: string, addNote: boolean): Promise<FrameReady> {
    const seq = ++this.seq;
    // Earlier requests are superseded: the frame only answers its latest one.
    for (const [, resolve] of this.waiting) resolve({ t: 'ready', seq: -1, height: 0 });
    this.waiting.clear();
    return new Promise((resolve) => {
      this.waiting.set(seq, resolve);
      this.post({ t: 'load', seq, entityId, name, addNote });
    });
  }

  /** Number of the latest load request. */
  get latest(): number {
    return this.seq;
  }

  private connect(): void {
    const win = this.frame.contentWindow;
    if (!win) return;
    clearTimeout(this.helloTimer);
    // A document of the page's origin is not the extension page: the page navigated the frame.
    if (this.readable()) {
      this.restore();
      return;
    }
    // Nor is a frame that does not take the port in time (a page navigated it to another origin).
    this.helloTimer = window.setTimeout(() => this.restore(), 3000);
    this.port?.close();
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.port.onmessage = (e) => this.receive(e.data);
    win.postMessage({ [HANDSHAKE_KEY]: this.token }, this.origin, [channel.port2]);
    const queued = this.queue;
    this.queue = [];
    for (const m of queued) this.port.postMessage(m);
    // A reloaded frame (the page removed and re-added the host) lost the card it had: ask again.
    for (const [seq, resolve] of this.waiting) {
      if (seq !== this.seq) resolve({ t: 'ready', seq: -1, height: 0 });
    }
  }

  /** True when the frame holds a document the content script can read that is not Backstory's page. */
  private readable(): boolean {
    try {
      const doc = this.frame.contentDocument;
      // Firefox lets content scripts read their own extension's pages: that one is ours.
      return doc !== null && doc.URL.split('#')[0] !== this.url.split('#')[0];
    } catch {
      return false;
    }
  }

  /** Loads Backstory's page into the frame again. */
  private restore(): void {
    this.port?.close();
    this.port = null;
    this.frame.src = this.url;
  }

  private receive(data: unknown): void {
    if (!isFromFrame(data)) return;
    if (data.t === 'hello') {
      clearTimeout(this.helloTimer);
      return;
    }
    if (data.t === 'ready') {
      const resolve = this.waiting.get(data.seq);
      this.waiting.delete(data.seq);
      resolve?.(data);
      return;
    }
    this.listener(data);
  }
}
