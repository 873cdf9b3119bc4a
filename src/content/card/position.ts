/**
 * Where the hover card goes: below the mark when it fits, else above, else on the side with more room
 * (then with a max height), never over the mark itself, and clamped inside the viewport horizontally.
 */

/** A viewport rectangle. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The card's placement. */
export interface Placement {
  left: number;
  top: number;
  /** Height the card may take (it scrolls inside beyond that). */
  maxHeight: number;
  side: 'below' | 'above';
}

/**
 * Places a card of `size` next to `anchor` (the mark's bounding box) in a viewport of `viewport`.
 * `gap` separates card and mark; `margin` keeps the card off the viewport edges.
 */
export function placeCard(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
  margin = 8,
): Placement {
  const below = viewport.height - margin - (anchor.bottom + gap);
  const above = anchor.top - gap - margin;
  let side: Placement['side'];
  if (size.height <= below) side = 'below';
  else if (size.height <= above) side = 'above';
  else side = below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(size.height, room);
  const top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  const width = Math.min(size.width, viewport.width - 2 * margin);
  const left = Math.max(margin, Math.min(anchor.left, viewport.width - margin - width));
  return { left, top, maxHeight: room, side };
}

/** True when two boxes overlap (by more than a hair). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}
