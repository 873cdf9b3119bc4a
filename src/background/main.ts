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
import { isWebPattern } from './site-access';
import { TabStateBook, type TabRecord } from './tab-states';
import { openServices } from './wiring';

const SESSION_KEY = 'backstory.tabs';

const tabs = new TabStateBook({
  load: () => browserPort.sessionGet<Record<string, TabRecord>>(SESSION_KEY),
  save: (records) => browserPort.sessionSet(SESSION_KEY, records),
});

/** Registers the content script for every site the reader granted (and nothing else). */
async function syncContentScripts(): Promise<void> {
  const origins = (await browserPort.grantedOrigins()).filter(isWebPattern);
  await browserPort.registerContentScripts(origins);
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

/** Site access changed: register the content script anew and let open pages re-read whether they are on. */
function onAccessChanged(): void {
  syncContentScripts()
    .then(() => browserPort.notifyTabs({ type: 'content/refresh' }, () => true))
    .catch((e) => console.error('Backstory: updating content scripts failed', e));
}
browser.permissions.onAdded.addListener(onAccessChanged);
browser.permissions.onRemoved.addListener(onAccessChanged);

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document in the tab: what Backstory knew about the old one no longer applies.
  if (change.status === 'loading' && change.url) tabs.forget(tabId).catch(() => undefined);
});
browser.tabs.onRemoved.addListener((tabId) => {
  tabs.forget(tabId).catch(() => undefined);
});
