/**
 * Loads the compiled place gazetteer (`gazetteer-places.txt` and `gazetteer-entries.txt` of the engine's
 * data, see {@link ../data}; built by `npm run data`).
 * Loading is synchronous and cheap (no per-entry work); lookups binary-search the sorted entry lines in
 * place and are memoised; place records are parsed on first use.
 */
import { engineData } from '../data';
import { decodeUtf8, encodeUtf8 } from './utf8';
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

let loaded: Gazetteer | undefined;

/** Returns the gazetteer, loading it on first call. */
export function gazetteer(): Gazetteer {
  if (!loaded) {
    const data = engineData();
    const places = plainBytes(data.gazetteerPlaces);
    loaded = load(places, placeLineStarts(data.gazetteerPlaceLines, places), plainBytes(data.gazetteerEntries));
  }
  return loaded;
}

/** A plain `Uint8Array` view of `bytes` (Node's `Buffer` has its own, slower `indexOf`). */
function plainBytes(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The line offsets of the places file, as npm run data wrote them (little-endian u32: each line's
 * start, then the file's length + 1). Throws when they do not fit the places file.
 */
function placeLineStarts(offsets: Uint8Array, places: Uint8Array): Int32Array {
  const n = offsets.byteLength >> 2;
  const aligned = offsets.byteOffset % 4 === 0 ? offsets : offsets.slice();
  const starts = new Int32Array(aligned.buffer, aligned.byteOffset, n); // little-endian platforms
  if (n < 2 || starts[0] !== 0 || starts[n - 1] !== places.length + 1 || (n > 2 && places[starts[n - 2] - 1] !== 10)) {
    throw new Error('gazetteer: the place line offsets do not fit the places file (run npm run data)');
  }
  return starts;
}

function load(placeBytes: Uint8Array, placeStarts: Int32Array, E: Uint8Array): Gazetteer {
  // No per-entry work at load. Both files stay UTF-8 bytes. The entry lines are sorted by key (byte
  // order, which is the keys' code unit order: npm run data writes no character from U+D800 up):
  // lookups binary-search them by byte offset (the line around the middle offset), in place, and are
  // memoised. Place lines are found by their offsets (a file of their own), and a line is decoded and
  // parsed on its first use (an article reads a few dozen of the 40,000).
  // Parsed places by index: a map, as a document reads a few dozen of the 40,000 (an array of all would be 320 KB).
  const placeCache = new Map<number, GazPlace>();
  const END = E.length + 1;
  const parsedTargets = new Map<string, GazTarget[] | null>();
  const longest = new Map<string, number>();
  let countries: Map<string, number> | undefined;

  /** End (exclusive, the newline or the file's end) of the line starting at `start`. */
  const lineEnd = (start: number): number => {
    const nl = E.indexOf(10, start);
    return nl < 0 ? E.length : nl;
  };
  /** Compares the line `start..end` with `probe` byte by byte. */
  const compareLine = (start: number, end: number, probe: Uint8Array): number => {
    const n = Math.min(end - start, probe.length);
    for (let c = 0; c < n; c++) {
      const d = E[start + c] - probe[c];
      if (d !== 0) return d;
    }
    return end - start - probe.length;
  };
  const lineStartsWith = (start: number, prefix: Uint8Array): boolean => {
    if (lineEnd(start) - start < prefix.length) return false;
    for (let c = 0; c < prefix.length; c++) if (E[start + c] !== prefix[c]) return false;
    return true;
  };
  /** Start offset of the first line not smaller than `probe` ({@link END} when none). */
  const lowerBound = (probe: Uint8Array): number => {
    let lo = 0; // always a line start
    let hi = END; // a line start or END
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const start = mid === 0 ? 0 : E.lastIndexOf(10, mid - 1) + 1; // lo <= start <= mid < hi
      const end = lineEnd(start);
      if (compareLine(start, end, probe) < 0) lo = end + 1;
      else hi = start;
    }
    return lo;
  };

  const placeLine = (index: number): string => {
    const at = placeStarts;
    return decodeUtf8(placeBytes, at[index], at[index + 1] - 1);
  };
  const place = (index: number): GazPlace => {
    let p = placeCache.get(index);
    if (p) return p;
    const f = placeLine(index).split('|');
    const kind = KINDS[f[1]] ?? 'place';
    const lat = Number(f[3]);
    const lng = Number(f[4]);
    const key = kind === 'city' ? `geonames:${f[5]}` : kind === 'country' ? `iso:${f[2]}` : f[5];
    p = { index, name: f[0], kind, cc: f[2], key, rank: Number(f[6]) };
    if (lat || lng) p.latlng = [lat, lng];
    placeCache.set(index, p);
    return p;
  };

  return {
    get size() {
      return placeStarts.length - 1;
    },
    lookup(key) {
      const known = parsedTargets.get(key);
      if (known !== undefined) return known ?? undefined;
      const probe = encodeUtf8(key + '\t');
      const at = lowerBound(probe);
      let t: GazTarget[] | null = null;
      if (at < END && lineStartsWith(at, probe)) {
        t = decodeUtf8(E, at + probe.length, lineEnd(at))
          .split(' ')
          .map((s) => {
            const form = s.charAt(s.length - 1);
            return { place: Number(s.slice(0, -1)), form: FORMS[form] ?? 'name', ambiguous: form === 'w' };
          });
      }
      parsedTargets.set(key, t);
      return t ?? undefined;
    },
    maxTokens(first) {
      let n = longest.get(first);
      if (n !== undefined) return n;
      n = 0;
      const exact = encodeUtf8(first + '\t');
      const longer = encodeUtf8(first + ' ');
      for (let k = lowerBound(exact); k < END; k = lineEnd(k) + 1) {
        if (lineStartsWith(k, exact)) n = Math.max(n, 1);
        else if (lineStartsWith(k, longer)) {
          const tab = E.indexOf(9, k);
          let words = 1;
          for (let c = k; c < tab; c++) if (E[c] === 32) words++;
          n = Math.max(n, words);
        } else break;
      }
      longest.set(first, n);
      return n;
    },
    place,
    country(cc) {
      if (!countries) {
        // Country-level places are the file's first lines (npm run data writes them first): read up
        // to the first line of another kind.
        countries = new Map();
        const at = placeStarts;
        for (let i = 0; i + 1 < at.length; i++) {
          const bar = placeBytes.indexOf(124 /* | */, at[i]);
          if (placeBytes[bar + 1] !== 67 /* C */ || placeBytes[bar + 2] !== 124) break;
          countries.set(String.fromCharCode(placeBytes[bar + 3], placeBytes[bar + 4]), i);
        }
      }
      const i = countries.get(cc);
      return i === undefined ? undefined : place(i);
    },
  };
}

