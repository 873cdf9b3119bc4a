/**
 * Background entry (Chrome service worker, Firefox event page).
 *
 * Every listener is registered synchronously here, at the top level, so an event that wakes the background is
 * never missed; the listeners then await {@link ready} (store opened, engine data loaded, content scripts in
 * place) before they act.
 */
import { browser, type Runtime } from '../platform/browser';
import { browserPort, extensionIdentity } from '../platform/background-port';
import { createHandlers } from './handlers';
import { createRouter } from './router';
import { isGranted, isWebPattern, unsupportedReason } from './site-access';
import { TabStateBook, type TabRecord } from './tab-states';
import { openServices } from './wiring';

const SESSION_KEY = 'backstory.tabs';

const tabs = new TabStateBook({
  load: () => browserPort.sessionGet<Record<string, TabRecord>>(SESSION_KEY),
  save: (records) => browserPort.sessionSet(SESSION_KEY, records),
});

let registering: Promise<unknown> = Promise.resolve();

/**
 * Registers the content script for every site the reader granted (and nothing else); returns those sites.
 * Calls run one after another: two overlapping registrations would collide on the script id.
 */
function syncContentScripts(): Promise<string[]> {
  const run = registering.then(async () => {
    const origins = (await browserPort.grantedOrigins()).filter(isWebPattern);
    await browserPort.registerContentScripts(origins);
    return origins;
  });
  registering = run.catch(() => undefined);
  return run;
}

/**
 * Registers the content script and runs it in the granted sites' pages that are already open: a registration
 * only affects pages loaded after it (install, or a site just turned on while its page is open).
 */
async function syncAndInject(): Promise<void> {
  const origins = await syncContentScripts();
  await browserPort.injectIntoTabs((url) => unsupportedReason(url) === null && isGranted(url, origins));
}

const services = openServices();
const ready: Promise<void> = Promise.all([services.ready, tabs.load()]).then(() => undefined);
ready.catch((e) => console.error('Backstory: background start failed', e));
// A failed registration must not stop the store from answering: it is logged, and retried on the next grant.
syncContentScripts().catch((e) => console.error('Backstory: registering content scripts failed', e));

const route = createRouter(
  createHandlers({ engine: services.engine, store: services.store, port: browserPort, tabs }),
  extensionIdentity(),
  () => ready,
  (type, e) => console.warn(`Backstory: "${type}" failed:`, e),
);

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => route(msg, sender));

browser.runtime.onInstalled.addListener(() => {
  syncAndInject().catch((e) => console.error('Backstory: starting on open pages failed', e));
});
browser.permissions.onAdded.addListener(() => {
  syncAndInject().catch((e) => console.error('Backstory: registering content scripts failed', e));
});
browser.permissions.onRemoved.addListener(() => {
  // Pages of a site no longer granted re-read page/config, which now says off, and clear their marks.
  syncContentScripts()
    .then(() => browserPort.notifyTabs({ type: 'content/refresh' }, () => true))
    .catch((e) => console.error('Backstory: unregistering content scripts failed', e));
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document in the tab: what Backstory knew about the old one no longer applies.
  if (change.status === 'loading' && change.url) tabs.forget(tabId).catch(() => undefined);
});
browser.tabs.onRemoved.addListener((tabId) => {
  tabs.forget(tabId).catch(() => undefined);
});
