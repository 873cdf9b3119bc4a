/**
 * The page's cast, grouped as officials, other people, places and organisations, each group in reading
 * order. Every entry is a compact row that expands into its card in place.
 */
import { useState } from 'preact/hooks';
import type { CastEntry } from '../../background/model';
import { RoleLine } from '../components/card-sections';
import { Txt } from '../components/text';
import { t, tCount } from '../i18n';
import { EntityCard } from './entity-card';

/** Cast groups in display order, with the test of membership and the heading key. */
const GROUPS: Array<{ key: string; title: string; test: (e: CastEntry) => boolean }> = [
  { key: 'officials', title: 'castOfficials', test: (e) => e.kind === 'person' && e.official },
  { key: 'people', title: 'castPeople', test: (e) => e.kind === 'person' && !e.official },
  { key: 'places', title: 'castPlaces', test: (e) => e.kind === 'place' },
  { key: 'organizations', title: 'castOrganizations', test: (e) => e.kind === 'organization' },
];

/** Splits a cast (already in reading order) into the display groups, keeping order inside each. */
export function groupCast(cast: CastEntry[]): Array<{ key: string; title: string; entries: CastEntry[] }> {
  return GROUPS.map((g) => ({ key: g.key, title: g.title, entries: cast.filter(g.test) })).filter((g) => g.entries.length);
}

/** Arrow keys, Home and End move focus between the rows' toggles (one tab stop per row stays too). */
export function moveBetweenRows(e: KeyboardEvent): void {
  const target = e.target as HTMLElement | null;
  if (!target?.classList.contains('bs-row-toggle')) return;
  const toggles = Array.from((e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.bs-row-head > .bs-row-toggle'));
  const at = toggles.indexOf(target);
  if (at < 0) return;
  const next =
    e.key === 'ArrowDown' ? toggles[at + 1] : e.key === 'ArrowUp' ? toggles[at - 1] : e.key === 'Home' ? toggles[0] : e.key === 'End' ? toggles[toggles.length - 1] : undefined;
  if (!next) return;
  e.preventDefault();
  next.focus();
}

/** Props of {@link CastList}. */
export interface CastListProps {
  cast: CastEntry[];
  /** Opens the full card of an entity. */
  onOpenEntity: (entityId: number) => void;
  /** Something changed (notes): the host may reload the cast. */
  onChanged?: () => void;
}

/** The grouped cast. */
export function CastList({ cast, onOpenEntity, onChanged }: CastListProps) {
  if (!cast.length) return <p class="bs-muted">{t('castEmpty')}</p>;
  return (
    <div class="bs-cast" onKeyDown={moveBetweenRows}>
      {groupCast(cast).map((g) => (
        <section key={g.key} class={`bs-cast-group bs-cast-${g.key}`} aria-labelledby={`cast-${g.key}`}>
          <h2 id={`cast-${g.key}`} class="bs-group-title">
            {t(g.title)} <span class="bs-count">{g.entries.length}</span>
          </h2>
          <ul class="bs-rows">
            {g.entries.map((e) => (
              <CastRow key={e.entityId} entry={e} onOpenEntity={onOpenEntity} onChanged={onChanged} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** One cast entry: summary line with an expand toggle, and its compact card when expanded. */
export function CastRow({ entry, onOpenEntity, onChanged }: { entry: CastEntry; onOpenEntity: (id: number) => void; onChanged?: () => void }) {
  const [open, setOpen] = useState(false);
  const panelId = `row-${entry.entityId}`;
  return (
    <li class={`bs-row bs-kind-${entry.kind}${entry.official ? ' bs-official' : ''}`} data-entity={entry.entityId}>
      <div class="bs-row-head">
        <button
          type="button"
          class="bs-row-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <span class="bs-row-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span class="bs-row-name">
            <Txt>{entry.name}</Txt>
          </span>
          {!(entry.kind === 'place' && entry.country === entry.name) && (
            <span class="bs-row-role bs-muted">
              <RoleLine fact={entry} />
            </span>
          )}
          <span class="bs-row-meta bs-muted">
            {tCount('seenIn', entry.seenIn)}
            {entry.notes > 0 && <> · {tCount('notesCount', entry.notes)}</>}
          </span>
        </button>
        <button
          type="button"
          class="bs-link-button bs-row-open"
          aria-label={t('openCardOf', [entry.name])}
          onClick={() => onOpenEntity(entry.entityId)}
        >
          {t('openCard')}
        </button>
      </div>
      {open && (
        <div id={panelId} class="bs-row-card">
          <EntityCard entityId={entry.entityId} version={entry.notes} compact level={3} onOpenEntity={onOpenEntity} onNotesChanged={() => onChanged?.()} />
        </div>
      )}
    </li>
  );
}
