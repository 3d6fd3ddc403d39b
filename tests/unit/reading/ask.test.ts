// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('../../../utils/messaging', () => ({ sendMessage }));
const { askReading } = await import('../../../utils/reading/ask');

beforeEach(() => sendMessage.mockReset());

describe('asking for readings', () => {
  it('asks once when answered', async () => {
    sendMessage.mockResolvedValueOnce([[]]);
    expect(await askReading('readingTokenize', { texts: ['中'] })).toEqual([[]]);
    expect(sendMessage.mock.calls.map(([type]) => type)).toEqual(['readingTokenize']);
  });

  it('has the reading host opened and asks again when nobody answered', async () => {
    sendMessage
      .mockRejectedValueOnce(
        new Error('Could not establish connection. Receiving end does not exist.'),
      )
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce([['ok']]);
    expect(await askReading('readingTokenize', { texts: ['中'] })).toEqual([['ok']]);
    expect(sendMessage.mock.calls.map(([type]) => type)).toEqual([
      'readingTokenize',
      'readingHostOpen',
      'readingTokenize',
    ]);
  });

  it('passes any other error on without asking again', async () => {
    sendMessage.mockRejectedValueOnce(new Error('Dictionary missing from the extension (404)'));
    await expect(
      askReading('readingWordAt', { text: '中', offset: 0, exact: false }),
    ).rejects.toThrow(/404/);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
