/** @jest-environment ./tests/unit/jsdom-env.cjs */
/**
 * The page's read path: the first slice of the article read may run longer (the text then leaves in the
 * DOMContentLoaded task), later slices keep the normal budget; an open at the end of the intent delay waits
 * for the hover's prefetch under way instead of asking the card frame a second time.
 */
import { Slicer } from '../../../src/content/slicer';
import { CardController } from '../../../src/content/card/card-controller';
import type { CardHost } from '../../../src/content/card/card-host';
import type { FrameReady } from '../../../src/content/card/frame-protocol';
import type { Mark } from '../../../src/content/paint/marks';

const busy = (ms: number): void => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
};

describe('Slicer first slice', () => {
  test('the first slice has its own budget, the later ones the normal one', async () => {
    const slicer = new Slicer('unit-read', undefined, 5, 40);
    busy(12);
    expect(slicer.due()).toBe(false);
    expect(slicer.sliceCount).toBe(1);
    busy(30);
    expect(slicer.due()).toBe(true);
    await slicer.pause();
    expect(slicer.sliceCount).toBe(2);
    busy(7);
    expect(slicer.due()).toBe(true);
  });

  test('without a first budget every slice has the normal one', () => {
    const slicer = new Slicer('unit-read', undefined, 5);
    busy(7);
    expect(slicer.due()).toBe(true);
  });
});

/** A card host whose frame answers load requests when the test says so. */
function fakeHost() {
  const loads: Array<{ seq: number; entityId: number; resolve: (r: FrameReady) => void }> = [];
  let seq = 0;
  const frameEl = document.createElement('iframe');
  const link = {
    frame: frameEl,
    get latest() {
      return seq;
    },
    load: (entityId: number) =>
      new Promise<FrameReady>((resolve) => {
        const mine = ++seq;
        loads.push({ seq: mine, entityId, resolve: (r) => resolve({ ...r, seq: mine }) });
      }),
    post: () => undefined,
  };
  const host = {
    frame: link,
    hasFrame: true,
    host: document.createElement('div'),
    onFrameMessage: () => undefined,
    takeFocusBack: () => undefined,
  } as unknown as CardHost;
  return { host, loads };
}

describe('CardController open during a prefetch', () => {
  // jsdom ranges have no layout: the card is placed beside a fixed box.
  const range = { getBoundingClientRect: () => ({ left: 10, top: 10, right: 80, bottom: 28, width: 70, height: 18 }) };
  const mark = { kind: 'official', engineId: 'p0', name: 'Anna Berg', start: 0, end: 9, range } as unknown as Mark;

  test('the open waits for the prefetch of the same entity and reveals its card, with one load', async () => {
    const { host, loads } = fakeHost();
    const cards = new CardController(host);
    const prefetched = cards.prefetch(7);
    const opening = cards.open(mark, 7, { via: 'pointer' });
    expect(loads).toHaveLength(1);
    loads[0].resolve({ t: 'ready', seq: 0, height: 120 });
    await prefetched;
    await opening;
    expect(loads).toHaveLength(1);
    expect(cards.isOpen).toBe(true);
    expect(host.frame.frame.style.visibility).toBe('visible');
  });

  test('a close while the open waits calls the open off', async () => {
    const { host, loads } = fakeHost();
    const cards = new CardController(host);
    void cards.prefetch(7);
    const opening = cards.open(mark, 7, { via: 'pointer' });
    cards.close(false);
    loads[0].resolve({ t: 'ready', seq: 0, height: 120 });
    await opening;
    expect(cards.isOpen).toBe(false);
    expect(loads).toHaveLength(1);
  });

  test('an open for another entity than the prefetch loads its own card', async () => {
    const { host, loads } = fakeHost();
    const cards = new CardController(host);
    void cards.prefetch(7);
    const opening = cards.open(mark, 8, { via: 'pointer' });
    expect(loads.map((l) => l.entityId)).toEqual([7, 8]);
    loads[1].resolve({ t: 'ready', seq: 0, height: 90 });
    await opening;
    expect(cards.isOpen).toBe(true);
  });
});
