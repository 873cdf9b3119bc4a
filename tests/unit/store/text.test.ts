import { nameKey } from '../../../src/background/store/text';

describe('nameKey', () => {
  test('folds titles, possessives, diacritics and punctuation', () => {
    expect(nameKey("Mr. Hwang's")).toBe('hwang');
    expect(nameKey('Dr. José  Ramos-Horta')).toBe('jose ramos-horta');
    expect(nameKey('Mr.')).toBe('mr');
  });

  test.each([
    ['J.D. Vance', 'jd vance'],
    ['J. D. Vance', 'jd vance'],
    ['JD Vance', 'jd vance'],
    ['J.R.R. Tolkien', 'jrr tolkien'],
    ['Mr. A. B. Okafor', 'ab okafor'],
    ['U.N.', 'un'],
    // A lone initial, a letter between words, digits: unchanged.
    ['John F. Kennedy', 'john f kennedy'],
    ['Malcolm X', 'malcolm x'],
    ['Vassily A. Nebenzya', 'vassily a nebenzya'],
    ['C 3 PO', 'c 3 po'],
  ])('initials are one word however they are written: %s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  test('remembers keys: a name asked for again is not folded again', () => {
    const name = 'Ysolde Marchetti-Brennan';
    const key = nameKey(name);
    const normalize = jest.spyOn(String.prototype, 'normalize');
    try {
      expect(nameKey(name)).toBe(key);
      expect(normalize).not.toHaveBeenCalled();
    } finally {
      normalize.mockRestore();
    }
  });

  test('keys stay right when the memo is full and emptied', () => {
    const wrong: string[] = [];
    for (let i = 0; i < 25_000; i++) if (nameKey(`Ms. Name${i}'s`) !== `name${i}`) wrong.push(`Name${i}`);
    expect(wrong).toEqual([]);
    expect(nameKey("Mr. Hwang's")).toBe('hwang');
  });
});
