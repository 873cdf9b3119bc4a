/**
 * `npm run analyze -- <file.txt|file.html>` prints `analyze()` JSON for a text file, or for the
 * article text of an HTML page (extracted with @mozilla/readability on a jsdom DOM; falls back to the
 * body text).
 * `npm run analyze -- --jsonl <corpus.jsonl>` writes one line per document,
 * `{"id", "entities": [{"start", "end", "type"}]}`; invalid lines are reported on stderr with their
 * line number and skipped.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/index';
import { analysisSpans } from './engine-spans';
import { useEngineDataFromDisk } from '../engine-data';

const USAGE = 'usage: npm run analyze -- <file.txt|file.html>\n       npm run analyze -- --jsonl <corpus.jsonl>';

useEngineDataFromDisk();

/** Extracts the readable article text of an HTML page (title + paragraphs), or the body text. */
export async function htmlToText(html: string, url = 'https://example.invalid/'): Promise<string> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const virtualConsole = new VirtualConsole(); // page CSS/script noise stays quiet
  const dom = new JSDOM(html, { url, virtualConsole });
  const document = dom.window.document;
  const article = new Readability(document.cloneNode(true) as Document).parse();
  const paragraphs = (root: Element | null): string => {
    if (!root) return '';
    const blocks = root.querySelectorAll('h1,h2,h3,h4,p,li,blockquote,figcaption,td,pre');
    const parts: string[] = [];
    blocks.forEach((el) => {
      if (el.querySelector('p,li,blockquote')) return; // keep only innermost blocks
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) parts.push(t);
    });
    return parts.length ? parts.join('\n') : (root.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
  };
  if (article?.content) {
    const frag = new JSDOM(`<body>${article.content}</body>`, { virtualConsole }).window.document.body;
    const body = paragraphs(frag);
    return article.title ? `${article.title}\n${body}` : body;
  }
  return paragraphs(document.body);
}

function runJsonl(file: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  let bad = 0;
  const out: string[] = [];
  lines.forEach((line, n) => {
    if (!line.trim()) return;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch (e) {
      bad++;
      process.stderr.write(`${file}:${n + 1}: invalid JSON (${(e as Error).message}); line skipped\n`);
      return;
    }
    const d = doc as { id?: unknown; text?: unknown };
    if (typeof d !== 'object' || d === null || typeof d.text !== 'string' || (typeof d.id !== 'string' && typeof d.id !== 'number')) {
      bad++;
      process.stderr.write(`${file}:${n + 1}: expected an object with "id" and a string "text"; line skipped\n`);
      return;
    }
    const entities = analysisSpans(analyze(d.text, { ignoreLanguage: true }));
    out.push(JSON.stringify({ id: d.id, entities }));
    if (out.length >= 64) process.stdout.write(out.splice(0).join('\n') + '\n');
  });
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  return bad;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--jsonl') {
    if (!args[1]) {
      console.error(USAGE);
      process.exitCode = 2;
      return;
    }
    const bad = runJsonl(args[1]);
    if (bad) process.exitCode = 1;
    return;
  }
  const file = args[0];
  if (!file || file.startsWith('-')) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const raw = readFileSync(file, 'utf8');
  const isHtml = /\.x?html?$/i.test(file) || /^\s*<(!doctype|html)/i.test(raw.slice(0, 512));
  const text = isHtml ? await htmlToText(raw) : raw;
  console.log(JSON.stringify(analyze(text), null, 2));
}

await main();
