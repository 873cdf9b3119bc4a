/** The sections of a context card: role, role history, quotes, appearances, companions, place. */
import type { ComponentChildren } from 'preact';
import type { Appearance, Card, Companion, QuoteFact, RoleFact } from '../../background/model';
import { formatDate, formatNumber, t, tCount } from '../i18n';
import { flagEmoji } from './flag';
import { LocatorMap } from './locator-map';
import { ExternalLink, Txt } from './text';

/** Heading levels used inside a card. */
export type Level = 2 | 3 | 4 | 5;

/** A heading of level `level`. */
export function Heading({ level, id, children }: { level: Level | 6; id?: string; children: ComponentChildren }) {
  const Tag = `h${level}` as 'h2';
  return (
    <Tag id={id} class="bs-heading">
      {children}
    </Tag>
  );
}

/** "Role · Organisation · Country" from whichever parts are known. */
export function RoleLine({ fact }: { fact: Pick<RoleFact, 'role' | 'organization' | 'country'> }) {
  const parts = [fact.role, fact.organization, fact.country].filter((p): p is string => !!p);
  if (!parts.length) return null;
  return (
    <span class="bs-roleline">
      {parts.map((p, i) => (
        <span key={i}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <Txt>{p}</Txt>
        </span>
      ))}
    </span>
  );
}

/** Where a fact was read: "from <article>, <date>". */
function Source({ title, date }: { title: string; date: string }) {
  return (
    <span class="bs-source">
      {t('fromArticle')} <cite><Txt>{title}</Txt></cite>
      {date && <>, <time dateTime={date}>{formatDate(date)}</time></>}
    </span>
  );
}

/** The current role with organisation and country, and the sentence it came from. */
export function CurrentRole({ fact }: { fact: RoleFact }) {
  return (
    <div class="bs-current">
      <p class="bs-role">
        <RoleLine fact={fact} />
      </p>
      {fact.sentence && (
        <blockquote class="bs-sentence">
          <p>
            <Txt>{fact.sentence}</Txt>
          </p>
          <footer>
            <Source title={fact.articleTitle} date={fact.date} />
          </footer>
        </blockquote>
      )}
    </div>
  );
}

/** Role history, newest first, with dates. */
export function RoleHistory({ roles, level, max }: { roles: RoleFact[]; level: Level; max: number }) {
  if (roles.length < 2) return null;
  return (
    <section class="bs-section">
      <Heading level={level}>{t('sectionRoles')}</Heading>
      <ol class="bs-list">
        {roles.slice(0, max).map((r, i) => (
          <li key={i}>
            <RoleLine fact={r} />{' '}
            <span class="bs-muted">
              — <time dateTime={r.date}>{formatDate(r.date)}</time>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Latest quotes with their article. */
export function Quotes({ quotes, level, max }: { quotes: QuoteFact[]; level: Level; max: number }) {
  if (!quotes.length) return null;
  return (
    <section class="bs-section">
      <Heading level={level}>{t('sectionQuotes')}</Heading>
      <ul class="bs-list bs-quotes">
        {quotes.slice(0, max).map((q, i) => (
          <li key={i}>
            <q>
              <Txt>{q.text}</Txt>
            </q>{' '}
            <span class="bs-muted">
              — <ExternalLink url={q.url}><Txt>{q.articleTitle}</Txt></ExternalLink>,{' '}
              <time dateTime={q.date}>{formatDate(q.date)}</time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Seen in N articles since …" and the latest appearances as links. */
export function SeenIn({ card, level, max }: { card: Card; level: Level; max: number }) {
  if (!card.seenIn) return null;
  const summary = card.firstSeen
    ? tCount('seenInSince', card.seenIn, [formatDate(card.firstSeen)])
    : tCount('seenIn', card.seenIn);
  return (
    <section class="bs-section">
      <Heading level={level}>{t('sectionSeen')}</Heading>
      <p class="bs-seen">{summary}</p>
      {card.appearances.length > 0 && (
        <ul class="bs-list bs-appearances">
          {card.appearances.slice(0, max).map((a: Appearance) => (
            <li key={a.articleId}>
              <ExternalLink url={a.url}>
                <Txt>{a.title || a.url}</Txt>
              </ExternalLink>{' '}
              <span class="bs-muted">
                {a.site && (
                  <>
                    <Txt>{a.site}</Txt>,{' '}
                  </>
                )}
                <time dateTime={a.date}>{formatDate(a.date)}</time> · {tCount('mentions', a.mentions)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Who appears with the entity; each a button when the host can open cards. */
export function Companions({
  companions,
  level,
  max,
  onOpenEntity,
}: {
  companions: Companion[];
  level: Level;
  max: number;
  onOpenEntity?: (entityId: number) => void;
}) {
  if (!companions.length) return null;
  return (
    <section class="bs-section">
      <Heading level={level}>{t('sectionCompanions')}</Heading>
      <ul class="bs-chips">
        {companions.slice(0, max).map((c) => {
          const label = t('companionTogether', [c.name, formatNumber(c.together)]);
          return (
            <li key={c.entityId}>
              {onOpenEntity ? (
                <button type="button" class="bs-chip" title={label} aria-label={label} onClick={() => onOpenEntity(c.entityId)}>
                  <Txt>{c.name}</Txt> <span class="bs-count">{formatNumber(c.together)}</span>
                </button>
              ) : (
                <span class="bs-chip" title={label}>
                  <Txt>{c.name}</Txt> <span class="bs-count">{formatNumber(c.together)}</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Place-kind label key by kind. */
const PLACE_KIND_KEYS: Record<string, string> = {
  country: 'placeCountry',
  'historical country': 'placeHistoricalCountry',
  city: 'placeCity',
  region: 'placeRegion',
  continent: 'placeContinent',
  place: 'placePlace',
};

/** The kind label of a card: "Official", "Person", "Organisation", or the place's kind. */
export function kindLabel(card: Pick<Card, 'kind' | 'official' | 'place'>): string {
  if (card.kind === 'person') return t(card.official ? 'kindOfficial' : 'kindPerson');
  if (card.kind === 'organization') return t('kindOrganization');
  return t(PLACE_KIND_KEYS[card.place?.kind ?? 'place'] ?? 'placePlace');
}

/** For places: country with flag, and the locator map. */
export function PlaceFacts({ card }: { card: Card }) {
  const place = card.place;
  if (!place) return null;
  const flag = flagEmoji(place.countryCode);
  const isCountry = place.kind === 'country' || place.kind === 'historical country';
  return (
    <div class="bs-place">
      {(place.country || flag) && (
        <p class="bs-country">
          {flag && (
            <span class="bs-flag" aria-hidden="true">
              {flag}
            </span>
          )}{' '}
          {!isCountry && place.country && t('inCountry', [place.country])}
        </p>
      )}
      <LocatorMap
        zoom={place.kind === 'city' || place.kind === 'region' || place.kind === 'place'}
        latlng={place.latlng}
        countryCode={place.countryCode}
        label={place.country && !isCountry ? `${card.name}, ${place.country}` : card.name}
      />
    </div>
  );
}
