/** @jest-environment ./tests/unit/jsdom-env.cjs */
import { BLOCK_BREAK, TextModel } from '../../../src/content/article/text-model';

function para(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.replaceChildren(div);
  return div;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
  return out;
}

describe('TextModel', () => {
  test('collapses whitespace runs and maps every word back to the DOM', () => {
    const root = para('  Deputy   Minister\n\t <a>Pavel</a>   <em>Ilyin</em>,\n   rejected  it. ');
    const model = new TextModel();
    for (const n of textNodes(root)) model.append(n);
    expect(model.text).toBe('Deputy Minister Pavel Ilyin, rejected it. ');
    for (const word of ['Deputy', 'Minister', 'Pavel', 'Ilyin', 'rejected', 'it.']) {
      const start = model.text.indexOf(word);
      const range = model.range(start, start + word.length)!;
      expect(range.toString()).toBe(word);
    }
    // A span across two nodes and the collapsed whitespace between them.
    const s = model.text.indexOf('Pavel Ilyin');
    const r = model.range(s, s + 'Pavel Ilyin'.length)!;
    expect(r.startContainer.textContent).toBe('Pavel');
    expect(r.endContainer.textContent).toBe('Ilyin');
    expect(r.toString().replace(/\s+/g, ' ')).toBe('Pavel Ilyin');
  });

  test('block breaks separate blocks and spans never start inside a break', () => {
    const root = para('<p>First block.</p><p>Second block.</p>');
    const model = new TextModel();
    const [a, b] = textNodes(root);
    model.append(a);
    model.breakBlock();
    model.breakBlock();
    model.append(b);
    expect(model.text).toBe(`First block.${BLOCK_BREAK}Second block.`);
    const brk = model.text.indexOf(BLOCK_BREAK);
    const r = model.range(brk, brk + BLOCK_BREAK.length + 6)!;
    expect(r.toString()).toBe('Second');
    expect(model.range(brk, brk + 1)).toBeNull();
  });

  test('offsetOf is the inverse of locate, also after collapsed whitespace', () => {
    const root = para('Alpha    beta\n\n gamma');
    const model = new TextModel();
    for (const n of textNodes(root)) model.append(n);
    expect(model.text).toBe('Alpha beta gamma');
    for (let i = 0; i < model.text.length; i++) {
      const p = model.locate(i, 'start')!;
      expect(model.offsetOf(p.node, p.offset)).toBe(i);
    }
  });

  test('caps the text and ignores nodes appended twice', () => {
    const root = para('<p>one two three</p><p>four five six</p>');
    const model = new TextModel(10);
    const [a, b] = textNodes(root);
    expect(model.append(a)).toBe(false);
    expect(model.append(b)).toBe(false);
    expect(model.text).toBe('one two th');
    expect(model.has(a)).toBe(true);
    expect(model.has(b)).toBe(false);
    const again = new TextModel();
    again.append(a);
    again.append(a);
    expect(again.text).toBe('one two three');
  });

  test('a range over the end of the text is clipped to the last node', () => {
    const root = para('Seoul');
    const model = new TextModel();
    model.append(textNodes(root)[0]);
    expect(model.range(0, 5)!.toString()).toBe('Seoul');
    expect(model.range(2, 99)!.toString()).toBe('oul');
  });
});
