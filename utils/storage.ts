/**
 * Every storage item of the extension, defined in one place with a version from day one (a
 * schema change bumps `version` and adds a migration here). Code that reads an item treats a
 * malformed value as missing (normaliseReadingSettings, the match cache's record check, the site
 * switches' `!== false`), so damaged storage never breaks a page.
 */
import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { Article } from './article';
import type { Expiring } from './match/cache';
import type { SearchOutcome } from './match/outcome';
import type { SearchLimits } from './match/service';
import { DEFAULT_READING_SETTINGS, type ReadingSettings } from './reading/settings';

/**
 * Where the user's settings live (reading settings, site switches): `storage.sync`, which the
 * browser carries to the user's other browsers when they sync (and keeps on the device when they
 * do not); `storage.local` where the browser has no sync area. The glossary, known words, the
 * search cache and pairings stay on the device (local / IndexedDB), never synced.
 */
export const SETTINGS_AREA: 'sync' | 'local' = (browser.storage as { sync?: unknown } | undefined)
  ?.sync
  ? 'sync'
  : 'local';

/** Per-site switch, keyed by site key (see utils/sites/site-key.ts). Missing = enabled. */
export type SiteSwitches = Record<string, boolean>;

export const siteSwitchesItem = storage.defineItem<SiteSwitches>(`${SETTINGS_AREA}:siteSwitches`, {
  fallback: {},
  version: 1,
});

/**
 * English-version search, as kept until Duizhao 0.1: outcomes by statement URL and extracted
 * English articles by URL, each with an expiry; manual pairings (statement URL → English URL).
 * Since then they live in IndexedDB, one record per entry (utils/match/cache-storage.ts, whose
 * migration moves these maps there once and removes them); only that migration reads them.
 */
export const englishOutcomesItem = storage.defineItem<Record<string, Expiring<SearchOutcome>>>(
  'local:englishOutcomes',
  { fallback: {}, version: 1 },
);
export const englishArticlesItem = storage.defineItem<Record<string, Expiring<Article>>>(
  'local:englishArticles',
  {
    fallback: {},
    version: 1,
  },
);
export const manualPairsItem = storage.defineItem<Record<string, string>>('local:manualPairs', {
  fallback: {},
  version: 1,
});

/**
 * Time limits of the English-version search (utils/match/service.ts SearchLimits), in ms; a
 * missing field takes the default (15 s per request, 45 s per search). For very slow connections;
 * the end-to-end tests shorten them to exercise a slow host quickly.
 */
export const englishSearchLimitsItem = storage.defineItem<Partial<SearchLimits>>(
  'local:englishSearchLimits',
  { fallback: {}, version: 1 },
);

/** The official-English panel open (true) or collapsed, as the user last left it. */
export const englishPanelOpenItem = storage.defineItem<boolean>('local:englishPanelOpen', {
  fallback: true,
  version: 1,
});

/** Reading layer (utils/reading/settings.ts): pinyin mode, tones, colours, size, sandhi, popup. */
export const readingSettingsItem = storage.defineItem<ReadingSettings>(
  `${SETTINGS_AREA}:readingSettings`,
  { fallback: DEFAULT_READING_SETTINGS, version: 1 },
);

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

/** Words the user marked as known (their pinyin is hidden in "unknown words only" mode). */
export const knownWordsItem = storage.defineItem<string[]>('local:knownWords', {
  fallback: [],
  version: 1,
});

/**
 * The known-word sheet injected into each tab's frame (entrypoints/background/known-style.ts), by
 * "tabId/frameId": the document it was sent for and its CSS, so the worker can replace it after
 * it was stopped. In `session:` storage: in memory only, gone with the browser.
 */
export type KnownStyles = Record<string, { doc: string; css: string }>;
let knownStyles: WxtStorageItem<KnownStyles, Record<string, unknown>> | undefined;
/**
 * Defined on first use, by the background only: WXT reads an item as it defines it, and content
 * scripts may not touch `storage.session` (the read would fail in every statement page).
 */
export function knownStylesItem(): WxtStorageItem<KnownStyles, Record<string, unknown>> {
  return (knownStyles ??= storage.defineItem<KnownStyles>('session:knownStyles', {
    fallback: {},
    version: 1,
  }));
}

/**
 * Side-by-side view (components/side-by-side) open (true) or closed on a site, by site key (see
 * utils/sites/site-key.ts; the host off the official sites). Missing = closed. In `sync:` storage,
 * so the choice follows the user's browsers where the browser syncs extension settings.
 */
export const sideBySideSitesItem = storage.defineItem<Record<string, boolean>>(
  'sync:sideBySideSites',
  { fallback: {}, version: 1 },
);

/**
 * Follows an item: `show` gets its value, then every change. The watch starts before the read,
 * so a change made while the value is on its way is not missed, and a read that comes back after
 * a change does not undo it. `first` is a value read earlier (the content script reads the
 * settings while the reader loads): it is shown as soon as it is in, and the item is read again in
 * case it changed before the watch began (a failure of that second read keeps the first value).
 * `ready` resolves once a first value is shown, or `onError` was told the read failed.
 */
export function followItem<T>(
  item: Pick<WxtStorageItem<T, Record<string, unknown>>, 'getValue' | 'watch'>,
  show: (value: T | null) => void,
  options: { first?: Promise<T>; onError?: (error: unknown) => void } = {},
): { off: () => void; ready: Promise<void> } {
  let changed = false;
  let stopped = false;
  const unwatch = item.watch((value) => {
    if (stopped) return;
    changed = true;
    show(value);
  });
  const showRead = (value: T, unless?: T) => {
    if (stopped || changed) return;
    if (unless !== undefined && JSON.stringify(value) === JSON.stringify(unless)) return;
    show(value);
  };
  const fail = (error: unknown) => {
    if (!stopped && !changed) options.onError?.(error);
  };
  const ready = options.first
    ? options.first.then(
        (early) => {
          showRead(early);
          void item.getValue().then(
            (now) => showRead(now, early),
            () => undefined,
          );
        },
        () => item.getValue().then((now) => showRead(now), fail),
      )
    : item.getValue().then((now) => showRead(now), fail);
  return {
    off: () => {
      stopped = true;
      unwatch();
    },
    ready,
  };
}
