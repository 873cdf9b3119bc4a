import { isFromFrame, isToFrame } from '../../../src/content/card/frame-protocol';

describe('card frame protocol', () => {
  test('the frame accepts well-formed commands only', () => {
    expect(isToFrame({ t: 'load', seq: 3, entityId: 7, name: 'Katharina Lindner', addNote: false })).toBe(true);
    expect(isToFrame({ t: 'invalidate', entityId: null })).toBe(true);
    expect(isToFrame({ t: 'hide' })).toBe(true);
    expect(isToFrame({ t: 'load', seq: 3, entityId: 0, name: 'x', addNote: false })).toBe(false);
    expect(isToFrame({ t: 'load', seq: 3, entityId: '7', name: 'x', addNote: false })).toBe(false);
    expect(isToFrame({ t: 'load', seq: 3, entityId: 7, name: 'x' })).toBe(false);
    expect(isToFrame({ t: 'note/add', body: 'forged' })).toBe(false);
    expect(isToFrame(null)).toBe(false);
    expect(isToFrame('load')).toBe(false);
  });

  test('the content script accepts sizes, actions and shortcut codes, nothing else', () => {
    expect(isFromFrame({ t: 'ready', seq: 1, height: 240 })).toBe(true);
    expect(isFromFrame({ t: 'size', height: 310.5 })).toBe(true);
    expect(isFromFrame({ t: 'close', returnFocus: true })).toBe(true);
    expect(isFromFrame({ t: 'open', entityId: 12 })).toBe(true);
    expect(isFromFrame({ t: 'key', code: 'KeyJ' })).toBe(true);
    expect(isFromFrame({ t: 'hello' })).toBe(true);
    expect(isFromFrame({ t: 'size', height: -1 })).toBe(false);
    expect(isFromFrame({ t: 'size', height: Number.NaN })).toBe(false);
    expect(isFromFrame({ t: 'key', code: 'Escape' })).toBe(false);
    expect(isFromFrame({ t: 'open', entityId: 1.5 })).toBe(false);
    expect(isFromFrame({ t: 'text', text: 'a note' })).toBe(false);
  });
});
