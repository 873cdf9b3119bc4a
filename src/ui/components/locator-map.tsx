/**
 * A small world map (inline SVG from bundled Natural Earth outlines, no network) with the place's country
 * shaded and a dot at its coordinates.
 */
import { t } from '../i18n';
import { COUNTRY_PATHS, OTHER_LAND } from './world-map-data';

/** Map frame in the data's plane (x = lon + 180, y = 90 − lat): the Arctic to the Southern Ocean. */
const FRAME = { x: 0, y: 6, w: 360, h: 150 };
/** Width in degrees of the regional view used for cities and regions (height follows the frame's ratio). */
const REGION_WIDTH = 96;

/** The view box: the whole world, or a region around `center` (kept inside the world frame). */
export function viewFor(center: [number, number] | undefined, zoom: boolean): { x: number; y: number; w: number; h: number } {
  if (!center || !zoom) return FRAME;
  const w = REGION_WIDTH;
  const h = (w * FRAME.h) / FRAME.w;
  const cx = center[1] + 180;
  const cy = 90 - center[0];
  const x = Math.min(Math.max(cx - w / 2, FRAME.x), FRAME.x + FRAME.w - w);
  const y = Math.min(Math.max(cy - h / 2, FRAME.y), FRAME.y + FRAME.h - h);
  return { x, y, w, h };
}

/** Props of {@link LocatorMap}. */
export interface LocatorMapProps {
  /** Latitude and longitude in degrees, when known. */
  latlng?: [number, number];
  /** ISO 3166-1 alpha-2 code of the country to shade, when known. */
  countryCode?: string;
  /** Accessible description ("Kharkiv, Ukraine"). */
  label: string;
  /** Show the region around the place instead of the whole world (cities, regions). */
  zoom?: boolean;
}

/** Formats coordinates for screen readers and tooltips ("49.99° N, 36.23° E"). */
export function formatLatLng([lat, lng]: [number, number]): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lng >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(2)}° ${ns}, ${Math.abs(lng).toFixed(2)}° ${ew}`;
}

/** The locator map, or nothing when neither coordinates nor a drawable country are known. */
export function LocatorMap({ latlng, countryCode, label, zoom = false }: LocatorMapProps) {
  const code = countryCode?.toUpperCase();
  const shaded = code && Object.prototype.hasOwnProperty.call(COUNTRY_PATHS, code) ? code : undefined;
  const valid = latlng && Math.abs(latlng[0]) <= 90 && Math.abs(latlng[1]) <= 180 ? latlng : undefined;
  if (!valid && !shaded) return null;
  const description = valid ? t('mapLabelAt', [label, formatLatLng(valid)]) : t('mapLabel', [label]);
  const land = Object.entries(COUNTRY_PATHS)
    .filter(([c]) => c !== shaded)
    .map(([, d]) => d)
    .join('');
  const view = viewFor(valid, zoom);
  // Keep the pin and outlines the same size on screen whatever the zoom.
  const k = view.w / FRAME.w;
  return (
    <svg
      class="bs-map"
      viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`}
      role="img"
      aria-label={description}
      preserveAspectRatio="xMidYMid meet"
    >
      <title>{description}</title>
      <rect class="bs-map-sea" x={view.x} y={view.y} width={view.w} height={view.h} />
      <path class="bs-map-land" d={land + OTHER_LAND} stroke-width={0.4 * k} />
      {shaded && <path class="bs-map-country" d={COUNTRY_PATHS[shaded]} stroke-width={0.5 * k} />}
      {valid && (
        <g class="bs-map-pin">
          <circle class="bs-map-halo" cx={valid[1] + 180} cy={90 - valid[0]} r={9 * k} stroke-width={1.5 * k} />
          <circle class="bs-map-dot" cx={valid[1] + 180} cy={90 - valid[0]} r={4 * k} stroke-width={1.5 * k} />
        </g>
      )}
    </svg>
  );
}
