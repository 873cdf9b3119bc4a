import { isGranted, isWebPattern, matchesPattern, originPattern, siteOf, unsupportedReason } from '../../../src/background/site-access';

describe('unsupportedReason', () => {
  it.each([
    ['https://www.example.com/news/1', null],
    ['http://127.0.0.1:8080/a.html', null],
  ])('reads %s', (url, want) => expect(unsupportedReason(url)).toBe(want));

  it.each([
    ['chrome://extensions/', /browser or extension page/],
    ['about:blank', /browser or extension page/],
    ['moz-extension://abc/popup.html', /browser or extension page/],
    ['file:///home/me/a.html', /files opened from your disk/],
    ['https://example.com/report.PDF', /PDF/],
    ['https://chromewebstore.google.com/detail/x', /does not let extensions/],
    ['not a url', /not a web page/],
  ])('refuses %s', (url, why) => expect(unsupportedReason(url)).toMatch(why));
});

describe('match patterns', () => {
  it.each([
    ['https://www.bbc.co.uk/news/x', 'https://www.bbc.co.uk/*', true],
    ['http://www.bbc.co.uk/news/x', 'https://www.bbc.co.uk/*', false],
    ['http://127.0.0.1:4321/a.html', 'http://127.0.0.1/*', true],
    ['https://news.bbc.co.uk/a', '*://*.bbc.co.uk/*', true],
    ['https://bbc.co.uk/a', '*://*.bbc.co.uk/*', true],
    ['https://notbbc.co.uk/a', '*://*.bbc.co.uk/*', false],
    ['https://example.com/a?b=1', 'https://*/*', true],
    ['https://example.com/news/a', 'https://example.com/sport/*', false],
    ['ftp://example.com/a', '<all_urls>', false],
    ['https://example.com/a', '<all_urls>', true],
  ])('%s against %s is %s', (url, pattern, want) => expect(matchesPattern(url, pattern)).toBe(want));

  it('a granted list covers a url when any pattern does', () => {
    expect(isGranted('https://a.example/x', ['https://b.example/*', 'https://a.example/*'])).toBe(true);
    expect(isGranted('https://c.example/x', ['https://b.example/*'])).toBe(false);
    expect(isGranted('https://c.example/x', [])).toBe(false);
  });

  it('tells web patterns from others', () => {
    expect(isWebPattern('https://a.example/*')).toBe(true);
    expect(isWebPattern('*://*/*')).toBe(true);
    expect(isWebPattern('<all_urls>')).toBe(true);
    expect(isWebPattern('moz-extension://x/*')).toBe(false);
  });

  it('builds the pattern that enables one site', () => {
    expect(originPattern('https://www.example.com:8443/a/b?c')).toBe('https://www.example.com/*');
    expect(matchesPattern('https://www.example.com/other', originPattern('https://www.example.com/a'))).toBe(true);
  });

  it('reads the site of a url', () => {
    expect(siteOf('https://www.example.com/a')).toBe('www.example.com');
    expect(siteOf('garbage')).toBeUndefined();
    expect(siteOf(undefined)).toBeUndefined();
  });
});
