import path from 'node:path';
import { parseOwnNews, readOwnNews } from '../../../build/eval/own-news';
import { engineSpans } from '../../../build/cli/engine-spans';
import { scoreExact } from '../../../build/cli/ner-score';

const repoRoot = path.resolve(__dirname, '../../..');

describe('own-news markup', () => {
  it('removes the markup and keeps UTF-16 offsets, across lines and comments', () => {
    const [doc] = parseOwnNews('# a comment\n=== a\n\n[[PER|Zoë Hart]] met [[ORG|Acme]].\nIn [[LOC|Łódź]] [[MISC|Polish]] rain.\n\n');
    expect(doc.id).toBe('a');
    expect(doc.text).toBe('Zoë Hart met Acme.\nIn Łódź Polish rain.');
    expect(doc.entities.map((e) => [doc.text.slice(e.start, e.end), e.type])).toEqual([
      ['Zoë Hart', 'PER'],
      ['Acme', 'ORG'],
      ['Łódź', 'LOC'],
      ['Polish', 'MISC'],
    ]);
  });

  it.each([
    ['text before a header', 'Hello\n=== a\nx', /line 1: text before/],
    ['an unknown type', '=== a\n[[GPE|Ohio]]', /line 2: unknown type "GPE"/],
    ['an unclosed mark', '=== a\nok\n[[PER|Ann', /line 3: unbalanced/],
    ['a stray closing bracket', '=== a\nAnn]] left', /line 2: unbalanced/],
    ['a padded surface', '=== a\n[[PER| Ann]]', /line 2: empty or padded/],
    ['a duplicate id', '=== a\nx\n=== a\ny', /line 3: duplicate article id "a"/],
    ['a header without id', '=== \nx', /line 1: "===" without/],
    ['an empty article', '=== a\n\n=== b\nx', /article "a" is empty/],
  ])('rejects %s with the line named', (_name, source, error) => {
    expect(() => parseOwnNews(source)).toThrow(error);
  });
});

describe('own-news: detection on news the team wrote (committed, not tuned on)', () => {
  const gold = readOwnNews(repoRoot);
  const scores = scoreExact(
    gold,
    gold.map((d) => ({ id: d.id, entities: engineSpans(d.text) })),
    ['PER', 'LOC', 'ORG'],
  );

  it('has a dozen articles with people, places and organisations', () => {
    expect(gold.length).toBeGreaterThanOrEqual(12);
    expect(scores.PER.gold).toBeGreaterThanOrEqual(40);
    expect(scores.LOC.gold).toBeGreaterThanOrEqual(50);
    expect(scores.ORG.gold).toBeGreaterThanOrEqual(20);
  });

  // Floors a few points under the figures of 29 Nov 2026 (PER 96.6, LOC 96.4, ORG 83.3): a regression fails here.
  it.each([
    ['PER', 0.92],
    ['LOC', 0.92],
    ['ORG', 0.75],
  ])('%s exact F1 stays at or above %s', (type, floor) => {
    expect(scores[type].f1).toBeGreaterThanOrEqual(floor);
  });

  it('does not mark the everyday words that are also first names in the text', () => {
    const doc = gold.find((d) => d.id === 'drew-will-bill');
    if (!doc) throw new Error('fixture article drew-will-bill is missing');
    const marked = engineSpans(doc.text).map((e) => doc.text.slice(e.start, e.end));
    for (const word of ['bill', 'drew', 'May', 'will']) expect(marked).not.toContain(word);
    expect(marked).toEqual(expect.arrayContaining(['Drew Barrymore', 'Will Ferrell']));
  });
});
