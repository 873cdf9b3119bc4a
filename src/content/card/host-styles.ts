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

/** Styles of the panel around the shared card view. */
export const PANEL_CSS = `
:host { all: initial !important; }
.bs-shell { all: initial; }
.bs-panel {
  all: initial; color-scheme: light dark; position: fixed; box-sizing: border-box; z-index: 2147483647; display: block;
  width: min(24rem, calc(100vw - 16px)); overflow: auto; overscroll-behavior: contain;
  background: var(--bs-bg); color: var(--bs-fg); border: 1px solid var(--bs-line); border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.22); padding: 12px 14px 10px; font: 14px/1.45 system-ui, sans-serif;
  text-align: start; direction: ltr;
}
.bs-panel[hidden] { display: none; }
.bs-panel:focus { outline: 2px solid var(--bs-focus); outline-offset: 2px; }
.bs-panel-bar { display: flex; justify-content: flex-end; margin: -4px -6px 0 0; height: 0; }
.bs-close {
  font: inherit; font-size: 18px; line-height: 1; color: var(--bs-muted); background: none; border: 0; cursor: pointer;
  padding: 2px 6px; border-radius: 4px; position: relative; z-index: 1;
}
.bs-close:hover, .bs-close:focus-visible { color: var(--bs-fg); background: var(--bs-soft); }
.bs-close:focus-visible { outline: 2px solid var(--bs-focus); }
.bs-status { color: var(--bs-muted); margin: 0; }
.bs-live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) {
  .bs-panel { animation: bs-in 90ms ease-out; }
  @keyframes bs-in { from { opacity: 0; } to { opacity: 1; } }
}
`;
