/** @jest-environment ./tests/unit/jsdom-env.cjs */
/**
 * Promise 4 (no injection) across the reader's views, popup AND side panel: every string the store returns
 * (names, roles, organisations, countries, titles, sites, quotes, sentences, search snippets, notes) carries a
 * payload, and every view of it (cast rows, compact card, full card, notes, search hits) must show it as text:
 * no element, attribute, `javascript:` link or script comes out of it, and bidi overrides stay isolated.
 */
import { configure, fireEvent, render, screen } from '@testing-library/preact';
import { ReaderApp } from '../../../src/ui/app/reader-app';
import { handlers, resetBackground } from '../ui/fake-background';
import { cast, note, personCard } from '../ui/fixtures';
import type { Card, CastEntry } from '../../../src/background/model';

configure({ asyncUtilTimeout: 5000 });
jest.mock('../../../src/platform/browser', () => ({ browser: require('../ui/fake-browser').fakeBrowser }));
jest.mock('../../../src/platform/messaging', () => ({ send: (...a: [never, never]) => require('../ui/fake-background').fakeSend(...a) }));

const P = {
  html: '<img src=x onerror="window.__pwned=1"><iframe src="javascript:window.__pwned=2"></iframe>',
  script: '<script>window.__pwned=3</script>',
  js: 'javascript:window.__pwned=4',
  template: "{{constructor.constructor('window.__pwned=5')()}} ${window.__pwned=6} <%= 7 %>",
  bidi: '\u202Eevil\u202C',
  md: '[click](javascript:window.__pwned=8) **bold** <b>b</b>',
};
const NAME = `Anna ${P.bidi} ${P.html}`;

function hostileCast(): CastEntry[] {
  const [first, ...rest] = cast();
  return [{ ...first, name: NAME, role: P.script, organization: P.js, country: P.template }, ...rest];
}

function hostileCard(): Card {
  const base = personCard();
  return personCard({
    name: NAME,
    aliases: [NAME, P.md, P.template],
    current: { ...base.current!, role: P.script, organization: P.js, country: P.template, articleTitle: P.html, sentence: `${P.html} said ${P.md}` },
    quotes: [{ text: `${P.html} ${P.template}`, articleId: 1, articleTitle: P.md, url: P.js, date: '2024-01-01' }],
    appearances: [{ articleId: 1, title: `${P.html} ${P.bidi}`, url: P.js, site: P.template, date: '2024-01-01', mentions: 1 }],
    notes: [note(1, `${P.html}\n\n${P.md}\n\n${P.script}`), note(2, `# ${P.template}\n\n- ${P.js}`)],
  });
}

/** What a payload could have produced in the document. */
function injected(): string[] {
  const bad: string[] = [];
  for (const el of document.querySelectorAll('img, iframe, script, object, embed, b, style, link')) bad.push(`<${el.localName}>`);
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.getAttributeNames()) if (/^on/i.test(a)) bad.push(`${el.localName}[${a}]`);
    const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
    if (/^\s*javascript:/i.test(href)) bad.push(`${el.localName} → ${href}`);
  }
  if ((window as { __pwned?: number }).__pwned !== undefined) bad.push('a payload ran');
  return bad;
}

/** Every element whose own text holds the bidi override must isolate it (bdi, or a dir attribute). */
function unisolatedBidi(): string[] {
  const bad: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue?.includes('\u202E')) continue;
    const el = n.parentElement!;
    if (!el.closest('bdi, [dir]')) bad.push(`${el.localName}.${el.className}: ${JSON.stringify(n.nodeValue.slice(0, 40))}`);
  }
  return bad;
}

beforeEach(() => {
  resetBackground();
  handlers['site/get'] = ({ site }) => ({ site, enabled: true });
  handlers['tab/state'] = () => ({
    status: 'ready', articleId: 3, url: 'https://news.example.org/a', site: P.template, title: `${P.html} ${P.bidi}`, cast: hostileCast(),
  });
  handlers['card/get'] = () => hostileCard();
  handlers['note/list'] = () => hostileCard().notes;
  handlers.search = () => [{ entityId: 17, kind: 'person', name: NAME, role: P.script, seenIn: 4, matched: 'note', snippet: `${P.html} ${P.md}` }];
});
afterEach(() => {
  delete (window as { __pwned?: number }).__pwned;
});

describe.each(['popup', 'sidepanel'] as const)('%s', (mode) => {
  test('cast rows, the compact card and the full card show every payload as text', async () => {
    render(<ReaderApp mode={mode} />);
    const row = (await screen.findAllByText(NAME))[0].closest('button')!;
    expect(injected()).toEqual([]);
    fireEvent.click(row);
    await screen.findAllByText((_t, el) => el?.localName === 'q' && (el.textContent ?? '').includes(P.template));
    expect(injected()).toEqual([]);
    const full = screen.queryAllByRole('button', { name: /full card/i })[0];
    expect(full).toBeTruthy();
    fireEvent.click(full);
    await screen.findByRole('heading', { level: 2, name: NAME });
    await screen.findAllByText((t) => t.includes(P.md));
    expect(injected()).toEqual([]);
    expect(document.body.textContent).toContain(P.html);
    expect(document.body.textContent).toContain(P.template);
    expect(unisolatedBidi()).toEqual([]);
  });

  test('search hits show names and snippets as text', async () => {
    render(<ReaderApp mode={mode} />);
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: 'pwned' } });
    await screen.findByText('1 result');
    expect(injected()).toEqual([]);
    expect(unisolatedBidi()).toEqual([]);
    expect(document.body.textContent).toContain(P.md);
  });
});
