/**
 * The content script's storage views (utils/storage-view.ts) and the background's WXT items
 * (utils/storage.ts) are the same items: each sees what the other writes, with the same fallback,
 * and a view's watch is called as the item's is (on a change only).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishPanelOpenItem, knownWordsItem, readingSettingsItem } from '../../../utils/storage';
import { SPECS } from '../../../utils/storage-specs';
import {
  englishPanelOpenView,
  knownWordsView,
  readingSettingsView,
  viewOf,
} from '../../../utils/storage-view';
import { DEFAULT_READING_SETTINGS } from '../../../utils/reading/settings';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('storage views', () => {
  beforeEach(() => fakeBrowser.reset());

  it('read the fallback when nothing is stored, then what the item wrote', async () => {
    expect(await readingSettingsView.getValue()).toEqual(DEFAULT_READING_SETTINGS);
    expect(await englishPanelOpenView.getValue()).toBe(true);
    await englishPanelOpenItem.setValue(false);
    expect(await englishPanelOpenView.getValue()).toBe(false);
    const settings = { ...DEFAULT_READING_SETTINGS, tones: 'numbers' as const };
    await readingSettingsItem.setValue(settings);
    expect(await readingSettingsView.getValue()).toEqual(settings);
  });

  it('write where the item reads; null removes the value', async () => {
    await knownWordsView.setValue(['外交部']);
    expect(await knownWordsItem.getValue()).toEqual(['外交部']);
    await knownWordsView.setValue(null);
    expect(await knownWordsItem.getValue()).toEqual([]);
    expect(await fakeBrowser.storage.local.get('knownWords')).toEqual({});
  });

  it('are called on each change, with the fallback for a removed value, as the item is', async () => {
    const byView: unknown[] = [];
    const byItem: unknown[] = [];
    const off = knownWordsView.watch((value, old) => byView.push([value, old]));
    const offItem = knownWordsItem.watch((value, old) => byItem.push([value, old]));
    await knownWordsItem.setValue(['和平']);
    await knownWordsView.setValue(['和平', '发展']);
    // The same value again: no change, no call.
    await knownWordsView.setValue(['和平', '发展']);
    await knownWordsItem.removeValue();
    await tick();
    expect(byView).toEqual([
      [['和平'], []],
      [['和平', '发展'], ['和平']],
      [[], ['和平', '发展']],
    ]);
    expect(byView).toEqual(byItem);
    off();
    offItem();
    await knownWordsItem.setValue(['合作']);
    await tick();
    expect(byView).toHaveLength(3);
  });

  it('watch only their own key in their own area', async () => {
    const calls: unknown[] = [];
    const off = viewOf(SPECS.sideBySideSites).watch((value) => calls.push(value));
    await fakeBrowser.storage.local.set({ sideBySideSites: { 'www.fmprc.gov.cn': true } });
    await fakeBrowser.storage.sync.set({ other: 1 });
    await tick();
    expect(calls).toEqual([]);
    await fakeBrowser.storage.sync.set({ sideBySideSites: { 'www.fmprc.gov.cn': true } });
    await tick();
    expect(calls).toEqual([{ 'www.fmprc.gov.cn': true }]);
    off();
  });
});
