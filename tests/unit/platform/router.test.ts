import { createRouter, errorMessage, senderInfo } from '../../../src/background/router';
import type { Handlers } from '../../../src/background/protocol';

const identity = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const uiSender = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const contentSender = { id: 'ext-id', url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 };

/** A handler map where every handler records its call and answers with its type. */
function recordingHandlers(calls: Array<{ type: string; req: unknown; tabId?: number }>): Handlers {
  return new Proxy({} as Handlers, {
    get: (_t, type: string) => async (req: unknown, sender: { tabId?: number }) => {
      calls.push({ type, req, tabId: sender.tabId });
      if (type === 'card/get') throw new Error('No such entity.');
      return type;
    },
  });
}

describe('createRouter', () => {
  it('dispatches a valid UI request and wraps the value', async () => {
    const calls: Array<{ type: string; req: unknown }> = [];
    const route = createRouter(recordingHandlers(calls), identity);
    await expect(route({ type: 'search', query: 'hwang' }, uiSender)).resolves.toEqual({ ok: true, value: 'search' });
    expect(calls).toEqual([{ type: 'search', req: { query: 'hwang' }, tabId: undefined }]);
  });

  it('passes the content script tab id to the handler', async () => {
    const calls: Array<{ type: string; req: unknown; tabId?: number }> = [];
    const route = createRouter(recordingHandlers(calls), identity);
    const reply = await route({ type: 'page/config', url: 'https://news.example/a' }, contentSender);
    expect(reply).toEqual({ ok: true, value: 'page/config' });
    expect(calls[0].tabId).toBe(7);
  });

  it.each([
    ['not an object', 'hello', uiSender, /Not a Backstory message/],
    ['unknown type', { type: 'nope' }, uiSender, /Unknown request/],
    ['another extension', { type: 'search', query: 'x' }, { ...uiSender, id: 'evil' }, /other extensions/],
    ['a page asking a UI-only request', { type: 'data/erase', confirm: 'erase-everything' }, contentSender, /own pages/],
    ['a UI page pretending to be content', { type: 'page/analyze', meta: { url: 'x', title: 't' }, text: 'x' }, uiSender, /content script/],
    ['a bad payload', { type: 'search', query: 42 }, uiSender, /must be a string/],
    ['an unexpected field', { type: 'search', query: 'x', sql: 'drop' }, uiSender, /not expected/],
  ])('refuses %s without calling a handler', async (_name, msg, sender, why) => {
    const calls: Array<{ type: string; req: unknown }> = [];
    const route = createRouter(recordingHandlers(calls), identity);
    const reply = await route(msg, sender);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(why);
    expect(calls).toHaveLength(0);
  });

  it('turns a handler error into an error reply and reports it', async () => {
    const seen: string[] = [];
    const route = createRouter(recordingHandlers([]), identity, async () => {}, (type) => seen.push(type));
    await expect(route({ type: 'card/get', entityId: 3 }, uiSender)).resolves.toEqual({ ok: false, error: 'No such entity.' });
    expect(seen).toEqual(['card/get']);
  });

  it('waits for readiness before handling, and reports a failed start as an error reply', async () => {
    const calls: Array<{ type: string; req: unknown }> = [];
    const route = createRouter(recordingHandlers(calls), identity, () => Promise.reject(new Error('Store could not open.')));
    await expect(route({ type: 'settings/get' }, uiSender)).resolves.toEqual({ ok: false, error: 'Store could not open.' });
    expect(calls).toHaveLength(0);
  });
});

describe('helpers', () => {
  it('reduces a browser sender', () => {
    expect(senderInfo(contentSender)).toEqual({ id: 'ext-id', url: 'https://news.example/a', tabId: 7, frameId: 0 });
  });
  it('gives a message for anything thrown', () => {
    expect(errorMessage(new Error('x'))).toBe('x');
    expect(errorMessage('y')).toBe('y');
    expect(errorMessage(undefined)).toMatch(/unexpected/);
  });
});
