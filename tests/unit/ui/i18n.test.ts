import { formatDate, formatNumber, t, tCount } from '../../../src/ui/i18n';

jest.mock('../../../src/platform/browser', () => ({ browser: require('./fake-browser').fakeBrowser }));

describe('i18n helpers', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  test('a bare date shows the same calendar day in any time zone', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(formatDate('2024-03-01')).toBe('1 Mar 2024');
    process.env.TZ = 'Pacific/Auckland';
    expect(formatDate('2024-03-01')).toBe('1 Mar 2024');
  });

  test('non-dates pass through; numbers use the UI locale', () => {
    expect(formatDate('sometime in May')).toBe('sometime in May');
    expect(formatNumber(12345)).toBe('12,345');
  });

  test('missing keys show the key; counts pick singular or plural', () => {
    expect(t('noSuchKey')).toBe('noSuchKey');
    expect(tCount('seenIn', 1)).toBe('Seen in 1 article');
    expect(tCount('seenIn', 2)).toBe('Seen in 2 articles');
  });
});
