/**
 * The hover card's content: the shared {@link CardView} with a close button, or a loading/error line.
 * Rendered with Preact inside the card host's closed shadow root.
 */
import type { Card } from '../../background/model';
import { CardView } from '../../ui/components/card-view';
import { t } from '../../ui/i18n';

/** What the panel shows. */
export type PanelState =
  | { kind: 'loading'; name: string }
  | { kind: 'error'; name: string; message: string }
  | { kind: 'card'; card: Card; startAddingNote?: boolean };

/** Props of {@link CardPanel}. */
export interface CardPanelProps {
  state: PanelState;
  onClose: () => void;
  onAddNote: (entityId: number, body: string) => Promise<void>;
  onEditNote: (entityId: number, noteId: number, body: string) => Promise<void>;
  onOpenEntity: (entityId: number) => void;
}

/** The panel's inner content. */
export function CardPanel({ state, onClose, onAddNote, onEditNote, onOpenEntity }: CardPanelProps) {
  return (
    <>
      <div class="bs-panel-bar">
        <button type="button" class="bs-close" aria-label={t('cardClose')} title={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      {state.kind === 'loading' && <p class="bs-status">{t('cardLoading', [state.name])}</p>}
      {state.kind === 'error' && (
        <p class="bs-status" role="alert">
          {t('cardFailed', [state.name, state.message])}
        </p>
      )}
      {state.kind === 'card' && (
        <CardView
          card={state.card}
          compact
          level={2}
          startAddingNote={state.startAddingNote}
          onAddNote={(body) => onAddNote(state.card.entityId, body)}
          onEditNote={(id, body) => onEditNote(state.card.entityId, id, body)}
          onOpenEntity={onOpenEntity}
        />
      )}
    </>
  );
}
