// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Alignment } from '../../../utils/align/types';
import type { Article } from '../../../utils/article';
import type { ScorerResources } from '../../../utils/match/resources';
import { ALIGNMENT, EN, ZH } from '../side-by-side/made-up';

type Handler = (message: { data: unknown; sender: { tab?: { id: number } } }) => unknown;
const handlers = new Map<string, Handler>();
const sent: { type: string; tabId: number }[] = [];
vi.mock('../../../utils/messaging', () => ({
  onMessage: (type: string, handler: Handler) => {
    handlers.set(type, handler);
    return () => handlers.delete(type);
  },
  sendMessage: vi.fn(async (type: string, _data: unknown, tabId: number) => {
    sent.push({ type, tabId });
  }),
}));
const commandListeners = new Set<(command: string, tab?: { id?: number }) => void>();
const browser = {
  commands: {
    onCommand: {
      addListener: (l: (command: string, tab?: { id?: number }) => void) => commandListeners.add(l),
      removeListener: (l: (command: string, tab?: { id?: number }) => void) =>
        commandListeners.delete(l),
    },
  },
  tabs: { query: vi.fn(async () => [{ id: 42 }]) },
};
vi.mock('wxt/browser', () => ({ browser }));

const RESOURCES: ScorerResources = { gazetteer: [], terms: [], dictionary: null };

beforeEach(() => {
  handlers.clear();
  sent.length = 0;
  commandListeners.clear();
  vi.resetModules();
});

async function service(align = vi.fn((_zh: Article, _en: Article): Alignment => ALIGNMENT)) {
  const resources = vi.fn(async () => RESOURCES);
  const { registerAlignService } = await import('../../../entrypoints/background/align-service');
  const off = registerAlignService({ resources, align });
  const ask = (data: unknown) =>
    handlers.get('alignEnglish')!({ data, sender: { tab: { id: 1 } } });
  return { align, resources, ask, off };
}

describe('alignEnglish in the background worker', () => {
  it('aligns a pair once and answers the same pair from memory', async () => {
    const { align, ask } = await service();
    expect(await ask({ zh: ZH, en: EN })).toEqual({ ok: true, alignment: ALIGNMENT });
    expect(await ask({ zh: ZH, en: EN })).toEqual({ ok: true, alignment: ALIGNMENT });
    expect(align).toHaveBeenCalledTimes(1);
    expect(align).toHaveBeenCalledWith(ZH, EN, RESOURCES);
    // A changed text is another pair.
    const changed = { ...EN, paragraphs: [...EN.paragraphs, { text: 'One more sentence.' }] };
    await ask({ zh: ZH, en: changed });
    expect(align).toHaveBeenCalledTimes(2);
  });

  it('refuses bad input with a clear message, without running the aligner', async () => {
    const { align, ask } = await service();
    expect(await ask({ zh: ZH, en: { ...EN, paragraphs: [] } })).toEqual({
      ok: false,
      message: 'The English version has no text.',
    });
    expect(await ask({ zh: { url: 3 }, en: EN })).toEqual({
      ok: false,
      message: 'The Chinese statement is not an article.',
    });
    expect(await ask({ zh: ZH, en: { ...EN, paragraphs: [{ text: 5 }] } })).toEqual({
      ok: false,
      message: 'The English version has a malformed paragraph.',
    });
    expect(await ask(null)).toEqual({
      ok: false,
      message: 'The Chinese statement is not an article.',
    });
    expect(align).not.toHaveBeenCalled();
  });

  it('reports an engine failure and tries again on the next request', async () => {
    const align = vi
      .fn((_zh: Article, _en: Article): Alignment => ALIGNMENT)
      .mockImplementationOnce(() => {
        throw new Error('Dictionary missing from the extension (404)');
      });
    const { ask } = await service(align);
    expect(await ask({ zh: ZH, en: EN })).toEqual({
      ok: false,
      message: 'Dictionary missing from the extension (404)',
    });
    expect(await ask({ zh: ZH, en: EN })).toEqual({ ok: true, alignment: ALIGNMENT });
    expect(align).toHaveBeenCalledTimes(2);
  });

  it('keeps a bounded number of alignments', async () => {
    const { align, ask } = await service();
    const { ALIGN_CACHE_SIZE } = await import('../../../entrypoints/background/align-service');
    const zhAt = (i: number) => ({ ...ZH, url: `${ZH.url}?n=${i}` });
    for (let i = 0; i <= ALIGN_CACHE_SIZE; i++) await ask({ zh: zhAt(i), en: EN });
    expect(align).toHaveBeenCalledTimes(ALIGN_CACHE_SIZE + 1);
    // The most recent ones are kept; the first one has gone.
    await ask({ zh: zhAt(ALIGN_CACHE_SIZE), en: EN });
    expect(align).toHaveBeenCalledTimes(ALIGN_CACHE_SIZE + 1);
    await ask({ zh: zhAt(0), en: EN });
    expect(align).toHaveBeenCalledTimes(ALIGN_CACHE_SIZE + 2);
  });
});

describe('the side-by-side shortcut', () => {
  it('is relayed to the tab it was pressed in, or to the active tab', async () => {
    const { registerSideBySideCommand, SIDE_BY_SIDE_COMMAND } =
      await import('../../../entrypoints/background/align-service');
    const off = registerSideBySideCommand();
    commandListeners.forEach((l) => l(SIDE_BY_SIDE_COMMAND, { id: 7 }));
    commandListeners.forEach((l) => l(SIDE_BY_SIDE_COMMAND));
    commandListeners.forEach((l) => l('save-to-glossary', { id: 7 }));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
      { type: 'toggleSideBySide', tabId: 7 },
      { type: 'toggleSideBySide', tabId: 42 },
    ]);
    off();
    expect(commandListeners.size).toBe(0);
  });
});

describe('termInStatement in the background worker', () => {
  it('answers from the last alignment of the statement, and null before there is one', async () => {
    // A name the gazetteer knows: 中方 ↔ "China" (zh 0 ↔ en 1 in the made-up alignment).
    const resources = vi.fn(async (): Promise<ScorerResources> => ({
      gazetteer: [{ zh: '中方', en: ['China'], type: 'place' }],
      terms: [],
      dictionary: null,
    }));
    const { registerAlignService } = await import('../../../entrypoints/background/align-service');
    registerAlignService({ resources, align: () => ALIGNMENT });
    const ask = (type: string, data: unknown) =>
      handlers.get(type)!({ data, sender: { tab: { id: 1 } } });
    const where = { zhUrl: ZH.url, sentence: '中方欢迎各方来访。', word: '中方', offset: 0 };
    expect(await ask('termInStatement', where)).toBeNull(); // not aligned yet
    await ask('alignEnglish', { zh: ZH, en: EN });
    expect(await ask('termInStatement', where)).toBe('China');
    // Another statement, a sentence with no English counterpart, malformed requests.
    expect(
      await ask('termInStatement', { ...where, zhUrl: 'https://www.mfa.gov.cn/x' }),
    ).toBeNull();
    expect(
      await ask('termInStatement', {
        ...where,
        sentence: '这一点很重要。',
        word: '重要',
        offset: 3,
      }),
    ).toBeNull();
    expect(await ask('termInStatement', { zhUrl: ZH.url })).toBeNull();
  });
});
