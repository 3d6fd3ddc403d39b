// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtractedArticle } from '../../../utils/article';
import type { ReadingToken } from '../../../utils/reading/pinyin';

const sendMessage = vi.fn((_type: string, _data?: unknown): Promise<unknown> => Promise.resolve());
vi.mock('../../../utils/messaging', () => ({ sendMessage }));

const article = (url: string, paragraphs: Element[] = [], title: Element | null = null) =>
  ({ url, nodes: { title, paragraphs } }) as unknown as ExtractedArticle;

/** A paragraph of text and child elements: ['text', ['code', 'text'], …]. */
const para = (...parts: (string | [string, string])[]) => {
  const p = document.createElement('p');
  for (const part of parts) {
    if (typeof part === 'string') p.append(part);
    else {
      const child = document.createElement(part[0]);
      child.textContent = part[1];
      p.append(child);
    }
  }
  return p;
};

const token = (text: string): ReadingToken => ({ text, kind: 'han', py: [] });

/** The background answers each text asked for with one token of it. */
const answerEachText = () =>
  sendMessage.mockImplementation((type: string, data?: unknown) =>
    Promise.resolve(
      type === 'readingTokenize'
        ? (data as { texts: string[] }).texts.map((t) => [token(t)])
        : undefined,
    ),
  );

beforeEach(() => {
  delete (globalThis as Record<string, unknown>).__duizhaoReaderSlot;
  sendMessage.mockReset();
  vi.resetModules();
});

describe('reader hand-off', () => {
  it('starts the reading layer on the statement shown, or on the one waiting when it registers', async () => {
    const { showReader, registerReader } =
      await import('../../../entrypoints/content/reader-handoff');
    showReader(article('a'));
    showReader(article('b'));
    // Nothing is injected for the reading layer (the content script carries it), and without it
    // no interface is asked for.
    expect(sendMessage).not.toHaveBeenCalled();
    const started: string[] = [];
    registerReader((a) => {
      started.push(a.url);
      return () => started.push(`stop ${a.url}`);
    });
    expect(started).toEqual(['b']);
    showReader(article('c'));
    expect(started).toEqual(['b', 'stop b', 'c']);
  });

  it("asks for the first paragraphs' readings with the reader and hands them to it", async () => {
    answerEachText();
    const { showReader, registerReader } =
      await import('../../../entrypoints/content/reader-handoff');
    const title = para('外交部发言人');
    // Text nodes without Han characters and text inside skipped elements are not read.
    const first = para('今天', ['code', '代码'], '下午 ', ['b', '举行'], ' 2019');
    const long = para('很长的段落。'.repeat(300));
    showReader(article('a', [first, long, para('再见')], title));
    const tokenize = sendMessage.mock.calls.filter(([type]) => type === 'readingTokenize');
    // One message: the title and the first paragraph; the long one would pass 1,500 characters.
    expect(tokenize).toEqual([
      ['readingTokenize', { texts: ['外交部发言人', '今天', '下午 ', '举行'] }],
    ]);
    let handed: readonly { element: Element; texts: string[]; tokens: unknown }[] = [];
    registerReader((_a, early) => {
      handed = early;
      return () => undefined;
    });
    expect(handed.map((e) => [e.element, e.texts])).toEqual([
      [title, ['外交部发言人']],
      [first, ['今天', '下午 ', '举行']],
    ]);
    expect(await handed[1]!.tokens).toEqual([[token('今天')], [token('下午 ')], [token('举行')]]);
  });

  it('asks for the first paragraphs in a small message, then the rest, each answer to its own', async () => {
    answerEachText();
    const { showReader, registerReader } =
      await import('../../../entrypoints/content/reader-handoff');
    // Five paragraphs of 200 characters: 300 are reached with the second, 1,500 not at all.
    const paragraphs = [1, 2, 3, 4, 5].map((n) => para(`第${n}段。`.repeat(50)));
    showReader(article('a', paragraphs));
    const tokenize = sendMessage.mock.calls.filter(([type]) => type === 'readingTokenize');
    expect(tokenize.map(([, data]) => (data as { texts: string[] }).texts.length)).toEqual([2, 3]);
    let handed: readonly { element: Element; tokens: unknown }[] = [];
    registerReader((_a, early) => {
      handed = early;
      return () => undefined;
    });
    expect(handed.map((e) => e.element)).toEqual(paragraphs);
    for (const [i, e] of handed.entries())
      expect(((await e.tokens) as ReadingToken[][])[0]![0]!.text).toBe(`第${i + 1}段。`.repeat(50));
  });

  it('asks for the interface once, after the first readings came and a frame was drawn', async () => {
    // The tests before leave hand-offs that ask for the interface after a frame: let them end.
    await new Promise((r) => setTimeout(r, 150));
    sendMessage.mockClear();
    const pending: Record<string, () => void> = {};
    sendMessage.mockImplementation(
      (type: string) =>
        new Promise<unknown>((resolve) => {
          pending[type] = () => resolve(type === 'readingTokenize' ? [[]] : undefined);
        }),
    );
    const { showReader, registerReader } =
      await import('../../../entrypoints/content/reader-handoff');
    let handed: Promise<unknown> | undefined;
    registerReader((_a, _early, settings) => {
      handed = settings;
      return () => undefined;
    });
    // The settings recognition read are handed on, not read again.
    const settings = { tones: 'numbers' };
    showReader(article('a', [para('今天')]), settings);
    expect(await handed).toBe(settings);
    const types = () => sendMessage.mock.calls.map(([type]) => type);
    expect(types()).toEqual(['readingTokenize']);
    await new Promise((r) => setTimeout(r, 150));
    expect(types()).not.toContain('loadReaderInterface');
    pending.readingTokenize!();
    // After a frame (or the 100 ms fallback where none is drawn).
    await vi.waitFor(() => expect(types()).toContain('loadReaderInterface'));
    showReader(article('b', [para('再见')]));
    expect(types().filter((t) => t === 'loadReaderInterface')).toHaveLength(1);
  });

  it('asks for the interface again on the next statement when it could not be loaded', async () => {
    await new Promise((r) => setTimeout(r, 150));
    sendMessage.mockClear();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    sendMessage.mockImplementation((type: string) =>
      type === 'loadReaderInterface' ? Promise.reject(new Error('no tab')) : Promise.resolve([[]]),
    );
    const { showReader, registerReader } =
      await import('../../../entrypoints/content/reader-handoff');
    registerReader(() => () => undefined);
    showReader(article('a', [para('今天')]));
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    showReader(article('b', [para('再见')]));
    const types = () => sendMessage.mock.calls.map(([type]) => type);
    await vi.waitFor(() =>
      expect(types().filter((t) => t === 'loadReaderInterface')).toHaveLength(2),
    );
    warn.mockRestore();
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

describe('reader hand-off: the reading layer and the interface', () => {
  it('starts both parts on the statement, the early readings and settings to the reading part only', async () => {
    const { showReader, hideReader, registerReader } =
      await import('../../../entrypoints/content/reader-handoff');
    showReader(article('a', [para('外交部')]));
    const log: string[] = [];
    registerReader((a, early, settings) => {
      log.push(`reading ${a.url} early ${early.length} settings ${settings ? 'read' : 'none'}`);
      return () => log.push('stop reading');
    });
    registerReader(
      (a, early, settings) => {
        log.push(`ui ${a.url} early ${early.length} settings ${settings ? 'read' : 'none'}`);
        return () => log.push('stop ui');
      },
      undefined,
      'ui',
    );
    expect(log).toEqual(['reading a early 1 settings read', 'ui a early 0 settings none']);
    showReader(article('b'));
    hideReader();
    expect(log.slice(2)).toEqual([
      'stop reading',
      'stop ui',
      'reading b early 0 settings read',
      'ui b early 0 settings none',
      'stop reading',
      'stop ui',
    ]);
  });

  it('hands the word popup’s view from the interface to the reading layer, before or after it asks', async () => {
    const { provideWordPopup, wordPopupMount } =
      await import('../../../entrypoints/content/reader-handoff');
    const mount = vi.fn();
    const early = wordPopupMount();
    provideWordPopup(mount);
    expect(await early).toBe(mount);
    expect(await wordPopupMount()).toBe(mount);
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
    // A new content script (after an update) registers its own reader; the orphaned one is not
    // called again.
    showReader(article('b'));
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
