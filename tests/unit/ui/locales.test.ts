/**
 * Every UI string exists in `_locales/en/messages.json`, and every message's placeholders are declared —
 * a missing or malformed message would show up to readers as a raw key or a lost value.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { getMessage, messages } from './fake-browser';

/** Folders whose code shows strings through t(): the UI pages and the in-page card. */
const dirs = ['src/ui', 'src/content'].map((d) => path.resolve(__dirname, '../../..', d));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(n) ? [readFileSync(p, 'utf8')] : [];
  });
}

/** Keys used literally: t('key'…) and tCount('base'…) (base + One/Many). */
function literalKeys(): string[] {
  const keys = new Set<string>();
  for (const src of dirs.flatMap(sources)) {
    for (const m of src.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]);
    for (const m of src.matchAll(/\btCount\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(`${m[1]}One`).add(`${m[1]}Many`);
  }
  return [...keys];
}

/** Keys built at run time from a fixed set of values. */
const DYNAMIC = [
  ...['officials', 'people', 'places', 'organizations'].map((k) => `marks_${k}`),
  ...['default', 'high_contrast', 'subtle'].map((k) => `palette_${k}`),
  ...['name', 'role', 'quote', 'note', 'article'].map((k) => `matched_${k}`),
  ...['Ready', 'Working', 'Disabled', 'Unsupported', 'NotArticle', 'NotEnglish', 'Error'].flatMap((k) => [`status${k}`, `status${k}Detail`]),
  ...['castOfficials', 'castPeople', 'castPlaces', 'castOrganizations'],
  ...['skipUnsupportedType', 'skipTooLarge', 'skipEmpty', 'skipUnreadable', 'importChecking', 'importApplying'],
  ...['statArticles', 'statEntities', 'statMentions', 'statQuotes', 'statNotes'],
  ...['placeCountry', 'placeHistoricalCountry', 'placeCity', 'placeRegion', 'placeContinent', 'placePlace', 'kindOfficial', 'kindPerson', 'kindOrganization'],
];

test('the scan finds the UI strings (guards the test itself)', () => {
  expect(literalKeys().length).toBeGreaterThan(80);
});

test.each([...literalKeys(), ...DYNAMIC])('message %s exists', (key) => {
  expect(messages[key]?.message).toEqual(expect.any(String));
});

test.each(Object.keys(messages))('message %s declares each placeholder it uses', (key) => {
  const { message, placeholders = {} } = messages[key];
  const used = [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1].toLowerCase());
  for (const name of used) expect(placeholders).toHaveProperty(name);
  for (const [name, ph] of Object.entries(placeholders)) {
    expect(used).toContain(name);
    expect(ph.content).toMatch(/^\$[1-9]$/);
  }
});

test('substitutions fill placeholders in order', () => {
  expect(getMessage('seenInSinceMany', ['4', '10 Jun 2019'])).toBe('Seen in 4 articles since 10 Jun 2019');
  expect(getMessage('importFound', ['1 person', '2 places', '3 organisations'])).toBe('Found: 1 person, 2 places, 3 organisations');
});
