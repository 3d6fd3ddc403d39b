/**
 * The storage items of utils/storage-specs.ts as WXT storage items, for the background and the
 * extension pages, and their migrations. The content script uses utils/storage-view.ts instead.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { SETTINGS_AREA, SPECS, type ItemSpec, type KnownStyles } from './storage-specs';

export { SETTINGS_AREA, type KnownStyles, type SiteSwitches } from './storage-specs';
export { followItem } from './storage-view';

function itemOf<T>(spec: ItemSpec<T>): WxtStorageItem<T, Record<string, unknown>> {
  return storage.defineItem<T>(spec.key, { fallback: spec.fallback, version: spec.version });
}

export const siteSwitchesItem = itemOf(SPECS.siteSwitches);
export const englishOutcomesItem = itemOf(SPECS.englishOutcomes);
export const englishArticlesItem = itemOf(SPECS.englishArticles);
export const manualPairsItem = itemOf(SPECS.manualPairs);
export const englishSearchLimitsItem = itemOf(SPECS.englishSearchLimits);
export const englishPanelOpenItem = itemOf(SPECS.englishPanelOpen);
export const readingSettingsItem = itemOf(SPECS.readingSettings);
export const knownWordsItem = itemOf(SPECS.knownWords);
export const sideBySideSitesItem = itemOf(SPECS.sideBySideSites);

let knownStyles: WxtStorageItem<KnownStyles, Record<string, unknown>> | undefined;
/**
 * Defined on first use, by the background only: WXT reads an item as it defines it, and content
 * scripts may not touch `storage.session` (the read would fail in every statement page).
 */
export function knownStylesItem(): WxtStorageItem<KnownStyles, Record<string, unknown>> {
  return (knownStyles ??= itemOf(SPECS.knownStyles));
}

/** Settings that Duizhao 0.1 kept in `storage.local` and that now live in SETTINGS_AREA. */
const MOVED_TO_SYNC = ['siteSwitches', 'readingSettings'] as const;

/**
 * Move settings written by Duizhao 0.1 from `storage.local` to `storage.sync` (once, at the
 * background's start): a value already in sync wins (another browser synced it first); the local
 * copy is removed only after the sync write succeeded, so a failure keeps it for the next start.
 * Returns the keys moved.
 */
export async function moveSettingsToSync(): Promise<string[]> {
  if (SETTINGS_AREA !== 'sync') return [];
  const moved: string[] = [];
  for (const key of MOVED_TO_SYNC) {
    const local = await storage.getItem<unknown>(`local:${key}`);
    if (local === null) continue;
    if ((await storage.getItem<unknown>(`sync:${key}`)) === null) {
      await storage.setItem(`sync:${key}`, local);
    }
    await storage.removeItem(`local:${key}`);
    moved.push(key);
  }
  return moved;
}
