/**
 * Loads the compiled place gazetteer (`assets/engine/gazetteer.json`, built by `npm run data`) into
 * lookup maps. Loading is synchronous and cheap (a few `split` calls and one Map of ~40k keys); place
 * records are parsed on first use.
 */
import asset from '../../../assets/engine/gazetteer.json';
import type { PlaceKind } from '../types';

/** One place of the gazetteer. */
export interface GazPlace {
  /** Index in the gazetteer (stable for one asset build). */
  index: number;
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 of the country it lies in ('' when none, e.g. a continent). */
  cc: string;
  latlng?: [number, number];
  /** Global identity: `iso:UA`, `geonames:706483`, `admin1:US.GA`, `hist:Soviet_Union`, `region:Europe`. */
  key: string;
  /** 3 country-level, 2 capital or city ≥ 1M (or US state), 1 city ≥ 100k or region, 0 smaller city. */
  rank: number;
}

/** How a surface names its place. */
export type GazForm = 'name' | 'demonym' | 'abbreviation';

/** One reading of a surface. */
export interface GazTarget {
  place: number;
  form: GazForm;
  /** The surface is also a common word or first name ("Nice", "Wood"): needs context to count. */
  ambiguous: boolean;
}

/** The loaded gazetteer. */
export interface Gazetteer {
  /** Readings of a folded phrase key ("south korea"), best first; undefined when unknown. */
  lookup(key: string): readonly GazTarget[] | undefined;
  /** Longest phrase, in tokens, that starts with this folded token (0 when none). */
  maxTokens(firstToken: string): number;
  place(index: number): GazPlace;
  /** Country-level place for an ISO alpha-2 code. */
  country(cc: string): GazPlace | undefined;
  /** Number of places. */
  size: number;
}

const KINDS: Record<string, PlaceKind> = { C: 'country', H: 'historical country', c: 'city', r: 'region', K: 'continent', p: 'place' };
const FORMS: Record<string, GazForm> = { n: 'name', d: 'demonym', a: 'abbreviation', w: 'name' };

interface GazetteerAsset {
  version: number;
  countryNames: string;
  places: string;
  entries: string;
}

let loaded: Gazetteer | undefined;

/** Returns the gazetteer, loading it on first call. */
export function gazetteer(): Gazetteer {
  if (!loaded) loaded = load(asset as GazetteerAsset);
  return loaded;
}

function load(a: GazetteerAsset): Gazetteer {
  const placeLines = a.places.split('\n');
  const placeCache: Array<GazPlace | undefined> = new Array(placeLines.length);
  const raw = new Map<string, string>();
  const longest = new Map<string, number>();
  const entries = a.entries;
  let pos = 0;
  while (pos < entries.length) {
    let nl = entries.indexOf('\n', pos);
    if (nl < 0) nl = entries.length;
    const tab = entries.indexOf('\t', pos);
    const key = entries.slice(pos, tab);
    raw.set(key, entries.slice(tab + 1, nl));
    let n = 1;
    let firstEnd = -1;
    for (let i = 0; i < key.length; i++) {
      if (key.charCodeAt(i) === 32) {
        if (firstEnd < 0) firstEnd = i;
        n++;
      }
    }
    const first = firstEnd < 0 ? key : key.slice(0, firstEnd);
    if ((longest.get(first) ?? 0) < n) longest.set(first, n);
    pos = nl + 1;
  }
  const parsedTargets = new Map<string, GazTarget[]>();
  const countries = new Map<string, number>();

  const place = (index: number): GazPlace => {
    let p = placeCache[index];
    if (p) return p;
    const f = placeLines[index].split('|');
    const kind = KINDS[f[1]] ?? 'place';
    const lat = Number(f[3]);
    const lng = Number(f[4]);
    const key = kind === 'city' ? `geonames:${f[5]}` : kind === 'country' ? `iso:${f[2]}` : f[5];
    p = { index, name: f[0], kind, cc: f[2], key, rank: Number(f[6]) };
    if (lat || lng) p.latlng = [lat, lng];
    placeCache[index] = p;
    return p;
  };
  for (let i = 0; i < placeLines.length; i++) {
    const line = placeLines[i];
    const bar = line.indexOf('|');
    if (line.charCodeAt(bar + 1) === 67 /* C */ && line.charCodeAt(bar + 2) === 124) countries.set(line.slice(bar + 3, bar + 5), i);
  }

  return {
    size: placeLines.length,
    lookup(key) {
      let t = parsedTargets.get(key);
      if (t) return t;
      const r = raw.get(key);
      if (r === undefined) return undefined;
      t = r.split(' ').map((s) => {
        const form = s.charAt(s.length - 1);
        return { place: Number(s.slice(0, -1)), form: FORMS[form] ?? 'name', ambiguous: form === 'w' };
      });
      parsedTargets.set(key, t);
      return t;
    },
    maxTokens(first) {
      return longest.get(first) ?? 0;
    },
    place,
    country(cc) {
      const i = countries.get(cc);
      return i === undefined ? undefined : place(i);
    },
  };
}
