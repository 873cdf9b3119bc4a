/** @jest-environment ./tests/unit/jsdom-env.cjs */
import { TextModel } from '../../../src/content/article/text-model';
import { MarkIndex } from '../../../src/content/hover/mark-index';
import { buildMarks } from '../../../src/content/paint/marks';
import type { Analysis, Mention } from '../../../src/core/types';

const all = { officials: true, people: true, places: true, organizations: true };

function setup(html: string): TextModel {
  document.body.innerHTML = html;
  const model = new TextModel();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) model.append(n as Text);
  return model;
}

function mention(text: string, needle: string, from = 0): Mention {
  const start = text.indexOf(needle, from);
  return { start, end: start + needle.length, text: needle, form: 'name' };
}

describe('buildMarks', () => {
  const html = '<p>Ambassador <b>Mara</b> Okonkwo met Pavel Ilyin in Geneva for the UN.</p>';

  function analysis(text: string): Analysis {
    return {
      people: [
        { id: 'p0', name: 'Mara Okonkwo', mentions: [mention(text, 'Mara Okonkwo')], official: true, quotes: [] },
        { id: 'p1', name: 'Pavel Ilyin', mentions: [mention(text, 'Pavel Ilyin'), mention(text, 'Pavel')], official: false, quotes: [] },
      ],
      places: [{ id: 'l0', name: 'Geneva', kind: 'city', mentions: [mention(text, 'Geneva')] }],
      organizations: [{ id: 'o0', name: 'United Nations', mentions: [mention(text, 'UN')] }],
      language: 'en',
    };
  }

  test('one mark per mention, by kind, in reading order, overlaps dropped, store ids attached', () => {
    const model = setup(html);
    const marks = buildMarks(analysis(model.text), { p0: 7, l0: 9 }, model, all);
    expect(marks.map((m) => [m.kind, m.range.toString(), m.entityId])).toEqual([
      ['official', 'Mara Okonkwo', 7],
      ['person', 'Pavel Ilyin', undefined],
      ['place', 'Geneva', 9],
      ['org', 'UN', undefined],
    ]);
  });

  test('kinds switched off are not marked', () => {
    const model = setup(html);
    const marks = buildMarks(analysis(model.text), {}, model, { ...all, places: false, officials: false });
    expect(marks.map((m) => m.kind)).toEqual(['person', 'org']);
  });

  test('mentions outside the text are ignored', () => {
    const model = setup(html);
    const a = analysis(model.text);
    a.places[0].mentions.push({ start: 500, end: 510, text: 'x', form: 'name' });
    expect(buildMarks(a, {}, model, all)).toHaveLength(4);
  });

  test('the mark index finds a mark from any caret inside it, across nodes', () => {
    const model = setup(html);
    const marks = buildMarks(analysis(model.text), { p0: 7 }, model, all);
    const index = new MarkIndex(marks);
    const mara = document.querySelector('b')!.firstChild!;
    expect(index.atCaret({ node: mara, offset: 2 })?.name).toBe('Mara Okonkwo');
    const tail = document.querySelector('b')!.nextSibling!;
    expect(index.atCaret({ node: tail, offset: 3 })?.name).toBe('Mara Okonkwo');
    expect(index.atCaret({ node: tail, offset: 12 })).toBeNull();
  });
});
