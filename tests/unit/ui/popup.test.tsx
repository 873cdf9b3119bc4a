/** @jest-environment ./tests/unit/jsdom-env.cjs */
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { ReaderApp } from '../../../src/ui/app/reader-app';
import { useTabView } from '../../../src/ui/app/use-tab-view';
import { fakeBrowser, listeners } from './fake-browser';
import { callsOf, handlers, resetBackground } from './fake-background';
import { a11yProblems } from './a11y';
import { HOSTILE, cast, personCard } from './fixtures';

// The machine running the tests may be busy: give async UI updates time.
configure({ asyncUtilTimeout: 5000 });

jest.mock('../../../src/platform/browser', () => ({ browser: require('./fake-browser').fakeBrowser }));
jest.mock('../../../src/platform/messaging', () => ({ send: (...a: [never, never]) => require('./fake-background').fakeSend(...a) }));

const tabBase = { url: 'https://news.example.org/world/article-1', site: 'news.example.org', title: 'Security Council meets' };

beforeEach(() => {
  resetBackground();
  handlers['site/get'] = ({ site }) => ({ site, enabled: false });
  handlers['card/get'] = ({ entityId }) => personCard({ entityId });
  jest.clearAllMocks();
});

describe('popup: a read article', () => {
  beforeEach(() => {
    handlers['tab/state'] = () => ({ status: 'ready', articleId: 3, ...tabBase, cast: cast() });
    handlers['site/get'] = ({ site }) => ({ site, enabled: true });
  });

  test('asks for the active tab and shows the cast grouped, in reading order', async () => {
    render(<ReaderApp mode="popup" />);
    await screen.findByRole('heading', { name: /Officials/ });
    expect(callsOf('tab/state')).toEqual([{ tabId: 7 }]);
    const groups = Array.from(document.querySelectorAll('.bs-cast-group h2')).map((h) => h.firstChild!.textContent!.trim());
    expect(groups).toEqual(['Officials', 'Other people', 'Places', 'Organisations']);
    const names = Array.from(document.querySelectorAll('.bs-row-name')).map((n) => n.textContent);
    expect(names).toEqual(['Hwang Joon-kook', 'Jane Doe', 'Kharkiv', 'Security Council']);
    expect(screen.getByText('Security Council meets')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Backstory on news.example.org' })).toHaveProperty('checked', true));
    expect(screen.queryByRole('button', { name: 'Run once on this page' })).toBeNull();
  });

  test('the cast view and an expanded row pass the accessibility checks', async () => {
    const { container } = render(<ReaderApp mode="popup" />);
    fireEvent.click((await screen.findByText('Kharkiv')).closest('button')!);
    await screen.findByText('This launch is a clear violation.');
    expect(a11yProblems(container)).toEqual([]);
  });

  test('arrow keys move between rows', async () => {
    render(<ReaderApp mode="popup" />);
    const first = (await screen.findByText('Hwang Joon-kook')).closest('button')!;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toContain('Jane Doe');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.textContent).toContain('Security Council');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toContain('Kharkiv');
  });

  test('a row expands into the compact card, and "Full card" opens the full one with Back', async () => {
    render(<ReaderApp mode="popup" />);
    const toggle = (await screen.findByText('Jane Doe')).closest('button')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await screen.findByText('This launch is a clear violation.');
    expect(callsOf('card/get')).toEqual([{ entityId: 22 }]);
    fireEvent.click(screen.getByRole('button', { name: 'Open the full card of Kharkiv' }));
    await screen.findByRole('heading', { level: 2, name: 'Hwang Joon-kook' });
    expect(callsOf('card/get').at(-1)).toEqual({ entityId: 40 });
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    await screen.findByRole('heading', { name: /Officials/ });
  });

  test('a note added in an expanded card is sent for that entity and the card reloads', async () => {
    handlers['note/add'] = ({ target, body }) => ({ id: 9, target, body, created: 'now', updated: 'now' });
    render(<ReaderApp mode="popup" />);
    fireEvent.click((await screen.findByText('Hwang Joon-kook')).closest('button')!);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a note' }));
    fireEvent.input(screen.getByLabelText('Your note about Hwang Joon-kook'), { target: { value: 'Follow up' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(callsOf('note/add')).toEqual([{ target: { kind: 'entity', entityId: 17 }, body: 'Follow up' }]));
    await waitFor(() => expect(callsOf('card/get')).toHaveLength(2));
  });

  test('names from the store are text in rows too', async () => {
    handlers['tab/state'] = () => ({
      status: 'ready', articleId: 3, ...tabBase, title: HOSTILE.html,
      cast: [{ ...cast()[0], name: HOSTILE.html, role: HOSTILE.script, organization: HOSTILE.jsUrl }],
    });
    const { container } = render(<ReaderApp mode="popup" />);
    await screen.findByText(HOSTILE.html, { selector: '.bs-row-name bdi' });
    expect(container.querySelector('img, script, b')).toBeNull();
  });
});

describe('popup: nothing to show, and why', () => {
  test.each([
    ['not-english', 'This article is not in English'],
    ['not-article', 'This page does not look like an article'],
    ['working', 'Reading the page…'],
  ] as const)('%s', async (status, title) => {
    handlers['tab/state'] = () => ({ status, ...tabBase, cast: [] });
    render(<ReaderApp mode="popup" />);
    expect((await screen.findByText(title)).closest('[role=status]')).toBeTruthy();
    expect(document.querySelector('.bs-cast')).toBeNull();
  });

  test('unsupported pages show the specific reason and no site switch', async () => {
    handlers['tab/state'] = () => ({ status: 'unsupported', reason: 'This is a PDF; Backstory reads web articles only.', url: 'https://x.org/a.pdf', cast: [] });
    render(<ReaderApp mode="popup" />);
    await screen.findByText('Backstory cannot read this page');
    expect(screen.getByText('This is a PDF; Backstory reads web articles only.')).toBeTruthy();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  test('disabled: "Run once" runs on the tab; the switch asks for the site permission, then turns the site on', async () => {
    handlers['tab/state'] = () => ({ status: 'disabled', reason: 'off', ...tabBase, cast: [] });
    handlers['tab/run'] = () => ({ status: 'working', ...tabBase });
    handlers['site/set'] = ({ settings }) => settings;
    render(<ReaderApp mode="popup" />);
    await screen.findByText('Backstory is off for this site');
    fireEvent.click(screen.getByRole('button', { name: 'Run once on this page' }));
    await waitFor(() => expect(callsOf('tab/run')).toEqual([{ tabId: 7 }]));

    const sw = await screen.findByRole('switch', { name: 'Backstory on news.example.org' });
    await waitFor(() => expect((sw as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(sw);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://news.example.org/*', 'http://news.example.org/*'] });
    await waitFor(() => expect(callsOf('site/set')).toEqual([{ settings: { site: 'news.example.org', enabled: true } }]));
    await screen.findByText('Backstory is on for news.example.org.');
  });

  test('a refused permission leaves the site off and says so', async () => {
    handlers['tab/state'] = () => ({ status: 'disabled', ...tabBase, cast: [] });
    handlers['site/set'] = ({ settings }) => settings;
    fakeBrowser.permissions.request.mockResolvedValueOnce(false);
    render(<ReaderApp mode="popup" />);
    const sw = await screen.findByRole('switch');
    await waitFor(() => expect((sw as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(sw);
    await screen.findByText(/did not grant access/);
    expect((sw as HTMLInputElement).checked).toBe(false);
    expect(callsOf('tab/run')).toEqual([]);
  });

  test('the choice is recorded inside the click, before the permission prompt answers (Firefox may close the popup)', async () => {
    handlers['tab/state'] = () => ({ status: 'disabled', ...tabBase, cast: [] });
    handlers['site/set'] = ({ settings }) => settings;
    fakeBrowser.permissions.request.mockReturnValueOnce(new Promise<boolean>(() => undefined)); // never answers
    render(<ReaderApp mode="popup" />);
    const sw = await screen.findByRole('switch');
    await waitFor(() => expect((sw as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(sw);
    expect(callsOf('site/set')).toEqual([{ settings: { site: 'news.example.org', enabled: true } }]);
  });
});

describe('popup: search', () => {
  test('searches after typing and opens a hit', async () => {
    handlers['tab/state'] = () => ({ status: 'ready', articleId: 3, ...tabBase, cast: cast() });
    handlers.search = () => [{ entityId: 17, kind: 'person', name: 'Hwang Joon-kook', role: 'Ambassador', seenIn: 4, matched: 'note', snippet: 'briefing' }];
    render(<ReaderApp mode="popup" />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'briefing' } });
    const hit = await screen.findByText('briefing');
    expect(callsOf('search')).toEqual([{ query: 'briefing', limit: 30 }]);
    expect(screen.getByText('1 result')).toBeTruthy();
    expect(document.querySelector('.bs-cast')).toBeNull();
    fireEvent.click(hit.closest('button')!);
    await screen.findByRole('heading', { level: 2, name: 'Hwang Joon-kook' });
  });

  test('says when nothing was found', async () => {
    handlers['tab/state'] = () => ({ status: 'ready', articleId: 3, ...tabBase, cast: [] });
    handlers.search = () => [];
    render(<ReaderApp mode="popup" />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzz' } });
    await screen.findByText('Nothing found for “zzz”.');
  });
});

describe('side panel', () => {
  test('follows the active tab', async () => {
    handlers['tab/state'] = ({ tabId }) =>
      tabId === 7
        ? { status: 'ready', articleId: 3, ...tabBase, cast: cast() }
        : { status: 'not-english', ...tabBase, url: 'https://other.example/x', cast: [] };
    render(<ReaderApp mode="sidepanel" />);
    await screen.findByText('Hwang Joon-kook');
    fakeBrowser.tabs.query.mockResolvedValue([{ id: 8, url: 'https://other.example/x', active: true }]);
    await act(async () => {
      for (const l of listeners.tabActivated) l({ tabId: 8 });
    });
    await screen.findByText('This article is not in English');
    expect(callsOf('tab/state').at(-1)).toEqual({ tabId: 8 });
    expect(within(document.body).queryByText('Hwang Joon-kook')).toBeNull();
  });
});

describe('popup: side panel link', () => {
  afterEach(() => {
    delete (fakeBrowser as { sidebarAction?: unknown }).sidebarAction;
  });

  test('absent where the browser cannot open the panel', async () => {
    handlers['tab/state'] = () => ({ status: 'ready', articleId: 3, ...tabBase, cast: [] });
    render(<ReaderApp mode="popup" />);
    await screen.findByText('Backstory found no people or places on this page.');
    expect(screen.queryByRole('button', { name: 'Open in the side panel' })).toBeNull();
  });

  test('opens the Firefox sidebar inside the click', async () => {
    const open = jest.fn(async () => undefined);
    (fakeBrowser as { sidebarAction?: unknown }).sidebarAction = { open };
    handlers['tab/state'] = () => ({ status: 'ready', articleId: 3, ...tabBase, cast: [] });
    render(<ReaderApp mode="popup" />);
    const close = jest.spyOn(window, 'close').mockImplementation(() => undefined);
    fireEvent.click(await screen.findByRole('button', { name: 'Open in the side panel' }));
    expect(open).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(close).toHaveBeenCalled()); // the popup gives way to the panel
    close.mockRestore();
  });
});

describe('useTabView', () => {
  function Probe({ followMs }: { followMs?: number }) {
    const { view } = useTabView(7, 20, followMs);
    return <p data-testid="probe">{view ? `${view.status}:${view.cast.length}` : 'none'}</p>;
  }

  test('polls while the page is being read, then stops', async () => {
    let n = 0;
    handlers['tab/state'] = () => (++n < 3 ? { status: 'working', ...tabBase, cast: [] } : { status: 'ready', articleId: 3, ...tabBase, cast: cast() });
    render(<Probe />);
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('ready:4'));
    await new Promise((r) => setTimeout(r, 100));
    expect(n).toBe(3);
  });

  test('with followMs, picks up changes made elsewhere (side panel)', async () => {
    let notes = 0;
    handlers['tab/state'] = () => ({ status: 'ready', articleId: 3, ...tabBase, cast: cast().slice(0, notes + 1) });
    render(<Probe followMs={30} />);
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('ready:1'));
    notes = 2;
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('ready:3'));
  });
});
