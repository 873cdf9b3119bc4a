/** @jest-environment ./tests/unit/jsdom-env.cjs */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readMeta, toIsoDate } from '../../../src/content/article/meta';

function load(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

describe('readMeta', () => {
  test('JSON-LD (inside @graph) wins over meta tags; canonical and lang are read', () => {
    load(readFileSync(path.join(__dirname, '../../fixtures/pages/article-boilerplate.html'), 'utf8'));
    const meta = readMeta(document, 'https://news.example.org/world/envoys-clash?ref=home#top');
    expect(meta).toEqual({
      url: 'https://news.example.org/world/envoys-clash?ref=home',
      canonicalUrl: 'https://news.example.org/world/envoys-clash',
      title: 'Envoys clash over missile launches at the Security Council',
      site: 'Test Herald',
      byline: 'Dana Whitlock',
      published: '2024-03-05T09:30:00.000Z',
      lang: 'en',
    });
  });

  test('meta tags and <title> when there is no JSON-LD; broken JSON-LD is ignored', () => {
    load(`<html lang="fr"><head><title>Le titre</title>
      <script type="application/ld+json">{ not json</script>
      <meta property="article:published_time" content="2023-11-02">
      <meta name="author" content="https://example.org/authors/x">
      <link rel="canonical" href="javascript:alert(1)"></head><body></body></html>`);
    const meta = readMeta(document, 'https://example.org/a');
    expect(meta.title).toBe('Le titre');
    expect(meta.published).toBe('2023-11-02T00:00:00.000Z');
    expect(meta.byline).toBeUndefined();
    expect(meta.canonicalUrl).toBeUndefined();
    expect(meta.lang).toBe('fr');
  });

  test('long values are clipped to what the protocol accepts', () => {
    load(`<html><head><title>${'x'.repeat(5000)}</title></head><body></body></html>`);
    expect(readMeta(document, 'https://example.org/').title.length).toBe(2000);
  });

  test.each([
    ['2024-03-05T09:30:00+01:00', '2024-03-05T08:30:00.000Z'],
    ['March 5, 2024', expect.stringMatching(/^2024-03-0[45]T/)],
    ['yesterday', undefined],
    ['12', undefined],
  ])('toIsoDate(%s)', (input, expected) => {
    expect(toIsoDate(input)).toEqual(expected);
  });
});
