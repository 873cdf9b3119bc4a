/**
 * Keyboard access: Alt+Shift+J / Alt+Shift+K move to the next / previous mark (shown with the
 * `backstory-focus` highlight, scrolled into view and announced), Alt+Shift+C or Enter (while a mark has
 * the focus) opens its card, Alt+Shift+N opens it with the add-note box, Escape closes the card or leaves
 * mark navigation, Alt+Shift+M hides or shows the marks on this page. Keys typed into the page's own fields
 * are left alone, except the Alt+Shift shortcuts.
 */
import type { CardController } from './card/card-controller';
import type { CardHost } from './card/card-host';
import type { Highlighter } from './paint/highlighter';
import type { Mark, MarkKind } from './paint/marks';
import { t } from '../ui/i18n';

const KIND_KEYS: Record<MarkKind, string> = {
  official: 'kindOfficial',
  person: 'kindPerson',
  place: 'markKindPlace',
  org: 'kindOrganization',
};

/** Alt+Shift shortcuts by key code. */
const SHORTCUTS: Partial<Record<string, 'next' | 'prev' | 'open' | 'note' | 'toggle'>> = {
  KeyJ: 'next',
  KeyK: 'prev',
  KeyC: 'open',
  KeyN: 'note',
  KeyM: 'toggle',
};

/** True when the key event targets something the reader types into. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable === true;
}

/** Mark navigation and shortcuts. */
export class KeyboardController {
  private marks: Mark[] = [];
  private focused = -1;

  constructor(
    private readonly doc: Document,
    private readonly cards: CardController,
    private readonly host: CardHost,
    private readonly highlighter: Highlighter,
    signal: AbortSignal,
    /** Hides (false) or shows (true) the marks on this page; returns the new state. */
    private readonly toggleMarks: () => boolean = () => true,
    /** Settles when the marks painted last have their store ids (see `PageSession`). */
    private readonly idsReady: () => Promise<void> = () => Promise.resolve(),
  ) {
    doc.addEventListener('keydown', (e) => this.onKey(e), { capture: true, signal });
    cards.onShortcutKey = (e) => this.onKey(e);
  }

  /** Uses a new list of marks (reading order). */
  setMarks(marks: Mark[]): void {
    const previous = this.marks[this.focused];
    this.marks = marks;
    this.focused = previous ? marks.findIndex((m) => m.start === previous.start && m.end === previous.end) : -1;
    if (this.focused < 0) this.highlighter.focus(null);
  }

  /** The mark with the keyboard focus. */
  get focusedMark(): Mark | null {
    return this.marks[this.focused] ?? null;
  }

  /** Called when the card closed; puts the announcement back on the focused mark. */
  cardClosed(returnFocus: boolean): void {
    if (returnFocus && this.focusedMark) this.announce(this.focusedMark, this.focused);
  }

  private onKey(e: KeyboardEvent): void {
    const inCard = this.host.contains(e.target);
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey) {
      const action = SHORTCUTS[e.code];
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      if (action === 'toggle') {
        if (this.cards.isOpen) this.cards.close(false);
        this.focused = -1;
        this.highlighter.focus(null);
        this.host.announce(t(this.toggleMarks() ? 'marksShown' : 'marksHidden'));
      } else if (action === 'next' || action === 'prev') this.move(action === 'next' ? 1 : -1);
      else this.openFocused(action === 'note');
      return;
    }
    if (e.key === 'Escape') {
      if (inCard) return; // The card handles its own Escape (a note being typed is not thrown away).
      if (this.cards.isOpen) {
        e.stopPropagation();
        this.cards.close(true);
      } else if (this.focused >= 0 && !isTyping(e.target)) {
        this.focused = -1;
        this.highlighter.focus(null);
        this.host.announce(t('marksLeft'));
      }
      return;
    }
    if (e.key === 'Enter' && !inCard && this.focused >= 0 && !isTyping(e.target) && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      this.openFocused(false);
    }
  }

  /** Moves the focus by `step` marks (from the first mark in view when none has it yet). */
  move(step: 1 | -1): void {
    const n = this.marks.length;
    if (!n) {
      this.host.announce(t('marksNone'));
      return;
    }
    let i: number;
    if (this.focused < 0) i = step > 0 ? this.firstInView() : Math.max(0, this.firstInView() - 1);
    else i = (this.focused + step + n) % n;
    // Skip marks the page does not render (text hidden by its stylesheets).
    for (let tries = 0; tries < n && this.marks[i].range.getClientRects().length === 0; tries++) i = (i + step + n) % n;
    this.focused = i;
    const mark = this.marks[i];
    if (this.cards.isOpen) this.cards.close(false);
    this.highlighter.focus(mark.range);
    this.scrollTo(mark);
    this.announce(mark, i);
  }

  private openFocused(addNote: boolean): void {
    const open = this.cards.openMark;
    if (addNote && open?.entityId !== undefined) {
      // "Add note" while a card is open (e.g. opened by hovering) adds to that card.
      void this.cards.open(open, open.entityId, { via: 'keyboard', addNote: true, since: performance.now() });
      return;
    }
    if (this.focused < 0) this.move(1);
    const mark = this.focusedMark;
    if (!mark) return;
    if (mark.entityId !== undefined) {
      void this.cards.open(mark, mark.entityId, { via: 'keyboard', addNote, since: performance.now() });
      return;
    }
    // The marks may be painted before the store filed the article: wait for the ids, then open or explain.
    const since = performance.now();
    const settle = (): void => {
      if (this.focusedMark !== mark) return;
      if (mark.entityId === undefined) this.host.announce(t('cardNotStored', [mark.name]));
      else void this.cards.open(mark, mark.entityId, { via: 'keyboard', addNote, since });
    };
    this.idsReady().then(settle, settle);
  }

  private announce(mark: Mark, i: number): void {
    this.host.announce(t('markAnnounce', [mark.range.toString(), t(KIND_KEYS[mark.kind]), String(i + 1), String(this.marks.length)]));
  }

  private firstInView(): number {
    for (let i = 0; i < this.marks.length; i++) {
      const r = this.marks[i].range.getBoundingClientRect();
      if (r.bottom > 0 && (r.width || r.height)) return i;
    }
    return 0;
  }

  private scrollTo(mark: Mark): void {
    const r = mark.range.getBoundingClientRect();
    const vh = window.innerHeight;
    if (r.top >= 40 && r.bottom <= vh - 40) return;
    window.scrollBy({ top: r.top - vh / 3, behavior: 'instant' as ScrollBehavior });
  }
}
