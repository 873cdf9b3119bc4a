/**
 * The reader's backup: export everything as one versioned JSON file (or notes as Markdown), and import such a
 * file back, validated first and applied all-or-nothing in one transaction.
 *
 * Written here rather than with dexie-export-import: that addon imports in several transactions and cannot
 * merge a backup into a store that already has the same articles and people, which a reader's backup needs.
 */
import type { ImportReport, SiteSettings } from '../model';
import {
  SCHEMA_VERSION, bound, factsFromV2, rekeyFacts, type ArticleRow, type BackstoryDB, type Tables, type CorrectionRow, type KvRow, type EntityRow, type EntityIdentity,
  type EntityFacts, type FactsRow, type StatsRow, type MentionRow, type NoteRow, type QuoteRow, type RoleRow,
} from './schema';
import { emptySummary, summariesFor } from './summary';
import { recount, refreshStoredKeys } from './entity-rows';
import { guarded, StoreError } from './errors';
import { addUnique, joinInitials, nameKey, noteWords } from './text';
import { resolveAll, type Incoming } from './resolve';
import { addEntities, getEntities, putEntities } from './entity-io';
import { flushInto, statsWithWaiting, SUMMARIES_KEY } from './deferred';

/** Marker of a Backstory backup file. */
export const BACKUP_FORMAT = 'backstory-backup';
/** Largest backup accepted, in characters (64 MiB). */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

/** Tables in a backup, in the order they are written and applied. */
export const BACKUP_TABLES = ['articles', 'entities', 'stats', 'facts', 'notes', 'corrections', 'sites', 'kv'] as const;
type TableName = (typeof BACKUP_TABLES)[number];
/** Tables of a backup written by store versions 1 and 2 (still imported: converted first). */
export const BACKUP_TABLES_V2 = ['articles', 'entities', 'stats', 'mentions', 'roles', 'quotes', 'notes', 'corrections', 'sites', 'kv'] as const;
type TableNameV2 = (typeof BACKUP_TABLES_V2)[number];

/** The backup file's shape. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exported: string;
  /** Rows per table: lets the import notice a hand-cut file. */
  counts: Record<TableName, number>;
  tables: Record<TableName, Array<Record<string, unknown>>>;
}

/** A file the export produced: name, MIME type, content. */
export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

const stamp = (d: Date) => d.toISOString().slice(0, 10);

/** Exports everything (`json`, a backup) or the notes grouped by entity (`markdown`). */
export async function exportAll(database: BackstoryDB, format: 'json' | 'markdown', now = new Date()): Promise<ExportFile> {
  return database.transaction('r', [...BACKUP_TABLES], async (tx) => {
    const db = bound(database, tx);
    if (format === 'markdown') return { filename: `backstory-notes-${stamp(now)}.md`, mime: 'text/markdown', content: await notesMarkdown(db) };
    const tables = {} as Backup['tables'];
    const counts = {} as Backup['counts'];
    for (const t of BACKUP_TABLES) {
      tables[t] = (await db.table(t).toArray()) as Array<Record<string, unknown>>;
      if (t === 'notes') for (const n of tables[t]) delete n.words; // derived, rebuilt on import
      if (t === 'stats') {
        // Summaries still waiting to be written are part of the store; which articles a summary folds is
        // this store's bookkeeping (article ids change on import), not the reader's data.
        tables[t] = statsWithWaiting(db, tables[t] as unknown as StatsRow[]).map(({ through: _through, ...row }) => row) as unknown as Array<Record<string, unknown>>;
      }
      if (t === 'kv') tables[t] = tables[t].filter((row) => row.key !== SUMMARIES_KEY);
      counts[t] = tables[t].length;
    }
    const backup: Backup = { format: BACKUP_FORMAT, version: SCHEMA_VERSION, exported: now.toISOString(), counts, tables };
    return { filename: `backstory-backup-${stamp(now)}.json`, mime: 'application/json', content: JSON.stringify(backup) };
  });
}

/**
 * Page-supplied text (names, roles, titles) as literal Markdown: one line, HTML characters as entities, Markdown
 * punctuation escaped, so a name cannot add HTML, links or headings to the export. Notes are the reader's own
 * Markdown and are not touched.
 */
function markdownText(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]()#|!~]/g, '\\$&');
}

/** An http(s) URL safe inside a Markdown link, or null (no `javascript:` or other schemes). */
function markdownUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.href.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  } catch {
    return null;
  }
}

async function notesMarkdown(db: Tables): Promise<string> {
  const notes = await db.notes.toArray();
  const groups = new Map<string, { heading: string; notes: NoteRow[] }>();
  const entities = new Map((await getEntities(db, [...new Set(notes.filter((n) => n.targetKind === 'entity').map((n) => n.targetId))])).filter((e) => !!e).map((e) => [e.id!, e]));
  const articles = new Map((await db.articles.bulkGet([...new Set(notes.filter((n) => n.targetKind === 'article').map((n) => n.targetId))])).filter((a) => !!a).map((a) => [a.id!, a]));
  for (const n of notes) {
    const e = n.targetKind === 'entity' ? entities.get(n.targetId) : undefined;
    const a = n.targetKind === 'article' ? articles.get(n.targetId) : undefined;
    const link = a ? markdownUrl(a.url) : null;
    const heading = e
      ? `${markdownText(e.name)} (${e.kind}${e.role?.role ? `, ${markdownText(e.role.role)}` : ''})`
      : a ? (link ? `Article: [${markdownText(a.title)}](${link})` : `Article: ${markdownText(a.title)}`) : `${n.targetKind} ${n.targetId}`;
    const key = `${n.targetKind}:${n.targetId}`;
    if (!groups.has(key)) groups.set(key, { heading, notes: [] });
    groups.get(key)!.notes.push(n);
  }
  const sorted = [...groups.values()].sort((x, y) => x.heading.localeCompare(y.heading));
  const parts = ['# Backstory notes', ''];
  for (const g of sorted) {
    parts.push(`## ${g.heading}`, '');
    for (const n of g.notes.sort((x, y) => (x.created < y.created ? -1 : 1))) parts.push(`*${n.created.slice(0, 10)}*`, '', n.body.trim(), '');
  }
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Validation

type Field = 'int' | 'str' | 'bool' | 'num' | 'obj' | 'ints' | 'strs' | 'bit' | 'objs' | 'tuples' | 'facts';
type Spec = Record<string, `${Field}` | `${Field}?`>;
const ARTICLE_V2: Spec = {
  id: 'int', urlKey: 'str', url: 'str', canonicalUrl: 'str?', title: 'str', site: 'str?', byline: 'str?', published: 'str?',
  read: 'str', date: 'str', textHash: 'str', lang: 'str?', entityIds: 'ints', engine: 'ints', engineSig: 'str',
};
const STATS_V2: Spec = { id: 'int', seenIn: 'int', mentions: 'int', firstSeen: 'str?', lastSeen: 'str?', role: 'obj?', official: 'bool', notes: 'int' };
/** Fields of each table of a version 3 backup. */
const FIELDS: Record<TableName, Spec> = {
  articles: { ...ARTICLE_V2, quoteCount: 'int?' },
  entities: {
    id: 'int', kind: 'str', name: 'str', aliases: 'strs', names: 'strs', words: 'strs', surnames: 'strs', placeKey: 'str?',
    place: 'obj?', country: 'str?', hidden: 'bit', renamed: 'bool?',
  },
  stats: { ...STATS_V2, recent: 'tuples', roleHistory: 'objs', latestQuotes: 'objs', together: 'tuples' },
  facts: { articleId: 'int', entities: 'facts' },
  notes: { id: 'int', targetKind: 'str', targetId: 'int', body: 'str', created: 'str', updated: 'str' },
  corrections: { id: 'int', type: 'str', kind: 'str', key: 'str', entityId: 'int', at: 'str' },
  sites: { site: 'str', enabled: 'bool', marks: 'obj?' },
  kv: { key: 'str', value: 'obj' },
};
/** Fields of each table of a version 1–2 backup. */
const FIELDS_V2: Record<TableNameV2, Spec> = {
  articles: ARTICLE_V2,
  entities: FIELDS.entities,
  stats: STATS_V2,
  mentions: { articleId: 'int', entityId: 'int', date: 'num', count: 'int', order: 'int', forms: 'strs', sentence: 'str?' },
  roles: { id: 'int', entityId: 'int', articleId: 'int', date: 'num', role: 'str?', organization: 'str?', country: 'str?', sentence: 'str' },
  quotes: { id: 'int', entityId: 'int', articleId: 'int', date: 'num', text: 'str' },
  notes: FIELDS.notes,
  corrections: FIELDS.corrections,
  sites: FIELDS.sites,
  kv: FIELDS.kv,
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const CHECK: Record<Field, (v: unknown) => boolean> = {
  int: (v) => Number.isInteger(v) && (v as number) >= 0,
  str: (v) => typeof v === 'string',
  bool: (v) => typeof v === 'boolean',
  num: (v) => typeof v === 'number' && Number.isFinite(v),
  obj: isObj,
  ints: (v) => Array.isArray(v) && v.every((x) => Number.isInteger(x)),
  strs: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  bit: (v) => v === 0 || v === 1,
  objs: (v) => Array.isArray(v) && v.every(isObj),
  tuples: (v) => Array.isArray(v) && v.every((t) => Array.isArray(t) && t.every((x) => typeof x === 'number' && Number.isFinite(x))),
  facts: (v) =>
    Array.isArray(v) &&
    v.every((f) => isObj(f) && CHECK.int(f.entityId) && CHECK.int(f.count) && CHECK.num(f.order) && CHECK.strs(f.forms) &&
      (f.roles === undefined || CHECK.objs(f.roles)) && (f.quotes === undefined || CHECK.strs(f.quotes))),
};
const ENUMS: Partial<Record<string, string[]>> = {
  'entities.kind': ['person', 'place', 'organization'],
  'notes.targetKind': ['entity', 'article'],
  'corrections.type': ['merge', 'split', 'rename'],
  'corrections.kind': ['person', 'place', 'organization'],
};

const bad = (why: string) => new StoreError('import', `This file cannot be imported: ${why} Your store was not changed.`);

/** Parses and validates a backup; throws a reader-facing {@link StoreError} on any problem. */
export function parseBackup(content: string): Backup {
  if (typeof content !== 'string') throw bad('it is not text.');
  if (content.length > MAX_IMPORT_CHARS) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw bad(`it is too large (${mb(content.length)} MB; Backstory reads backups up to ${mb(MAX_IMPORT_CHARS)} MB).`);
  }
  if (!content.trim()) throw bad('it is empty.');
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    throw bad('it is not valid JSON (it may be truncated, or not a Backstory backup).');
  }
  if (!isObj(data) || data.format !== BACKUP_FORMAT) throw bad('it is not a Backstory backup.');
  if (!Number.isInteger(data.version) || (data.version as number) < 1) throw bad('its version is missing.');
  if ((data.version as number) > SCHEMA_VERSION) {
    throw bad(`it was made by a newer version of Backstory (store version ${data.version}; this one reads up to ${SCHEMA_VERSION}). Update Backstory and try again.`);
  }
  if (!isObj(data.tables) || !isObj(data.counts)) throw bad('its tables are missing.');
  const old = (data.version as number) < 3;
  const tables: readonly string[] = old ? BACKUP_TABLES_V2 : BACKUP_TABLES;
  const specs = (old ? FIELDS_V2 : FIELDS) as Record<string, Spec>;
  for (const t of tables) {
    const rows = data.tables[t];
    if (!Array.isArray(rows)) throw bad(`the "${t}" table is missing.`);
    if (rows.length !== data.counts[t]) throw bad(`the "${t}" table has ${rows.length} rows instead of ${String(data.counts[t])} (the file looks cut or edited).`);
    const fields = specs[t];
    rows.forEach((row, i) => {
      if (!isObj(row)) throw bad(`row ${i + 1} of "${t}" is not an object.`);
      for (const k of Object.keys(row)) if (!Object.prototype.hasOwnProperty.call(fields, k)) throw bad(`row ${i + 1} of "${t}" has an unknown field "${k}".`);
      for (const [k, spec] of Object.entries(fields)) {
        const optional = spec.endsWith('?');
        const v = row[k];
        if (v === undefined && optional) continue;
        if (!CHECK[spec.replace('?', '') as Field](v)) throw bad(`row ${i + 1} of "${t}" has an invalid "${k}".`);
        const allowed = ENUMS[`${t}.${k}`];
        if (allowed && !allowed.includes(v as string)) throw bad(`row ${i + 1} of "${t}" has an unknown ${k} "${String(v)}".`);
      }
    });
  }
  const backup = old ? fromV2(data as unknown as BackupV2) : (data as unknown as Backup);
  return backup.version < 4 ? rekeyBackup(backup) : backup;
}

/** A backup of store versions 1–3 with its name keys as version 4 makes them (the same change as its upgrade). */
function rekeyBackup(b: Backup): Backup {
  const roles = new Map(rowsOf<StatsRow>(b, 'stats').map((s) => [s.id, s.role]));
  for (const e of rowsOf<EntityRow>(b, 'entities')) refreshStoredKeys(e, roles.get(e.id!));
  for (const c of rowsOf<CorrectionRow>(b, 'corrections')) c.key = joinInitials(c.key);
  for (const f of rowsOf<FactsRow>(b, 'facts')) rekeyFacts(f);
  return b;
}

/** A backup written by store versions 1–2. */
type BackupV2 = Omit<Backup, 'counts' | 'tables'> & { counts: Record<TableNameV2, number>; tables: Record<TableNameV2, Array<Record<string, unknown>>> };

/**
 * A version 1–2 backup in version 3 terms: each article's mention, role and quote rows become its facts row,
 * each entity's summary is built from them (the same conversion as the store's own upgrade).
 */
function fromV2(b: BackupV2): Backup {
  const articles = b.tables.articles as unknown as ArticleRow[];
  const facts = factsFromV2(articles.map((a) => a.id!), b.tables.mentions as unknown as MentionRow[], b.tables.roles as unknown as RoleRow[], b.tables.quotes as unknown as QuoteRow[]);
  const summaries = summariesFor(articles, facts);
  const quoteCounts = new Map(facts.map((f) => [f.articleId, f.entities.reduce((n, e) => n + (e.quotes?.length ?? 0), 0)]));
  const stats = (b.tables.stats as unknown as StatsRow[]).map((s) => {
    const row: Record<string, unknown> = { ...s, ...(summaries.get(s.id) ?? emptySummary()) };
    for (const k of ['role', 'firstSeen', 'lastSeen']) if (row[k] === undefined) delete row[k];
    return row;
  });
  const tables: Backup['tables'] = {
    articles: articles.map((a) => ({ ...a, quoteCount: quoteCounts.get(a.id!) ?? 0 })),
    entities: b.tables.entities, stats, facts: facts as unknown as Array<Record<string, unknown>>,
    notes: b.tables.notes, corrections: b.tables.corrections, sites: b.tables.sites, kv: b.tables.kv,
  };
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t].length])) as Backup['counts'];
  return { format: BACKUP_FORMAT, version: b.version, exported: b.exported, counts, tables };
}

// ---------------------------------------------------------------------------------------------
// Applying

const rowsOf = <T>(b: Backup, t: TableName) => b.tables[t] as unknown as T[];

/** Plans (and with `apply`, performs) the import inside the caller's read-write transaction. */
async function plan(db: Tables, b: Backup, apply: boolean): Promise<ImportReport> {
  const report: ImportReport = {
    version: b.version, articles: { add: 0, existing: 0 }, entities: { add: 0, merge: 0 }, notes: { add: 0, existing: 0 }, applied: apply,
  };
  // (The summaries' mark in `kv` is the store's bookkeeping, there from the first open: not content.)
  const counted = (t: TableName) => (t === 'kv' ? db.kv.filter((row) => row.key !== SUMMARIES_KEY).count() : db.table(t).count());
  const empty = (await Promise.all(BACKUP_TABLES.map(counted))).every((n) => n === 0);
  const notes = rowsOf<NoteRow>(b, 'notes').map((n) => ({ ...n, words: noteWords(n.body) }));
  if (empty) {
    // A fresh store: every row goes in with its own id (a restore is exact).
    report.articles.add = b.counts.articles;
    report.entities.add = b.counts.entities;
    report.notes.add = b.counts.notes;
    if (apply) {
      for (const t of BACKUP_TABLES) {
        const rows = t === 'notes' ? notes : b.tables[t];
        if (rows.length) await db.table(t).bulkAdd(rows);
      }
    }
    return report;
  }
  // A store with content: merge by identity (article URL, entity resolution), new ids for new rows.
  const articleMap = new Map<number, number>();
  const newArticles = new Set<number>();
  for (const a of rowsOf<ArticleRow>(b, 'articles')) {
    const there = await db.articles.where('urlKey').equals(a.urlKey).first();
    if (there) {
      articleMap.set(a.id!, there.id!);
      report.articles.existing++;
    } else {
      report.articles.add++;
      newArticles.add(a.id!);
      articleMap.set(a.id!, apply ? await db.articles.add({ ...a, id: undefined, entityIds: [], engine: [] }) : -a.id!);
    }
  }
  const entityMap = new Map<number, number>();
  const touched = new Map<number, EntityRow>();
  const fileStats = new Map(rowsOf<StatsRow>(b, 'stats').map((s) => [s.id, s]));
  for (const e of rowsOf<EntityIdentity>(b, 'entities').map((x) => ({ seenIn: 0, mentions: 0, official: false, notes: 0, ...x, ...fileStats.get(x.id!) }) as EntityRow)) {
    const key = nameKey(e.name);
    const inc: Incoming = { engineId: '', kind: e.kind, name: e.name, key, forms: e.names, surfaces: [], official: e.official, role: e.role?.role, organization: e.role?.organization, country: e.country, placeKey: e.placeKey };
    // The same resolution as for a new article.
    const [decision] = await resolveAll(db, [inc]);
    const same = decision.isNew ? undefined : decision.row;
    if (same) {
      report.entities.merge++;
      entityMap.set(e.id!, same.id!);
      const row = touched.get(same.id!) ?? same;
      for (const a of [e.name, ...e.aliases]) if (nameKey(a) !== nameKey(row.name)) addUnique(row.aliases, a, nameKey);
      if (e.hidden) row.hidden = 1;
      touched.set(row.id!, row);
    } else {
      report.entities.add++;
      const fresh: EntityRow = { ...e, id: undefined, ...emptySummary(), notes: 0 };
      if (apply) {
        await addEntities(db, [fresh]);
        touched.set(fresh.id!, fresh);
      }
      entityMap.set(e.id!, apply ? fresh.id! : -e.id!);
    }
  }
  const ent = (id: number) => entityMap.get(id) ?? id;
  const art = (id: number) => articleMap.get(id) ?? id;
  for (const n of notes) {
    const target = n.targetKind === 'entity' ? ent(n.targetId) : art(n.targetId);
    const dup = (await db.notes.where('[targetKind+targetId]').equals([n.targetKind, target]).toArray()).some((x) => x.body === n.body);
    if (dup) report.notes.existing++;
    else {
      report.notes.add++;
      if (apply) await db.notes.add({ ...n, id: undefined, targetId: target });
    }
  }
  if (!apply) return report;

  // Facts of the new articles, under the store's ids (two entities of the file may be one of the store).
  const facts: FactsRow[] = [];
  for (const f of rowsOf<FactsRow>(b, 'facts')) {
    if (!newArticles.has(f.articleId)) continue;
    const byEntity = new Map<number, EntityFacts>();
    for (const e of f.entities) {
      const id = ent(e.entityId);
      const prev = byEntity.get(id);
      if (!prev) {
        byEntity.set(id, { ...e, entityId: id });
        continue;
      }
      prev.count += e.count;
      prev.order = Math.min(prev.order, e.order);
      prev.forms = [...new Set([...prev.forms, ...e.forms])];
      if (e.roles) prev.roles = [...(prev.roles ?? []), ...e.roles];
      if (e.quotes) prev.quotes = [...(prev.quotes ?? []), ...e.quotes];
    }
    facts.push({ articleId: art(f.articleId), entities: [...byEntity.values()].sort((x, y) => x.order - y.order) });
  }
  await db.facts.bulkPut(facts);
  for (const a of rowsOf<ArticleRow>(b, 'articles')) {
    if (!newArticles.has(a.id!)) continue;
    await db.articles.update(art(a.id!), { entityIds: [...new Set(a.entityIds.map(ent))], engine: a.engine.map(ent) });
  }
  for (const c of rowsOf<CorrectionRow>(b, 'corrections')) {
    if ((await db.corrections.where('[kind+key]').equals([c.kind, c.key]).count()) === 0) await db.corrections.add({ ...c, id: undefined, entityId: ent(c.entityId) });
  }
  for (const s of rowsOf<SiteSettings>(b, 'sites')) if (!(await db.sites.get(s.site))) await db.sites.add(s);
  for (const kv of rowsOf<KvRow>(b, 'kv')) if (kv.key !== SUMMARIES_KEY && !(await db.kv.get(kv.key))) await db.kv.add(kv);
  for (const row of touched.values()) {
    await recount(db, row);
    row.notes = await db.notes.where('[targetKind+targetId]').equals(['entity', row.id!]).count();
  }
  await putEntities(db, [...touched.values()]);
  return report;
}

/** Validates a backup and reports what importing it would add or merge, without changing anything. */
export async function checkImport(db: BackstoryDB, content: string): Promise<ImportReport> {
  const backup = parseBackup(content);
  return db.transaction('r', [...BACKUP_TABLES], (tx) => plan(bound(db, tx), backup, false));
}

/** Imports a backup: validated first, then applied entirely in one transaction, or not at all. */
export async function importAll(db: BackstoryDB, content: string): Promise<ImportReport> {
  const backup = parseBackup(content);
  return guarded(() =>
    db.transaction('rw', [...BACKUP_TABLES], async (tx) => {
      const tables = bound(db, tx);
      // Summaries still waiting are written first; after the import every summary is complete (the ones it
      // touched were rebuilt from the facts), so the mark moves to the newest article.
      await flushInto(tables, tx.idbtrans as IDBTransaction);
      const report = await plan(tables, backup, true);
      const last = Number((await tables.articles.orderBy(':id').lastKey()) ?? 0);
      await tables.kv.put({ key: SUMMARIES_KEY, value: { through: last } });
      return report;
    }),
  );
}
