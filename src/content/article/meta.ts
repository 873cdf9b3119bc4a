/**
 * The article's metadata: title, site, byline, publication date and canonical URL, from JSON-LD first
 * and then meta tags, with the page's own `<title>`, `<html lang>` and URL as the last resort.
 */
import type { ArticleMeta } from '../../background/model';

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|WebPage)$/;

interface LdFields {
  title?: string;
  byline?: string;
  published?: string;
  site?: string;
  url?: string;
}

/** Reads the page's metadata. `url` defaults to the document's URL without its fragment. */
export function readMeta(doc: Document, url = doc.location?.href ?? doc.URL): ArticleMeta {
  const ld = readJsonLd(doc);
  // One pass over the <meta> elements (a selector per name would scan a 10,000-element page 25 times).
  const metas = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !metas.has(key)) metas.set(key, content);
    }
  }
  const meta = (names: string[]): string | undefined => {
    for (const name of names) {
      const content = metas.get(name.toLowerCase());
      if (content) return content;
    }
    return undefined;
  };
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? meta(['og:url']) ?? ld.url;
  const timeEl = doc.querySelector('article time[datetime], time[pubdate][datetime], time[itemprop="datePublished"]');
  const title = ld.title ?? meta(['og:title', 'twitter:title', 'dc.title', 'headline']) ?? doc.title ?? '';
  const result: ArticleMeta = { url: stripHash(url), title: clip(clean(title), 2000) || stripHash(url) };
  const site = meta(['og:site_name', 'application-name', 'publisher']) ?? ld.site;
  if (site) result.site = clip(clean(site), 500);
  const byline = ld.byline ?? meta(['author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author']);
  if (byline && !/^https?:/i.test(byline)) result.byline = clip(clean(byline), 500);
  const published =
    ld.published ??
    meta(['article:published_time', 'datePublished', 'date', 'dc.date', 'dc.date.issued', 'pubdate', 'publishdate', 'parsely-pub-date', 'sailthru.date', 'og:published_time']) ??
    timeEl?.getAttribute('datetime') ??
    undefined;
  const iso = published ? toIsoDate(published) : undefined;
  if (iso) result.published = iso;
  const resolved = canonical ? absolute(canonical, url) : undefined;
  if (resolved && resolved !== result.url) result.canonicalUrl = clip(resolved, 4096);
  const lang = doc.documentElement.getAttribute('lang') ?? meta(['og:locale', 'language', 'content-language']);
  if (lang) result.lang = clip(lang.trim(), 40);
  result.url = clip(result.url, 4096);
  return result;
}

/** The first article-like JSON-LD object's fields (also inside `@graph` lists). */
export function readJsonLd(doc: Document): LdFields {
  const out: LdFields = {};
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of flatten(data)) {
      const type = item['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) continue;
      const isPage = types.every((t) => t === 'WebPage');
      out.title ??= str(item.headline) ?? (isPage ? undefined : str(item.name));
      out.published ??= str(item.datePublished) ?? str(item.dateCreated);
      out.byline ??= names(item.author);
      out.site ??= names(item.publisher);
      out.url ??= str(item.url) ?? str((item.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']);
      if (!isPage && out.title && out.published) return out;
    }
  }
  return out;
}

function flatten(data: unknown, depth = 0): Array<Record<string, unknown>> {
  if (depth > 3 || data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((d) => flatten(d, depth + 1));
  const obj = data as Record<string, unknown>;
  return [obj, ...flatten(obj['@graph'], depth + 1)];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** Names of a schema.org Person/Organization value (string, object or list). */
function names(v: unknown): string | undefined {
  const list = Array.isArray(v) ? v : [v];
  const out = list
    .map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? str((x as Record<string, unknown>).name) : undefined))
    .filter((x): x is string => !!x && !/^https?:/i.test(x));
  return out.length ? out.join(', ') : undefined;
}

/** ISO 8601 form of a date the page gave, or undefined when it is not a date. */
export function toIsoDate(value: string): string | undefined {
  const v = value.trim();
  if (!/\d{4}/.test(v)) return undefined;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return new Date(t).toISOString();
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

function absolute(href: string, base: string): string | undefined {
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? stripHash(u.href) : undefined;
  } catch {
    return undefined;
  }
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s;
}
