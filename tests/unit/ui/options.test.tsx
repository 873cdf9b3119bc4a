/** @jest-environment ./tests/unit/jsdom-env.cjs */
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsApp } from '../../../src/ui/options/options-app';
import { extractFromHtml, extractFromText, readText } from '../../../src/ui/options/extract-article';
import { parseSite } from '../../../src/ui/options/sites-section';
import { fakeBrowser } from './fake-browser';
import { callsOf, handlers, resetBackground } from './fake-background';
import { a11yProblems } from './a11y';
import { HOSTILE } from './fixtures';
import type { ImportReport } from '../../../src/background/model';

// The machine running the tests may be busy: give async UI updates time.
configure({ asyncUtilTimeout: 5000 });

jest.mock('../../../src/platform/browser', () => ({ browser: require('./fake-browser').fakeBrowser }));
jest.mock('../../../src/platform/messaging', () => ({ send: (...a: [never, never]) => require('./fake-background').fakeSend(...a) }));

const ARTICLE = `<!doctype html><html lang="en"><head><title>Council meets | News</title>
<link rel="canonical" href="https://news.example.org/council">
<meta property="article:published_time" content="2024-03-01T09:00:00Z"><meta property="og:site_name" content="Example News">
<script>window.__pwned = 1</script></head><body><nav><a href="/">Home</a> World Politics</nav><article><h1>Council meets</h1>
${'<p>South Korea\'s Ambassador to the United Nations, Hwang Joon-kook, said the launch broke several resolutions of the council.</p>'.repeat(6)}
</article><footer>Copyright</footer></body></html>`;

function pick(input: HTMLElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

const report = (applied: boolean): ImportReport => ({
  version: 2, articles: { add: 3, existing: 1 }, entities: { add: 10, merge: 2 }, notes: { add: 4, existing: 0 }, applied,
});

beforeEach(() => {
  resetBackground();
  jest.clearAllMocks();
  handlers['settings/get'] = () => ({ marks: { officials: true, people: true, places: true, organizations: false }, intentDelayMs: 300, palette: 'default' });
  handlers['settings/set'] = ({ settings }) => settings;
  handlers['data/report'] = () => ({ articles: 12, entities: 80, mentions: 400, quotes: 9, notes: 3, usage: 2_500_000, quota: 1_000_000_000 });
  handlers['site/get'] = ({ site }) => ({ site, enabled: true });
  handlers['site/set'] = ({ settings }) => settings;
});

describe('options: import a backup', () => {
  test('checks first, shows what it will add, imports only on confirmation', async () => {
    handlers['data/import-check'] = () => report(false);
    handlers['data/import'] = () => report(true);
    render(<OptionsApp />);
    const file = new File(['{"backstory":1}'], 'backup.json', { type: 'application/json' });
    pick(screen.getByLabelText('Choose a Backstory backup file'), [file]);
    await screen.findByText('Articles: 3 new, 1 already here');
    expect(screen.getByText('Notes: 4 new, 0 already here')).toBeTruthy();
    expect(callsOf('data/import-check')).toEqual([{ content: '{"backstory":1}' }]);
    expect(callsOf('data/import')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Import finished.');
    expect(callsOf('data/import')).toEqual([{ content: '{"backstory":1}' }]);
  });

  test('cancel after the check imports nothing; a refused file says why', async () => {
    handlers['data/import-check'] = () => report(false);
    render(<OptionsApp />);
    pick(screen.getByLabelText('Choose a Backstory backup file'), [new File(['{}'], 'b.json')]);
    await screen.findByText('Articles: 3 new, 1 already here');
    fireEvent.click(screen.getAllByRole('button', { name: 'Cancel' })[0]);
    expect(screen.queryByText('Articles: 3 new, 1 already here')).toBeNull();
    handlers['data/import-check'] = () => {
      throw new Error('This file is not a Backstory backup (version 99).');
    };
    pick(screen.getByLabelText('Choose a Backstory backup file'), [new File(['{}'], 'c.json')]);
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing was imported: This file is not a Backstory backup (version 99).');
    expect(callsOf('data/import')).toEqual([]);
  });
});

describe('options: import saved articles', () => {
  test('extracts each file, sends it, and sums up added, found and skipped', async () => {
    handlers['file/ingest'] = ({ name }) =>
      name === 'fr.txt'
        ? { articleId: 0, changed: false, entityIds: {}, people: 0, places: 0, organizations: 0, skipped: 'This article is not in English; Backstory reads English articles only.' }
        : { articleId: 5, changed: true, entityIds: {}, people: 2, places: 1, organizations: 1 };
    render(<OptionsApp />);
    const files = [
      new File([ARTICLE], 'council.html', { type: 'text/html' }),
      new File(['Talks resume\n\nThe minister said talks would resume on Monday in Geneva.'], 'talks.txt'),
      new File(['Le ministre a dit.'], 'fr.txt'),
      new File(['%PDF-1.4'], 'paper.pdf'),
      new File(['   '], 'blank.txt'),
    ];
    pick(screen.getByLabelText('Choose files'), files);
    await screen.findByText('2 articles added');
    expect(screen.getByText('Found: 4 people, 2 places, 2 organisations')).toBeTruthy();
    expect(screen.getByText('3 files skipped')).toBeTruthy();
    expect(screen.getByText('5 of 5 files')).toBeTruthy();
    const skipped = Array.from(document.querySelectorAll('.bs-skipped li')).map((li) => li.textContent);
    expect(skipped).toEqual([
      'fr.txt: This article is not in English; Backstory reads English articles only.',
      'paper.pdf: not an .html, .htm or .txt file',
      'blank.txt: no article text found',
    ]);
    const sent = callsOf('file/ingest');
    expect(sent.map((s) => s.name)).toEqual(['council.html', 'talks.txt', 'fr.txt']);
    expect(sent[0].meta).toMatchObject({ url: 'https://news.example.org/council', canonicalUrl: 'https://news.example.org/council', published: '2024-03-01T09:00:00Z', site: 'Example News', lang: 'en' });
    expect(sent[0].text).toContain('Hwang Joon-kook, said the launch');
    expect(sent[0].text).not.toMatch(/Home|World Politics|Copyright|__pwned/);
    expect(sent[1].meta.title).toBe('Talks resume');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('HTML extraction keeps paragraphs apart and ignores scripts; text files without a title line use the file name', () => {
    const r = extractFromHtml('a.html', ARTICLE);
    if (!r.ok) throw new Error('expected an article');
    expect(r.text.split('\n\n').length).toBeGreaterThanOrEqual(6);
    const txt = extractFromText('notes-2024.txt', 'The minister said so. Then he left.');
    expect(txt.ok && txt.meta.title).toBe('notes-2024');
    const a = extractFromText('x.txt', 'Same name, other text');
    const b = extractFromText('x.txt', 'Same name, different text');
    expect(a.ok && b.ok && a.meta.url !== b.meta.url).toBe(true);
  });
});

describe('options: data', () => {
  test('shows storage used and exports through a Blob download', async () => {
    const created: Blob[] = [];
    (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = (b: Blob) => {
      created.push(b);
      return 'blob:fake/1';
    };
    (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
    const clicks: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(`${this.download} ${this.href}`);
    });
    handlers['data/export'] = ({ format }) => ({ filename: `backstory.${format === 'json' ? 'json' : 'md'}`, mime: 'text/markdown', content: `# notes ${HOSTILE.html}` });
    render(<OptionsApp />);
    await screen.findByText('Storage used: 2.5 MB of 1.0 GB available');
    expect(screen.getByText('80')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download your notes (Markdown)' }));
    await screen.findByText('Saved as backstory.md.');
    expect(callsOf('data/export')).toEqual([{ format: 'markdown' }]);
    expect(clicks).toEqual(['backstory.md blob:fake/1']);
    expect(await readText(created[0])).toBe(`# notes ${HOSTILE.html}`);
  });

  test('erase needs the typed confirmation word', async () => {
    handlers['data/erase'] = () => null;
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Erase everything…' }));
    const confirm = screen.getByRole('button', { name: 'Erase everything now' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Type “erase” to confirm'), { target: { value: 'eras' } });
    fireEvent.submit(confirm.closest('form')!);
    expect(callsOf('data/erase')).toEqual([]);
    fireEvent.input(screen.getByLabelText('Type “erase” to confirm'), { target: { value: 'erase' } });
    fireEvent.click(confirm);
    await screen.findByText('Everything was erased.');
    expect(callsOf('data/erase')).toEqual([{ confirm: 'erase-everything' }]);
  });
});

describe('options: accessibility and hostile file names', () => {
  test('the page passes the accessibility checks', async () => {
    const { container } = render(<OptionsApp />);
    await screen.findByText('Storage used: 2.5 MB of 1.0 GB available');
    await screen.findByLabelText('Organisations');
    expect(a11yProblems(container)).toEqual([]);
  });

  test('file names with markup are listed as text', async () => {
    render(<OptionsApp />);
    const name = `${HOSTILE.html}.pdf`;
    pick(screen.getByLabelText('Choose files'), [new File(['x'], name)]);
    await screen.findByText('1 file skipped');
    const li = document.querySelector('.bs-skipped li')!;
    expect(li.textContent).toBe(`${name}: not an .html, .htm or .txt file`);
    expect(li.querySelector('img, b')).toBeNull();
  });
});

describe('options: sites and settings', () => {
  test('lists granted sites; Remove turns the site off and drops its permission', async () => {
    fakeBrowser.permissions.getAll.mockResolvedValue({ origins: ['https://www.bbc.co.uk/*', 'http://www.bbc.co.uk/*', 'https://apnews.com/*'], permissions: [] });
    render(<OptionsApp />);
    await screen.findByText('apnews.com');
    expect(Array.from(document.querySelectorAll('.bs-sites li bdi')).map((b) => b.textContent)).toEqual(['apnews.com', 'www.bbc.co.uk']);
    fakeBrowser.permissions.getAll.mockResolvedValue({ origins: ['https://apnews.com/*'], permissions: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove www.bbc.co.uk' }));
    await waitFor(() => expect(screen.queryByText('www.bbc.co.uk')).toBeNull());
    expect(callsOf('site/set')).toEqual([{ settings: { site: 'www.bbc.co.uk', enabled: false } }]);
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://www.bbc.co.uk/*', 'http://www.bbc.co.uk/*'] });
  });

  test('parseSite accepts host names and URLs only', () => {
    expect(parseSite('https://www.BBC.co.uk/news/x')).toBe('www.bbc.co.uk');
    expect(parseSite('apnews.com')).toBe('apnews.com');
    expect(parseSite('javascript:alert(1)')).toBeNull();
    expect(parseSite('localhost')).toBeNull();
    expect(parseSite('')).toBeNull();
  });

  test('changing kinds, delay and palette saves settings', async () => {
    render(<OptionsApp />);
    fireEvent.click(await screen.findByLabelText('Organisations'));
    await waitFor(() => expect(callsOf('settings/set').at(-1)!.settings.marks.organizations).toBe(true));
    fireEvent.change(screen.getByRole('spinbutton'), { target: { value: '99999' } });
    await waitFor(() => expect(callsOf('settings/set').at(-1)!.settings.intentDelayMs).toBe(2000));
    fireEvent.click(screen.getByLabelText('High contrast'));
    await waitFor(() => expect(callsOf('settings/set').at(-1)!.settings.palette).toBe('high-contrast'));
  });
});
