/**
 * The one module that imports webextension-polyfill (end-of-life upstream, so it stays behind this seam).
 * Everything else imports `browser` from here.
 */
import browserApi from 'webextension-polyfill';

export const browser = browserApi;
export type { Runtime, Tabs } from 'webextension-polyfill';
