/**
 * Opens, positions, refreshes and closes the hover card. Cards come from the store (`card/get`) and are
 * cached per entity, so a card prefetched while the pointer rests on a mark opens within a frame of the
 * intent delay; adding or editing a note goes to the background and refreshes the card.
 */
import { render } from 'preact';
import type { Card } from '../../background/model';
import { send } from '../../platform/messaging';
import { t } from '../../ui/i18n';
import type { Mark } from '../paint/marks';
import { meter, milestone, round } from '../timing';
import type { CardHost } from './card-host';
import { CardPanel, type PanelState } from './card-panel';
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
  private readonly cache = new Map<number, Promise<Card>>();
  /** Cards already loaded, to show synchronously. */
  private readonly loaded = new Map<number, Card>();
  private current: { mark: Mark | null; entityId: number; via: OpenVia; addNote: boolean } | null = null;
  private state: PanelState | null = null;
  /** Increases with every open, so a new open starts from a fresh view (e.g. with the note box open). */
  private openCount = 0;
  /** A card rendered hidden while the pointer rests on its mark, shown at the end of the intent delay. */
  private prepared: { entityId: number; mark: Mark | null } | null = null;
  /** Size of the rendered panel, measured when it was rendered (positioning then needs no layout pass). */
  private size = { width: 0, height: 0 };
  /** Latencies of card opens, ms (from the decision to the card on screen). */
  readonly latencies: number[] = [];

  constructor(
    private readonly host: CardHost,
    private readonly onClosed: (returnFocus: boolean) => void = () => undefined,
  ) {
    host.panel.addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== 'Escape' || e.defaultPrevented || target?.tagName === 'TEXTAREA') return;
      e.preventDefault();
      this.close(true);
    });
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

  /** Starts loading a card before it is shown. */
  prefetch(entityId: number): Promise<Card> {
    let p = this.cache.get(entityId);
    if (!p) {
      p = send('card/get', { entityId });
      p.then(
        (card) => {
          if (this.cache.get(entityId) === p) this.loaded.set(entityId, card);
        },
        () => this.cache.delete(entityId),
      );
      this.cache.set(entityId, p);
    }
    return p;
  }

  /** Forgets cached cards (after the store changed). */
  invalidate(entityId?: number): void {
    if (entityId === undefined) {
      this.cache.clear();
      this.loaded.clear();
    } else {
      this.cache.delete(entityId);
      this.loaded.delete(entityId);
    }
  }

  /** Opens the card of `mark` (or of an entity without a mark, e.g. a companion). */
  async open(mark: Mark | null, entityId: number, opts: OpenOptions): Promise<void> {
    const since = opts.since ?? performance.now();
    const prepared = this.prepared;
    this.prepared = null;
    this.current = { mark, entityId, via: opts.via, addNote: !!opts.addNote };
    const ready = this.loaded.get(entityId);
    const reuse = !!prepared && prepared.entityId === entityId && prepared.mark === mark && !opts.addNote && !!this.state;
    if (reuse) {
      meter.run('card-reveal', () => this.reveal());
    } else if (ready) {
      this.openCount++;
      this.show({ kind: 'card', card: ready, startAddingNote: !!opts.addNote });
    } else {
      this.openCount++;
      this.show({ kind: 'loading', name: mark?.name ?? '' });
      try {
        const card = await this.prefetch(entityId);
        if (this.current?.entityId !== entityId) return;
        this.show({ kind: 'card', card, startAddingNote: !!opts.addNote });
      } catch (e) {
        if (this.current?.entityId !== entityId) return;
        this.show({ kind: 'error', name: mark?.name ?? '', message: e instanceof Error ? e.message : String(e) });
      }
    }
    const latency = performance.now() - since;
    this.latencies.push(latency);
    milestone('card-open', { latencyMs: round(latency), via: opts.via, prepared: reuse });
    if (opts.via === 'keyboard' && !opts.addNote) this.host.panel.focus({ preventScroll: true });
  }

  /**
   * Renders the card of `entityId` hidden (when its data is loaded and no card is open), so that opening it
   * at the end of the intent delay only positions and reveals it.
   */
  prepare(mark: Mark | null, entityId: number): void {
    if (this.current) return;
    const card = this.loaded.get(entityId);
    if (!card) return;
    if (this.prepared?.entityId === entityId && this.prepared.mark === mark) return;
    this.openCount++;
    this.prepared = { entityId, mark };
    meter.run('card-prepare', () => this.renderHidden({ kind: 'card', card }));
  }

  /** Drops a card prepared for a mark the pointer left. */
  discardPrepared(): void {
    if (!this.prepared || this.current) return;
    this.prepared = null;
    this.state = null;
    render(null, this.host.panel);
    this.host.panel.hidden = true;
  }

  /** Repositions the open card (after scrolling or resizing). */
  reposition(): void {
    if (!this.current) return;
    meter.run('card-position', () => this.place(true));
  }

  /** Closes the card. */
  close(returnFocus = false): void {
    if (!this.current) return;
    this.current = null;
    this.prepared = null;
    this.state = null;
    render(null, this.host.panel);
    this.host.panel.hidden = true;
    this.onClosed(returnFocus);
  }

  private show(state: PanelState): void {
    meter.run('card-render', () => {
      this.renderHidden(state);
      this.reveal();
    });
  }

  /** Renders `state` into the panel, laid out but invisible, and measures it. */
  private renderHidden(state: PanelState): void {
    this.state = state;
    this.host.attach();
    const panel = this.host.panel;
    panel.setAttribute('aria-label', t('cardDialogLabel', [state.kind === 'card' ? state.card.name : state.name]));
    panel.style.visibility = 'hidden';
    panel.style.maxHeight = '';
    panel.hidden = false;
    render(
      <CardPanel
        key={this.openCount}
        state={state}
        onClose={() => this.close(true)}
        onAddNote={(id, body) => this.addNote(id, body)}
        onEditNote={(id, noteId, body) => this.editNote(id, noteId, body)}
        onOpenEntity={(id) => void this.open(null, id, { via: this.current?.via ?? 'pointer' })}
      />,
      panel,
    );
    this.size = { width: panel.offsetWidth, height: panel.offsetHeight };
  }

  /** Positions the rendered panel next to its mark and shows it. */
  private reveal(): void {
    this.place(false);
    this.host.panel.style.visibility = 'visible';
  }

  private place(measure = true): void {
    const panel = this.host.panel;
    const anchor = this.anchorBox();
    if (measure) {
      panel.style.maxHeight = '';
      this.size = { width: panel.offsetWidth, height: panel.offsetHeight };
    }
    const p = placeCard(anchor, this.size, { width: window.innerWidth, height: window.innerHeight });
    panel.style.left = `${Math.round(p.left)}px`;
    panel.style.top = `${Math.round(p.top)}px`;
    panel.style.maxHeight = `${Math.floor(p.maxHeight)}px`;
    panel.dataset.side = p.side;
  }

  private anchorBox(): Box {
    const r = this.current?.mark?.range.getBoundingClientRect();
    if (r && (r.width || r.height)) return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    // No mark (a companion's card): keep the previous spot, or the top left corner.
    const top = parseFloat(this.host.panel.style.top) || 8;
    const left = parseFloat(this.host.panel.style.left) || 8;
    return { left, top: top - 6, right: left, bottom: top - 6 };
  }

  private async addNote(entityId: number, body: string): Promise<void> {
    await send('note/add', { target: { kind: 'entity', entityId }, body });
    await this.refresh(entityId);
  }

  private async editNote(entityId: number, noteId: number, body: string): Promise<void> {
    await send('note/update', { id: noteId, body });
    await this.refresh(entityId);
  }

  private async refresh(entityId: number): Promise<void> {
    this.invalidate(entityId);
    const card = await this.prefetch(entityId);
    if (this.current?.entityId === entityId) this.show({ kind: 'card', card });
  }
}
