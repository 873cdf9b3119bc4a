/**
 * The UI's one way to get a string: `t('castOfficials')`, `t('seenInMany', [String(n), date])`.
 * Strings live in `assets/_locales/<lang>/messages.json`; the browser picks the reader's language.
 */
import { browser } from '../platform/browser';

/**
 * The localised message `key`, with `$1`…`$9` placeholders filled from `subs`.
 * Falls back to the key itself so a missing string is visible instead of blank.
 */
export function t(key: string, subs?: string | string[]): string {
  const message = browser.i18n.getMessage(key, subs);
  return message || key;
}

/** Picks the singular or plural message for `n` (keys `<base>One` and `<base>Many`), `n` as `$1`. */
export function tCount(base: string, n: number, more: string[] = []): string {
  return t(n === 1 ? `${base}One` : `${base}Many`, [formatNumber(n), ...more]);
}

/** A number in the reader's locale ("12,345"). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(n);
}

/** A date (ISO 8601) in the reader's locale ("3 Mar 2024"), or the input unchanged when it is not a date. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // A bare date ("2024-03-01") is a calendar day, parsed as UTC midnight: show it in UTC so readers west of
  // Greenwich do not see the day before.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());
  return new Intl.DateTimeFormat(uiLanguage(), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(d);
}

/** The browser's UI language, for number and date formats. */
function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage() || undefined;
  } catch {
    return undefined;
  }
}
