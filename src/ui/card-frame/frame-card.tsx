/**
 * The card frame's side of the port: loads cards from the background, renders them with {@link CardPanel},
 * reports the rendered height, and passes the reader's close / open-another-card actions back.
 */
import { render } from 'preact';
import type { Card } from '../../background/model';
import { CardPanel, type PanelState } from '../../content/card/card-panel';
import { isToFrame, type FromFrame, type ToFrame } from '../../content/card/frame-protocol';
import { send } from '../../platform/messaging';
import { t } from '../i18n';

/** Renders the card the content script asks for into `panel`. */
export class FrameCard {
  private readonly cards = new Map<number, Promise<Card>>();
  private shown: { entityId: number; addNote: boolean; state: PanelState['kind'] } | null = null;
  private renders = 0;
  private lastHeight = -1;
  /** The latest load request; older ones still loading are dropped. */
  private latest = 0;

  private readonly inner: HTMLElement;

  constructor(
    private readonly panel: HTMLElement,
    private readonly port: MessagePort,
  ) {
    this.inner = panel.firstElementChild as HTMLElement;
  }

  /** Starts listening to the port and reporting size, pointer and Escape. */
  start(): void {
    this.port.onmessage = (e) => {
      if (isToFrame(e.data)) void this.handle(e.data);
    };
    this.post({ t: 'hello' });
    new ResizeObserver(() => this.reportSize()).observe(this.inner);
    document.addEventListener('keydown', (e) => {
      if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && /^Key[A-Z]$/.test(e.code)) {
        // Backstory's shortcuts work in the card as on the page: the content script runs them.
        e.preventDefault();
        this.post({ t: 'key', code: e.code });
        return;
      }
      const target = e.target as HTMLElement | null;
      if (e.key !== 'Escape' || e.defaultPrevented || target?.tagName === 'TEXTAREA') return;
      e.preventDefault();
      this.post({ t: 'close', returnFocus: true });
    });
    document.documentElement.addEventListener('pointerenter', () => this.post({ t: 'pointer', inside: true }));
    document.documentElement.addEventListener('pointerleave', () => this.post({ t: 'pointer', inside: false }));
  }

  private post(m: FromFrame): void {
    this.port.postMessage(m);
  }

  private async handle(m: ToFrame): Promise<void> {
    if (m.t === 'invalidate') {
      if (m.entityId === null) this.cards.clear();
      else this.cards.delete(m.entityId);
      return;
    }
    if (m.t === 'hide') {
      this.shown = null;
      render(null, this.inner);
      return;
    }
    if (m.t === 'focus') {
      if (!this.panel.contains(document.activeElement) || document.activeElement === document.body) this.panel.focus({ preventScroll: true });
      return;
    }
    this.latest = m.seq;
    const same = this.shown && this.shown.entityId === m.entityId && this.shown.state === 'card' && !m.addNote && !this.shown.addNote;
    if (!same) {
      const cached = this.cards.get(m.entityId);
      let card: Card | null = null;
      if (!cached) this.paint(m.entityId, m.addNote, { kind: 'loading', name: m.name });
      try {
        card = await this.load(m.entityId);
      } catch (e) {
        if (this.latest !== m.seq) return;
        this.paint(m.entityId, m.addNote, { kind: 'error', name: m.name, message: e instanceof Error ? e.message : String(e) });
      }
      if (this.latest !== m.seq) return;
      if (card) this.paint(m.entityId, m.addNote, { kind: 'card', card, startAddingNote: m.addNote });
    }
    this.post({ t: 'ready', seq: m.seq, height: this.height() });
  }

  private load(entityId: number): Promise<Card> {
    let p = this.cards.get(entityId);
    if (!p) {
      p = send('card/get', { entityId });
      p.catch(() => this.cards.delete(entityId));
      this.cards.set(entityId, p);
    }
    return p;
  }

  private paint(entityId: number, addNote: boolean, state: PanelState): void {
    this.shown = { entityId, addNote, state: state.kind };
    this.panel.setAttribute('aria-label', t('cardDialogLabel', [state.kind === 'card' ? state.card.name : state.name]));
    render(
      <CardPanel
        key={++this.renders}
        state={state}
        onClose={() => this.post({ t: 'close', returnFocus: true })}
        onAddNote={(id, body) => this.saveNote(id, () => send('note/add', { target: { kind: 'entity', entityId: id }, body }))}
        onEditNote={(id, noteId, body) => this.saveNote(id, () => send('note/update', { id: noteId, body }))}
        onOpenEntity={(id) => this.post({ t: 'open', entityId: id })}
      />,
      this.inner,
    );
  }

  private async saveNote(entityId: number, write: () => Promise<unknown>): Promise<void> {
    await write();
    this.cards.delete(entityId);
    const card = await this.load(entityId);
    if (this.shown?.entityId === entityId) this.paint(entityId, false, { kind: 'card', card });
  }

  /** The panel's natural height (it may be shown shorter and scroll). */
  private height(): number {
    return Math.ceil(this.panel.scrollHeight + 2);
  }

  private reportSize(): void {
    const h = this.height();
    if (h === this.lastHeight || !this.shown) return;
    this.lastHeight = h;
    this.post({ t: 'size', height: h });
  }
}
