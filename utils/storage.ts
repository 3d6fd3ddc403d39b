/**
 * Every storage item of the extension, defined in one place with a version from day one (a
 * schema change bumps `version` and adds a migration here). Code that reads an item treats a
 * malformed value as missing (normaliseReadingSettings, the match cache's record check, the site
 * switches' `!== false`), so damaged storage never breaks a page.
 */
import { storage } from 'wxt/utils/storage';
import type { Article } from './article';
import type { Expiring } from './match/cache';
import type { SearchOutcome } from './match/outcome';
import type { SearchLimits } from './match/service';
import { DEFAULT_READING_SETTINGS, type ReadingSettings } from './reading/settings';

/** Per-site switch, keyed by site key (see utils/sites/site-key.ts). Missing = enabled. */
export type SiteSwitches = Record<string, boolean>;

export const siteSwitchesItem = storage.defineItem<SiteSwitches>('local:siteSwitches', {
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
export const readingSettingsItem = storage.defineItem<ReadingSettings>('local:readingSettings', {
  fallback: DEFAULT_READING_SETTINGS,
  version: 1,
});

/** Words the user marked as known (their pinyin is hidden in "unknown words only" mode). */
export const knownWordsItem = storage.defineItem<string[]>('local:knownWords', {
  fallback: [],
  version: 1,
});
