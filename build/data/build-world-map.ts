/**
 * Generates the locator map's bundled outline (`src/ui/components/world-map-data.ts`) from Natural Earth
 * 1:110m TopoJSON (`world-atlas`, ISC) and ISO codes from `world-countries` (ODbL).
 *
 * Output: SVG path strings in an equirectangular plane where x = longitude + 180 (0..360) and
 * y = 90 − latitude (0..180), rounded to whole degrees, with tiny rings dropped, so the map costs a few
 * kilobytes in every bundle that shows cards. No network at run time.
 *
 * Usage: node build/run-ts.mjs build/data/build-world-map.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

type Arc = Array<[number, number]>;
interface Topology {
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: Arc[];
  objects: Record<string, { type: string; geometries: Geometry[] }>;
}
interface Geometry {
  type: 'Polygon' | 'MultiPolygon' | string;
  id?: string;
  arcs?: number[][] | number[][][];
}

/** Simplification tolerance in degrees: below what a 200-pixel-wide map can show. */
const TOLERANCE = 0.6;

const req = createRequire(import.meta.url);
const root = path.resolve(process.cwd());
const readJson = <T>(p: string): T => JSON.parse(readFileSync(req.resolve(p), 'utf8')) as T;

/** Decodes the quantized, delta-encoded arcs of a topology into absolute longitude/latitude pairs. */
function decodeArcs(topo: Topology): Arc[] {
  const { scale, translate } = topo.transform;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as [number, number];
    });
  });
}

/** Joins the arcs of one ring (negative index = arc `~i` reversed), dropping the shared joint points. */
function ring(arcs: Arc[], indices: number[]): Arc {
  const out: Arc = [];
  for (const i of indices) {
    const arc = i < 0 ? [...arcs[~i]].reverse() : arcs[i];
    arc.forEach((pt, k) => {
      if (k > 0 || out.length === 0) out.push(pt);
    });
  }
  return out;
}

/** The rings of a polygon or multipolygon geometry. */
function rings(arcs: Arc[], g: Geometry): Arc[] {
  if (g.type === 'Polygon') return (g.arcs as number[][]).map((r) => ring(arcs, r));
  if (g.type === 'MultiPolygon') return (g.arcs as number[][][]).flatMap((p) => p.map((r) => ring(arcs, r)));
  return [];
}

/** Squared distance from `p` to the segment `a`–`b`. */
function segmentDistance2(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  const ex = a[0] + t * dx - p[0];
  const ey = a[1] + t * dy - p[1];
  return ex * ex + ey * ey;
}

/** Douglas–Peucker simplification of an open polyline, keeping its ends. */
function simplify(pts: Arc, tolerance: number): Arc {
  if (pts.length < 3) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, pts.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [from, to] = stack.pop()!;
    let worst = -1;
    let worstD = tol2;
    for (let i = from + 1; i < to; i++) {
      const d = segmentDistance2(pts[i], pts[from], pts[to]);
      if (d > worstD) {
        worst = i;
        worstD = d;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([from, worst], [worst, to]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

/**
 * One ring as a compact SVG subpath (absolute start, then relative whole-degree steps), or '' when the
 * ring spans less than `minSpan` degrees.
 */
function ringPath(r: Arc, minSpan: number): string {
  const pts: Array<[number, number]> = [];
  for (const [lon, lat] of simplify(r.map(([lon, lat]) => [lon + 180, 90 - lat] as [number, number]), TOLERANCE)) {
    const p: [number, number] = [Math.round(lon), Math.round(lat)];
    const last = pts[pts.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
  }
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  // Rings cut along the antimeridian can collapse into a zero-area sliver across the whole map (Fiji).
  let area2 = 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i];
    const b = pts[(i + 1) % pts.length];
    area2 += a[0] * b[1] - b[0] * a[1];
  }
  if (pts.length < 3 || span < minSpan || Math.abs(area2) < 2) return '';
  let d = `M${pts[0][0]} ${pts[0][1]}l`;
  for (let i = 1; i < pts.length; i++) {
    const dx = pts[i][0] - pts[i - 1][0];
    const dy = pts[i][1] - pts[i - 1][1];
    d += (i > 1 && dx >= 0 ? ' ' : '') + `${dx}` + (dy >= 0 ? ' ' : '') + `${dy}`;
  }
  return d + 'z';
}

/**
 * A ring that crosses the antimeridian jumps ~360° between neighbours. Unwrap it into one continuous ring
 * (x may leave 0..360), and add a copy shifted back by 360° so both halves show; the map's frame clips.
 */
function unwrap(r: Arc): Arc[] {
  let shift = 0;
  let crossed = false;
  const out: Arc = [];
  for (let i = 0; i < r.length; i++) {
    if (i > 0) {
      const dx = r[i][0] - r[i - 1][0];
      if (dx > 180) shift -= 360;
      else if (dx < -180) shift += 360;
      if (Math.abs(dx) > 180) crossed = true;
    }
    out.push([r[i][0] + shift, r[i][1]]);
  }
  if (!crossed) return [r];
  // Rings that wrap the whole globe (Antarctica) end a full turn away from where they started: leave them.
  if (Math.abs(out[out.length - 1][0] - out[0][0]) > 180) return [r];
  const minX = Math.min(...out.map((p) => p[0]));
  const back = minX < -180 ? 360 : -360;
  return [out, out.map(([x, y]) => [x + back, y] as [number, number])];
}

function geometryPath(arcs: Arc[], g: Geometry, minSpan: number): string {
  return rings(arcs, g).flatMap(unwrap).map((r) => ringPath(r, minSpan)).join('');
}

const countries = readJson<Topology>('world-atlas/countries-110m.json');
const isoRows = readJson<Array<{ cca2: string; ccn3: string }>>('world-countries/countries.json');
const alpha2ByNumeric = new Map(isoRows.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca2]));


const countryArcs = decodeArcs(countries);
const byCode: Record<string, string> = {};
let otherLand = '';
for (const g of countries.objects.countries.geometries) {
  const code = g.id ? alpha2ByNumeric.get(g.id) : undefined;
  const d = geometryPath(countryArcs, g, 1);
  if (!d) continue;
  if (code) byCode[code] = (byCode[code] ?? '') + d;
  else otherLand += d;
}

const out = path.join(root, 'src/ui/components/world-map-data.ts');
const body = `/**
 * Generated by build/data/build-world-map.ts from Natural Earth 1:110m (world-atlas, ISC) and ISO codes
 * (world-countries, ODbL). Do not edit by hand. Plane: x = longitude + 180, y = 90 − latitude, whole degrees.
 */

/** Each country's outline by ISO 3166-1 alpha-2 code; with {@link OTHER_LAND} they draw the land. */
export const COUNTRY_PATHS: Readonly<Record<string, string>> = ${JSON.stringify(byCode, null, 0)};

/** Land without an ISO code in the source (disputed territories). */
export const OTHER_LAND = ${JSON.stringify(otherLand)};
`;
writeFileSync(out, body);
console.log(`wrote ${path.relative(root, out)}: ${body.length} characters, ${Object.keys(byCode).length} countries`);
