/** @jest-environment ./tests/unit/jsdom-env.cjs */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collectText } from '../../../src/content/article/collect-text';
import { findArticle } from '../../../src/content/article/find-article';
import { TextModel } from '../../../src/content/article/text-model';
import { Slicer } from '../../../src/content/slicer';

const fixture = (name: string): string => readFileSync(path.join(__dirname, '../../fixtures/pages', name), 'utf8');

function load(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

async function extract(): Promise<{ text: string; model: TextModel; root: Element | null }> {
  const finding = await findArticle(document, new Slicer('test'));
  if (!finding.ok) return { text: '', model: new TextModel(), root: null };
  const model = new TextModel();
  await collectText(finding.article.blocks, model, new Slicer('test'));
  return { text: model.text, model, root: finding.article.root };
}

describe('finding and reading the article', () => {
  beforeEach(() => load(fixture('article-boilerplate.html')));

  test('the article container is found', async () => {
    const { root } = await extract();
    expect(root?.tagName).toBe('ARTICLE');
  });

  test('article names are read, in order, with inline markup joined', async () => {
    const { text } = await extract();
    const names = ['Mara Okonkwo', 'Pavel Ilyin', 'Geneva', 'Seoul', 'Okonkwo said', 'Lucia Ferreira'];
    let at = -1;
    for (const n of names) {
      const i = text.indexOf(n, at + 1);
      expect(i).toBeGreaterThan(at);
      at = i;
    }
  });

  test.each([
    ['navigation', 'Navlink'],
    ['related aside', 'Sidebar Person'],
    ['sidebar', 'Asidelist'],
    ['comments', 'Commenter'],
    ['footer', 'Footer Person'],
    ['form fields', 'Formfield'],
    ['textarea', 'Textarea Person'],
    ['editable area', 'Editable Person'],
    ['hidden attribute', 'Hiddenattr'],
    ['CSS-hidden block', 'Hiddenstyle'],
    ['code', 'Codeblock'],
    ['scripts', 'Scripted'],
  ])('%s is not read', async (_what, needle) => {
    const { text } = await extract();
    expect(text).not.toContain(needle);
  });

  test('blocks are separated by blank lines and whitespace is collapsed', async () => {
    const { text } = await extract();
    expect(text).toContain('Deputy Minister Pavel Ilyin, rejected the charge. He said');
    expect(text).toContain('quickly.\n\nHer counterpart');
    expect(text).not.toMatch(/ {2}|\t/);
  });

  test('every offset maps back to the same text on the live page', async () => {
    const { text, model } = await extract();
    for (const name of ['Mara Okonkwo', 'Pavel Ilyin', 'Lucia Ferreira', 'Seoul']) {
      const start = text.indexOf(name);
      const range = model.range(start, start + name.length)!;
      expect(range.toString().replace(/\s+/g, ' ')).toBe(name);
    }
  });

  test('reading the page changes nothing in it', async () => {
    const before = document.documentElement.outerHTML;
    const input = document.querySelector('input')!;
    await extract();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(input.value).toBe('Formfield Person');
  });

  test('a page without prose is not an article', async () => {
    load(fixture('no-article.html'));
    const finding = await findArticle(document, new Slicer('test'));
    expect(finding.ok).toBe(false);
  });

  test('slices yield: a large page is read in several tasks', async () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} says that Minister Example${i} met officials, diplomats and envoys in the capital.</p>`);
    load(`<!doctype html><html><body><article>${paragraphs.join('')}</article></body></html>`);
    const slicer = new Slicer('test', undefined, 1);
    const pause = jest.spyOn(slicer, 'pause');
    const finding = await findArticle(document, slicer);
    expect(finding.ok).toBe(true);
    expect(pause).toHaveBeenCalled();
  });
});

describe('the headline above the article', () => {
  const page = (header: string): string => `<!doctype html><html><body>
<nav><h1>Daily Sample</h1></nav>
${header}
<div class="story-body">
<p>Foreign ministers from Norway and Chile met in Oslo on Tuesday to discuss fishing rights, officials said.</p>
<p>Norwegian Foreign Minister Ida Brekke said the talks, which lasted six hours, had been useful for both sides.</p>
<p>Her Chilean counterpart, Tomás Reyes, said a draft agreement could be ready before the end of the year.</p>
</div>
<footer><h1>Footer heading of the site</h1></footer>
</body></html>`;

  test('an <h1> in a header before the article body is read first, as its own line', async () => {
    load(page('<header class="story-head"><h1>Norway and Chile agree to talk fish</h1></header>'));
    const { text } = await extract();
    expect(text.startsWith('Norway and Chile agree to talk fish\n')).toBe(true);
    expect(text).toContain('Ida Brekke');
  });

  test('headings in navigation or after the article are not read, and a body that holds its <h1> is read once', async () => {
    load(page(''));
    let { text } = await extract();
    expect(text).not.toContain('Daily Sample');
    expect(text).not.toContain('Footer heading');
    load(fixture('article-boilerplate.html'));
    ({ text } = await extract());
    expect(text.split('Envoys clash over missile launches').length).toBe(2);
  });
});
