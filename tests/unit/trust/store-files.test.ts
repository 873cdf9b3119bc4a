/**
 * Promises 4 and 6 for files: importing a truncated, oversized, wrong-version, edited or malicious backup leaves
 * the store exactly as it was (every table compared); export → import into a fresh store gives the same tables
 * (fast-check over random articles and notes); the Markdown export keeps page-supplied names, roles, titles and
 * URLs as text (no HTML, no `javascript:` links, no Markdown structure injected), while notes stay the reader's.
 */
import fc from 'fast-check';
import type { Store } from '../../../src/background/store';
import { MAX_IMPORT_CHARS } from '../../../src/background/store/transfer';
import { build, freshStore, type ArticleSpec } from '../store/helpers';

jest.setTimeout(120_000);

/** Every table of the store, as the JSON export has it (without the export time). */
async function tables(store: Store): Promise<Record<string, unknown>> {
  const backup = JSON.parse((await store.exportAll('json')).content);
  return backup.tables;
}

const LINDNER: ArticleSpec = {
  url: 'https://news.example/danube',
  title: 'Danube talks in Vienna',
  published: '2026-02-17T09:30:00Z',
  text: 'Austrian Environment Minister Katharina Lindner met Hungarian Interior Minister Gábor Fekete in Vienna. "We waited too long," Lindner said.',
  people: [
    { name: 'Katharina Lindner', surfaces: ['Katharina Lindner', 'Lindner'], role: 'Environment Minister', country: 'Austria', quotes: ['We waited too long,'] },
    { name: 'Gábor Fekete', role: 'Interior Minister', country: 'Hungary' },
  ],
  places: [{ name: 'Vienna', country: 'Austria', key: 'geonames:2761369' }],
};

/** A store with one article, an entity note and an article note. */
async function seeded(name: string): Promise<{ store: Store; backup: string }> {
  const store = await freshStore(name);
  const r = await store.ingestArticle(build(LINDNER), new Date('2026-02-17T10:00:00Z'));
  const cast = await store.listCast(r.articleId);
  const lindner = cast.find((c) => c.name === 'Katharina Lindner')!;
  await store.addNote({ kind: 'entity', entityId: lindner.entityId }, 'Ask about the **gauge** data.');
  await store.addNote({ kind: 'article', articleId: r.articleId }, 'Follow up in March.');
  return { store, backup: (await store.exportAll('json')).content };
}

describe('a bad import file leaves the store unchanged', () => {
  let store: Store;
  let backup: string;
  let before: Record<string, unknown>;
  beforeAll(async () => {
    ({ store, backup } = await seeded('bad-files'));
    before = await tables(store);
  });
  afterAll(() => store.close());

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a backup file is untyped JSON here
  const mutate = (f: (b: Record<string, any>) => void) => () => {
    const b = JSON.parse(backup);
    f(b);
    return JSON.stringify(b);
  };
  const cases: Array<[string, () => string, RegExp]> = [
    ['empty', () => '', /empty/],
    ['not JSON', () => 'Backstory backup, honest', /not valid JSON/],
    ['cut in the middle', () => backup.slice(0, Math.floor(backup.length / 2)), /truncated|not valid JSON/],
    ['cut at the last brace', () => backup.slice(0, -1), /truncated|not valid JSON/],
    ['another program\'s JSON', () => JSON.stringify({ version: 1, bookmarks: [] }), /not a Backstory backup/],
    ['a newer version', mutate((b) => (b.version = 999)), /newer version/],
    ['version 0', mutate((b) => (b.version = 0)), /version/],
    ['a version as text', mutate((b) => (b.version = '2')), /version/],
    ['a table missing', mutate((b) => delete b.tables.notes), /missing/],
    ['rows removed (counts disagree)', mutate((b) => b.tables.notes.pop()), /rows instead of|cut or edited/],
    ['a row of the wrong type', mutate((b) => (b.tables.notes[0] = 'note')), /not an object/],
    ['a note without a body', mutate((b) => delete b.tables.notes[0].body), /invalid "body"/],
    ['an id as text', mutate((b) => (b.tables.articles[0].id = '1')), /invalid "id"/],
    ['a negative id', mutate((b) => (b.tables.entities[0].id = -5)), /invalid "id"/],
    ['an unknown entity kind', mutate((b) => (b.tables.entities[0].kind = 'script')), /unknown kind/],
    ['an unknown note target', mutate((b) => (b.tables.notes[0].targetKind = 'page')), /unknown targetKind/],
    ['an unknown field', mutate((b) => (b.tables.articles[0].onload = 'alert(1)')), /unknown field/],
    ['a "constructor" field', mutate((b) => (b.tables.articles[0].constructor = 'x')), /unknown field/],
    ['a "__proto__" field', () => backup.replace('"tables":{"articles":[{', '"tables":{"articles":[{"__proto__":{"polluted":true},'), /unknown field/],
    ['a "toString" field on a note', mutate((b) => (b.tables.notes[0].toString = 'x')), /unknown field/],
  ];

  test.each(cases)('%s: refused with a clear message', async (_name, make, why) => {
    const content = make();
    await expect(store.checkImport(content)).rejects.toThrow(why);
    await expect(store.importAll(content)).rejects.toThrow(/Your store was not changed/);
    expect(await tables(store)).toEqual(before);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  test('an oversized file is refused before it is parsed', async () => {
    const huge = ' '.repeat(MAX_IMPORT_CHARS + 1);
    const t0 = performance.now();
    await expect(store.importAll(huge)).rejects.toThrow(/too large/);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(await tables(store)).toEqual(before);
  });

  test('any truncation of a valid backup is refused and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: backup.length - 1 }), async (cut) => {
        await expect(store.importAll(backup.slice(0, cut))).rejects.toThrow(/Your store was not changed/);
      }),
      { numRuns: 60 },
    );
    expect(await tables(store)).toEqual(before);
  });

  test('a file that passes validation but fails while being applied changes nothing (one transaction)', async () => {
    const empty = await freshStore('apply-fails');
    const b = JSON.parse(backup);
    b.tables.articles.push({ ...b.tables.articles[0], urlKey: 'https://other.example/x' }); // same primary key twice
    b.counts.articles++;
    await expect(empty.importAll(JSON.stringify(b))).rejects.toThrow();
    expect(Object.values(await tables(empty)).every((rows) => Array.isArray(rows) && rows.length === 0)).toBe(true);
    empty.close();
  });
});

/** Random article specs whose names and notes are drawn from hostile and ordinary strings. */
const word = fc.constantFrom('Lindner', 'Fekete', 'Kováčová', 'Horváth', 'Van Damme', 'Berg', 'Okafor', 'Nakamura');
const first = fc.constantFrom('Katharina', 'Gábor', 'Jana', 'Pieter', 'Anna', 'Chidi', 'Yuki');
const noteText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '{{constructor.constructor("x")()}}', '\u202Egnp.exe', '# not a heading\n\n- item'),
);
const articleArb = fc.record({
  n: fc.integer({ min: 0, max: 1_000_000 }),
  people: fc.uniqueArray(fc.tuple(first, word), { minLength: 1, maxLength: 3, selector: ([a, b]) => `${a} ${b}` }),
  notes: fc.array(noteText, { maxLength: 3 }),
});

describe('export then import into a fresh store gives the same store', () => {
  test('for random articles, people and notes', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(articleArb, { minLength: 1, maxLength: 3 }), async (articles) => {
        run++;
        const a = await freshStore(`roundtrip-a-${run}`);
        const b = await freshStore(`roundtrip-b-${run}`);
        try {
          for (const [i, art] of articles.entries()) {
            const names = art.people.map(([f, l]) => `${f} ${l}`);
            const text = names.map((nm, k) => `Minister ${nm} spoke in Vienna on day ${k}.`).join(' ');
            const r = await a.ingestArticle(build({
              url: `https://news.example/${art.n}/${i}`, title: `Story ${art.n}`, text,
              people: names.map((name) => ({ name, role: 'Minister' })),
            }));
            const cast = await a.listCast(r.articleId);
            for (const [k, body] of art.notes.entries()) {
              const target = k % 2 === 0 && cast.length ? { kind: 'entity' as const, entityId: cast[k % cast.length].entityId } : { kind: 'article' as const, articleId: r.articleId };
              if (body.trim()) await a.addNote(target, body);
            }
          }
          const exported = (await a.exportAll('json')).content;
          await b.importAll(exported);
          expect(await tables(b)).toEqual(await tables(a));
          // And importing the same file again adds nothing.
          const again = await b.importAll(exported);
          expect(again.notes.add).toBe(0);
          expect(again.articles.add).toBe(0);
        } finally {
          a.close();
          b.close();
        }
      }),
      { numRuns: 12 },
    );
  });
});

describe('the Markdown export keeps page text as text', () => {
  test('names, roles, titles and URLs from pages cannot inject HTML, links or structure', async () => {
    const store = await freshStore('markdown-payloads');
    const evilName = 'Anna <img src=x onerror=alert(1)> Berg';
    const evilRole = 'Minister](javascript:alert(2)) <script>alert(3)</script>';
    const r = await store.ingestArticle(build({
      url: 'https://news.example/evil',
      canonicalUrl: 'javascript:alert(4)//https://news.example/evil',
      title: 'Talks [click](javascript:alert(5)) <b>now</b>\n# Injected heading',
      text: `${evilRole} ${evilName} said "hello" in Vienna.`,
      people: [{ name: evilName, role: evilRole }],
    }));
    const cast = await store.listCast(r.articleId);
    await store.addNote({ kind: 'entity', entityId: cast[0].entityId }, 'My **own** note with a [link](https://example.org).');
    await store.addNote({ kind: 'article', articleId: r.articleId }, 'Article note.');
    const md = (await store.exportAll('markdown')).content;
    store.close();
    expect(md).not.toMatch(/<img|<script|<b>/i);
    expect(md).not.toMatch(/(?<!\\)\]\(\s*javascript:/i); // an unescaped "](" would start a link
    expect(md).toContain('Anna &lt;img src=x onerror=alert\\(1\\)&gt; Berg (person, ');
    expect(md.split('\n').filter((l) => l.startsWith('# '))).toEqual(['# Backstory notes']);
    // The reader's own Markdown is kept as written.
    expect(md).toContain('My **own** note with a [link](https://example.org).');
  });
});
