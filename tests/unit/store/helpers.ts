/**
 * Hand-built engine analyses for store tests: write the article text and name the entities, the helper finds
 * the offsets. Keeps the store's tests independent of the engine.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Analysis, Fact, Mention, Person, Place, Organization, PlaceKind, Span } from '../../../src/core/types';
import type { IngestInput } from '../../../src/background/model';
import { openStore, type Store } from '../../../src/background/store';

/** A fresh store on its own in-memory IndexedDB. */
export async function freshStore(name = 'test'): Promise<Store> {
  return openStore(name, { indexedDB: new IDBFactory(), IDBKeyRange, persist: false });
}

export interface PersonSpec {
  name: string;
  /** Strings of the text that name the person (every occurrence becomes a mention). Default: the name. */
  surfaces?: string[];
  role?: string;
  organization?: string;
  country?: string;
  official?: boolean;
  quotes?: string[];
}
export interface PlaceSpec {
  name: string;
  surfaces?: string[];
  kind?: PlaceKind;
  country?: string;
  key?: string;
}
export interface OrgSpec {
  name: string;
  surfaces?: string[];
  country?: string;
}
export interface ArticleSpec {
  url: string;
  title?: string;
  published?: string;
  canonicalUrl?: string;
  site?: string;
  text: string;
  people?: PersonSpec[];
  places?: PlaceSpec[];
  orgs?: OrgSpec[];
}

function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^.!?]+[.!?]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push([m.index, m.index + m[0].length]);
  return out;
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export function build(spec: ArticleSpec): IngestInput {
  const { text } = spec;
  const sents = sentences(text);
  const claimed: Array<[number, number]> = [];
  const sentenceOf = (at: number): Span => {
    const s = sents.find(([a, b]) => a <= at && at < b) ?? [0, text.length];
    return span(text, s[0], s[1]);
  };
  const mentionsOf = (surfaces: string[]): Mention[] => {
    const out: Mention[] = [];
    for (const s of [...surfaces].sort((a, b) => b.length - a.length)) {
      for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) {
        const end = i + s.length;
        if (claimed.some(([a, b]) => i < b && a < end)) continue;
        claimed.push([i, end]);
        out.push({ ...span(text, i, end), form: 'name' });
      }
    }
    if (!out.length) throw new Error(`none of ${surfaces.join(', ')} is in the text`);
    return out.sort((a, b) => a.start - b.start);
  };
  const fact = (value: string | undefined, near: Mention): Fact | undefined => {
    if (!value) return undefined;
    const i = text.indexOf(value);
    const at = i >= 0 ? i : near.start;
    return { value, span: i >= 0 ? span(text, i, i + value.length) : span(text, near.start, near.end), sentence: sentenceOf(at) };
  };
  const people: Person[] = (spec.people ?? []).map((p, n) => {
    const mentions = mentionsOf(p.surfaces ?? [p.name]);
    const quotes = (p.quotes ?? []).map((q) => {
      const i = text.indexOf(q);
      if (i < 0) throw new Error(`quote not in text: ${q}`);
      return { span: span(text, i, i + q.length), speaker: mentions[0] };
    });
    return {
      id: `p${n}`, name: p.name, mentions, official: p.official ?? !!p.role, quotes,
      role: fact(p.role, mentions[0]), organization: fact(p.organization, mentions[0]), country: fact(p.country, mentions[0]),
    };
  });
  const places: Place[] = (spec.places ?? []).map((p, n) => ({
    id: `l${n}`, name: p.name, kind: p.kind ?? 'city', country: p.country, key: p.key, mentions: mentionsOf(p.surfaces ?? [p.name]),
  }));
  const organizations: Organization[] = (spec.orgs ?? []).map((o, n) => ({
    id: `o${n}`, name: o.name, country: o.country, mentions: mentionsOf(o.surfaces ?? [o.name]),
  }));
  const analysis: Analysis = { people, places, organizations, language: 'en', sentences: sents };
  return {
    meta: { url: spec.url, canonicalUrl: spec.canonicalUrl, title: spec.title ?? spec.url, site: spec.site ?? new URL(spec.url).hostname, published: spec.published },
    text,
    analysis,
  };
}
