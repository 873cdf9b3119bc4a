/**
 * @jest-environment ./tests/unit/jsdom-env.cjs
 *
 * The sliced article finder against Readability on the shared saved news pages: most of the words Readability
 * calls the article must be in Backstory's text, and Backstory's text must be mostly article words. Skips
 * (visibly) when ../shared is absent, as on a clean CI clone.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { collectText } from '../../../src/content/article/collect-text';
import { findArticle } from '../../../src/content/article/find-article';
import { TextModel } from '../../../src/content/article/text-model';
import { Slicer } from '../../../src/content/slicer';

const pagesDir = path.resolve(__dirname, '../../../../shared/corpus/pages');
const PAGES = ['bbc-1', 'nytimes-1', 'guardian-1', 'ars-1'];
const present = existsSync(pagesDir);
if (!present) console.warn(`corpus-extraction: skipped, no saved pages at ${pagesDir}`);

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];

function overlap(ours: string[], theirs: string[]): { recall: number; precision: number } {
  const count = (xs: string[]) => xs.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
  const a = count(ours);
  const b = count(theirs);
  let common = 0;
  for (const [w, n] of b) common += Math.min(n, a.get(w) ?? 0);
  return { recall: common / Math.max(1, theirs.length), precision: common / Math.max(1, ours.length) };
}

(present ? describe : describe.skip)('article text on saved news pages, compared with Readability', () => {
  test.each(PAGES)('%s', async (name) => {
    const html = readFileSync(path.join(pagesDir, `${name}.html`), 'utf8').replace(/<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '');
    document.open();
    document.write(html);
    document.close();
    const reference = new Readability(document.cloneNode(true) as Document).parse()?.textContent ?? '';
    const finding = await findArticle(document, new Slicer('test'));
    expect(finding.ok).toBe(true);
    if (!finding.ok) return;
    const model = new TextModel();
    await collectText(finding.article.blocks, model, new Slicer('test'));
    const { recall, precision } = overlap(words(model.text), words(reference));
    console.log(`${name}: recall ${recall.toFixed(2)}, precision ${precision.toFixed(2)}, ${model.size} chars vs ${reference.length}`);
    expect(recall).toBeGreaterThan(0.8);
    expect(precision).toBeGreaterThan(0.7);
  }, 60_000);
});
