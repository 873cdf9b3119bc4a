/** Headless Chromium with one unpacked extension, for the store benchmarks (`bench:store`, `bench:store-ab`). */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A running browser with the extension loaded. */
export interface BenchBrowser {
  ctx: BrowserContext;
  /** The extension's id (the host of its `chrome-extension://` URLs). */
  id: string;
  /** The temporary profile directory. */
  profile: string;
  /** Closes the browser and removes the profile (kept when `KEEP_PROFILE` is set, and said so). */
  close(): Promise<void>;
}

/**
 * Launches headless Chromium (`$CHROMIUM` or /usr/bin/chromium) with the unpacked extension in `ext`, in a fresh
 * temporary profile named after `prefix`, and waits for the extension's service worker.
 */
export async function launchWithExtension(ext: string, prefix: string): Promise<BenchBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--disable-gpu', '--disable-quic'],
  });
  const close = async (): Promise<void> => {
    await ctx.close();
    if (process.env.KEEP_PROFILE) console.error(`[bench] profile kept at ${profile}`);
    else rmSync(profile, { recursive: true, force: true });
  };
  try {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    return { ctx, id: new URL(sw.url()).host, profile, close };
  } catch (e) {
    await close();
    throw e;
  }
}
