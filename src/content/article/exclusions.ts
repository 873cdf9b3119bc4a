/**
 * What is never part of the article: navigation, comments, ads, scripts, code, form fields, editable
 * areas, hidden elements and Backstory's own UI.
 */

/** Elements whose whole subtree is never read. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK',
  'NAV', 'ASIDE', 'FOOTER', 'MENU', 'DIALOG',
  'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'OPTGROUP', 'BUTTON', 'LABEL', 'DATALIST', 'OUTPUT',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR',
  'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'MAP', 'IMG', 'PICTURE',
  'SVG', 'MATH',
]);

/** ARIA landmarks and widgets that are not article prose. */
const SKIPPED_ROLES = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'toolbar',
  'dialog', 'alertdialog', 'tablist', 'tree', 'listbox', 'form', 'textbox', 'combobox', 'button',
]);

/**
 * Class or id words of boilerplate blocks (comments, sharing, related links, ads, newsletters, cookie
 * banners). Matched as whole words of the class/id, so "comments" matches `#comments` and
 * `.article-comments` but "contentinfo" does not match "content".
 */
const BOILERPLATE = /(?:^|[\s_-])(?:comments?|commentlist|disqus|respond|replies|reply|sidebar|side-?bar|nav|navbar|navigation|menu|breadcrumbs?|footer|masthead|share|sharing|social|related|recommended|recirc|outbrain|taboola|promo|sponsored?|advert(?:isement)?|ads?|ad-slot|banner|newsletter|subscribe|subscription|signup|paywall|cookie|consent|popup|modal|skip-link|byline-share|tags|tag-list|most-popular|trending|read-more|more-stories)(?:$|[\s_-])/i;

/** Class or id words that mark the article body, which win over {@link BOILERPLATE}. */
const ARTICLE_WORDS = /(?:^|[\s_-])(?:article|articlebody|article-body|story|story-body|post-body|entry-content|post-content|main-content|body-text|text-body|article-content)(?:$|[\s_-])/i;

/** Class names pages use to hide content (screen-reader-only text is kept: it is real prose). */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|is-hidden|u-hidden|hide|d-none|display-none|invisible|js-hidden|mobile-only|print-only|noprint-hidden)(?:$|\s)/i;

/** True when an element's class or id says it is boilerplate and nothing says it is the article. */
export function looksLikeBoilerplate(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return false;
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  if (!cls && !id) return false;
  const words = `${cls} ${id}`;
  return BOILERPLATE.test(words) && !ARTICLE_WORDS.test(words);
}

/** Options for {@link isSkipped}. */
export interface SkipOptions {
  /** Backstory's own elements (the card host), never read. */
  own?: ReadonlySet<Element>;
  /** Also skip elements whose class or id looks like boilerplate. Default true. */
  boilerplate?: boolean;
}

/**
 * True when the element and everything inside it must not be read: skipped tags and roles, hidden or
 * `aria-hidden` elements, editable areas, boilerplate classes, Backstory's own UI.
 */
export function isSkipped(el: Element, opts: SkipOptions = {}): boolean {
  if (opts.own?.has(el)) return true;
  if (skippedByName(el.tagName)) return true;
  // Every check below reads an attribute: most elements of a page have none (this runs for each element of
  // the page in the DOMContentLoaded task; it was the content script's largest self time in a CPU profile).
  if (!el.hasAttributes()) return false;
  // One native selector test tells whether any of the rarer attributes is there at all; most elements carry
  // only a class or an id, and then the six attribute reads below would each find nothing.
  if (el.matches(RARE_ATTRIBUTES)) {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable.toLowerCase() !== 'false') return true;
    const role = el.getAttribute('role');
    if (role && SKIPPED_ROLES.has(role.trim().toLowerCase())) return true;
    const style = el.getAttribute('style');
    if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  }
  const cls = el.getAttribute('class');
  if (cls && HIDDEN_CLASS.test(cls)) return true;
  if (opts.boilerplate !== false && looksLikeBoilerplate(el)) return true;
  return false;
}

/** The attributes {@link isSkipped} reads besides class and id. */
const RARE_ATTRIBUTES = '[hidden], [aria-hidden], [contenteditable], [role], [style]';

/** Verdicts of {@link skippedByName} per tag name (a page has a few dozen distinct names). */
const NAME_VERDICTS = new Map<string, boolean>();

/**
 * True for tag names whose whole subtree is never read, and for Backstory's own elements. HTML elements report
 * upper-case names already; others (svg, math, XHTML) are compared upper-cased.
 */
function skippedByName(name: string): boolean {
  let verdict = NAME_VERDICTS.get(name);
  if (verdict === undefined) {
    const tag = name.toUpperCase();
    verdict = SKIPPED_TAGS.has(name) || SKIPPED_TAGS.has(tag) || (tag.includes('-') && tag.startsWith('BACKSTORY-'));
    NAME_VERDICTS.set(name, verdict);
  }
  return verdict;
}
