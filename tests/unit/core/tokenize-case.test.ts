import { lowerDiffers, lowerSingleCode, upperDiffers, upperSingleDiffers } from '../../../src/core/tokenize-case';

describe('code unit case tables', () => {
  test('agree with String.prototype.toLowerCase/toUpperCase on every UTF-16 code unit', () => {
    const bad: number[] = [];
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      const l = ch.toLowerCase();
      const u = ch.toUpperCase();
      const ok =
        lowerSingleCode(c) === (l.length === 1 ? l.charCodeAt(0) : c) &&
        lowerDiffers(c) === (l !== ch) &&
        upperDiffers(c) === (u !== ch) &&
        upperSingleDiffers(c) === (u.length === 1 && u.charCodeAt(0) !== c);
      if (!ok) bad.push(c);
    }
    expect(bad).toEqual([]);
    // spot checks
    expect(lowerSingleCode(0x130)).toBe(0x130); // 'İ' lower-cases to two code units
    expect(lowerSingleCode(0x41)).toBe(0x61);
    expect(lowerSingleCode(0xc9)).toBe(0xe9);
    expect(upperSingleDiffers(0xdf)).toBe(false); // 'ß' upper-cases to 'SS'
    expect(upperDiffers(0xdf)).toBe(true);
  });
});
