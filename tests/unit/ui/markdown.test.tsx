/** @jest-environment ./tests/unit/jsdom-env.cjs */
import { render } from '@testing-library/preact';
import { Markdown } from '../../../src/ui/markdown';
import { parseInline, parseMarkdown, safeHref } from '../../../src/ui/markdown-parse';

function html(source: string): HTMLElement {
  return render(<Markdown source={source} />).container.firstElementChild as HTMLElement;
}

describe('Markdown subset', () => {
  test.each([
    ['*em* and **strong**', '<p><em>em</em> and <strong>strong</strong></p>'],
    ['_em_ and __strong__', '<p><em>em</em> and <strong>strong</strong></p>'],
    ['**bold *and em***', '<p><strong>bold <em>and em</em></strong></p>'],
    ['use `a < b` here', '<p>use <code>a &lt; b</code> here</p>'],
    ['line one\nline two', '<p>line one<br>line two</p>'],
    ['para one\n\npara two', '<p>para one</p><p>para two</p>'],
    ['- a\n- b', '<ul><li>a</li><li>b</li></ul>'],
    ['3. c\n4. d', '<ol start="3"><li>c</li><li>d</li></ol>'],
    ['> quoted', '<blockquote><p>quoted</p></blockquote>'],
    ['```\n<b>x</b>\n```', '<pre><code>&lt;b&gt;x&lt;/b&gt;</code></pre>'],
    ['# Title', '<p><strong>Title</strong></p>'],
    ['[UN](https://un.org/x)', '<p><a href="https://un.org/x" target="_blank" rel="noopener noreferrer nofollow">UN</a></p>'],
    ['see https://un.org/a.', '<p>see <a href="https://un.org/a" target="_blank" rel="noopener noreferrer nofollow">https://un.org/a</a>.</p>'],
    ['<https://un.org>', '<p><a href="https://un.org/" target="_blank" rel="noopener noreferrer nofollow">https://un.org</a></p>'],
    ['snake_case_name stays', '<p>snake_case_name stays</p>'],
    ['2 * 3 * 4', '<p>2 * 3 * 4</p>'],
    ['\\*not em\\*', '<p>*not em*</p>'],
  ])('%j', (source, expected) => {
    expect(html(source).innerHTML).toBe(expected);
  });
});

describe('Markdown: hostile notes render as text', () => {
  test.each([
    ['<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>'],
    ['<a href="javascript:alert(1)">x</a>'],
    ['<svg onload=alert(1)>'],
    ['<iframe src="https://evil.example"></iframe>'],
  ])('raw HTML %j stays text', (source) => {
    const el = html(source);
    expect(el.querySelector('script, img, svg, iframe, a')).toBeNull();
    expect(el.textContent).toBe(source);
  });

  test.each([
    '[click](javascript:alert(1))',
    '[click](JaVaScRiPt:alert(1))',
    '[click](data:text/html;base64,PHNjcmlwdD4=)',
    '[click](vbscript:msgbox)',
    '[click](//evil.example/x)',
    '[click](https://ok.example/ "title" onmouseover=x)',
    '<javascript:alert(1)>',
    'javascript:alert(1)',
    '[x](\u0001javascript:alert(1))',
  ])('link %j gets no non-http(s) href', (source) => {
    const el = html(source);
    for (const a of Array.from(el.querySelectorAll('a'))) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(el.querySelector('a[href^="javascript" i], a[href^="data" i]')).toBeNull();
  });

  test('template syntax and bidi controls are kept as typed, inside a dir=auto container', () => {
    const source = '{{constructor}} ${1+1} <%= x %> \u202Eevil\u202C';
    const el = html(source);
    expect(el.textContent).toBe(source);
    expect(el.getAttribute('dir')).toBe('auto');
  });

  test('no attribute other than href/target/rel/start/dir/class is ever produced', () => {
    const el = html('[a](https://x.org) "quoted" onload=1 <b onclick=1>\n- [b](https://y.org?q="><script>)\n\n> `x`');
    for (const node of Array.from(el.querySelectorAll('*'))) {
      for (const attr of Array.from(node.attributes)) expect(['href', 'target', 'rel', 'start', 'dir', 'class']).toContain(attr.name);
    }
    expect(el.querySelector('script, b')).toBeNull();
  });

  test('safeHref accepts only absolute http(s) URLs', () => {
    expect(safeHref('https://a.org/x?y=1')).toBe('https://a.org/x?y=1');
    expect(safeHref(' http://a.org ')).toBe('http://a.org/');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('https://')).toBeNull();
    expect(safeHref('ftp://a.org')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
  });
});

describe('Markdown: adversarial input costs linear time', () => {
  const cases: Array<[string, string]> = [
    ['unclosed emphasis', '*a '.repeat(30_000)],
    ['unclosed strong', '**a '.repeat(25_000)],
    ['unclosed links', '[a]('.repeat(20_000)],
    ['brackets', '['.repeat(90_000)],
    ['backticks', '`a``'.repeat(25_000)],
    ['angle brackets', '<'.repeat(90_000)],
    ['nested emphasis', '*_'.repeat(45_000)],
    ['bare url prefixes', ' http://'.repeat(12_000)],
    ['list items', '- a\n'.repeat(25_000)],
    ['quotes', '> '.repeat(45_000)],
  ];
  // A quadratic scan of 100 kB takes minutes; linear ones take well under a second even on a loaded machine.
  test.each(cases)('%s (~100 kB) parses in linear time', (_name, source) => {
    const t0 = performance.now();
    parseMarkdown(source);
    expect(performance.now() - t0).toBeLessThan(2500);
  });

  test('over-long notes are shown as plain text paragraphs', () => {
    const blocks = parseMarkdown('*x* '.repeat(30_000) + '\n\nend');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: expect.stringContaining('*x*') }] });
  });

  test('nesting deeper than the limit stays literal', () => {
    const inline = parseInline('*_*_*_*_*_x_*_*_*_*_*');
    let depth = 0;
    let node: unknown = inline[0];
    while (node && typeof node === 'object' && 'children' in node) {
      depth++;
      node = (node as { children: unknown[] }).children.find((c) => typeof c === 'object' && c && 'children' in c);
    }
    expect(depth).toBeLessThanOrEqual(4);
  });
});
