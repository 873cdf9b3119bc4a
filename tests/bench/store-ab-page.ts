/**
 * The paired store benchmark's page: ingests the same generated articles into two stores (this checkout's and
 * a base checkout's, in two databases of the same browser), alternating which goes first, so both see the
 * same machine load. Driven by `store-ab.ts` through `window.ab`.
 */
import { openStore as openBase } from './store-ab-base';
import { openStore } from '../../src/background/store';
import { makeArticle, makePools, rng } from './store-bench-corpus';

type Opened = Awaited<ReturnType<typeof openStore>>;
let base: Opened;
let head: Opened;
let pools: ReturnType<typeof makePools>;
const r = rng(42);

const ab = {
  async init(): Promise<void> {
    pools = makePools();
    base = (await openBase('ab-base', { persist: false })) as unknown as Opened;
    head = await openStore('ab-head', { persist: false });
    await base.eraseAll();
    await head.eraseAll();
  },
  /** Ingests articles `from` to `to` (exclusive) into both stores; the time of each ingest, per store, in ms. */
  async ingest(from: number, to: number): Promise<{ base: number[]; head: number[] }> {
    const out = { base: [] as number[], head: [] as number[] };
    for (let i = from; i < to; i++) {
      const { input } = makeArticle(pools, i, r);
      const order = i % 2 ? (['base', 'head'] as const) : (['head', 'base'] as const);
      for (const which of order) {
        // Each store gets its own copy: an ingest must not see what the other did to the input.
        const copy = structuredClone(input);
        const t0 = performance.now();
        await (which === 'base' ? base : head).ingestArticle(copy);
        out[which].push(performance.now() - t0);
      }
    }
    return out;
  },
};

(globalThis as unknown as { ab: typeof ab }).ab = ab;
document.title = 'store-ab ready';
