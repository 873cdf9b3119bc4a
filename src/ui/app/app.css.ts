/**
 * Layout of the extension pages (popup, side panel, options) on top of the card styles ({@link CARD_CSS}).
 */
import { applyCardStyles, CARD_CSS } from '../components/card.css';

/** Page layout styles. */
export const APP_CSS = `
html, body { margin: 0; padding: 0; }
html.bs-root { background: var(--bs-bg); }
body { background: var(--bs-bg); color: var(--bs-fg); }
.bs-root { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--bs-fg); background: var(--bs-bg); }
.bs-app { display: flex; flex-direction: column; min-height: 100vh; box-sizing: border-box; padding: 0.75em 0.9em; gap: 0.6em; overflow-wrap: anywhere; }
.bs-popup { width: 25em; max-width: 100vw; min-height: 0; }
.bs-app-header { display: flex; flex-direction: column; gap: 0.1em; }
.bs-app-title { font-size: 1.15em; margin: 0; }
.bs-page-title { margin: 0; font-size: 0.9em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.bs-app main { display: flex; flex-direction: column; gap: 0.7em; }
.bs-app-footer { margin-top: auto; padding-top: 0.5em; border-top: 1px solid var(--bs-line); font-size: 0.9em; display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; }
.bs-input {
  font: inherit; width: 100%; box-sizing: border-box; padding: 0.4em 0.6em; color: var(--bs-fg); background: var(--bs-bg);
  border: 1px solid var(--bs-muted); border-radius: 0.4em;
}
.bs-root :focus-visible { outline: 2px solid var(--bs-focus); outline-offset: 2px; }
.bs-notice { padding: 0.6em 0.75em; border-radius: 0.5em; background: var(--bs-soft); border: 1px solid var(--bs-line); }
.bs-notice p { margin: 0 0 0.25em; }
.bs-notice-title { font-weight: 650; }
.bs-site { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1em; }
.bs-site-message { flex-basis: 100%; margin: 0; font-size: 0.9em; }
.bs-site-message:empty { display: none; }
.bs-switch { display: inline-flex; align-items: center; gap: 0.45em; cursor: pointer; }
.bs-switch input { width: 1.1em; height: 1.1em; accent-color: var(--bs-accent); }
.bs-group-title { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--bs-muted); margin: 0.4em 0 0.3em; }
.bs-rows { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.35em; }
.bs-row { border: 1px solid var(--bs-line); border-radius: 0.5em; background: var(--bs-bg); border-inline-start-width: 4px; }
.bs-row.bs-kind-person { border-inline-start-color: var(--bs-person); border-inline-start-style: dashed; }
.bs-row.bs-official { border-inline-start-color: var(--bs-official); border-inline-start-style: solid; }
.bs-row.bs-kind-place { border-inline-start-color: var(--bs-place); border-inline-start-style: dotted; }
.bs-row.bs-kind-organization { border-inline-start-color: var(--bs-org); border-inline-start-style: double; }
.bs-row-head { display: flex; align-items: flex-start; gap: 0.4em; }
.bs-row-toggle {
  flex: 1; font: inherit; color: inherit; background: none; border: 0; text-align: start; cursor: pointer;
  padding: 0.45em 0.6em; display: grid; grid-template-columns: auto 1fr; column-gap: 0.4em; border-radius: 0.5em;
}
.bs-row-toggle > span:not(.bs-row-chevron) { grid-column: 2; }
.bs-search .bs-row-toggle { grid-template-columns: 1fr; }
.bs-search .bs-row-toggle > span { grid-column: 1; }
.bs-row-chevron { grid-row: 1; color: var(--bs-muted); }
.bs-row-name { font-weight: 650; }
.bs-row-role, .bs-row-meta { font-size: 0.88em; }
.bs-row-snippet { font-size: 0.88em; font-style: italic; }
.bs-row-open { padding: 0.55em 0.6em; font-size: 0.88em; white-space: nowrap; }
.bs-row-card { padding: 0 0.7em 0.6em; }
.bs-row-card .bs-card-header, .bs-row-card .bs-role { display: none; }
.bs-detail .bs-back { align-self: flex-start; }
.bs-options { max-width: 46em; margin: 0 auto; padding: 1.2em 1.4em 3em; }
.bs-options h1 { font-size: 1.5em; margin: 0 0 0.2em; }
.bs-options h2 { font-size: 1.15em; margin: 0 0 0.5em; }
.bs-options > section { margin-top: 1.2em; padding: 1em 1.1em; border: 1px solid var(--bs-line); border-radius: 0.6em; }
.bs-options fieldset { border: 0; padding: 0; margin: 0 0 0.8em; }
.bs-options legend { font-weight: 650; margin-bottom: 0.3em; padding: 0; }
.bs-field { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em 0.8em; margin-bottom: 0.4em; }
.bs-field input[type=number] { width: 6em; }
.bs-sites { list-style: none; padding: 0; margin: 0 0 0.6em; }
.bs-sites li { display: flex; justify-content: space-between; align-items: center; gap: 0.6em; padding: 0.35em 0; border-bottom: 1px solid var(--bs-line); }
.bs-stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(9em, 1fr)); gap: 0.4em; margin: 0 0 0.8em; }
.bs-stats div { background: var(--bs-soft); border-radius: 0.4em; padding: 0.4em 0.6em; }
.bs-stats dt { font-size: 0.85em; color: var(--bs-muted); }
.bs-stats dd { margin: 0; font-size: 1.15em; font-weight: 650; }
.bs-progress { width: 100%; }
.bs-danger { border-color: var(--bs-error) !important; }
.bs-button.bs-danger-button { background: var(--bs-error); color: var(--bs-bg); border-color: var(--bs-error); }
.bs-report { margin: 0.5em 0; padding-inline-start: 1.2em; }
.bs-skipped { font-size: 0.9em; }
`;

/** Applies card and page styles to the document. */
export function applyAppStyles(doc: Document): void {
  // The page itself carries the colour tokens, so the whole window follows light/dark, not just the app box.
  doc.documentElement.classList.add('bs-root');
  applyCardStyles(doc);
  const style = doc.createElement('style');
  style.textContent = APP_CSS;
  doc.head.appendChild(style);
}

export { CARD_CSS };
