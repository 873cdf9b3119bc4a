/**
 * A card loaded from the background by entity id, with note add/edit/delete wired to the store.
 * Used by the popup, side panel and search results.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Card, Note } from '../../background/model';
import { send } from '../../platform/messaging';
import { CardView } from '../components/card-view';
import type { Level } from '../components/card-sections';
import { t } from '../i18n';

/** Props of {@link EntityCard}. */
export interface EntityCardProps {
  entityId: number;
  compact?: boolean;
  level?: Level;
  /** Opens another entity (companions). */
  onOpenEntity?: (entityId: number) => void;
  /** Told after a note was added, changed or deleted (to refresh counts). */
  onNotesChanged?: (notes: Note[]) => void;
  /** Changing this reloads the card (e.g. the cast's note count changed elsewhere). */
  version?: number;
}

/** The card, or a loading line, or the error the background gave. */
export function EntityCard({ entityId, compact, level, onOpenEntity, onNotesChanged, version }: EntityCardProps) {
  const [card, setCard] = useState<Card | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const c = await send('card/get', { entityId });
      setCard(c);
      setError(null);
      return c;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return null;
    }
  }, [entityId]);

  useEffect(() => {
    setCard(null);
    void load();
  }, [load]);
  const seenVersion = useRef(version);
  useEffect(() => {
    if (seenVersion.current === version) return;
    seenVersion.current = version;
    void load();
  }, [version, load]);

  const afterChange = async () => {
    const c = await load();
    if (c) onNotesChanged?.(c.notes);
  };

  if (error)
    return (
      <p class="bs-error" role="alert">
        {t('cardLoadFailed', [error])}
      </p>
    );
  if (!card)
    return (
      <p class="bs-muted" role="status">
        {t('loading')}
      </p>
    );
  return (
    <CardView
      card={card}
      compact={compact}
      level={level}
      onOpenEntity={onOpenEntity}
      onAddNote={async (body) => {
        await send('note/add', { target: { kind: 'entity', entityId }, body });
        await afterChange();
      }}
      onEditNote={async (id, body) => {
        await send('note/update', { id, body });
        await afterChange();
      }}
      onDeleteNote={async (id) => {
        await send('note/delete', { id });
        await afterChange();
      }}
    />
  );
}
