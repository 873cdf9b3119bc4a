/**
 * Turns a saved article file (.html/.htm/.txt) into what `file/ingest` takes: article text with paragraph
 * breaks and its metadata. HTML is parsed inertly with DOMParser (no script runs, nothing loads) and read
 * with @mozilla/readability, falling back to the body's text blocks.
 */
import { Readability } from '@mozilla/readability';
import type { ArticleMeta } from '../../background/model';
import { MAX_TEXT } from '../../background/protocol';

/** Largest file read at all, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** An extracted article, or why the file was skipped. */
export type Extracted = { ok: true; meta: ArticleMeta; text: string } | { ok: false; reason: SkipCode };

/** Why a file was skipped before reaching the engine. */
export type SkipCode = 'unsupported-type' | 'too-large' | 'empty' | 'unreadable';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt';

/** Text of an element with one blank line between block elements. */
export function blockText(root: Element): string {
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  const parts = (blocks.length ? blocks : [root]).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
  return parts.filter(Boolean).join('\n\n');
}

/** A short stable hash of text (FNV-1a, hex), to give imported files a distinct identity. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function metaContent(doc: Document, selectors: string[]): string | undefined {
  for (const s of selectors) {
    const v = doc.querySelector(s)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

/** `datePublished` from the page's JSON-LD, when any. */
function jsonLdDate(doc: Document): string | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const stack: unknown[] = [JSON.parse(script.textContent ?? '')];
      while (stack.length) {
        const node = stack.pop();
        if (Array.isArray(node)) stack.push(...node);
        else if (node && typeof node === 'object') {
          const rec = node as Record<string, unknown>;
          if (typeof rec.datePublished === 'string') return rec.datePublished;
          if (rec['@graph']) stack.push(rec['@graph']);
        }
      }
    } catch {
      // malformed JSON-LD: ignore
    }
  }
  return undefined;
}

/** A http(s) URL or undefined. */
function httpUrl(v: string | undefined | null): string | undefined {
  if (!v) return undefined;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const clip = (s: string | undefined | null, max: number) => (s ? s.trim().slice(0, max) || undefined : undefined);

/** Extracts the article from an HTML document's source. */
export function extractFromHtml(name: string, html: string): Extracted {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const canonical = httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? httpUrl(metaContent(doc, ['meta[property="og:url"]']));
  const published = metaContent(doc, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]']) ?? jsonLdDate(doc);
  const site = metaContent(doc, ['meta[property="og:site_name"]']);
  const lang = doc.documentElement.getAttribute('lang') ?? undefined;
  let title = doc.title;
  let byline: string | undefined;
  let text = '';
  try {
    const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
    if (article?.content) {
      const body = new DOMParser().parseFromString(article.content, 'text/html').body;
      text = blockText(body);
      title = article.title || title;
      byline = article.byline ?? undefined;
    }
  } catch {
    // fall back below
  }
  if (!text.trim() && doc.body) {
    for (const el of Array.from(doc.body.querySelectorAll('script, style, noscript, nav, header, footer, aside, form, template'))) el.remove();
    text = blockText(doc.body);
  }
  return finish(name, text, { title, canonical, published, site, byline, lang });
}

/** Extracts the article from plain text: the first line is the title when it looks like one. */
export function extractFromText(name: string, raw: string): Extracted {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  const first = text.split('\n', 1)[0]?.trim() ?? '';
  const title = first.length > 0 && first.length <= 200 && !/[.!?]["”’]?$/.test(first) ? first : name.replace(/\.[^.]+$/, '');
  return finish(name, text, { title });
}

function finish(
  name: string,
  text: string,
  m: { title: string; canonical?: string; published?: string; site?: string; byline?: string; lang?: string },
): Extracted {
  if (!text.trim()) return { ok: false, reason: 'empty' };
  if (text.length > MAX_TEXT) return { ok: false, reason: 'too-large' };
  const meta: ArticleMeta = {
    url: m.canonical ?? `backstory-import:${encodeURIComponent(name).slice(0, 300)}#${textHash(text)}`,
    title: clip(m.title, 2000) ?? name.slice(0, 2000),
  };
  if (m.canonical) meta.canonicalUrl = m.canonical;
  const published = clip(m.published, 100);
  if (published) meta.published = published;
  const site = clip(m.site, 500);
  if (site) meta.site = site;
  const byline = clip(m.byline, 500);
  if (byline) meta.byline = byline;
  const lang = clip(m.lang, 40);
  if (lang) meta.lang = lang;
  return { ok: true, meta, text };
}

/** A file's text as UTF-8 (`Blob.text()` where present, else FileReader). */
export function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

/** Reads one chosen file and extracts its article. */
export async function extractFile(file: File): Promise<Extracted> {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (ext !== 'html' && ext !== 'htm' && ext !== 'txt') return { ok: false, reason: 'unsupported-type' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  let raw: string;
  try {
    raw = await readText(file);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return ext === 'txt' ? extractFromText(file.name, raw) : extractFromHtml(file.name, raw);
}
