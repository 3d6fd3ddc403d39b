/**
 * Where the word popup goes: below the word when it fits, else above, else on the side with more
 * room (with its height capped); horizontally aligned with the word and kept inside the viewport.
 * It never overlaps the word's rectangle.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Height cap so the popup fits on its side of the word. */
  maxHeight: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

export function placePopup(
  word: Rect,
  popup: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = viewport.height - (word.top + word.height) - GAP - MARGIN;
  const above = word.top - GAP - MARGIN;
  const side: Placement['side'] = popup.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(popup.height, room);
  const top = side === 'below' ? word.top + word.height + GAP : word.top - GAP - height;
  const maxLeft = viewport.width - MARGIN - popup.width;
  const left = Math.max(MARGIN, Math.min(word.left, maxLeft));
  return { left, top, maxHeight: room, side };
}
