/**
 * The look of the marks: `::highlight(backstory-…)` rules. Kinds differ by underline style as well as
 * colour (officials solid and thick, other people dotted, places wavy, organisations dashed), so they stay
 * distinguishable for colour-blind readers and in forced colours.
 */
import type { Settings } from '../../background/model';

/** Highlight names, one per mark kind, plus the keyboard focus. */
export const HIGHLIGHT_NAMES = {
  official: 'backstory-official',
  person: 'backstory-person',
  place: 'backstory-place',
  org: 'backstory-org',
  focus: 'backstory-focus',
} as const;

interface Palette {
  official: string;
  person: string;
  place: string;
  org: string;
  tint: number;
}

const PALETTES: Record<Settings['palette'], Palette> = {
  default: { official: '#b3261e', person: '#1f5fbf', place: '#1b7f3b', org: '#8a4fbf', tint: 0.1 },
  'high-contrast': { official: '#d00000', person: '#0047ff', place: '#007a1f', org: '#9000c0', tint: 0.22 },
  subtle: { official: '#b3261e', person: '#1f5fbf', place: '#1b7f3b', org: '#8a4fbf', tint: 0 },
};

function rgba(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** The stylesheet text for a palette. */
export function highlightCss(palette: Settings['palette'] = 'default'): string {
  const p = PALETTES[palette];
  const rule = (kind: keyof typeof HIGHLIGHT_NAMES & keyof Palette, style: string, thickness: string): string =>
    `::highlight(${HIGHLIGHT_NAMES[kind]}) { background-color: ${rgba(p[kind], p.tint)}; ` +
    `text-decoration: underline ${style} ${p[kind]} ${thickness}; text-underline-offset: 0.18em; }`;
  return [
    rule('official', 'solid', '2px'),
    rule('person', 'dotted', '2px'),
    rule('place', 'wavy', '1px'),
    rule('org', 'dashed', '1px'),
    `::highlight(${HIGHLIGHT_NAMES.focus}) { background-color: rgba(255, 200, 0, 0.45); color: inherit; }`,
    `@media (forced-colors: active) { ::highlight(${HIGHLIGHT_NAMES.focus}) { background-color: Highlight; color: HighlightText; } }`,
  ].join('\n');
}
