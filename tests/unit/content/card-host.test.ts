/** @jest-environment ./tests/unit/jsdom-env.cjs */
/**
 * The card host is made at its first use, not with the session: until then the page reader has nothing of
 * Backstory's to skip and the page's DOM holds nothing of Backstory's.
 */
jest.mock('../../../src/platform/browser', () => ({ browser: require('../ui/fake-browser').fakeBrowser }));
import { CardHost } from '../../../src/content/card/card-host';

describe('CardHost', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '<head></head><body><p>A paragraph of the page.</p></body>';
  });

  test('a new host makes no element and owns nothing', () => {
    const before = document.documentElement.outerHTML;
    const host = new CardHost(document);
    expect(host.ownElements().size).toBe(0);
    expect(host.owns(document.body)).toBe(false);
    expect(host.contains(document.body)).toBe(false);
    expect(host.hasFrame).toBe(false);
    host.takeFocusBack();
    host.detach();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('attached, the host is the one element it owns, and detaching removes it', () => {
    const host = new CardHost(document);
    host.attach();
    const [el] = [...host.ownElements()];
    expect(el).toBeDefined();
    expect(el.isConnected).toBe(true);
    expect(el.parentElement).toBe(document.documentElement);
    expect(host.owns(el)).toBe(true);
    expect(host.contains(el)).toBe(true);
    expect(host.owns(document.body)).toBe(false);
    host.attach();
    expect(document.documentElement.querySelectorAll(':scope > backstory-ui').length).toBe(1);
    host.detach();
    expect(el.isConnected).toBe(false);
  });
});
