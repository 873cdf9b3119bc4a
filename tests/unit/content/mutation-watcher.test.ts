/** @jest-environment ./tests/unit/jsdom-env.cjs */
import { MutationWatcher } from '../../../src/content/watch/mutation-watcher';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('MutationWatcher', () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    document.body.innerHTML = '<article id="a"></article><backstory-ui></backstory-ui>';
  });
  afterEach(() => jest.useRealTimers());

  test('batches added subtrees after a quiet time and keeps only outermost nodes', async () => {
    const seen: Node[][] = [];
    const own = document.querySelector('backstory-ui')!;
    const w = new MutationWatcher((n) => seen.push(n), (n) => own.contains(n), { debounceMs: 100 });
    w.watch(document.body);
    const article = document.getElementById('a')!;
    const p = document.createElement('p');
    article.appendChild(p);
    p.appendChild(document.createTextNode('New paragraph'));
    own.appendChild(document.createElement('div'));
    await Promise.resolve();
    jest.advanceTimersByTime(50);
    expect(seen).toHaveLength(0);
    jest.advanceTimersByTime(100);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual([p]);
    w.stop();
  });

  test('gives up on a page that keeps churning', async () => {
    let batches = 0;
    const w = new MutationWatcher(() => batches++, () => false, { debounceMs: 10, maxBatches: 5, windowMs: 60_000 });
    w.watch(document.body);
    for (let i = 0; i < 20; i++) {
      document.body.appendChild(document.createElement('div'));
      await Promise.resolve();
      jest.advanceTimersByTime(20);
      await flush;
    }
    expect(batches).toBe(5);
    expect(w.gaveUp).toBe(true);
  });
});
