/**
 * Shapes the store hands to the content script and UI pages (cards, casts, search hits, notes).
 * Plain serialisable data: these cross the message boundary.
 */
import type { Analysis, PlaceKind } from '../core/types';

/** Entity kinds kept by the store. */
export type EntityKind = 'person' | 'place' | 'organization';

/** Metadata of an article, read from the page (JSON-LD, meta tags) or from a saved file. */
export interface ArticleMeta {
  url: string;
  canonicalUrl?: string;
  title: string;
  site?: string;
  byline?: string;
  /** ISO 8601 date the article was published, when the page says. */
  published?: string;
  /** Language declared by the page (`<html lang>`), when any. */
  lang?: string;
}

/** What the content script (or the import page) sends to be remembered. */
export interface IngestInput {
  meta: ArticleMeta;
  /** The article text that was analysed (offsets in `analysis` index into it). */
  text: string;
  analysis: Analysis;
}

/** Result of ingesting one article. */
export interface IngestResult {
  articleId: number;
  /** False when the same article (canonical URL or text hash) was already stored unchanged. */
  changed: boolean;
  /** Store entity id for each engine entity id of the analysis (`p0` → 17). */
  entityIds: Record<string, number>;
}

/** One role held by an entity, as an article stated it. */
export interface RoleFact {
  role?: string;
  organization?: string;
  country?: string;
  articleId: number;
  articleTitle: string;
  /** Article date (published, else read). ISO 8601. */
  date: string;
  /** The sentence the role came from. */
  sentence: string;
}

/** A quote kept on a card. */
export interface QuoteFact {
  text: string;
  articleId: number;
  articleTitle: string;
  url: string;
  date: string;
}

/** An article an entity appeared in. */
export interface Appearance {
  articleId: number;
  title: string;
  url: string;
  site?: string;
  date: string;
  /** Times the entity was mentioned there. */
  mentions: number;
}

/** A reader's note. `body` is plain text with Markdown; the UI renders it safely. */
export interface Note {
  id: number;
  target: { kind: 'entity'; entityId: number } | { kind: 'article'; articleId: number };
  body: string;
  created: string;
  updated: string;
}

/** Another entity that often appears with this one. */
export interface Companion {
  entityId: number;
  name: string;
  kind: EntityKind;
  /** Number of articles they share. */
  together: number;
}

/** Everything a context card shows about one entity. */
export interface Card {
  entityId: number;
  kind: EntityKind;
  name: string;
  aliases: string[];
  official: boolean;
  /** The latest role, with organisation and country. */
  current?: RoleFact;
  /** Role history, newest first. */
  roles: RoleFact[];
  /** Latest quotes, newest first. */
  quotes: QuoteFact[];
  /** Places: kind, country, ISO code, coordinates. */
  place?: { kind: PlaceKind; country?: string; countryCode?: string; latlng?: [number, number] };
  /** Number of articles the entity appeared in, and the first date. */
  seenIn: number;
  firstSeen?: string;
  /** Latest appearances, newest first. */
  appearances: Appearance[];
  companions: Companion[];
  notes: Note[];
}

/** One entry of an article's cast, in reading order. */
export interface CastEntry {
  entityId: number;
  kind: EntityKind;
  name: string;
  official: boolean;
  role?: string;
  organization?: string;
  country?: string;
  /** Mentions in this article. */
  mentions: number;
  /** Number of articles the reader has seen this entity in. */
  seenIn: number;
  notes: number;
}

/** A search hit. */
export interface SearchHit {
  entityId: number;
  kind: EntityKind;
  name: string;
  role?: string;
  seenIn: number;
  /** Which field matched: a name/alias, a role, a quote or a note. */
  matched: 'name' | 'role' | 'quote' | 'note' | 'article';
  snippet?: string;
}

/** Storage usage summary for the options page. */
export interface StorageReport {
  articles: number;
  entities: number;
  mentions: number;
  quotes: number;
  notes: number;
  /** Bytes used by the extension origin, when the browser says. */
  usage?: number;
  quota?: number;
  persisted?: boolean;
}

/** What an import would do, reported before it is applied. */
export interface ImportReport {
  version: number;
  articles: { add: number; existing: number };
  entities: { add: number; merge: number };
  notes: { add: number; existing: number };
  applied: boolean;
}

/** Per-site settings chosen by the reader. */
export interface SiteSettings {
  /** Hostname ("www.bbc.co.uk"). */
  site: string;
  enabled: boolean;
  /** Kinds to mark on this site (defaults from the global settings). */
  marks?: { officials: boolean; people: boolean; places: boolean; organizations: boolean };
}

/** Global settings (options page). */
export interface Settings {
  marks: { officials: boolean; people: boolean; places: boolean; organizations: boolean };
  /** Pointer rest time before a card opens, ms. */
  intentDelayMs: number;
  /** Highlight style preset. */
  palette: 'default' | 'high-contrast' | 'subtle';
}
