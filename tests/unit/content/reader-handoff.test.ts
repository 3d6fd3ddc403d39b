import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtractedArticle } from '../../../utils/article';

const sendMessage = vi.fn((_type: string, _data?: unknown) => Promise.resolve());
vi.mock('../../../utils/messaging', () => ({ sendMessage }));

const article = (url: string) => ({ url }) as unknown as ExtractedArticle;

beforeEach(() => {
  delete (globalThis as Record<string, unknown>).__duizhaoReaderSlot;
  sendMessage.mockClear();
  vi.resetModules();
});

describe('reader hand-off', () => {
  it('asks the background for the reader once, then starts it on the waiting statement', async () => {
    const { showReader, registerReader } =
      await import('../../../entrypoints/content/reader-handoff');
    showReader(article('a'));
    showReader(article('b'));
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith('loadReader', undefined);

    const started: string[] = [];
    registerReader((a) => {
      started.push(a.url);
      return () => started.push(`stop ${a.url}`);
    });
    expect(started).toEqual(['b']);
  });

  it('stops the previous statement before showing the next, and hides on demand', async () => {
    const { showReader, hideReader, registerReader } =
      await import('../../../entrypoints/content/reader-handoff');
    const log: string[] = [];
    registerReader((a) => {
      log.push(`start ${a.url}`);
      return () => log.push(`stop ${a.url}`);
    });
    showReader(article('a'));
    showReader(article('b'));
    hideReader();
    hideReader();
    expect(log).toEqual(['start a', 'stop a', 'start b', 'stop b']);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('does not start a reader that loads after the statement was taken away', async () => {
    const { showReader, hideReader, registerReader } =
      await import('../../../entrypoints/content/reader-handoff');
    showReader(article('a'));
    hideReader();
    const start = vi.fn(() => () => undefined);
    registerReader(start);
    expect(start).not.toHaveBeenCalled();
  });
});

describe('reader hand-off and the extension context', () => {
  it('stops the reader and clears the global slot when the reader context is invalidated', async () => {
    const { showReader, registerReader } =
      await import('../../../entrypoints/content/reader-handoff');
    const invalidated: (() => void)[] = [];
    const ctx = { onInvalidated: (cb: () => void) => invalidated.push(cb) };
    const log: string[] = [];
    registerReader((a) => {
      log.push(`start ${a.url}`);
      return () => log.push(`stop ${a.url}`);
    }, ctx);
    showReader(article('a'));
    expect((globalThis as Record<string, unknown>).__duizhaoReaderSlot).toBeDefined();
    invalidated.forEach((cb) => cb());
    expect(log).toEqual(['start a', 'stop a']);
    expect((globalThis as Record<string, unknown>).__duizhaoReaderSlot).toBeUndefined();
    // A new content script (after an update) loads a new reader, not the orphaned one.
    showReader(article('b'));
    expect(sendMessage).toHaveBeenCalledWith('loadReader', undefined);
    expect(log).toEqual(['start a', 'stop a']);
  });

  it('leaves a newer slot alone when an old reader context ends late', async () => {
    const { showReader, registerReader, releaseReader } =
      await import('../../../entrypoints/content/reader-handoff');
    const invalidated: (() => void)[] = [];
    registerReader(() => () => undefined, {
      onInvalidated: (cb: () => void) => invalidated.push(cb),
    });
    releaseReader();
    const log: string[] = [];
    registerReader((a) => {
      log.push(`start ${a.url}`);
      return () => log.push(`stop ${a.url}`);
    });
    showReader(article('c'));
    invalidated.forEach((cb) => cb());
    expect(log).toEqual(['start c']);
    expect((globalThis as Record<string, unknown>).__duizhaoReaderSlot).toBeDefined();
  });
});
