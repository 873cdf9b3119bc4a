/** @jest-environment ./tests/unit/jsdom-env.cjs */
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { CardView } from '../../../src/ui/components/card-view';
import { flagEmoji } from '../../../src/ui/components/flag';
import { a11yProblems } from './a11y';
import { HOSTILE, note, personCard, placeCard } from './fixtures';

// The machine running the tests may be busy: give async UI updates time.
configure({ asyncUtilTimeout: 5000 });

jest.mock('../../../src/platform/browser', () => ({ browser: require('./fake-browser').fakeBrowser }));

afterEach(() => {
  delete (window as { __pwned?: number }).__pwned;
});

describe('CardView: a person', () => {
  test('shows name, kind, role with organisation and country, and the source sentence', () => {
    render(<CardView card={personCard()} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Hwang Joon-kook' })).toBeTruthy();
    expect(screen.getByText('Official')).toBeTruthy();
    const role = document.querySelector('.bs-role')!;
    expect(role.textContent).toBe('Ambassador to the United Nations · United Nations · South Korea');
    expect(screen.getByText(/said the launch was illegal/)).toBeTruthy();
    expect(document.querySelector('.bs-sentence cite')!.textContent).toBe('Security Council meets on missiles');
    expect(screen.getByRole('article', { name: 'Hwang Joon-kook' })).toBeTruthy();
  });

  test('shows role history with dates, quotes, seen-in summary with links, companions and notes', () => {
    render(<CardView card={personCard()} onOpenEntity={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Roles' })).toBeTruthy();
    expect(screen.getByText('Special Representative for Korean Peninsula Peace')).toBeTruthy();
    expect(document.querySelector('time[datetime="2019-06-10"]')!.textContent).toMatch(/2019/);
    expect(screen.getByText('This launch is a clear violation.').closest('q')).toBeTruthy();
    expect(screen.getByText(/^Seen in 4 articles since .*2019$/)).toBeTruthy();
    const links = screen.getAllByRole('link', { name: 'Talks resume' });
    expect(links[0].getAttribute('href')).toBe('https://news.example.org/a2');
    expect(links[0].getAttribute('rel')).toContain('noopener');
    expect(screen.getByRole('button', { name: 'Vassily Nebenzya: together in 3 articles' })).toBeTruthy();
    expect(screen.getByText('UN').tagName).toBe('EM');
    expect(screen.getByText('Also named:')).toBeTruthy();
  });

  test('singular "seen in" wording and no role history for a single role', () => {
    render(<CardView card={personCard({ seenIn: 1, roles: personCard().roles.slice(0, 1) })} />);
    expect(screen.getByText(/^Seen in 1 article, on /)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Roles' })).toBeNull();
  });

  test('compact mode limits the lists and hides aliases', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({
      articleId: 100 + i, title: `Article ${i}`, url: `https://e.org/${i}`, date: '2024-01-0' + ((i % 9) + 1), mentions: 1,
    }));
    render(<CardView card={personCard({ appearances: many })} compact />);
    expect(document.querySelectorAll('.bs-appearances li')).toHaveLength(3);
    expect(screen.queryByText('Also named:')).toBeNull();
  });

  test('adds a note through onAddNote and announces it', async () => {
    const onAddNote = jest.fn(async () => undefined);
    render(<CardView card={personCard()} onAddNote={onAddNote} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a note' }));
    const box = screen.getByLabelText('Your note about Hwang Joon-kook');
    fireEvent.input(box, { target: { value: 'Ask about **sanctions**' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(onAddNote).toHaveBeenCalledWith('Ask about **sanctions**'));
    await screen.findByText('Note saved.');
  });

  test('a failed save keeps the text and shows why', async () => {
    const onAddNote = jest.fn(async () => {
      throw new Error('quota exceeded');
    });
    render(<CardView card={personCard()} onAddNote={onAddNote} startAddingNote />);
    const box = screen.getByLabelText('Your note about Hwang Joon-kook') as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'keep me' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: quota exceeded');
    expect(box.value).toBe('keep me');
  });

  test('edits a note through onEditNote', async () => {
    const onEditNote = jest.fn(async () => undefined);
    render(<CardView card={personCard()} onEditNote={onEditNote} />);
    fireEvent.click(screen.getByRole('button', { name: /^Edit note of / }));
    const box = screen.getByLabelText('Edit your note about Hwang Joon-kook') as HTMLTextAreaElement;
    expect(box.value).toBe('Met him at the *UN* briefing.');
    fireEvent.input(box, { target: { value: 'Changed' } });
    fireEvent.submit(box.closest('form')!);
    await waitFor(() => expect(onEditNote).toHaveBeenCalledWith(5, 'Changed'));
  });

  test('without callbacks there is no add box and no edit button', () => {
    render(<CardView card={personCard()} />);
    expect(screen.queryByRole('button', { name: 'Add a note' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Edit note/ })).toBeNull();
  });
});

describe('CardView: a place', () => {
  test('shows kind, country with flag and a locator map with a dot at the coordinates', () => {
    render(<CardView card={placeCard()} />);
    expect(screen.getByText('City')).toBeTruthy();
    expect(screen.getByText(/in Ukraine/)).toBeTruthy();
    expect(document.querySelector('.bs-flag')!.textContent).toBe(flagEmoji('UA'));
    const map = screen.getByRole('img', { name: 'Map: Kharkiv, Ukraine (49.99° N, 36.23° E)' });
    const dot = map.querySelector('.bs-map-dot')!;
    expect(Number(dot.getAttribute('cx'))).toBeCloseTo(216.23);
    expect(Number(dot.getAttribute('cy'))).toBeCloseTo(40.01);
    expect(map.querySelector('.bs-map-country')!.getAttribute('d')).toMatch(/^M\d/);
  });

  test('no map when neither coordinates nor a known country are given', () => {
    render(<CardView card={placeCard({ place: { kind: 'place' } })} />);
    expect(screen.queryByRole('img')).toBeNull();
  });

  test('flag emoji only for two-letter codes', () => {
    expect(flagEmoji('fr')).toBe('\u{1F1EB}\u{1F1F7}');
    expect(flagEmoji('FRA')).toBe('');
    expect(flagEmoji('<b')).toBe('');
    expect(flagEmoji(undefined)).toBe('');
  });
});

describe('CardView: store data is shown as text, never as markup or live links', () => {
  const fields = Object.values(HOSTILE);
  test.each(fields)('payload %j', (payload) => {
    const card = personCard({
      name: payload,
      aliases: [payload],
      current: { ...personCard().current!, role: payload, organization: payload, sentence: payload, articleTitle: payload },
      quotes: [{ text: payload, articleId: 1, articleTitle: payload, url: HOSTILE.jsUrl, date: payload }],
      appearances: [{ articleId: 1, title: payload, url: HOSTILE.jsUrl, site: payload, date: '2024-01-01', mentions: 1 }],
      companions: [{ entityId: 2, name: payload, kind: 'person', together: 1 }],
      notes: [note(1, payload)],
    });
    const { container } = render(<CardView card={card} />);
    expect(container.querySelector('img, script, b, iframe')).toBeNull();
    for (const a of Array.from(container.querySelectorAll('a'))) expect(a.getAttribute('href')).toMatch(/^https?:/);
    expect(container.querySelectorAll('[onerror], [onclick]')).toHaveLength(0);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(payload);
    expect(container.querySelector('.bs-role bdi')!.textContent).toBe(payload);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('bidi overrides stay inside their own isolate', () => {
    render(<CardView card={personCard({ name: HOSTILE.bidi })} />);
    const heading = screen.getByRole('heading', { level: 2 });
    const iso = heading.querySelector('bdi')!;
    expect(iso.textContent).toBe(HOSTILE.bidi);
    expect(iso.parentElement).toBe(heading);
  });
});

describe('CardView: accessibility', () => {
  test.each([
    ['person, full, with note actions', () => <CardView card={personCard()} onAddNote={() => undefined} onEditNote={() => undefined} onOpenEntity={() => undefined} startAddingNote />],
    ['place, compact', () => <CardView card={placeCard()} compact level={3} />],
  ])('%s: names, labels, alternatives, heading order', (_name, make) => {
    const { container } = render(make());
    expect(a11yProblems(container)).toEqual([]);
  });
});
