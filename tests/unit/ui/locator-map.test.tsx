/** @jest-environment ./tests/unit/jsdom-env.cjs */
import { render } from '@testing-library/preact';
import { LocatorMap, formatLatLng, viewFor } from '../../../src/ui/components/locator-map';
import { COUNTRY_PATHS } from '../../../src/ui/components/world-map-data';

jest.mock('../../../src/platform/browser', () => ({ browser: require('./fake-browser').fakeBrowser }));

/** Absolute points of each subpath of a generated path ("M x y l dx dy … z"). */
function subpaths(d: string): Array<Array<[number, number]>> {
  return d.split('M').filter(Boolean).map((part) => {
    const [abs, rel = ''] = part.replace(/z$/, '').split('l');
    const [x0, y0] = abs.trim().split(/\s+/).map(Number);
    const nums = rel.match(/-?\d+/g)?.map(Number) ?? [];
    const pts: Array<[number, number]> = [[x0, y0]];
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const [px, py] = pts[pts.length - 1];
      pts.push([px + nums[i], py + nums[i + 1]]);
    }
    return pts;
  });
}

test('the bundled outlines cover the major countries and stay small', () => {
  for (const code of ['US', 'RU', 'CN', 'BR', 'UA', 'KP', 'KR', 'FR', 'AU', 'ZA']) expect(COUNTRY_PATHS[code]).toMatch(/^M/);
  expect(Object.values(COUNTRY_PATHS).join('').length).toBeLessThan(20_000);
});

test('no outline draws a stripe across the map (antimeridian rings are unwrapped)', () => {
  for (const [code, d] of Object.entries(COUNTRY_PATHS)) {
    if (code === 'AQ') continue; // Antarctica really spans the whole width
    for (const pts of subpaths(d)) {
      const xs = pts.map((p) => p[0]);
      expect([code, Math.max(...xs) - Math.min(...xs) < 200]).toEqual([code, true]);
    }
  }
});

test('city maps zoom on the place and keep the view inside the world', () => {
  expect(viewFor([49.99, 36.23], true)).toEqual({ x: 216.23 - 48, y: expect.any(Number), w: 96, h: 40 });
  const north = viewFor([89, 179], true);
  expect(north.x + north.w).toBeLessThanOrEqual(360);
  expect(north.y).toBeGreaterThanOrEqual(6);
  expect(viewFor([10, 10], false)).toEqual({ x: 0, y: 6, w: 360, h: 150 });
});

test('coordinates are labelled for screen readers; invalid ones draw no dot', () => {
  expect(formatLatLng([-33.45, -70.66])).toBe('33.45° S, 70.66° W');
  const { container } = render(<LocatorMap latlng={[200, 10]} countryCode="CL" label="Chile" />);
  expect(container.querySelector('.bs-map-dot')).toBeNull();
  expect(container.querySelector('svg')!.getAttribute('aria-label')).toBe('Map: Chile');
  expect(container.querySelector('title')!.textContent).toBe('Map: Chile');
});
