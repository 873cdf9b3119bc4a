import fc from 'fast-check';
import { detectLanguage, FUNCTION_WORDS as LISTS } from '../../../src/core/language';

/** The first, string-building version of the check, as a reference for the hashed scan. */
function reference(text: string, lists: Readonly<Record<string, string>>): string {
  const table = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(lists)) for (const w of words.split(' ')) table.set(w, [...(table.get(w) ?? []), lang]);
  const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
  const scores: Record<string, number> = {};
  let words = 0;
  let hits = 0;
  let p = 0;
  while (p < text.length && words < 600) {
    while (p < text.length && !isLetter(text.charCodeAt(p))) p++;
    const s = p;
    while (p < text.length && isLetter(text.charCodeAt(p))) p++;
    if (p === s) break;
    words++;
    if (p - s > 12) continue;
    const langs = table.get(text.slice(s, p).toLowerCase());
    if (!langs) continue;
    hits++;
    for (const l of langs) scores[l] = (scores[l] ?? 0) + 1 / langs.length;
  }
  if (words < 8 || hits < 3) return 'und';
  let best = 'und';
  let bestScore = 0;
  for (const [l, v] of Object.entries(scores)) if (v > bestScore) [best, bestScore] = [l, v];
  // Another language needs twice English's score and two words more.
  const en = scores.en ?? 0;
  if (best !== 'en' && en > 0 && bestScore < 2 * en + 2) return 'en';
  return best;
}


describe('detectLanguage', () => {
  test('agrees with the string-building reference on mixed-language, mixed-case text', () => {
    const vocab = [...new Set(Object.values(LISTS).join(' ').split(' '))];
    const word = fc.oneof(
      fc.constantFrom(...vocab),
      fc.constantFrom(...vocab).map((w) => w.toUpperCase()),
      fc.constantFrom(...vocab).map((w) => w[0].toUpperCase() + w.slice(1)),
      fc.constantFrom('Kharkiv', 'İstanbul', 'ÉTÉ', 'straße', 'x', 'Ångström', 'superlongwordthatisignored', 'DIE'),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 80 }), fc.constantFrom(' ', ', ', '\n', '-'), (ws, sep) => {
        const text = ws.join(sep);
        expect(detectLanguage(text)).toBe(reference(text, LISTS));
      }),
      { numRuns: 400 },
    );
  });

  test.each([
    ['The minister said that the talks in Geneva would continue for another week and that he was hopeful.', 'en'],
    ['Le ministre a déclaré que les discussions à Genève se poursuivront pendant une semaine et qu’il est optimiste.', 'fr'],
    ['Der Minister sagte, dass die Gespräche in Genf noch eine Woche dauern und er ist nicht pessimistisch.', 'de'],
    ['O ministro disse que não há acordo e que as negociações com a Rússia também continuam pela semana.', 'pt'],
    ['short text', 'und'],
    // English words that are also Dutch, German or French function words ("met", "die", "son") do not outvote it.
    ["Foreign Minister Wang Yi met the delegation. China's top diplomat, Wang Yi, met them.", 'en'],
    ['Her son met the mayor at the door of the van before the crash.', 'en'],
    ['De minister zei dat het overleg met de bond niet is mislukt en dat er een nieuw voorstel komt.', 'nl'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
