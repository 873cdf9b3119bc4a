import { isTransportFailure, NoAnswer, retryTransport } from '../../../src/platform/transport-retry';

const fast = { tries: 3, waitMs: 1 };

describe('retryTransport', () => {
  it('tries again after no answer and returns the later reply', async () => {
    let calls = 0;
    const value = await retryTransport(async () => {
      calls++;
      if (calls < 3) throw new NoAnswer('no reply');
      return 'ok';
    }, fast);
    expect(value).toBe('ok');
    expect(calls).toBe(3);
  });

  it('gives up after the planned number of attempts', async () => {
    let calls = 0;
    await expect(
      retryTransport(async () => {
        calls++;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }, fast),
    ).rejects.toThrow(/Receiving end/);
    expect(calls).toBe(3);
  });

  it('never repeats a request that failed for another reason', async () => {
    let calls = 0;
    await expect(
      retryTransport(async () => {
        calls++;
        throw new Error('The store is full');
      }, fast),
    ).rejects.toThrow('The store is full');
    expect(calls).toBe(1);
  });

  it.each([
    ['A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received', true],
    ['The message port closed before a response was received.', true],
    ['Could not establish connection. Receiving end does not exist.', true],
    ['Message manager disconnected', true],
    ['Backstory is not on for this page', false],
    ['', false],
  ])('classifies %j as transport failure: %s', (message, expected) => {
    expect(isTransportFailure(new Error(message))).toBe(expected);
  });
});
