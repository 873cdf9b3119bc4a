import fc from 'fast-check';
import { build, freshStore, type ArticleSpec, type PersonSpec } from './helpers';
import { seedLike, weekLater } from '../../fixtures/store/articles';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { BackstoryDB, SCHEMA_VERSION, openStore, type Store } from '../../../src/background/store';
import { noteWords } from '../../../src/background/store/text';

let store: Store;
beforeEach(async () => {
  store = await freshStore();
});
afterEach(() => store.close());

const tables = async (s: Store) => JSON.parse((await s.exportAll('json')).content).tables;

describe('export', () => {
  test('JSON: one versioned file with every table', async () => {
    await store.ingestArticle(build(seedLike));
    const file = await store.exportAll('json');
    expect(file.mime).toBe('application/json');
    expect(file.filename).toMatch(/^backstory-backup-\d{4}-\d\d-\d\d\.json$/);
    const data = JSON.parse(file.content);
    expect(data).toMatchObject({ format: 'backstory-backup', version: SCHEMA_VERSION });
    expect(data.counts).toMatchObject({ articles: 1, entities: 7, stats: 7, facts: 1 });
  });

  test('Markdown: notes grouped by entity and article', async () => {
    const a = await store.ingestArticle(build(seedLike));
    await store.addNote({ kind: 'entity', entityId: a.entityIds.p0 }, 'Career diplomat.');
    await store.addNote({ kind: 'entity', entityId: a.entityIds.p0 }, 'Spoke twice.');
    await store.addNote({ kind: 'article', articleId: a.articleId }, 'Worth rereading.');
    const md = await store.exportAll('markdown');
    expect(md.mime).toBe('text/markdown');
    expect(md.content).toContain('# Backstory notes');
    expect(md.content).toContain('## Hwang Joon-kook (person, Ambassador to the United Nations)');
    expect(md.content).toContain(`## Article: [${seedLike.title}](${seedLike.url})`);
    const section = md.content.split('## ').find((s) => s.startsWith('Hwang'))!;
    expect(section).toContain('Career diplomat.');
    expect(section).toContain('Spoke twice.');
  });
});

describe('import', () => {
  test.each([2, 3])('a backup made by store version %i imports with nothing lost: the same store as upgrading a database of that version', async (version) => {
    const fixture = JSON.parse(readFileSync(path.resolve(__dirname, `../../fixtures/store/v${version}.json`), 'utf8'));
    const tablesV2 = fixture.tables as Record<string, unknown[]>;
    const counts = Object.fromEntries(Object.entries(tablesV2).map(([t, rows]) => [t, rows.length]));
    const old = JSON.stringify({ format: 'backstory-backup', version, exported: '2024-04-01T12:00:00.000Z', counts, tables: tablesV2 });
    expect(await store.importAll(old)).toMatchObject({ applied: true, version, articles: { add: tablesV2.articles.length }, notes: { add: 3 } });
    // The same rows as the migration of a database of that version holding these rows.
    const factory = new IDBFactory();
    const v2 = new BackstoryDB('v2', { indexedDB: factory, IDBKeyRange, upTo: version });
    await v2.transaction('rw', Object.keys(tablesV2), async (tx) => {
      for (const [t, rows] of Object.entries(tablesV2)) {
        const stored = t === 'notes' ? rows.map((n) => ({ ...(n as object), words: noteWords(String((n as { body: string }).body)) })) : rows;
        if (stored.length) await tx.table(t).bulkAdd(stored);
      }
    });
    v2.close();
    const upgraded = await openStore('v2', { indexedDB: factory, IDBKeyRange, persist: false });
    expect(await tables(store)).toEqual(await tables(upgraded));
    const facts = (await tables(store)).facts as Array<{ entities: unknown[] }>;
    if (version < 3) expect(facts.reduce((n, f) => n + f.entities.length, 0)).toBe(tablesV2.mentions.length);
    // Version 4 keys: the person stored as "J.D. Vance" (version 3 fixture) is found as "JD".
    if (version >= 3) expect((await store.search('JD'))[0]).toMatchObject({ name: 'J.D. Vance' });
    const hwang = (await store.search('hwang'))[0];
    const card = await store.getCard(hwang.entityId);
    expect(card).toMatchObject({ name: 'Hwang Joon-kook', seenIn: 2 });
    expect(card.quotes.map((q) => q.text)).toContain('testing ground for missiles capable of carrying nuclear warheads');
    expect(card.notes[0].body).toContain('South Korean envoy');
    upgraded.close();
  });

  test('into an empty store: an exact restore', async () => {
    const a = await store.ingestArticle(build(seedLike));
    await store.ingestArticle(build(weekLater));
    await store.addNote({ kind: 'entity', entityId: a.entityIds.p0 }, 'Note one.');
    await store.hideEntity(a.entityIds.o0, true);
    await store.renameEntity(a.entityIds.p2, 'V. Nebenzya');
    await store.setSite({ site: 'a.test', enabled: false });
    const backup = await store.exportAll('json');
    const other = await freshStore('other');
    const check = await other.checkImport(backup.content);
    expect(check).toMatchObject({ applied: false, articles: { add: 2, existing: 0 }, notes: { add: 1, existing: 0 } });
    expect((await other.storageReport()).articles).toBe(0);
    const report = await other.importAll(backup.content);
    expect(report.applied).toBe(true);
    expect(await tables(other)).toEqual(await tables(store));
    expect((await other.search('note'))[0].matched).toBe('note');
    other.close();
  });

  test('into a store with content: merges people, places and notes, adds what is new', async () => {
    const a = await store.ingestArticle(build(seedLike));
    const other = await freshStore('other');
    const b = await other.ingestArticle(build(weekLater));
    await other.addNote({ kind: 'entity', entityId: b.entityIds.p0 }, 'From the other browser.');
    const backup = await other.exportAll('json');
    const check = await store.checkImport(backup.content);
    expect(check).toMatchObject({ applied: false, articles: { add: 1, existing: 0 }, notes: { add: 1, existing: 0 } });
    expect(check.entities.merge).toBe(3); // Hwang, Kharkiv, Nebenzya
    const report = await store.importAll(backup.content);
    expect(report.applied).toBe(true);
    const card = await store.getCard(a.entityIds.p0);
    expect(card.seenIn).toBe(2);
    expect(card.notes.map((n) => n.body)).toEqual(['From the other browser.']);
    expect((await store.getCard(a.entityIds.l0)).seenIn).toBe(2);
    // Importing the same file again adds nothing.
    const again = await store.importAll(backup.content);
    expect(again).toMatchObject({ articles: { add: 0, existing: 1 }, notes: { add: 0, existing: 1 } });
    expect((await store.storageReport()).articles).toBe(2);
    other.close();
  });

  describe('bad files: a clear error and the store unchanged', () => {
    let before: unknown;
    let good: string;
    beforeEach(async () => {
      const a = await store.ingestArticle(build(seedLike));
      await store.addNote({ kind: 'entity', entityId: a.entityIds.p0 }, 'Keep me.');
      good = (await store.exportAll('json')).content;
      before = await tables(store);
    });
    afterEach(async () => {
      expect(await tables(store)).toEqual(before);
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form edits of a parsed backup
    const edited = (f: (d: Record<string, any>) => void) => {
      const d = JSON.parse(good);
      f(d);
      return JSON.stringify(d);
    };

    test.each<[string, () => string, RegExp]>([
      ['not JSON', () => 'Dear diary, today I read the news.', /not valid JSON/],
      ['empty', () => '', /empty/],
      ['truncated', () => good.slice(0, Math.floor(good.length / 2)), /not valid JSON \(it may be truncated/],
      ['another JSON file', () => JSON.stringify({ hello: 'world' }), /not a Backstory backup/],
      ['newer version', () => edited((d) => (d.version = SCHEMA_VERSION + 1)), /newer version of Backstory/],
      ['rows missing', () => edited((d) => d.tables.stats.pop()), /instead of/],
      ['a bad row', () => edited((d) => (d.tables.entities[0].kind = 'alien')), /unknown kind "alien"/],
      ['an unknown field', () => edited((d) => (d.tables.notes[0].evil = true)), /unknown field "evil"/],
      ['a wrong type', () => edited((d) => (d.tables.articles[0].id = 'one')), /invalid "id"/],
    ])('%s', async (_name, content, error) => {
      await expect(store.checkImport(content())).rejects.toThrow(error);
      await expect(store.importAll(content())).rejects.toThrow(/Your store was not changed/);
    });

    test('100 MB', async () => {
      const huge = ' '.repeat(100 * 1024 * 1024);
      await expect(store.importAll(huge)).rejects.toThrow(/too large \(100\.0 MB; Backstory reads backups up to 64\.0 MB\)/);
    });

    test('a file that fails while being applied leaves nothing behind (one transaction)', async () => {
      const other = await freshStore('atomic');
      // Two notes with one id: valid row by row, but the second insert fails after the articles went in.
      const broken = edited((d) => {
        d.tables.notes.push({ ...d.tables.notes[0], body: 'duplicate id' });
        d.counts.notes++;
      });
      await expect(other.importAll(broken)).rejects.toThrow();
      expect(await other.storageReport()).toMatchObject({ articles: 0, entities: 0, mentions: 0, notes: 0 });
      other.close();
    });
  });
});

describe('round trip (property)', () => {
  const people: PersonSpec[] = [
    { name: 'Ana Lima', role: 'Foreign Minister', country: 'Brazil' },
    { name: 'Kim Yo-jong', role: 'Deputy Director', country: 'North Korea' },
    { name: 'Olaf Berg', role: 'Mayor', organization: 'City Council', country: 'Norway' },
    { name: 'Sara Haddad', country: 'Lebanon' },
    { name: 'Tomás Ruiz' },
  ];
  const places = [
    { name: 'Kharkiv', key: 'geonames:706483', country: 'Ukraine' },
    { name: 'Oslo', key: 'geonames:3143244', country: 'Norway' },
    { name: 'Beirut', country: 'Lebanon' },
  ];
  const articleArb = fc.record({
    people: fc.subarray(people, { minLength: 1 }),
    places: fc.subarray(places),
    day: fc.integer({ min: 0, max: 2000 }),
    quote: fc.option(fc.string({ minLength: 1, maxLength: 30 }).filter((s) => /\w/.test(s) && !/["]/.test(s)), { nil: undefined }),
  });
  const storeArb = fc.record({
    articles: fc.array(articleArb, { minLength: 1, maxLength: 5 }),
    notes: fc.array(fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0)), { maxLength: 4 }),
    hide: fc.option(fc.nat(), { nil: undefined }),
    rename: fc.option(fc.tuple(fc.nat(), fc.constantFrom('Renamed One', 'Другое Имя', 'Ñame Twö')), { nil: undefined }),
  });

  test('export → import into an empty store → export is lossless', async () => {
    await fc.assert(
      fc.asyncProperty(storeArb, async (spec) => {
        const s = await freshStore('prop');
        const ids: number[] = [];
        for (const [i, art] of spec.articles.entries()) {
          const sentences = art.people.map((p) => `${p.role ? `${p.role} ` : ''}${p.name} spoke${art.quote && p === art.people[0] ? ` and said "${art.quote}"` : ''}.`);
          sentences.push(...art.places.map((pl) => `It happened in ${pl.name}.`));
          const a: ArticleSpec = {
            url: `https://prop.test/${i}`, published: new Date(Date.UTC(2020, 0, 1) + art.day * 86_400_000).toISOString(),
            text: sentences.join(' '),
            people: art.people.map((p, k) => ({ ...p, quotes: art.quote && k === 0 ? [art.quote] : undefined })),
            places: art.places.map((pl) => ({ ...pl, kind: 'city' as const })),
          };
          const res = await s.ingestArticle(build(a));
          ids.push(...Object.values(res.entityIds));
        }
        for (const [k, body] of spec.notes) await s.addNote({ kind: 'entity', entityId: ids[k % ids.length] }, body);
        if (spec.hide !== undefined) await s.hideEntity(ids[spec.hide % ids.length], true);
        if (spec.rename) await s.renameEntity(ids[spec.rename[0] % ids.length], spec.rename[1]);
        const backup = await s.exportAll('json');
        const t = await freshStore('prop-target');
        await t.importAll(backup.content);
        const same = JSON.stringify(await tables(t)) === JSON.stringify(await tables(s));
        s.close();
        t.close();
        return same;
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
