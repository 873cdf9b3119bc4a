import { overlaps, placeCard } from '../../../src/content/card/position';

const viewport = { width: 1000, height: 800 };
const size = { width: 380, height: 300 };
const mark = (left: number, top: number, width = 80, height = 20) => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  test.each([
    ['room below', mark(100, 100), 'below'],
    ['near the bottom: flips above', mark(100, 700), 'above'],
    ['near the right edge: shifted left', mark(950, 100), 'below'],
    ['near the top and bottom of a short viewport', mark(10, 10), 'below'],
  ])('%s', (_what, anchor, side) => {
    const p = placeCard(anchor, size, viewport);
    expect(p.side).toBe(side);
    const card = { left: p.left, top: p.top, right: p.left + size.width, bottom: p.top + Math.min(size.height, p.maxHeight) };
    expect(overlaps(card, anchor)).toBe(false);
    expect(card.left).toBeGreaterThanOrEqual(8);
    expect(card.right).toBeLessThanOrEqual(viewport.width - 8);
    expect(card.top).toBeGreaterThanOrEqual(8);
    expect(card.bottom).toBeLessThanOrEqual(viewport.height - 8);
  });

  test('a card taller than both sides takes the larger side and scrolls', () => {
    const p = placeCard(mark(100, 300), { width: 380, height: 2000 }, viewport);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(800 - 8 - (320 + 6));
    expect(p.top).toBe(326);
  });

  test('never covers the mark for any mark position', () => {
    for (let top = 0; top < 780; top += 37) {
      for (let left = 0; left < 990; left += 91) {
        const anchor = mark(left, top);
        const p = placeCard(anchor, size, viewport);
        const card = { left: p.left, top: p.top, right: p.left + size.width, bottom: p.top + Math.min(size.height, p.maxHeight) };
        expect(overlaps(card, anchor)).toBe(false);
      }
    }
  });
});
