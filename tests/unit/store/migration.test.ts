import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { BackstoryDB, SCHEMA_HISTORY, SCHEMA_VERSION } from '../../../src/background/store/schema';
import { openStore } from '../../../src/background/store';
import { joinInitials, noteWords } from '../../../src/background/store/text';
import { build } from './helpers';
import { initialsAgain } from '../../fixtures/store/articles';

const dir = path.resolve(__dirname, '../../fixtures/store');
const fixtures = readdirSync(dir)
  .map((f) => /^v(\d+)\.json$/.exec(f))
  .filter((m): m is RegExpExecArray => !!m)
  .map((m) => ({ version: Number(m[1]), file: path.join(dir, m[0]) }))
  .sort((a, b) => a.version - b.version);

type Fixture = { version: number; tables: Record<string, Array<Record<string, unknown>>> };
/** Index fields an upgrade may recompute from the row's own data; everything else must survive as it was. */
const withoutDerived = (table: string, row: Record<string, unknown>) => {
  if (table === 'notes') {
    const { words: _words, ...rest } = row;
    return rest;
  }
  if (table === 'entities') {
    const { names: _n, words: _w, surnames: _s, ...rest } = row;
    return rest;
  }
  if (table === 'articles') {
    const { quoteCount: _q, ...rest } = row;
    return rest;
  }
  if (table === 'stats') {
    // Counters must come out the same; the current role is rebuilt (without the old role row's id); the
    // version 3 summary lists are new.
    const { role, recent: _r, roleHistory: _h, latestQuotes: _l, together: _t, ...rest } = row;
    if (!role) return rest;
    const { rowId: _id, ...kept } = role as Record<string, unknown>;
    return { ...rest, role: Object.fromEntries(Object.entries(kept).filter(([, v]) => v !== undefined)) };
  }
  return row;
};

/**
 * What the upgrades rewrite on purpose in a fixture's rows: version 4 joins initials in name keys (the forms of
 * facts rows, corrections' keys). Applied to the fixture's side only, so an upgrade that skips it fails.
 */
const upgradedKeys = (table: string, row: Record<string, unknown>) => {
  if (table === 'facts') {
    const f = structuredClone(row) as Facts;
    for (const e of f.entities) e.forms = [...new Set(e.forms.map(joinInitials))];
    return f;
  }
  if (table === 'corrections') return { ...row, key: joinInitials(String(row.key)) };
  return row;
};

/** Tables versions 1–2 had and version 3 folded into each article's `facts` row. */
const FOLDED = ['mentions', 'roles', 'quotes'];
type Facts = { articleId: number; entities: Array<{ entityId: number; count: number; order: number; forms: string[]; sentence?: string; roles?: Array<Record<string, unknown>>; quotes?: string[] }> };

describe('schema versions', () => {
  test('the history ends at the current version, one step at a time', () => {
    expect(SCHEMA_HISTORY.map((v) => v.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });

  test('every earlier version has a fixture written by it', () => {
    const have = fixtures.map((f) => f.version);
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(have).toContain(v);
  });
});

describe.each(fixtures.filter((f) => f.version < SCHEMA_VERSION))('a store written by version $version', ({ file }) => {
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as Fixture;

  async function upgraded() {
    const factory = new IDBFactory();
    const old = new BackstoryDB('migrate', { indexedDB: factory, IDBKeyRange, upTo: fixture.version });
    await old.open();
    expect(old.verno).toBe(fixture.version);
    await old.transaction('rw', Object.keys(fixture.tables), async (tx) => {
      for (const [table, rows] of Object.entries(fixture.tables)) {
        // Exports leave out the notes' word index; a store of version 2 or later had it.
        const stored = table === 'notes' && fixture.version >= 2 ? rows.map((n) => ({ ...n, words: noteWords(String(n.body)) })) : rows;
        if (stored.length) await tx.table(table).bulkAdd(stored);
      }
    });
    old.close();
    return openStore('migrate', { indexedDB: factory, IDBKeyRange, persist: false });
  }

  test('upgrades to the current version with every row kept', async () => {
    const store = await upgraded();
    expect(store.db.verno).toBe(SCHEMA_VERSION);
    const now = JSON.parse((await store.exportAll('json')).content).tables;
    for (const [table, rows] of Object.entries(fixture.tables)) {
      if (FOLDED.includes(table)) continue;
      expect(now[table].map((r: Record<string, unknown>) => withoutDerived(table, r))).toEqual(rows.map((r) => withoutDerived(table, upgradedKeys(table, r))));
    }
    // Every mention, role and quote row is in the facts of its article.
    const facts = new Map((now.facts as Facts[]).map((f) => [f.articleId, f]));
    const of = (r: Record<string, unknown>) => facts.get(r.articleId as number)?.entities.find((e) => e.entityId === r.entityId);
    for (const m of fixture.tables.mentions ?? []) {
      const { articleId: _a, entityId: _e, date: _d, ...rest } = m;
      expect(of(m)).toMatchObject(rest);
    }
    for (const r of fixture.tables.roles ?? []) {
      const { id: _i, articleId: _a, entityId: _e, date: _d, ...rest } = r;
      expect(of(r)?.roles).toContainEqual(rest);
    }
    for (const q of fixture.tables.quotes ?? []) expect(of(q)?.quotes).toContain(q.text);
    const folded = (now.facts as Facts[]).reduce((n, f) => n + f.entities.length, 0);
    // (Versions 1–2: one mention row per entity and article; version 3 on has the facts rows themselves.)
    expect(folded).toBe((fixture.tables.mentions ?? fixture.tables.facts.flatMap((f) => (f as unknown as Facts).entities)).length);
    store.close();
  });

  test('after the upgrade every function works on the old rows', async () => {
    const store = await upgraded();
    const notes = await store.db.notes.toArray();
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n.words?.length).toBeGreaterThan(0);
    const hwangRow = (await store.db.entities.toArray()).find((e) => e.name === 'Hwang Joon-kook')!;
    expect(hwangRow.names).toEqual(['hwang joon-kook']);
    expect(hwangRow.surnames).toContain('hwang');
    expect((await store.search('shelled'))[0]).toMatchObject({ name: 'Kharkiv', matched: 'note' });
    for (const e of fixture.tables.entities) expect((await store.getCard(e.id as number)).name).toBe(e.name);
    for (const a of fixture.tables.articles) expect((await store.listCast(a.id as number)).length).toBeGreaterThan(0);
    const hwang = (await store.search('hwang'))[0];
    expect((await store.getCard(hwang.entityId)).notes[0].body).toContain('South Korean envoy');
    expect((await store.getSite('arts.test')).enabled).toBe(false);
    // Names with initials (fixtures of version 3 on): stored as "J.D. Vance", found again as "JD Vance".
    const vance = fixture.tables.entities.find((e) => e.name === 'J.D. Vance');
    if (vance) {
      const again = await store.ingestArticle(build(initialsAgain));
      expect(again.entityIds.p0).toBe(vance.id);
      expect((await store.search('JD'))[0]).toMatchObject({ entityId: vance.id, seenIn: 2 });
    }
    store.close();
  });
});
