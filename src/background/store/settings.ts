/**
 * Global settings and per-site settings (sites the reader turned off), kept in the store so they travel
 * with the reader's backup.
 */
import type { Settings, SiteSettings } from '../model';
import type { BackstoryDB } from './schema';
import { guarded, StoreError } from './errors';

/** Settings of a fresh install: officials, people and places marked; organisations not. */
export const DEFAULT_SETTINGS: Settings = {
  marks: { officials: true, people: true, places: true, organizations: false },
  intentDelayMs: 300,
  palette: 'default',
};

/** The global settings (defaults until the reader changes them). */
export async function getSettings(db: BackstoryDB): Promise<Settings> {
  const row = (await db.kv.get('settings')) as { value: Settings } | undefined;
  return row ? { ...DEFAULT_SETTINGS, ...row.value, marks: { ...DEFAULT_SETTINGS.marks, ...row.value.marks } } : structuredClone(DEFAULT_SETTINGS);
}

/** Saves the global settings; returns what was saved. */
export async function setSettings(db: BackstoryDB, settings: Settings): Promise<Settings> {
  await guarded(() => db.kv.put({ key: 'settings', value: settings }));
  return getSettings(db);
}

/** Normalises a site name: lowercase hostname without `www.`. */
export function siteKey(site: string): string {
  const s = site.trim().toLowerCase();
  let host = s;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) host = new URL(s).hostname;
  } catch {
    // not a URL: use as given
  }
  host = host.replace(/^www\./, '');
  if (!host) throw new StoreError('invalid', 'A site name cannot be empty.');
  return host;
}

/** The reader's settings for one site (enabled, global marks, unless the reader said otherwise). */
export async function getSite(db: BackstoryDB, site: string): Promise<SiteSettings> {
  const key = siteKey(site);
  return (await db.sites.get(key)) ?? { site: key, enabled: true };
}

/** Saves one site's settings; returns what was saved. */
export async function setSite(db: BackstoryDB, settings: SiteSettings): Promise<SiteSettings> {
  const row: SiteSettings = { site: siteKey(settings.site), enabled: settings.enabled };
  if (settings.marks) row.marks = { ...settings.marks };
  await guarded(() => db.sites.put(row));
  return row;
}
