/**
 * A small, safe Markdown subset for the reader's notes: paragraphs (single newlines kept as line breaks),
 * `-`/`*`/`+` and numbered lists, `>` quotes, fenced code, `#` headings (shown as strong lines),
 * `*em*`, `**strong**`, `` `code` ``, `[text](url)`, `<url>` and bare URLs — links only for http(s).
 *
 * Output is a plain tree of text nodes; nothing in it is ever treated as HTML. Parsing is a single
 * forward scan per line with bounded nesting, so hostile notes cost linear time.
 */

/** Inline content. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'em' | 'strong'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'br' };

/** Block content. */
export type Block =
  | { type: 'paragraph' | 'heading'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { type: 'quote'; blocks: Block[] }
  | { type: 'codeblock'; text: string };

/** Deepest emphasis nesting honoured; deeper markers stay literal text. */
const MAX_DEPTH = 4;
/** Longest note body parsed as Markdown; longer text is shown as plain paragraphs. */
export const MAX_MARKDOWN = 100_000;

/** Returns the URL when it is an absolute http(s) URL, else null. */
export function safeHref(raw: string): string | null {
  const s = raw.trim();
  if (!/^https?:\/\//i.test(s)) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

// Lines hold no '\n'; the `s` flag lets `.` take U+2028/U+2029 too, so `(.*)$` always succeeds at once and the
// patterns stay linear (a lazy `(.*?)[ \t#]*$` was cubic on a long run of spaces: ReDoS, see tests/unit/trust).
const LIST_ITEM = /^ {0,3}([-*+]|(\d{1,9})[.)])[ \t]+(.*)$/s;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*)$/s;
const FENCE = /^ {0,3}(```|~~~)/;
const QUOTE = /^ {0,3}>[ ]?(.*)$/;

/** A heading's text without its closing `#`s and trailing blanks (a loop: linear where a regex was not). */
function trimClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '#')) end--;
  return text.slice(0, end);
}

/** Parses a note body into blocks. */
export function parseMarkdown(source: string): Block[] {
  const text = source.replace(/\r\n?/g, '\n');
  if (text.length > MAX_MARKDOWN) {
    return text.split(/\n{2,}/).map((p) => ({ type: 'paragraph', children: [{ type: 'text', text: p }] }));
  }
  return parseLines(text.split('\n'), 0);
}

function parseLines(lines: string[], quoteDepth: number): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trimStart().startsWith(fence[1])) body.push(lines[i++]);
      i++; // closing fence (or end of text)
      blocks.push({ type: 'codeblock', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ type: 'heading', children: parseInline(trimClosingHashes(heading[1])) });
      i++;
      continue;
    }
    if (QUOTE.test(line) && quoteDepth < MAX_DEPTH) {
      const inner: string[] = [];
      let m: RegExpExecArray | null;
      while (i < lines.length && (m = QUOTE.exec(lines[i]))) {
        inner.push(m[1]);
        i++;
      }
      blocks.push({ type: 'quote', blocks: parseLines(inner, quoteDepth + 1) });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = item[2] !== undefined;
      const start = ordered ? Number(item[2]) : 1;
      const items: string[][] = [];
      while (i < lines.length) {
        const m = LIST_ITEM.exec(lines[i]);
        if (m && (m[2] !== undefined) === ordered) {
          items.push([m[3]]);
          i++;
        } else if (items.length && /^[ \t]+\S/.test(lines[i]) && !FENCE.test(lines[i])) {
          items[items.length - 1].push(lines[i].trim()); // continuation of the item
          i++;
        } else break;
      }
      blocks.push({ type: 'list', ordered, start, items: items.map((parts) => parseInline(parts.join('\n'))) });
      continue;
    }
    const para: string[] = [];
    while (
      i < lines.length &&
      lines[i].trim() !== '' &&
      !(para.length && (FENCE.test(lines[i]) || HEADING.test(lines[i]) || LIST_ITEM.test(lines[i]) || QUOTE.test(lines[i])))
    ) {
      para.push(lines[i++]);
    }
    blocks.push({ type: 'paragraph', children: parseInline(para.join('\n')) });
  }
  return blocks;
}

/** Parses inline Markdown in `text`. */
export function parseInline(text: string): Inline[] {
  return new InlineParser(text).run(0, text.length, 0, true);
}

const PUNCTUATION = '\\`*_{}[]()#+-.!<>~|"\'';

/** One inline scan over a string; `next` caches the last search per delimiter so scans stay linear. */
class InlineParser {
  private readonly next = new Map<string, { from: number; at: number }>();
  constructor(private readonly s: string) {}

  /** Position of `delim` in [from, to), or -1; never rescans a stretch already known to lack it. */
  private find(delim: string, from: number, to: number): number {
    const cached = this.next.get(delim);
    let at: number;
    if (cached && from >= cached.from && (cached.at === -1 || from <= cached.at)) at = cached.at;
    else {
      at = this.s.indexOf(delim, from);
      this.next.set(delim, { from, at });
    }
    return at !== -1 && at + delim.length <= to ? at : -1;
  }

  run(from: number, to: number, depth: number, links: boolean): Inline[] {
    const s = this.s;
    const out: Inline[] = [];
    let buf = '';
    const flush = () => {
      if (buf) out.push({ type: 'text', text: buf });
      buf = '';
    };
    let i = from;
    while (i < to) {
      const c = s[i];
      if (c === '\\' && i + 1 < to && PUNCTUATION.includes(s[i + 1])) {
        buf += s[i + 1];
        i += 2;
        continue;
      }
      if (c === '\n') {
        flush();
        out.push({ type: 'br' });
        i++;
        continue;
      }
      if (c === '`') {
        let n = 1;
        while (i + n < to && s[i + n] === '`') n++;
        const ticks = '`'.repeat(n);
        const close = this.find(ticks, i + n, to);
        if (close !== -1) {
          flush();
          out.push({ type: 'code', text: s.slice(i + n, close).replace(/\n/g, ' ').trim() || s.slice(i + n, close) });
          i = close + n;
          continue;
        }
        buf += ticks;
        i += n;
        continue;
      }
      if ((c === '*' || c === '_') && depth < MAX_DEPTH) {
        const double = s[i + 1] === c;
        const delim = double ? c + c : c;
        const opensWord = i + delim.length < to && !/\s/.test(s[i + delim.length]);
        const intraword = c === '_' && i > 0 && /[\p{L}\p{N}]/u.test(s[i - 1]);
        if (opensWord && !intraword) {
          const close = this.findCloser(delim, i + delim.length + 1, to);
          if (close !== -1) {
            flush();
            const children = this.run(i + delim.length, close, depth + 1, links);
            out.push({ type: double ? 'strong' : 'em', children });
            i = close + delim.length;
            continue;
          }
        }
        buf += delim;
        i += delim.length;
        continue;
      }
      if (c === '[' && links) {
        const mid = this.find('](', i + 1, to);
        if (mid !== -1) {
          const end = this.find(')', mid + 2, to);
          if (end !== -1) {
            const href = safeHref(s.slice(mid + 2, end));
            if (href && !/\s/.test(s.slice(mid + 2, end).trim())) {
              flush();
              out.push({ type: 'link', href, children: this.run(i + 1, mid, depth + 1, false) });
              i = end + 1;
              continue;
            }
          }
        }
      }
      if (c === '<' && links) {
        const end = this.find('>', i + 1, to);
        if (end !== -1) {
          const href = safeHref(s.slice(i + 1, end));
          if (href && !/\s/.test(s.slice(i + 1, end))) {
            flush();
            out.push({ type: 'link', href, children: [{ type: 'text', text: s.slice(i + 1, end) }] });
            i = end + 1;
            continue;
          }
        }
      }
      if ((c === 'h' || c === 'H') && links && (i === from || /[\s(]/.test(s[i - 1]))) {
        const bare = this.bareUrl(i, to);
        if (bare) {
          flush();
          out.push({ type: 'link', href: bare.href, children: [{ type: 'text', text: bare.text }] });
          i += bare.text.length;
          continue;
        }
      }
      buf += c;
      i++;
    }
    flush();
    return out;
  }

  /** A closing delimiter not preceded by whitespace, at or after `from`. */
  private findCloser(delim: string, from: number, to: number): number {
    let at = this.find(delim, from, to);
    // Skip closers preceded by whitespace ("a * b * c" is not emphasis); bounded by the range.
    let tries = 0;
    while (at !== -1 && /\s/.test(this.s[at - 1]) && tries++ < 8) at = this.find(delim, at + delim.length, to);
    if (at === -1 || /\s/.test(this.s[at - 1])) return -1;
    // In a run like "***", close with its last characters so "**a *b***" nests as strong(a em(b)).
    const c = delim[0];
    while (at + delim.length < to && this.s[at + delim.length] === c) at++;
    return at;
  }

  /** A bare http(s) URL starting at `i`, trailing punctuation left out. */
  private bareUrl(i: number, to: number): { href: string; text: string } | null {
    const s = this.s;
    const head = s.slice(i, i + 8).toLowerCase();
    if (!head.startsWith('http://') && !head.startsWith('https://')) return null;
    let j = i;
    while (j < to && !/\s/.test(s[j]) && s[j] !== '<') j++;
    while (j > i && '.,;:!?)]\'"*_'.includes(s[j - 1])) j--;
    const text = s.slice(i, j);
    // Only something after the scheme can be a URL (and skipping the parse avoids a thrown error per "http://").
    if (j - i <= (head.startsWith('https') ? 8 : 7)) return null;
    const href = safeHref(text);
    return href ? { href, text } : null;
  }
}
