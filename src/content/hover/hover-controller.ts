/**
 * Pointer handling: one passive `pointermove` listener, hit-tested once per animation frame; a card opens
 * after the pointer rests on a mark for the intent delay (its data prefetched meanwhile), stays open while
 * the pointer travels into it, and closes after a grace delay once the pointer left both mark and card.
 */
import type { CardController } from '../card/card-controller';
import type { CardHost } from '../card/card-host';
import type { Mark } from '../paint/marks';
import { meter } from '../timing';
import type { MarkIndex } from './mark-index';

/** Timings of {@link HoverController}. */
export interface HoverTimings {
  intentDelayMs: number;
  /** Time the pointer may spend between mark and card before the card closes. */
  graceMs?: number;
}

/** Wires the pointer to the card. */
export class HoverController {
  private index: MarkIndex | null = null;
  private hovered: Mark | null = null;
  private intentTimer = 0;
  private graceTimer = 0;
  private frame = 0;
  private last: { x: number; y: number; onCard: boolean } | null = null;
  private readonly graceMs: number;

  constructor(
    private readonly doc: Document,
    private readonly cards: CardController,
    private readonly host: CardHost,
    private timings: HoverTimings,
    signal: AbortSignal,
    /** Settles when the marks painted last have their store ids (see `PageSession`). */
    private readonly idsReady: () => Promise<void> = () => Promise.resolve(),
  ) {
    this.graceMs = timings.graceMs ?? 350;
    const opts = { capture: true, passive: true, signal };
    doc.addEventListener('pointermove', (e) => this.onMove(e), opts);
    doc.addEventListener('pointerdown', (e) => this.onDown(e), opts);
    doc.documentElement.addEventListener('pointerleave', () => this.onLeaveDocument(), opts);
    signal.addEventListener('abort', () => this.stop());
  }

  /** Uses a new set of marks (after a repaint). */
  setIndex(index: MarkIndex | null): void {
    this.index = index;
    this.hovered = null;
    clearTimeout(this.intentTimer);
  }

  /** Changes the intent delay (settings changed). */
  setTimings(timings: HoverTimings): void {
    this.timings = timings;
  }

  private onMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    this.last = { x: e.clientX, y: e.clientY, onCard: this.host.contains(e.target) };
    if (!this.frame) this.frame = requestAnimationFrame(() => this.onFrame());
  }

  private onFrame(): void {
    this.frame = 0;
    const p = this.last;
    if (!p) return;
    meter.run('hover-hit-test', () => {
      if (p.onCard) {
        // In the card: keep it open.
        clearTimeout(this.graceTimer);
        this.graceTimer = 0;
        return;
      }
      const mark = this.index?.atPoint(this.doc, p.x, p.y) ?? null;
      if (mark !== this.hovered) this.enter(mark);
      else if (!mark && !this.graceTimer && this.cards.openedVia === 'pointer') this.startGrace();
    });
  }

  private enter(mark: Mark | null): void {
    this.hovered = mark;
    clearTimeout(this.intentTimer);
    this.intentTimer = 0;
    this.cards.discardPrepared();
    if (!mark) {
      if (this.cards.openedVia === 'pointer') this.startGrace();
      return;
    }
    clearTimeout(this.graceTimer);
    this.graceTimer = 0;
    if (this.cards.isOpen && this.cards.openMark?.entityId === mark.entityId && this.cards.openMark === mark) return;
    if (mark.entityId !== undefined) {
      this.arm(mark, mark.entityId, this.timings.intentDelayMs);
      return;
    }
    // Marks are painted before the store has filed the article: the card follows once its id is known, at the
    // end of the same intent delay (or right away if the delay already passed).
    const since = performance.now();
    this.idsReady().then(
      () => {
        if (this.hovered !== mark || mark.entityId === undefined || this.intentTimer) return;
        this.arm(mark, mark.entityId, Math.max(0, this.timings.intentDelayMs - (performance.now() - since)));
      },
      () => undefined,
    );
  }

  /** Loads and renders the card hidden during the intent delay; the delay's end then only reveals it. */
  private arm(mark: Mark, entityId: number, delayMs: number): void {
    this.cards.prefetch(entityId).then(
      () => {
        if (this.hovered === mark && !this.cards.isOpen) this.cards.prepare(mark, entityId);
      },
      () => undefined,
    );
    this.intentTimer = window.setTimeout(() => {
      this.intentTimer = 0;
      if (this.hovered !== mark) return;
      void this.cards.open(mark, entityId, { via: 'pointer', since: performance.now() });
    }, delayMs);
  }

  private startGrace(): void {
    clearTimeout(this.graceTimer);
    this.graceTimer = window.setTimeout(() => {
      this.graceTimer = 0;
      if (!this.hovered && this.cards.openedVia === 'pointer' && !this.cards.hasPointer) this.cards.close(false);
    }, this.graceMs);
  }

  private onDown(e: PointerEvent): void {
    // A click elsewhere closes the card; a click in it does not.
    if (this.cards.isOpen && !this.host.contains(e.target)) this.cards.close(false);
  }

  private onLeaveDocument(): void {
    this.enter(null);
  }

  private stop(): void {
    clearTimeout(this.intentTimer);
    clearTimeout(this.graceTimer);
    if (this.frame) cancelAnimationFrame(this.frame);
  }
}
