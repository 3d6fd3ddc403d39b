// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { KnownWordsChange } from '../../../utils/messaging';
import { DEFAULT_READING_SETTINGS } from '../../../utils/reading/settings';
import { knownWordsItem, readingSettingsItem } from '../../../utils/storage';

type Sender = { tab?: { id: number; incognito?: boolean }; url?: string };
type Handler = (message: { data: never; sender: Sender }) => Promise<unknown>;
const handlers = new Map<string, Handler>();
vi.mock('../../../utils/messaging', () => ({
  onMessage: (type: string, handler: Handler) => {
    handlers.set(type, handler);
    return () => handlers.delete(type);
  },
}));
const { applyKnownWords, registerUserDataService } =
  await import('../../../entrypoints/background/user-data-service');

/** A message as the background receives it from a tab (`tab`) or the popup (no tab). */
const send = (type: string, data: unknown, sender: Sender = { tab: { id: 1 } }) =>
  handlers.get(type)!({ data: data as never, sender });

let off: () => void;
beforeEach(() => {
  off = registerUserDataService();
});
afterEach(() => {
  off();
  fakeBrowser.reset();
});

describe('known words, written by the background only', () => {
  it('loses no word when several tabs mark words at the same moment', async () => {
    // Without one writer, each tab reads the same list and writes it back with only its word.
    const words = ['中方', '双方', '一带一路', '多边主义', '命运共同体', '和平共处'];
    await Promise.all(
      words.map((word, i) => send('knownWordsChange', { add: [word] }, { tab: { id: i + 1 } })),
    );
    expect((await knownWordsItem.getValue()).sort()).toEqual([...words].sort());
    await Promise.all([
      send('knownWordsChange', { remove: ['中方'] }, { tab: { id: 1 } }),
      send('knownWordsChange', { add: ['主权'] }, { tab: { id: 2 } }),
    ]);
    const stored = await knownWordsItem.getValue();
    expect(stored).toContain('主权');
    expect(stored).not.toContain('中方');
    expect(stored).toHaveLength(words.length);
  });

  it('reports a failed write to the tab instead of looking saved', async () => {
    vi.spyOn(knownWordsItem, 'setValue').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    await expect(send('knownWordsChange', { add: ['中方'] })).rejects.toThrow(
      'The known words could not be saved (QUOTA_BYTES quota exceeded).',
    );
    expect(await knownWordsItem.getValue()).toEqual([]);
  });

  it('in a private window writes nothing, and answers the list with the marks', async () => {
    await knownWordsItem.setValue(['中方']);
    const incognito = { tab: { id: 9, incognito: true } };
    expect(await send('knownWordsChange', { add: ['双方'] }, incognito)).toEqual({
      words: ['中方', '双方'],
      stored: false,
    });
    expect(await send('knownWordsChange', { remove: ['中方'] }, incognito)).toEqual({
      words: ['双方'],
      stored: false,
    });
    expect(await knownWordsItem.getValue()).toEqual(['中方']);
  });

  it('applies changes in order: clear, then add and remove; trimmed, no duplicates', () => {
    const change: KnownWordsChange = { clear: true, add: [' 中方 ', '中方', ''], remove: [] };
    expect(applyKnownWords(['双方'], change)).toEqual(['中方']);
    expect(applyKnownWords(['双方', '中方'], { remove: ['双方'] })).toEqual(['中方']);
  });
});

describe('reading settings, written by the background only', () => {
  it('merges concurrent changes from two popups, site by site', async () => {
    await Promise.all([
      send('readingSettingsChange', { patch: { tones: 'numbers' } }, {}),
      send('readingSettingsChange', { patch: { sandhi: false } }, {}),
      send('readingSettingsChange', { patch: { siteModes: { 'www.mfa.gov.cn': 'off' } } }, {}),
      send('readingSettingsChange', { patch: { siteModes: { 'www.news.cn': 'all' } } }, {}),
    ]);
    const stored = await readingSettingsItem.getValue();
    expect(stored).toMatchObject({
      tones: 'numbers',
      sandhi: false,
      siteModes: { 'www.mfa.gov.cn': 'off', 'www.news.cn': 'all' },
    });
    await send('readingSettingsChange', { patch: {}, removeSiteModes: ['www.news.cn'] }, {});
    expect((await readingSettingsItem.getValue()).siteModes).toEqual({ 'www.mfa.gov.cn': 'off' });
  });

  it('rejects with the reason when the settings cannot be stored', async () => {
    vi.spyOn(readingSettingsItem, 'setValue').mockRejectedValueOnce(new Error('storage broken'));
    await expect(send('readingSettingsChange', { patch: { sandhi: false } }, {})).rejects.toThrow(
      'The reading settings could not be saved (storage broken).',
    );
    expect(await readingSettingsItem.getValue()).toEqual(DEFAULT_READING_SETTINGS);
  });
});

describe('the Data section', () => {
  it('counts what is kept and clears it only for the extension’s own pages', async () => {
    await knownWordsItem.setValue(['中方', '双方']);
    expect(await send('dataSummary', undefined, {})).toMatchObject({ knownWords: 2, pairs: 0 });
    await expect(send('dataClear', { what: 'known' }, { tab: { id: 3 } })).rejects.toThrow(
      'Only the toolbar popup',
    );
    expect(await knownWordsItem.getValue()).toHaveLength(2);
    const popup = { url: fakeBrowser.runtime.getURL('/popup.html') };
    await send('dataClear', { what: 'known' }, popup);
    expect(await knownWordsItem.getValue()).toEqual([]);
  });
});
