/** Search across everything read so far; results open full cards. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../background/model';
import { send } from '../../platform/messaging';
import { Txt } from '../components/text';
import { t, tCount } from '../i18n';

/** Delay between the last keystroke and the search, ms. */
const DEBOUNCE_MS = 180;

/** Props of {@link SearchPanel}. */
export interface SearchPanelProps {
  onOpenEntity: (entityId: number) => void;
  /** Told whether a query is active, so the host can hide the cast meanwhile. */
  onActiveChange?: (active: boolean) => void;
}

/** The search field and its results. */
export function SearchPanel({ onOpenEntity, onActiveChange }: SearchPanelProps) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    const q = query.trim();
    onActiveChange?.(q.length > 0);
    if (!q) {
      setHits(null);
      setError(null);
      return;
    }
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      try {
        const found = await send('search', { query: q.slice(0, 500), limit: 30 });
        if (mine === seq.current) {
          setHits(found);
          setError(null);
        }
      } catch (e) {
        if (mine === seq.current) setError(e instanceof Error ? e.message : String(e));
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  return (
    <section class="bs-search" role="search" aria-label={t('searchLabel')}>
      <label class="bs-sr-only" for="bs-search-input">
        {t('searchLabel')}
      </label>
      <input
        id="bs-search-input"
        class="bs-input"
        type="search"
        placeholder={t('searchPlaceholder')}
        value={query}
        maxLength={500}
        autoComplete="off"
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && query) {
            e.preventDefault();
            setQuery('');
          }
        }}
      />
      {error && (
        <p class="bs-error" role="alert">
          {t('searchFailed', [error])}
        </p>
      )}
      {hits && (
        <div class="bs-search-results">
          <p class="bs-muted" role="status" aria-live="polite">
            {hits.length ? tCount('searchResults', hits.length) : t('searchNone', [query.trim()])}
          </p>
          <ul class="bs-rows">
            {hits.map((h) => (
              <li key={`${h.entityId}-${h.matched}`} class={`bs-row bs-kind-${h.kind}`}>
                <button type="button" class="bs-row-toggle" onClick={() => onOpenEntity(h.entityId)}>
                  <span class="bs-row-name">
                    <Txt>{h.name}</Txt>
                  </span>
                  {h.role && (
                    <span class="bs-row-role bs-muted">
                      <Txt>{h.role}</Txt>
                    </span>
                  )}
                  <span class="bs-row-meta bs-muted">
                    {t(`matched_${h.matched}`)} · {tCount('seenIn', h.seenIn)}
                  </span>
                  {h.snippet && (
                    <span class="bs-row-snippet">
                      <Txt>{h.snippet}</Txt>
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
