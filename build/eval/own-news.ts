/**
 * The team's own annotated news (tests/fixtures/news/own-news.txt): short articles we wrote ourselves,
 * with gold entities marked inline as `[[TYPE|surface]]`. It is committed, so `npm test` and `npm run eval`
 * can measure detection on text that is not in ../shared (CI has no ../shared), and nobody tunes rules to it:
 * a drop here is a regression, a gap to the corpora a hint of over-fitting.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GoldDoc, GoldEntity } from '../cli/ner-score';

/** Where the own-news file lives, relative to the repository root. */
export const OWN_NEWS_FILE = path.join('tests', 'fixtures', 'news', 'own-news.txt');

/** Entity types the markup may use. */
const MARKUP_TYPES = new Set(['PER', 'LOC', 'ORG', 'MISC']);

/** One marked entity: `[[PER|Jane Roe]]`. */
const MARK = /\[\[([A-Z]+)\|([^\][|]*)\]\]/g;

/**
 * Removes the markup from one line of article text, appending its entities (offsets shifted by
 * `base`, the line's start in the article).
 * @throws Error naming `lineNo` for an unknown type, an empty surface or a stray bracket.
 */
function unmarkLine(line: string, lineNo: number, base: number, entities: GoldEntity[]): string {
  let out = '';
  let last = 0;
  for (const m of line.matchAll(MARK)) {
    const [whole, type, surface] = m;
    const at = m.index ?? 0;
    if (!MARKUP_TYPES.has(type)) throw new Error(`own-news line ${lineNo}: unknown type "${type}" in ${whole}`);
    if (!surface.trim() || surface !== surface.trim()) throw new Error(`own-news line ${lineNo}: empty or padded surface in ${whole}`);
    out += line.slice(last, at);
    const start = base + out.length;
    out += surface;
    entities.push({ start, end: start + surface.length, type });
    last = at + whole.length;
  }
  out += line.slice(last);
  if (/\[\[|\]\]/.test(out)) throw new Error(`own-news line ${lineNo}: unbalanced or malformed [[...]] markup`);
  return out;
}

/**
 * Parses the own-news markup into gold documents in the corpora's format (`id`, `text`, `entities`
 * with UTF-16 offsets). Lines starting with `#` are comments; `=== id` starts an article; the
 * article's lines are joined with "\n" and its trailing blank lines dropped.
 * @param source - the file's content.
 * @throws Error naming the line for text outside an article, a duplicate or missing id, or bad markup.
 */
export function parseOwnNews(source: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  let current: { id: string; lines: string[]; entities: GoldEntity[] } | null = null;
  let length = 0;
  const finish = (): void => {
    if (!current) return;
    while (current.lines.length && !current.lines[current.lines.length - 1].trim()) current.lines.pop();
    if (!current.lines.length) throw new Error(`own-news: article "${current.id}" is empty`);
    docs.push({ id: current.id, text: current.lines.join('\n'), entities: current.entities });
  };
  source.split(/\r?\n/).forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.startsWith('#')) return;
    const header = /^===\s*(\S*)\s*$/.exec(raw);
    if (header) {
      finish();
      const id = header[1];
      if (!id) throw new Error(`own-news line ${lineNo}: "===" without an article id`);
      if (docs.some((d) => d.id === id)) throw new Error(`own-news line ${lineNo}: duplicate article id "${id}"`);
      current = { id, lines: [], entities: [] };
      length = 0;
      return;
    }
    if (!current) {
      if (raw.trim()) throw new Error(`own-news line ${lineNo}: text before the first "=== id" header`);
      return;
    }
    if (!current.lines.length && !raw.trim()) return;
    const base = length + (current.lines.length ? 1 : 0);
    const line = unmarkLine(raw, lineNo, base, current.entities);
    current.lines.push(line);
    length = base + line.length;
  });
  finish();
  return docs;
}

/**
 * Reads and parses the own-news file of the repository at `root`.
 * @param root - the repository root (default: the working directory).
 */
export function readOwnNews(root = process.cwd()): GoldDoc[] {
  return parseOwnNews(readFileSync(path.join(root, OWN_NEWS_FILE), 'utf8'));
}
