/**
 * Opens, positions, refreshes and closes the hover card. The card renders in the card frame (an extension
 * page, see {@link FrameLink}); this controller only tells the frame which entity to show, sizes and places
 * the frame next to its mark, and reveals it. A card prepared while the pointer rests on a mark (rendered
 * hidden in the frame) opens within a frame of the intent delay.
 */
import type { Mark } from '../paint/marks';
import { meter, milestone, round } from '../timing';
import type { CardHost } from './card-host';
import type { FromFrame } from './frame-protocol';
import { placeCard, type Box } from './position';

/** How a card was asked for. */
export type OpenVia = 'pointer' | 'keyboard';

/** Options of {@link CardController.open}. */
export interface OpenOptions {
  via: OpenVia;
  /** Open the add-note box at once. */
  addNote?: boolean;
  /** When the open was decided (end of the intent delay, or the key press), for the latency figure. */
  since?: number;
}

/** The hover card's lifecycle. */
export class CardController {
  private current: { mark: Mark | null; entityId: number; via: OpenVia; addNote: boolean } | null = null;
  /** The card rendered hidden in the frame, and its height; shown at the end of the intent delay. */
  private prepared: { entityId: number; mark: Mark | null; height: number } | null = null;
  /** The card the frame is loading for a hover (so that a second prefetch does not ask again). */
  private loading: { entityId: number; done: Promise<void> } | null = null;
  /** Number of {@link open} calls so far (a later call supersedes one still waiting). */
  private opens = 0;
  /** Height of the frame's content, CSS px. */
  private height = 0;
  /** True while the pointer is over the card frame. */
  private pointerInside = false;
  /** Runs an Alt+Shift shortcut pressed inside the card frame (set by the keyboard controller). */
  onShortcutKey: (e: KeyboardEvent) => void = () => undefined;
  /** Latencies of card opens, ms (from the decision to the card on screen). */
  readonly latencies: number[] = [];

  constructor(
    private readonly host: CardHost,
    private readonly onClosed: (returnFocus: boolean) => void = () => undefined,
  ) {
    host.onFrameMessage((m) => this.onFrame(m));
  }

  /** True while a card is shown. */
  get isOpen(): boolean {
    return this.current !== null;
  }

  /** How the shown card was opened. */
  get openedVia(): OpenVia | null {
    return this.current?.via ?? null;
  }

  /** The mark whose card is shown. */
  get openMark(): Mark | null {
    return this.current?.mark ?? null;
  }

  /** True while the pointer is over the open card (its frame's events do not reach the page). */
  get hasPointer(): boolean {
    return this.isOpen && this.pointerInside;
  }

  /**
   * Starts loading the card of `entityId` in the (hidden) frame; resolves once it is rendered there. Ignored
   * while a card is shown (the frame shows one card at a time).
   */
  prefetch(entityId: number): Promise<void> {
    if (this.current) return Promise.resolve();
    if (this.loading?.entityId === entityId) return this.loading.done;
    const done = this.host.frame.load(entityId, '', false).then((r) => {
      if (r.seq === this.host.frame.latest && !this.current) {
        this.prepared = { entityId, mark: null, height: r.height };
        this.height = r.height;
      }
    });
    this.loading = { entityId, done };
    return done;
  }

  /** Forgets cached cards (after the store changed). */
  invalidate(entityId?: number): void {
    if (!this.host.hasFrame) return;
    this.loading = null;
    if (this.prepared && (entityId === undefined || this.prepared.entityId === entityId)) this.prepared = null;
    this.host.frame.post({ t: 'invalidate', entityId: entityId ?? null });
  }

  /** Opens the card of `mark` (or of an entity without a mark, e.g. a companion). */
  async open(mark: Mark | null, entityId: number, opts: OpenOptions): Promise<void> {
    const since = opts.since ?? performance.now();
    const link = this.host.frame;
    const current = { mark, entityId, via: opts.via, addNote: !!opts.addNote };
    // A hover whose prefetch is still loading in the frame waits for it rather than asking the frame again.
    const token = ++this.opens;
    const inFlight = this.loading;
    if (!this.prepared && inFlight?.entityId === entityId && !opts.addNote && !this.current) {
      await inFlight.done;
      if (token !== this.opens) return;
    }
    const prepared = this.prepared;
    this.prepared = null;
    this.loading = null;
    this.current = current;
    const reuse = !!prepared && prepared.entityId === entityId && !opts.addNote && prepared.height > 0;
    if (reuse) {
      this.height = prepared.height;
      meter.run('card-reveal', () => this.reveal());
    } else {
      const r = await link.load(entityId, mark?.name ?? '', !!opts.addNote);
      if (this.current !== current || r.seq < 0) return;
      this.height = r.height;
      meter.run('card-render', () => this.reveal());
    }
    const latency = performance.now() - since;
    this.latencies.push(latency);
    milestone('card-open', { latencyMs: round(latency), via: opts.via, prepared: reuse });
    if (opts.via === 'keyboard') {
      link.frame.focus({ preventScroll: true });
      link.post({ t: 'focus' });
    }
  }

  /** Keeps the card prepared by {@link prefetch} for `mark`, so the intent delay's end only reveals it. */
  prepare(mark: Mark | null, entityId: number): void {
    if (this.current || this.prepared?.entityId !== entityId) return;
    meter.run('card-prepare', () => {
      if (this.prepared) this.prepared.mark = mark;
    });
  }

  /** Drops a card prepared for a mark the pointer left. */
  discardPrepared(): void {
    if (this.current) return;
    this.prepared = null;
    this.loading = null;
  }

  /** Repositions the open card (after scrolling or resizing). */
  reposition(): void {
    if (!this.current) return;
    meter.run('card-position', () => this.place());
  }

  /** Closes the card. */
  close(returnFocus = false): void {
    // An open still waiting for its card is called off too.
    this.opens++;
    if (!this.current) return;
    this.current = null;
    this.prepared = null;
    this.loading = null;
    this.pointerInside = false;
    const link = this.host.frame;
    const hadFocus = this.host.host.ownerDocument.activeElement === this.host.host;
    link.frame.style.visibility = 'hidden';
    link.frame.style.height = '0px';
    link.post({ t: 'hide' });
    if (hadFocus || returnFocus) {
      // Take the keyboard back from the frame, so the page's shortcuts (and Backstory's) work again.
      this.host.takeFocusBack();
    }
    this.onClosed(returnFocus);
  }

  private onFrame(m: Exclude<FromFrame, { t: 'ready' }>): void {
    switch (m.t) {
      case 'size':
        this.height = m.height;
        if (this.current) this.place();
        return;
      case 'close':
        this.close(m.returnFocus);
        return;
      case 'open':
        void this.open(null, m.entityId, { via: this.current?.via ?? 'pointer' });
        return;
      case 'pointer':
        this.pointerInside = m.inside;
        return;
      case 'key':
        // A key event that is never dispatched: the page does not see it.
        this.onShortcutKey(new KeyboardEvent('keydown', { code: m.code, key: m.code.slice(3).toLowerCase(), altKey: true, shiftKey: true }));
        return;
    }
  }

  /** Positions the frame next to its mark and shows it. */
  private reveal(): void {
    this.place();
    this.host.frame.frame.style.visibility = 'visible';
  }

  private place(): void {
    const frame = this.host.frame.frame;
    const anchor = this.anchorBox();
    const width = frame.offsetWidth;
    const p = placeCard(anchor, { width, height: this.height }, { width: window.innerWidth, height: window.innerHeight });
    frame.style.left = `${Math.round(p.left)}px`;
    frame.style.top = `${Math.round(p.top)}px`;
    frame.style.height = `${Math.floor(Math.min(this.height, p.maxHeight))}px`;
    frame.dataset.side = p.side;
  }

  private anchorBox(): Box {
    const r = this.current?.mark?.range.getBoundingClientRect();
    if (r && (r.width || r.height)) return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    // No mark (a companion's card): keep the previous spot, or the top left corner.
    const style = this.host.frame.frame.style;
    const top = parseFloat(style.top) || 8;
    const left = parseFloat(style.left) || 8;
    return { left, top: top - 6, right: left, bottom: top - 6 };
  }
}
