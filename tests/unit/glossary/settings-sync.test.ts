import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_READING_SETTINGS } from '../../../utils/reading/settings';
import {
  SETTINGS_AREA,
  knownWordsItem,
  moveSettingsToSync,
  readingSettingsItem,
  siteSwitchesItem,
} from '../../../utils/storage';

describe('settings in storage.sync', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reading settings and site switches are sync items; known words stay local', async () => {
    expect(SETTINGS_AREA).toBe('sync');
    await readingSettingsItem.setValue({ ...DEFAULT_READING_SETTINGS, tones: 'numbers' });
    await siteSwitchesItem.setValue({ xinhua: false });
    await knownWordsItem.setValue(['中国']);
    expect(await fakeBrowser.storage.sync.get(null)).toMatchObject({
      readingSettings: { tones: 'numbers' },
      siteSwitches: { xinhua: false },
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ knownWords: ['中国'] });
  });

  it('moves the settings of version 0.1 from local to sync, once, without overwriting synced ones', async () => {
    await fakeBrowser.storage.local.set({
      readingSettings: { ...DEFAULT_READING_SETTINGS, mode: 'unknown' },
      siteSwitches: { mfa: false },
      knownWords: ['外交部'],
    });
    await fakeBrowser.storage.sync.set({ siteSwitches: { people: false } });
    expect(await moveSettingsToSync()).toEqual(['siteSwitches', 'readingSettings']);
    expect((await readingSettingsItem.getValue()).mode).toBe('unknown');
    // Another browser had synced its switches first: they win.
    expect(await siteSwitchesItem.getValue()).toEqual({ people: false });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ knownWords: ['外交部'] });
    expect(await moveSettingsToSync()).toEqual([]);
  });

  it('keeps the local copy when the sync write fails', async () => {
    await fakeBrowser.storage.local.set({ siteSwitches: { mfa: false } });
    const set = fakeBrowser.storage.sync.set;
    fakeBrowser.storage.sync.set = () =>
      Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await expect(moveSettingsToSync()).rejects.toThrow(/quota/);
    fakeBrowser.storage.sync.set = set;
    expect(await fakeBrowser.storage.local.get('siteSwitches')).toEqual({
      siteSwitches: { mfa: false },
    });
    expect(await moveSettingsToSync()).toEqual(['siteSwitches']);
    expect(await siteSwitchesItem.getValue()).toEqual({ mfa: false });
  });
});
