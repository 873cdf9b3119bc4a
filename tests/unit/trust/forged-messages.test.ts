/**
 * Promise 3 (pages cannot steer Backstory), at the background's door: every message passes `validateMessage`
 * and the router's sender checks before any handler runs. Forged senders (another extension, a web page, a
 * content script asking for UI-only requests, a UI page posing as a content script) and malformed payloads
 * (random JSON from fast-check, prototype-pollution keys, oversize strings) must be refused without a handler
 * call, and a refusal must never throw.
 */
import fc from 'fast-check';
import { audience, MAX_TEXT, schemas, validateMessage, type Handlers, type RequestType } from '../../../src/background/protocol';
import { createRouter, type RawSender } from '../../../src/background/router';

const ID = 'our-extension-id';
const ORIGIN = `chrome-extension://${ID}/`;
const identity = { extensionId: ID, extensionOrigin: ORIGIN };

const ui: RawSender = { id: ID, url: `${ORIGIN}popup.html` };
const content: RawSender = { id: ID, url: 'https://news.example/story', tab: { id: 4 }, frameId: 0 };
const forged: Record<string, RawSender> = {
  'another extension (its own page)': { id: 'evil-extension-id', url: 'chrome-extension://evil-extension-id/page.html' },
  'another extension claiming our URL': { id: 'evil-extension-id', url: `${ORIGIN}popup.html` },
  'a web page (externally, no id)': { url: 'https://evil.example/', tab: { id: 9 }, frameId: 0 },
  'no sender at all': {},
  'our id from a look-alike origin': { id: ID, url: `chrome-extension://${ID}.evil.example/popup.html` },
};

/** A valid payload for every request type (accepted from the right sender). */
const VALID: { [T in RequestType]: Record<string, unknown> } = {
  'page/analyze': { meta: { url: 'https://news.example/story', title: 'T' }, text: 'Minister Anna Berg said.' },
  'page/read': { meta: { url: 'https://news.example/story', title: 'T' }, text: 'Minister Anna Berg said.' },
  'page/entities': { ticket: 1 },
  'page/status': { state: { status: 'not-article' } },
  'page/config': { url: 'https://news.example/story' },
  'card/get': { entityId: 1 },
  'cast/list': { articleId: 1 },
  'tab/state': { tabId: 4 },
  'tab/run': { tabId: 4 },
  search: { query: 'berg' },
  'note/add': { target: { kind: 'entity', entityId: 1 }, body: 'n' },
  'note/update': { id: 1, body: 'n' },
  'note/delete': { id: 1 },
  'note/list': { target: { kind: 'article', articleId: 1 } },
  'entity/merge': { keep: 1, merge: 2 },
  'entity/split': { entityId: 1, alias: 'A' },
  'entity/rename': { entityId: 1, name: 'A' },
  'entity/hide': { entityId: 1, hidden: true },
  'data/export': { format: 'json' },
  'data/import-check': { content: '{}' },
  'data/import': { content: '{}' },
  'data/erase': { confirm: 'erase-everything' },
  'data/report': {},
  'settings/get': {},
  'settings/set': { settings: { marks: { officials: true, people: true, places: true, organizations: false }, intentDelayMs: 300, palette: 'default' } },
  'site/get': { site: 'news.example' },
  'site/set': { settings: { site: 'news.example', enabled: false } },
  'file/ingest': { name: 'a.html', meta: { url: 'file:///a.html', title: 'T' }, text: 'x' },
};
const TYPES = Object.keys(schemas) as RequestType[];

/** Handlers that record calls; the test fails if a refused message reaches one. */
function recorder(): { handlers: Handlers; calls: string[] } {
  const calls: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_t, type: string) => async () => {
      calls.push(type);
      return null;
    },
  });
  return { handlers, calls };
}

describe('forged senders are refused before any handler runs', () => {
  test('every request type has a valid example accepted from its audience', async () => {
    expect(Object.keys(VALID).sort()).toEqual([...TYPES].sort());
    for (const type of TYPES) {
      const from = audience[type] === 'content' ? content : ui;
      const checked = validateMessage({ type, ...VALID[type] }, { id: from.id, url: from.url, tabId: from.tab?.id, frameId: from.frameId }, ID, ORIGIN);
      expect({ type, ok: checked.ok }).toEqual({ type, ok: true });
    }
  });

  test.each(Object.entries(forged))('%s: every request refused', async (_who, sender) => {
    const { handlers, calls } = recorder();
    const route = createRouter(handlers, identity);
    for (const type of TYPES) {
      const reply = await route({ type, ...VALID[type] }, sender);
      expect({ type, ok: reply.ok }).toEqual({ type, ok: false });
    }
    expect(calls).toEqual([]);
  });

  test('a content script (a page it runs on could drive it) cannot send any UI-only request', async () => {
    const { handlers, calls } = recorder();
    const route = createRouter(handlers, identity);
    const uiOnly = TYPES.filter((t) => audience[t] === 'ui');
    expect(uiOnly).toEqual(expect.arrayContaining(['data/erase', 'data/import', 'data/export', 'settings/set', 'site/set', 'note/delete', 'search', 'entity/merge']));
    for (const type of uiOnly) {
      const reply = await route({ type, ...VALID[type] }, content);
      expect({ type, reply }).toEqual({ type, reply: { ok: false, error: `"${type}" may only be sent by Backstory's own pages.` } });
    }
    expect(calls).toEqual([]);
  });

  test('a UI page cannot pose as a content script, also when the page is open in a tab', async () => {
    const { handlers, calls } = recorder();
    const route = createRouter(handlers, identity);
    const uiInTab: RawSender = { ...ui, tab: { id: 12 }, frameId: 0 };
    for (const type of TYPES.filter((t) => audience[t] === 'content')) {
      for (const sender of [ui, uiInTab]) expect((await route({ type, ...VALID[type] }, sender)).ok).toBe(false);
    }
    expect(calls).toEqual([]);
  });

  test('the data-wiping request needs its literal confirmation, even from our own pages', async () => {
    const { handlers, calls } = recorder();
    const route = createRouter(handlers, identity);
    for (const confirm of ['yes', true, 1, 'ERASE-EVERYTHING', ' erase-everything', undefined]) {
      expect((await route({ type: 'data/erase', confirm }, ui)).ok).toBe(false);
    }
    expect(calls).toEqual([]);
  });
});

describe('malformed payloads are refused, and refusing never throws', () => {
  test('random JSON values as whole messages', async () => {
    const { handlers, calls } = recorder();
    const route = createRouter(handlers, identity);
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.constantFrom(ui, content), async (msg, sender) => {
        const reply = await route(msg, sender);
        // A random value is only accepted when it happens to be a well-formed request: then a handler ran.
        if (reply.ok) expect(calls.length).toBeGreaterThan(0);
        else expect(typeof reply.error).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  test('each request type with its fields replaced by random values, or extra fields added', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TYPES),
        fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue(), { maxKeys: 4 }),
        fc.boolean(),
        async (type, junk, replace) => {
          const { handlers, calls } = recorder();
          const route = createRouter(handlers, identity);
          const sender = audience[type] === 'content' ? content : ui;
          const extra = Object.keys(junk).filter((k) => !(k in VALID[type]) && k !== 'type');
          fc.pre(extra.length > 0 || replace);
          const msg = replace
            ? { type, ...Object.fromEntries(Object.keys(VALID[type]).map((k) => [k, junk[Object.keys(junk)[0]] ?? null])) }
            : { type, ...VALID[type], ...Object.fromEntries(extra.map((k) => [k, junk[k]])) };
          const reply = await route(msg, sender);
          if (!replace) {
            expect(reply.ok).toBe(false);
            expect(calls).toEqual([]);
          } else if (!reply.ok) expect(calls).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  test.each([
    ['__proto__ in the payload', JSON.parse('{"type":"search","query":"x","__proto__":{"admin":true}}')],
    ['constructor in a nested object', { type: 'settings/set', settings: { ...(VALID['settings/set'].settings as object), constructor: { prototype: {} } } }],
    ['a non-integer id', { type: 'card/get', entityId: 1.5 }],
    ['a negative id', { type: 'note/delete', id: -3 }],
    ['NaN', { type: 'card/get', entityId: Number.NaN }],
    ['an id as a string', { type: 'card/get', entityId: '1' }],
    ['an array as payload object', { type: 'note/add', target: [], body: 'x' }],
    ['an unknown note target', { type: 'note/add', target: { kind: 'page', url: 'https://x' }, body: 'x' }],
    ['an oversize page text', { type: 'page/analyze', meta: { url: 'https://x/', title: 't' }, text: 'a'.repeat(MAX_TEXT + 1) }],
    ['an oversize note', { type: 'note/add', target: { kind: 'entity', entityId: 1 }, body: 'n'.repeat(100_001) }],
    ['an unknown palette', { type: 'settings/set', settings: { ...(VALID['settings/set'].settings as object), palette: 'url(javascript:x)' } }],
    ['a type inherited from Object.prototype', { type: 'toString' }],
    ['a type "__proto__"', { type: '__proto__' }],
    ['a type "constructor"', { type: 'constructor' }],
  ])('%s', async (_name, msg) => {
    const { handlers, calls } = recorder();
    const route = createRouter(handlers, identity);
    const sender = typeof msg.type === 'string' && (audience as Record<string, string>)[msg.type] === 'content' ? content : ui;
    const reply = await route(msg, sender);
    expect(reply.ok).toBe(false);
    expect(calls).toEqual([]);
    expect(({} as { admin?: boolean }).admin).toBeUndefined();
  });
});
