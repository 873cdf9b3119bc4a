/**
 * The whole message protocol between content scripts, UI pages and the background, declared once.
 *
 * Every request is `{ type, ...payload }`; every reply is `{ ok: true, value } | { ok: false, error }`.
 * The background validates each incoming message against {@link schemas} and checks its sender
 * ({@link audience}) before any handler runs. Handler and caller types derive from {@link Api}, so a
 * missing handler or a wrong payload fails the compiler.
 */
import type { Analysis } from '../core/types';
import type {
  ArticleMeta,
  Card,
  CastEntry,
  ImportReport,
  IngestResult,
  Note,
  SearchHit,
  Settings,
  SiteSettings,
  StorageReport,
} from './model';

/** What the background knows about a tab's page, for the popup and side panel. */
export interface TabState {
  /**
   * `ready`: analysed, cast available. `working`: analysis under way. `disabled`: Backstory is not on for
   * this site. `unsupported`: a page Backstory cannot read (browser pages, PDFs, file://).
   * `not-article`: no article text found. `not-english`: the article is not in English. `error`.
   */
  status: 'ready' | 'working' | 'disabled' | 'unsupported' | 'not-article' | 'not-english' | 'error';
  /** Human-readable explanation shown by the popup. */
  reason?: string;
  url?: string;
  site?: string;
  articleId?: number;
  title?: string;
}

/** Target of a note. */
export type NoteTarget = { kind: 'entity'; entityId: number } | { kind: 'article'; articleId: number };

/** Marks shown per kind. */
export interface MarkKinds {
  officials: boolean;
  people: boolean;
  places: boolean;
  organizations: boolean;
}

/** Every request: payload in, value out. */
export interface Api {
  /**
   * Content script → background: here is the page's article text; analyse it with the engine (which lives
   * in the background, loaded once), store it, and return the analysis (offsets into `text`) and the cast.
   */
  'page/analyze': {
    req: { meta: ArticleMeta; text: string };
    res: IngestResult & { analysis: Analysis; cast: CastEntry[] };
  };
  /**
   * Content script → background: analyse the page's article text and reply as soon as the engine is done, so
   * the page can paint its marks; storing it goes on in the background. `ticket` then fetches the store ids
   * (`page/entities`).
   */
  'page/read': {
    req: { meta: ArticleMeta; text: string };
    res: { analysis: Analysis; ticket: number };
  };
  /** Content script → background: the store ids of a `page/read`, once its article is stored. */
  'page/entities': { req: { ticket: number }; res: IngestResult };
  /** Content script → background: the page could not be analysed, and why (shown in the popup). */
  'page/status': { req: { state: TabState }; res: null };
  /** Content script → background: may Backstory mark this page, and which kinds? */
  'page/config': { req: { url: string }; res: { enabled: boolean; marks: MarkKinds; intentDelayMs: number; palette: Settings['palette'] } };
  /** Any context → background: the card of one entity. */
  'card/get': { req: { entityId: number }; res: Card };
  /** UI → background: the cast of an article, in reading order. */
  'cast/list': { req: { articleId: number }; res: CastEntry[] };
  /** UI → background: the state and cast of a tab (the popup's and side panel's view). */
  'tab/state': { req: { tabId: number }; res: TabState & { cast: CastEntry[] } };
  /** UI → background: run Backstory once on a tab (toolbar button, `activeTab`). */
  'tab/run': { req: { tabId: number }; res: TabState };
  /** UI → background: search everything read so far. */
  search: { req: { query: string; limit?: number }; res: SearchHit[] };
  'note/add': { req: { target: NoteTarget; body: string }; res: Note };
  'note/update': { req: { id: number; body: string }; res: Note };
  'note/delete': { req: { id: number }; res: null };
  'note/list': { req: { target: NoteTarget }; res: Note[] };
  'entity/merge': { req: { keep: number; merge: number }; res: Card };
  'entity/split': { req: { entityId: number; alias: string }; res: { kept: Card; split: Card } };
  'entity/rename': { req: { entityId: number; name: string }; res: Card };
  'entity/hide': { req: { entityId: number; hidden: boolean }; res: null };
  'data/export': { req: { format: 'json' | 'markdown' }; res: { filename: string; mime: string; content: string } };
  'data/import-check': { req: { content: string }; res: ImportReport };
  'data/import': { req: { content: string }; res: ImportReport };
  'data/erase': { req: { confirm: 'erase-everything' }; res: null };
  'data/report': { req: Record<string, never>; res: StorageReport };
  'settings/get': { req: Record<string, never>; res: Settings };
  'settings/set': { req: { settings: Settings }; res: Settings };
  'site/get': { req: { site: string }; res: SiteSettings };
  'site/set': { req: { settings: SiteSettings }; res: SiteSettings };
  /** Import page → background: ingest a saved article file the reader chose. */
  'file/ingest': {
    req: { name: string; meta: ArticleMeta; text: string };
    res: IngestResult & { people: number; places: number; organizations: number; skipped?: string };
  };
}

export type RequestType = keyof Api;
export type Request<T extends RequestType = RequestType> = { type: T } & Api[T]['req'];
export type Reply<T extends RequestType = RequestType> = { ok: true; value: Api[T]['res'] } | { ok: false; error: string };
/** Handler map the background implements: one per request type, or the compiler complains. */
export type Handlers = { [T in RequestType]: (req: Api[T]['req'], sender: SenderInfo) => Promise<Api[T]['res']> };

/** What the background knows about who sent a message. */
export interface SenderInfo {
  /** The sending extension's id (must be ours). */
  id?: string;
  /** URL of the sending frame or page. */
  url?: string;
  /** Set when the sender is a content script in a tab. */
  tabId?: number;
  frameId?: number;
}

/**
 * Who may send each request: `content` (our content script in a tab), `ui` (our extension pages:
 * popup, side panel, options), or `any` of the two.
 */
export const audience: { [T in RequestType]: 'content' | 'ui' | 'any' } = {
  'page/analyze': 'content',
  'page/read': 'content',
  'page/entities': 'content',
  'page/status': 'content',
  'page/config': 'content',
  'card/get': 'any',
  'cast/list': 'ui',
  'tab/state': 'ui',
  'tab/run': 'ui',
  search: 'ui',
  'note/add': 'any',
  'note/update': 'any',
  'note/delete': 'ui',
  'note/list': 'any',
  'entity/merge': 'ui',
  'entity/split': 'ui',
  'entity/rename': 'ui',
  'entity/hide': 'ui',
  'data/export': 'ui',
  'data/import-check': 'ui',
  'data/import': 'ui',
  'data/erase': 'ui',
  'data/report': 'ui',
  'settings/get': 'ui',
  'settings/set': 'ui',
  'site/get': 'ui',
  'site/set': 'ui',
  'file/ingest': 'ui',
};

// ---------------------------------------------------------------------------------------------
// Validation: a small hand-written schema language, enough for our payloads.

/** A validator returns an error message, or null when the value fits. */
export type Check = (v: unknown, path: string) => string | null;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Schema builders. */
export const v = {
  str: (max = 1_000_000): Check => (x, p) =>
    typeof x !== 'string' ? `${p} must be a string` : x.length > max ? `${p} is longer than ${max} characters` : null,
  int: (min = 0): Check => (x, p) =>
    typeof x === 'number' && Number.isInteger(x) && x >= min ? null : `${p} must be an integer ≥ ${min}`,
  num: (): Check => (x, p) => (typeof x === 'number' && Number.isFinite(x) ? null : `${p} must be a number`),
  bool: (): Check => (x, p) => (typeof x === 'boolean' ? null : `${p} must be true or false`),
  lit: (...values: unknown[]): Check => (x, p) => (values.includes(x) ? null : `${p} must be one of ${values.join(', ')}`),
  opt: (c: Check): Check => (x, p) => (x === undefined ? null : c(x, p)),
  arr: (c: Check, max = 100_000): Check => (x, p) => {
    if (!Array.isArray(x)) return `${p} must be a list`;
    if (x.length > max) return `${p} has more than ${max} items`;
    for (let i = 0; i < x.length; i++) {
      const e = c(x[i], `${p}[${i}]`);
      if (e) return e;
    }
    return null;
  },
  obj: (shape: Record<string, Check>, loose = false): Check => (x, p) => {
    if (!isObj(x)) return `${p} must be an object`;
    for (const k of Object.keys(shape)) {
      const e = shape[k](x[k], `${p}.${k}`);
      if (e) return e;
    }
    if (!loose) for (const k of Object.keys(x)) if (!Object.prototype.hasOwnProperty.call(shape, k)) return `${p}.${k} is not expected`;
    return null;
  },
  /** Any of the alternatives. */
  or: (...cs: Check[]): Check => (x, p) => {
    let first: string | null = null;
    for (const c of cs) {
      const e = c(x, p);
      if (!e) return null;
      first ??= e;
    }
    return first;
  },
};

const meta = v.obj({
  url: v.str(4096), canonicalUrl: v.opt(v.str(4096)), title: v.str(2000), site: v.opt(v.str(500)),
  byline: v.opt(v.str(500)), published: v.opt(v.str(100)), lang: v.opt(v.str(40)),
});
const noteTarget = v.or(
  v.obj({ kind: v.lit('entity'), entityId: v.int(1) }),
  v.obj({ kind: v.lit('article'), articleId: v.int(1) }),
);
const marks = v.obj({ officials: v.bool(), people: v.bool(), places: v.bool(), organizations: v.bool() });
const settings = v.obj({ marks, intentDelayMs: v.int(0), palette: v.lit('default', 'high-contrast', 'subtle') });
const tabState = v.obj({
  status: v.lit('ready', 'working', 'disabled', 'unsupported', 'not-article', 'not-english', 'error'),
  reason: v.opt(v.str(2000)), url: v.opt(v.str(4096)), site: v.opt(v.str(500)),
  articleId: v.opt(v.int(1)), title: v.opt(v.str(2000)),
});
const empty = v.obj({});
/** The largest text a page may send: 10 MB pages are capped by the content script before this. */
export const MAX_TEXT = 5_000_000;
/** The largest import file accepted, in characters. */
export const MAX_IMPORT = 200_000_000;
const NOTE_MAX = 100_000;

/** The schema of every request payload (without `type`). */
export const schemas: { [T in RequestType]: Check } = {
  'page/analyze': v.obj({ meta, text: v.str(MAX_TEXT) }),
  'page/read': v.obj({ meta, text: v.str(MAX_TEXT) }),
  'page/entities': v.obj({ ticket: v.int(1) }),
  'page/status': v.obj({ state: tabState }),
  'page/config': v.obj({ url: v.str(4096) }),
  'card/get': v.obj({ entityId: v.int(1) }),
  'cast/list': v.obj({ articleId: v.int(1) }),
  'tab/state': v.obj({ tabId: v.int(0) }),
  'tab/run': v.obj({ tabId: v.int(0) }),
  search: v.obj({ query: v.str(500), limit: v.opt(v.int(1)) }),
  'note/add': v.obj({ target: noteTarget, body: v.str(NOTE_MAX) }),
  'note/update': v.obj({ id: v.int(1), body: v.str(NOTE_MAX) }),
  'note/delete': v.obj({ id: v.int(1) }),
  'note/list': v.obj({ target: noteTarget }),
  'entity/merge': v.obj({ keep: v.int(1), merge: v.int(1) }),
  'entity/split': v.obj({ entityId: v.int(1), alias: v.str(500) }),
  'entity/rename': v.obj({ entityId: v.int(1), name: v.str(500) }),
  'entity/hide': v.obj({ entityId: v.int(1), hidden: v.bool() }),
  'data/export': v.obj({ format: v.lit('json', 'markdown') }),
  'data/import-check': v.obj({ content: v.str(MAX_IMPORT) }),
  'data/import': v.obj({ content: v.str(MAX_IMPORT) }),
  'data/erase': v.obj({ confirm: v.lit('erase-everything') }),
  'data/report': empty,
  'settings/get': empty,
  'settings/set': v.obj({ settings }),
  'site/get': v.obj({ site: v.str(500) }),
  'site/set': v.obj({ settings: v.obj({ site: v.str(500), enabled: v.bool(), marks: v.opt(marks) }) }),
  'file/ingest': v.obj({ name: v.str(1000), meta, text: v.str(MAX_TEXT) }),
};

/**
 * Checks an incoming message: known type, payload shape, and that the sender may send it.
 * `extensionId` and `extensionOrigin` are ours (`chrome-extension://<id>/` or `moz-extension://<uuid>/`).
 */
export function validateMessage(
  msg: unknown,
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): { ok: true; type: RequestType; payload: Record<string, unknown> } | { ok: false; error: string } {
  if (!isObj(msg) || typeof msg.type !== 'string') return { ok: false, error: 'Not a Backstory message.' };
  const type = msg.type as RequestType;
  if (!Object.prototype.hasOwnProperty.call(schemas, type)) return { ok: false, error: `Unknown request "${msg.type}".` };
  if (sender.id !== extensionId) return { ok: false, error: 'Messages from other extensions are refused.' };
  const fromUi = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin) && sender.tabId === undefined;
  const fromUiTab = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  const fromContent = sender.tabId !== undefined && !fromUiTab;
  const who = audience[type];
  if (who === 'ui' && !(fromUi || fromUiTab)) return { ok: false, error: `"${type}" may only be sent by Backstory's own pages.` };
  if (who === 'content' && !fromContent) return { ok: false, error: `"${type}" may only be sent by the content script.` };
  if (who === 'any' && !(fromUi || fromUiTab || fromContent)) return { ok: false, error: `"${type}" has an unknown sender.` };
  const { type: _t, ...payload } = msg;
  const err = schemas[type](payload, type);
  if (err) return { ok: false, error: `Invalid "${type}" request: ${err}.` };
  return { ok: true, type, payload };
}
