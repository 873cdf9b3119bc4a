/** @jest-environment ./tests/unit/jsdom-env.cjs */
/**
 * Marks are painted before the store has filed the article, so a hovered mark may have no store id yet: the
 * card then opens once the id arrives, at the end of the same intent delay (or at once if it passed).
 */
import { HoverController } from '../../../src/content/hover/hover-controller';
import type { CardController } from '../../../src/content/card/card-controller';
import type { CardHost } from '../../../src/content/card/card-host';
import type { MarkIndex } from '../../../src/content/hover/mark-index';
import type { Mark } from '../../../src/content/paint/marks';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup(intentDelayMs: number) {
  if (typeof window.requestAnimationFrame !== 'function') {
    (window as { requestAnimationFrame: unknown }).requestAnimationFrame = (cb: () => void) => setTimeout(cb, 0);
  }
  const opened: Array<{ mark: Mark | null; entityId: number; at: number }> = [];
  const cards = {
    isOpen: false,
    openMark: null,
    openedVia: null,
    discardPrepared: () => undefined,
    prefetch: async () => ({}),
    prepare: () => undefined,
    open: async (mark: Mark | null, entityId: number) => void opened.push({ mark, entityId, at: performance.now() }),
    close: () => undefined,
  } as unknown as CardController;
  const host = { contains: () => false } as unknown as CardHost;
  const mark = { kind: 'official', engineId: 'p0', name: 'Anna Berg', start: 0, end: 9 } as Mark;
  let release: () => void = () => undefined;
  const ids = new Promise<void>((r) => (release = r));
  const life = new AbortController();
  const hover = new HoverController(document, cards, host, { intentDelayMs }, life.signal, () => ids);
  hover.setIndex({ atPoint: () => mark } as unknown as MarkIndex);
  const point = () => document.dispatchEvent(new MouseEvent('pointermove', { clientX: 10, clientY: 10, bubbles: true }));
  return { opened, mark, release, point, stop: () => life.abort() };
}

describe('hover before the store ids', () => {
  test('no card without an id; the card opens when the id arrives after the intent delay', async () => {
    const s = setup(20);
    s.point();
    await wait(60);
    expect(s.opened).toHaveLength(0);
    s.mark.entityId = 17;
    s.release();
    await wait(20);
    expect(s.opened).toHaveLength(1);
    expect(s.opened[0].entityId).toBe(17);
    s.stop();
  });

  test('an id that arrives during the intent delay opens the card at the end of the delay, not earlier', async () => {
    const s = setup(80);
    const t0 = performance.now();
    s.point();
    await wait(10);
    s.mark.entityId = 5;
    s.release();
    await wait(30);
    expect(s.opened).toHaveLength(0);
    await wait(100);
    expect(s.opened).toHaveLength(1);
    expect(s.opened[0].at - t0).toBeGreaterThanOrEqual(75);
    s.stop();
  });
});
