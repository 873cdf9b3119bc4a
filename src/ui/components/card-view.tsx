/**
 * The context card of one person, place or organisation, shared by the hover card (content script),
 * popup and side panel. Pure view: data in through `card`, actions out through callbacks; everything from
 * the store is shown as text. Style with {@link CARD_CSS} (`card.css.ts`).
 */
import { useId } from 'preact/hooks';
import type { Card } from '../../background/model';
import { t } from '../i18n';
import { NotesSection } from './card-notes';
import {
  Companions,
  CurrentRole,
  Heading,
  PlaceFacts,
  Quotes,
  RoleHistory,
  SeenIn,
  kindLabel,
  type Level,
} from './card-sections';
import { Txt } from './text';

/** Props of {@link CardView}. */
export interface CardViewProps {
  card: Card;
  /** Saves a new note on this entity; without it there is no add box. */
  onAddNote?: (body: string) => Promise<void> | void;
  /** Saves an edited note; without it notes are read-only. */
  onEditNote?: (id: number, body: string) => Promise<void> | void;
  /** Deletes a note (UI pages only: the content script may not). */
  onDeleteNote?: (id: number) => Promise<void> | void;
  /** Opens another entity's card (companions become buttons). */
  onOpenEntity?: (entityId: number) => void;
  /** Fewer items per section, for the hover card and the popup's expanded rows. */
  compact?: boolean;
  /** Level of the name heading (sections get the next one). Default 2. */
  level?: Level;
  /** Open the add-note box at once (keyboard shortcut). */
  startAddingNote?: boolean;
}

/** The card. */
export function CardView({
  card,
  onAddNote,
  onEditNote,
  onDeleteNote,
  onOpenEntity,
  compact = false,
  level = 2,
  startAddingNote,
}: CardViewProps) {
  const id = useId();
  const sub = Math.min(level + 1, 5) as Level;
  const limits = compact
    ? { roles: 3, quotes: 2, appearances: 3, companions: 5 }
    : { roles: 10, quotes: 6, appearances: 10, companions: 12 };
  const aliases = card.aliases.filter((a) => a !== card.name);
  return (
    <article class={`bs-card bs-kind-${card.kind}${card.official ? ' bs-official' : ''}${compact ? ' bs-compact' : ''}`} aria-labelledby={`${id}-name`}>
      <header class="bs-card-header">
        <Heading level={level} id={`${id}-name`}>
          <Txt>{card.name}</Txt>
        </Heading>
        <p class="bs-kind">
          <span class="bs-badge">{kindLabel(card)}</span>
        </p>
        {!compact && aliases.length > 0 && (
          <p class="bs-aliases bs-muted">
            {t('alsoKnownAs')}{' '}
            {aliases.map((a, i) => (
              <span key={i}>
                {i > 0 && ', '}
                <Txt>{a}</Txt>
              </span>
            ))}
          </p>
        )}
      </header>
      {card.kind !== 'place' && card.current && <CurrentRole fact={card.current} />}
      {card.kind === 'place' && <PlaceFacts card={card} />}
      <RoleHistory roles={card.roles} level={sub} max={limits.roles} />
      <Quotes quotes={card.quotes} level={sub} max={limits.quotes} />
      <SeenIn card={card} level={sub} max={limits.appearances} />
      <Companions companions={card.companions} level={sub} max={limits.companions} onOpenEntity={onOpenEntity} />
      <NotesSection
        notes={card.notes}
        subject={card.name}
        level={sub}
        onAddNote={onAddNote}
        onEditNote={onEditNote}
        onDeleteNote={onDeleteNote}
        startAdding={startAddingNote}
      />
    </article>
  );
}
