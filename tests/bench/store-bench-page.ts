/**
 * The store benchmark's page: runs inside an extension page of headless Chromium, against the browser's real
 * IndexedDB, driven by `store-bench.ts` through `window.bench`.
 */
import { openStore, type Store } from '../../src/background/store';
import { cacheOf } from '../../src/background/store/cache';
import { makeArticle, makePools, rng, type Pools } from './store-bench-corpus';

/** Timings of one measurement round, in ms. */
export interface Round {
  cardFrequent: number[];
  cardRare: number[];
  search: number[];
  listCast: number[];
  /** Cards and searches with the background's cache emptied before each call (a background just started). */
  cardCold: number[];
  searchCold: number[];
}

/** IndexedDB requests issued while counting (a load-independent measure of work). */
let requests = 0;
const reads = ['get', 'getAll', 'getKey', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor'];
const COUNTED: Array<[object, string[]]> = [
  [IDBObjectStore.prototype, [...reads, 'put', 'add', 'delete', 'clear']],
  [IDBIndex.prototype, reads],
  [IDBCursor.prototype, ['continue', 'advance', 'continuePrimaryKey', 'update', 'delete']],
];

/**
 * Runs `f` with every IndexedDB request method wrapped to count calls, and returns how many it issued. The
 * wrappers are removed afterwards: timed calls run on the browser's own methods, never under the counting.
 */
async function countRequests(f: () => Promise<unknown>): Promise<number> {
  const originals: Array<[Record<string, unknown>, string, unknown]> = [];
  for (const [proto, names] of COUNTED) {
    const p = proto as Record<string, (...a: unknown[]) => unknown>;
    for (const name of names) {
      const original = p[name];
      if (typeof original !== 'function') continue;
      originals.push([p, name, original]);
      p[name] = function (this: unknown, ...a: unknown[]) {
        requests++;
        return original.apply(this, a);
      };
    }
  }
  const r0 = requests;
  try {
    await f();
  } finally {
    for (const [p, name, original] of originals) p[name] = original;
  }
  return requests - r0;
}

/** Puts `n` rows into `kv` in one raw read-write transaction with the given durability; resolves on commit. */
function rawPut(idb: IDBDatabase, n: number, durability: IDBTransactionDurability | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = durability ? idb.transaction(['kv'], 'readwrite', { durability }) : idb.transaction(['kv'], 'readwrite');
    for (let i = 0; i < n; i++) tx.objectStore('kv').put({ key: `raw${i}`, value: { n: i } });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/**
 * One raw read-write transaction per entry of `batches`, one after the other: each puts `rows` tiny rows, spread
 * over the object stores listed in `tables` (`kv` or `sites`); resolves when the last commits.
 */
async function rawBatches(idb: IDBDatabase, batches: number, rows: number, tables: Array<'kv' | 'sites'>): Promise<void> {
  for (let b = 0; b < batches; b++) {
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction(tables, 'readwrite');
      for (let i = 0; i < rows; i++) {
        const table = tables[i % tables.length];
        tx.objectStore(table).put(table === 'kv' ? { key: `batch${b}-${i}`, value: { n: i } } : { site: `batch${b}-${i}.test`, n: i });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
}

let store: Store;
let pools: Pools;
const r = rng(42);
/** Store id and number of appearances per pool entry (people and places), from the ingest results. */
const seen = new Map<string, { id: number; n: number }>();
const articleIds: number[] = [];
let baseline = 0;

async function usage(): Promise<number> {
  const est = await navigator.storage.estimate();
  return est.usage ?? 0;
}

const bench = {
  async init(): Promise<number> {
    pools = makePools();
    store = await openStore('bench', { persist: false });
    await store.eraseAll();
    baseline = await usage();
    return baseline;
  },
  /**
   * Ingests articles `from` (inclusive) to `to` (exclusive); returns the time of each ingest, and the
   * IndexedDB requests of every 10th (those are counted, not timed).
   */
  async ingest(from: number, to: number): Promise<{ times: number[]; requests: number[] }> {
    const times: number[] = [];
    const counts: number[] = [];
    for (let i = from; i < to; i++) {
      const { input, drawn } = makeArticle(pools, i, r);
      let res!: Awaited<ReturnType<Store['ingestArticle']>>;
      if (i % 10 === 9) {
        counts.push(await countRequests(async () => (res = await store.ingestArticle(input))));
      } else {
        const t0 = performance.now();
        res = await store.ingestArticle(input);
        times.push(performance.now() - t0);
      }
      articleIds.push(res.articleId);
      drawn.people.forEach((k, n) => {
        const key = `p${k}`;
        const s = seen.get(key);
        if (s) s.n++;
        else seen.set(key, { id: res.entityIds[`p${n}`], n: 1 });
      });
      drawn.places.forEach((k, n) => {
        const key = `l${k}`;
        const s = seen.get(key);
        if (s) s.n++;
        else seen.set(key, { id: res.entityIds[`l${n}`], n: 1 });
      });
    }
    return { times, requests: counts };
  },
  /** Measures card, search and cast latencies (`n` calls each). */
  async measure(n: number): Promise<Round & { frequentSeenIn: number; rareSeenIn: number; requests: Record<string, number[]> }> {
    const byFreq = [...seen.values()].sort((a, b) => b.n - a.n);
    const frequent = byFreq.slice(0, 50);
    const rare = byFreq.filter((s) => s.n === 1);
    const perCall: Record<string, number[]> = {};
    // Every 10th call of each kind counts its requests (untimed); the others are timed.
    let n0 = 0;
    const time = async (into: number[], f: () => Promise<unknown>, kind = 'other') => {
      if (++n0 % 10 === 0) {
        (perCall[kind] ??= []).push(await countRequests(f));
        return;
      }
      const t0 = performance.now();
      await f();
      into.push(performance.now() - t0);
    };
    const round: Round = { cardFrequent: [], cardRare: [], search: [], listCast: [], cardCold: [], searchCold: [] };
    for (let i = 0; i < n; i++) await time(round.cardFrequent, () => store.getCard(frequent[i % frequent.length].id), 'card');
    for (let i = 0; i < n; i++) await time(round.cardRare, () => store.getCard(rare[Math.floor(r() * rare.length)].id), 'card');
    for (let i = 0; i < n; i++) {
      const p = pools.people[pools.pickPerson()];
      const q = i % 3 === 0 ? p.surname : i % 3 === 1 ? p.name.slice(0, 3 + (i % 4)) : p.name;
      await time(round.search, () => store.search(q, 20), 'search');
    }
    const cold = () => cacheOf(store.db).clear();
    for (let i = 0; i < n; i++) {
      const pool = i % 2 ? rare : frequent;
      const id = pool[Math.floor(r() * pool.length)].id;
      cold();
      await time(round.cardCold, () => store.getCard(id), 'cardCold');
    }
    for (let i = 0; i < n; i++) {
      const q = pools.people[pools.pickPerson()].surname;
      cold();
      await time(round.searchCold, () => store.search(q, 20), 'searchCold');
    }
    for (let i = 0; i < n; i++) await time(round.listCast, () => store.listCast(articleIds[Math.floor(r() * articleIds.length)]), 'cast');
    const frequentCard = await store.getCard(frequent[0].id);
    return { ...round, frequentSeenIn: frequentCard.seenIn, rareSeenIn: 1, requests: perCall };
  },
  /** Raw IndexedDB costs on this machine right now: one get, 50 parallel index lookups, 30-row writes, batching. */
  async probe(): Promise<Record<string, number>> {
    const db = store.db;
    const med = async (f: () => Promise<unknown>, n = 30) => {
      const t: number[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        await f();
        t.push(performance.now() - t0);
      }
      return t.sort((a, b) => a - b)[Math.floor(n / 2)];
    };
    const keys = [...seen.values()].slice(0, 50).map((s) => s.id);
    return {
      get_ms: await med(() => db.kv.get('settings')),
      tx_get_ms: await med(() => db.transaction('r', ['kv'], (tx) => tx.table('kv').get('settings'))),
      lookups50_ms: await med(() => db.transaction('r', ['entities'], (tx) => Promise.all(keys.map((k) => tx.table('entities').where('names').equals(`x${k}`).toArray())))),
      stats_bulkget30_ms: await med(() => db.stats.bulkGet(keys.slice(0, 30))),
      rw_put30_ms: await med(() => db.transaction('rw', ['kv'], (tx) => tx.table('kv').bulkPut(keys.slice(0, 30).map((k) => ({ key: `probe${k}`, value: { n: k } }))))),
      // Raw IndexedDB, one read-write transaction each: the commit's cost with the browser's default durability
      // and with 'relaxed' (no flush to disk before the commit reports success).
      raw_put1_ms: await med(() => rawPut(db.backendDB(), 1, undefined)),
      raw_put1_relaxed_ms: await med(() => rawPut(db.backendDB(), 1, 'relaxed')),
      raw_put30_relaxed_ms: await med(() => rawPut(db.backendDB(), 30, 'relaxed')),
      // Batching and object stores: two ingests' worth of rows (2 × 35) in two transactions or in one; 35 rows
      // in one object store or spread over two.
      raw_2tx_of_35_ms: await med(() => rawBatches(db.backendDB(), 2, 35, ['kv'])),
      raw_1tx_of_70_ms: await med(() => rawBatches(db.backendDB(), 1, 70, ['kv'])),
      raw_35_in_2_stores_ms: await med(() => rawBatches(db.backendDB(), 1, 35, ['kv', 'sites'])),
      raw_35_in_1_store_ms: await med(() => rawBatches(db.backendDB(), 1, 35, ['kv'])),
    };
  },
  /** Entries the background's read cache holds now, per part, and their size as JSON (a rough measure of its memory). */
  cacheSize(): Record<string, number> {
    const cache = cacheOf(store.db);
    const out: Record<string, number> = {};
    let json = 0;
    for (const part of ['rows', 'keys', 'articles', 'notes', 'names', 'counts'] as const) {
      const lru = cache[part] as unknown as { size: number; entries(): Iterable<[unknown, unknown]> };
      out[part] = lru.size;
      for (const [, v] of lru.entries()) json += JSON.stringify(v instanceof Set ? [...v] : v)?.length ?? 0;
    }
    out.json_bytes = json;
    return out;
  },
  async bytes(): Promise<{ usage: number; baseline: number; articles: number }> {
    // Summaries still waiting in memory (written in batches after ingests) count too.
    await store.flush();
    const report = await store.storageReport();
    return { usage: await usage(), baseline, articles: report.articles };
  },
};

(globalThis as unknown as { bench: typeof bench }).bench = bench;
document.title = 'store-bench ready';
