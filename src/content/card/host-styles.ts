/**
 * Styles of the card's shadow root. The host element is reset inline with `!important` (inline important
 * declarations beat any page stylesheet, including `* { all: unset !important }`); inside the shadow root
 * everything starts from `all: initial`, so no page style reaches the card.
 */

/** Inline style of the host element attached to `<html>`. */
export const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'contain: none',
  'pointer-events: auto',
  'z-index: 2147483647',
]
  .map((d) => `${d} !important`)
  .join('; ');

/** Styles of the shadow root: the card frame (its content is styled inside the frame) and the live region. */
export const PANEL_CSS = `
:host { all: initial !important; }
.bs-shell { all: initial; }
.bs-frame {
  all: initial; color-scheme: light dark; position: fixed; box-sizing: border-box; z-index: 2147483647; display: block;
  width: min(24rem, calc(100vw - 16px)); height: 0; border: 0; margin: 0; padding: 0; border-radius: 10px;
  background: transparent; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.22); left: 0; top: 0;
}
.bs-frame[hidden] { display: none; }
.bs-live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
