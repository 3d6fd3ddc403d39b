// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';

let open = false;
const createDocument = vi.fn(async () => {
  await new Promise((r) => setTimeout(r, 5));
  if (open) throw new Error('Only a single offscreen document may be created.');
  open = true;
});
const getContexts = vi.fn(async () => (open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []));
const browser = {
  offscreen: { createDocument },
  runtime: {
    getContexts,
    getURL: (path: string) => `chrome-extension://duizhao${path}`,
    onStartup: { addListener: vi.fn(), removeListener: vi.fn() },
    onInstalled: { addListener: vi.fn(), removeListener: vi.fn() },
  },
};
vi.mock('wxt/browser', () => ({ browser }));
const onMessage = vi.fn(() => () => undefined);
vi.mock('../../../utils/messaging', () => ({ onMessage }));
const { hasReadingHost, openReadingHost, registerReadingHost, READING_HOST_PATH } =
  await import('../../../utils/reading/host');

beforeEach(() => {
  open = false;
  vi.clearAllMocks();
});

describe('the reading host (Chromium)', () => {
  it('is opened once, however many ask at the same time, with the worker as its reason', async () => {
    expect(hasReadingHost()).toBe(true);
    await Promise.all([openReadingHost(), openReadingHost(), openReadingHost()]);
    expect(createDocument).toHaveBeenCalledTimes(1);
    expect(createDocument).toHaveBeenCalledWith(
      expect.objectContaining({ url: READING_HOST_PATH, reasons: ['WORKERS'] }),
    );
    await openReadingHost();
    expect(createDocument).toHaveBeenCalledTimes(1);
  });

  it('is taken as open when another start opened it meanwhile; a real failure is reported', async () => {
    createDocument.mockImplementationOnce(async () => {
      open = true;
      throw new Error('Only a single offscreen document may be created.');
    });
    await expect(openReadingHost()).resolves.toBeUndefined();
    open = false;
    createDocument.mockImplementationOnce(async () => {
      throw new Error('offscreen disabled by policy');
    });
    await expect(openReadingHost()).rejects.toThrow('offscreen disabled by policy');
    // The next request tries again.
    await openReadingHost();
    expect(open).toBe(true);
  });

  it('opens when the browser starts or Duizhao is installed, and when a page asks', async () => {
    registerReadingHost(() => undefined);
    expect(onMessage).toHaveBeenCalledWith('readingHostOpen', expect.any(Function));
    const [onStartup] = browser.runtime.onStartup.addListener.mock.calls[0] as unknown as [
      () => void,
    ];
    expect(browser.runtime.onInstalled.addListener).toHaveBeenCalledWith(onStartup);
    onStartup();
    await vi.waitFor(() => expect(open).toBe(true));
  });

  it('has the worker answer the pages itself when the host cannot be opened', async () => {
    const fallback = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    registerReadingHost(fallback);
    const handler = (onMessage.mock.calls as unknown as [string, () => Promise<void>][]).find(
      ([type]) => type === 'readingHostOpen',
    )![1];
    createDocument.mockImplementationOnce(async () => {
      throw new Error('offscreen disabled by policy');
    });
    await handler();
    await handler();
    expect(fallback).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
