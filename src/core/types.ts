/**
 * The engine's output model. Everything the extension knows about a page starts here.
 * All offsets are UTF-16 code-unit indices into the analysed text, `end` exclusive.
 * Pure data: no DOM, no browser API.
 */

/** A span of the analysed text. */
export interface Span {
  start: number;
  end: number;
  /** `text.slice(start, end)`, kept for display and debugging. */
  text: string;
}

/** A fact read from the text (a role, an organisation, a country), with where it was read. */
export interface Fact {
  /** The normalised value shown to the reader ("Ambassador to the United Nations", "South Korea"). */
  value: string;
  /** The span the value was read from. */
  span: Span;
  /** The sentence that contains `span`, so cards can show where the fact came from. */
  sentence: Span;
}

/** One mention of an entity in the text. */
export interface Mention extends Span {
  /**
   * How the mention names the entity: `name` (a proper name or part of one, "Hwang Joon-kook",
   * "Mr. Hwang", "Nebenzya"), `demonym` ("South Korean" for South Korea), `abbreviation` ("US", "UN").
   */
  form: 'name' | 'demonym' | 'abbreviation';
  /**
   * The mention's type in context, CoNLL style, for `--jsonl` output and scoring: a country acting as a
   * team or government may be `ORG`, a demonym is `MISC`. Defaults to the entity's own type.
   */
  tag?: 'PER' | 'LOC' | 'ORG' | 'MISC';
}

/** A direct quotation attributed to a person. */
export interface Quote {
  /** The quoted words without the quotation marks. */
  span: Span;
  /** The mention the attribution was read from: the name, title or pronoun next to the speech verb. */
  speaker: Span;
  /** The speech verb ("said", "accused"), when there is one. */
  cue?: Span;
}

/** A person named in the text. */
export interface Person {
  /** Stable within one analysis: `p0`, `p1`… in order of first mention. */
  id: string;
  /** Canonical (longest, fullest) name, without titles: "Hwang Joon-kook". */
  name: string;
  /** Every mention, in text order. */
  mentions: Mention[];
  /** True when the text gives the person an office or official role. */
  official: boolean;
  role?: Fact;
  organization?: Fact;
  country?: Fact;
  quotes: Quote[];
}

/** Kinds of place the engine tells apart. */
export type PlaceKind = 'country' | 'historical country' | 'city' | 'region' | 'continent' | 'place';

/** A place named in the text, linked to the gazetteer when possible. */
export interface Place {
  id: string;
  /** Canonical name from the gazetteer ("Kharkiv" for "Kharkov"). */
  name: string;
  kind: PlaceKind;
  /** Country the place lies in (its own name for a country). */
  country?: string;
  /** ISO 3166-1 alpha-2 of `country`, when known (flags, maps). */
  countryCode?: string;
  /** Gazetteer identity ("geonames:706483", "iso:UA"); places with the same key are one place everywhere. */
  key?: string;
  /** Latitude/longitude, when the gazetteer has them (locator map). */
  latlng?: [number, number];
  mentions: Mention[];
}

/** A named organisation. */
export interface Organization {
  id: string;
  name: string;
  mentions: Mention[];
  /** Country the organisation belongs to, when the text says ("Ukrainian Air Force" → Ukraine). */
  country?: string;
}

/** Why an analysis found nothing, when it deliberately did not look. */
export type SkipReason = 'not-english' | 'empty' | 'too-large';

/** The result of {@link analyze}. */
export interface Analysis {
  people: Person[];
  places: Place[];
  organizations: Organization[];
  /** Detected language of the text (ISO 639-1), or `und`. */
  language: string;
  /** Set when the text was not analysed, with the reason shown to the reader. */
  skipped?: SkipReason;
  /** Sentence boundaries used, in text order. */
  sentences?: Array<[number, number]>;
}

/** Options for {@link analyze}. */
export interface AnalyzeOptions {
  /** Analyse even when the text does not look English. Default false. */
  ignoreLanguage?: boolean;
  /** Maximum number of characters to analyse (the rest is ignored). Default 2,000,000. */
  maxChars?: number;
}

/** Flat entity spans in the corpora's format (`npm run analyze -- --jsonl`). */
export interface TypedSpan {
  start: number;
  end: number;
  type: 'PER' | 'LOC' | 'ORG' | 'MISC';
}
