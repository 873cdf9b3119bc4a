/**
 * Styles of the card and the shared UI pieces, as a string so they work in a page's shadow root (content
 * script) as well as in the extension pages. Light and dark through `prefers-color-scheme`, motion only
 * when the reader allows it, sizes in `em` from one base so 200% zoom reflows instead of clipping.
 */

/** Colour tokens and base styles; the host element of a card gets class `bs-root`. */
export const CARD_CSS = `
.bs-root, .bs-card {
  --bs-bg: #ffffff; --bs-fg: #1b1d21; --bs-muted: #585e69; --bs-line: #d9dce1; --bs-soft: #f3f4f6;
  --bs-accent: #1f5fbf; --bs-accent-fg: #ffffff; --bs-focus: #1a56db; --bs-error: #b42318;
  --bs-official: #8a3ffc; --bs-person: #0e7490; --bs-place: #b45309; --bs-org: #4b5563;
  --bs-map-sea: #e8eef6; --bs-map-land: #c9d1db; --bs-map-country: #f0a23b; --bs-map-dot: #c2410c;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  .bs-root, .bs-card {
    --bs-bg: #1d2026; --bs-fg: #e8eaed; --bs-muted: #a5acb8; --bs-line: #3a3f48; --bs-soft: #272b33;
    --bs-accent: #8ab4f8; --bs-accent-fg: #0b1a33; --bs-focus: #8ab4f8; --bs-error: #ff8a80;
    --bs-official: #c4a3ff; --bs-person: #67d4e6; --bs-place: #f6b26b; --bs-org: #c1c7d0;
    --bs-map-sea: #18222f; --bs-map-land: #4a5361; --bs-map-country: #f0a23b; --bs-map-dot: #ffb37a;
  }
}
.bs-card {
  box-sizing: border-box; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--bs-fg); background: var(--bs-bg); text-align: start; overflow-wrap: anywhere;
  max-width: 100%;
}
.bs-card *, .bs-card *::before, .bs-card *::after { box-sizing: inherit; }
.bs-card p, .bs-card ul, .bs-card ol, .bs-card blockquote, .bs-card pre { margin: 0 0 0.5em; }
.bs-card .bs-heading { margin: 0; font-size: 1em; font-weight: 650; }
.bs-card-header .bs-heading { font-size: 1.3em; line-height: 1.25; }
.bs-card-header { margin-bottom: 0.5em; }
.bs-kind { margin: 0.25em 0 0; }
.bs-badge {
  display: inline-block; padding: 0.05em 0.55em; border-radius: 1em; font-size: 0.8em; font-weight: 600;
  border: 1px solid currentColor; color: var(--bs-org);
}
.bs-kind-person .bs-badge { color: var(--bs-person); border-style: dashed; }
.bs-official .bs-badge { color: var(--bs-official); border-style: solid; border-width: 2px; }
.bs-kind-place .bs-badge { color: var(--bs-place); border-style: dotted; border-width: 2px; }
.bs-muted { color: var(--bs-muted); }
.bs-role { font-weight: 600; margin-bottom: 0.35em; }
.bs-sentence {
  margin: 0 0 0.6em; padding: 0.35em 0.7em; border-inline-start: 3px solid var(--bs-line);
  background: var(--bs-soft); border-radius: 0 0.3em 0.3em 0; font-size: 0.93em;
}
.bs-sentence p { margin: 0 0 0.2em; }
.bs-sentence footer, .bs-source { font-size: 0.9em; color: var(--bs-muted); }
.bs-card cite { font-style: italic; }
.bs-section { margin-top: 0.75em; padding-top: 0.6em; border-top: 1px solid var(--bs-line); }
.bs-section > .bs-heading { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--bs-muted); margin-bottom: 0.35em; }
.bs-list { padding-inline-start: 1.2em; }
.bs-list li { margin-bottom: 0.3em; }
.bs-quotes { list-style: none; padding: 0; }
.bs-quotes q { font-style: italic; }
.bs-chips { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.35em; }
.bs-chip {
  font: inherit; font-size: 0.9em; color: var(--bs-fg); background: var(--bs-soft); border: 1px solid var(--bs-line);
  border-radius: 1em; padding: 0.1em 0.6em; display: inline-block;
}
button.bs-chip { cursor: pointer; }
button.bs-chip:hover { border-color: var(--bs-accent); }
.bs-count { color: var(--bs-muted); font-size: 0.85em; }
.bs-card a { color: var(--bs-accent); text-decoration: underline; text-underline-offset: 0.15em; }
.bs-card :focus-visible, .bs-root :focus-visible { outline: 2px solid var(--bs-focus); outline-offset: 2px; border-radius: 0.2em; }
.bs-place { margin-bottom: 0.4em; }
.bs-country { margin-bottom: 0.35em; }
.bs-flag { font-size: 1.3em; vertical-align: -0.1em; }
.bs-map { display: block; width: 100%; max-width: 22em; height: auto; border-radius: 0.4em; border: 1px solid var(--bs-line); }
.bs-map-sea { fill: var(--bs-map-sea); }
.bs-map-land { fill: var(--bs-map-land); }
.bs-map-land { stroke: var(--bs-map-sea); }
.bs-map-country { fill: var(--bs-map-country); stroke: var(--bs-fg); }
.bs-map-dot { fill: var(--bs-map-dot); stroke: var(--bs-bg); }
.bs-map-halo { fill: none; stroke: var(--bs-map-dot); opacity: 0.7; }
.bs-md p, .bs-md ul, .bs-md ol, .bs-md blockquote { margin: 0 0 0.4em; }
.bs-md ul, .bs-md ol { padding-inline-start: 1.3em; }
.bs-md blockquote { padding-inline-start: 0.6em; border-inline-start: 3px solid var(--bs-line); color: var(--bs-muted); }
.bs-md code, .bs-md pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; background: var(--bs-soft); border-radius: 0.25em; }
.bs-md code { padding: 0 0.25em; }
.bs-md pre { padding: 0.4em 0.6em; overflow-x: auto; white-space: pre-wrap; }
.bs-note { list-style: none; margin-inline-start: -1.2em; padding: 0.4em 0.6em; background: var(--bs-soft); border-radius: 0.4em; }
.bs-note-meta { display: flex; gap: 0.8em; align-items: baseline; font-size: 0.85em; margin: 0; }
.bs-note-editor { display: grid; gap: 0.35em; margin-top: 0.4em; }
.bs-note-editor label { font-weight: 600; font-size: 0.9em; }
.bs-note-editor textarea {
  font: inherit; color: var(--bs-fg); background: var(--bs-bg); border: 1px solid var(--bs-muted);
  border-radius: 0.35em; padding: 0.4em 0.5em; width: 100%; min-height: 4.5em; resize: vertical;
}
.bs-hint { font-size: 0.8em; color: var(--bs-muted); margin: 0; }
.bs-error { color: var(--bs-error); font-weight: 600; }
.bs-actions { display: flex; flex-wrap: wrap; gap: 0.5em; }
.bs-button {
  font: inherit; font-size: 0.92em; color: var(--bs-fg); background: var(--bs-soft); border: 1px solid var(--bs-line);
  border-radius: 0.4em; padding: 0.3em 0.8em; cursor: pointer; min-height: 2em;
}
.bs-button:hover { border-color: var(--bs-accent); }
.bs-button.bs-primary { background: var(--bs-accent); color: var(--bs-accent-fg); border-color: var(--bs-accent); }
.bs-button:disabled { opacity: 0.55; cursor: not-allowed; }
.bs-link-button { font: inherit; color: var(--bs-accent); background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; }
.bs-sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.bs-compact.bs-card { font-size: 13px; }
.bs-compact .bs-map { max-width: 14em; }
@media (prefers-reduced-motion: no-preference) {
  .bs-button:hover, .bs-chip:hover { transition: border-color 120ms ease; }
}
@media (forced-colors: active) {
  .bs-badge, .bs-chip, .bs-button { border: 1px solid CanvasText; }
  .bs-map-country, .bs-map-dot { fill: Highlight; }
}
`;

/**
 * Adds {@link CARD_CSS} to a document or shadow root once: a constructable stylesheet where supported,
 * else a `<style>` element.
 */
export function applyCardStyles(target: Document | ShadowRoot): void {
  const marker = 'backstory-card-css';
  const canAdopt = 'adoptedStyleSheets' in target && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype;
  if (canAdopt) {
    try {
      const sheets = target.adoptedStyleSheets;
      if (sheets.some((s) => (s as CSSStyleSheet & { [marker]?: boolean })[marker])) return;
      const sheet = new CSSStyleSheet() as CSSStyleSheet & { [marker]?: boolean };
      sheet.replaceSync(CARD_CSS);
      sheet[marker] = true;
      target.adoptedStyleSheets = [...sheets, sheet];
      return;
    } catch {
      // Firefox content scripts cannot always adopt a sheet built in their own compartment: use <style>.
    }
  }
  const parent = target instanceof Document ? target.head : target;
  if (parent.querySelector(`style[data-${marker}]`)) return;
  const style = (target instanceof Document ? target : target.ownerDocument).createElement('style');
  style.setAttribute(`data-${marker}`, '');
  style.textContent = CARD_CSS;
  parent.appendChild(style);
}
