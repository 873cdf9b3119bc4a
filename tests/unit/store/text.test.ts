import { nameKey } from '../../../src/background/store/text';

describe('nameKey', () => {
  test('folds titles, possessives, diacritics and punctuation', () => {
    expect(nameKey("Mr. Hwang's")).toBe('hwang');
    expect(nameKey('Dr. José  Ramos-Horta')).toBe('jose ramos-horta');
    expect(nameKey('Mr.')).toBe('mr');
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
