/**
 * A small world map (inline SVG from bundled Natural Earth outlines, no network) with the place's country
 * shaded and a dot at its coordinates.
 */
import { t } from '../i18n';
import { COUNTRY_PATHS, OTHER_LAND } from './world-map-data';

/** Map frame in the data's plane (x = lon + 180, y = 90 − lat): the Arctic to the Southern Ocean. */
const FRAME = { x: 0, y: 6, w: 360, h: 150 };

/** Props of {@link LocatorMap}. */
export interface LocatorMapProps {
  /** Latitude and longitude in degrees, when known. */
  latlng?: [number, number];
  /** ISO 3166-1 alpha-2 code of the country to shade, when known. */
  countryCode?: string;
  /** Accessible description ("Kharkiv, Ukraine"). */
  label: string;
}

/** Formats coordinates for screen readers and tooltips ("49.99° N, 36.23° E"). */
export function formatLatLng([lat, lng]: [number, number]): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lng >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(2)}° ${ns}, ${Math.abs(lng).toFixed(2)}° ${ew}`;
}

/** The locator map, or nothing when neither coordinates nor a drawable country are known. */
export function LocatorMap({ latlng, countryCode, label }: LocatorMapProps) {
  const code = countryCode?.toUpperCase();
  const shaded = code && Object.prototype.hasOwnProperty.call(COUNTRY_PATHS, code) ? code : undefined;
  const valid = latlng && Math.abs(latlng[0]) <= 90 && Math.abs(latlng[1]) <= 180 ? latlng : undefined;
  if (!valid && !shaded) return null;
  const description = valid ? t('mapLabelAt', [label, formatLatLng(valid)]) : t('mapLabel', [label]);
  const land = Object.entries(COUNTRY_PATHS)
    .filter(([c]) => c !== shaded)
    .map(([, d]) => d)
    .join('');
  return (
    <svg
      class="bs-map"
      viewBox={`${FRAME.x} ${FRAME.y} ${FRAME.w} ${FRAME.h}`}
      role="img"
      aria-label={description}
      preserveAspectRatio="xMidYMid meet"
    >
      <title>{description}</title>
      <rect class="bs-map-sea" x={FRAME.x} y={FRAME.y} width={FRAME.w} height={FRAME.h} />
      <path class="bs-map-land" d={land + OTHER_LAND} />
      {shaded && <path class="bs-map-country" d={COUNTRY_PATHS[shaded]} />}
      {valid && (
        <g class="bs-map-pin">
          <circle class="bs-map-halo" cx={valid[1] + 180} cy={90 - valid[0]} r={9} />
          <circle class="bs-map-dot" cx={valid[1] + 180} cy={90 - valid[0]} r={4} />
        </g>
      )}
    </svg>
  );
}
