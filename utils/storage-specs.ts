/**
 * Every storage item of the extension, in one place: its key (`area:name`), fallback and version
 * (from day one; a schema change bumps `version` and adds a migration in utils/storage.ts). Plain
 * data, without the storage library: the background and the extension pages use these as WXT
 * storage items (utils/storage.ts); the content script reads, writes and watches the few it needs
 * through utils/storage-view.ts (the library was a fifth of the script evaluated on every official
 * page). Code that reads an item treats a malformed value as missing (normaliseReadingSettings,
 * the match cache's record check, the site switches' `!== false`), so damaged storage never
 * breaks a page.
 */
import { browser } from 'wxt/browser';
import type { Article } from './article';
import type { Expiring } from './match/cache';
import type { SearchOutcome } from './match/outcome';
import type { SearchLimits } from './match/service';
import { DEFAULT_READING_SETTINGS, type ReadingSettings } from './reading/settings';

export type StorageArea = 'local' | 'sync' | 'session';

export interface ItemSpec<T> {
  key: `${StorageArea}:${string}`;
  fallback: T;
  version: number;
}

const spec = <T>(key: ItemSpec<T>['key'], fallback: T, version = 1): ItemSpec<T> => ({
  key,
  fallback,
  version,
});

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

/**
 * The known-word sheet injected into each tab's frame (entrypoints/background/known-style.ts), by
 * "tabId/frameId": the document it was sent for and its CSS, so the worker can replace it after
 * it was stopped.
 */
export type KnownStyles = Record<string, { doc: string; css: string }>;

export const SPECS = {
  siteSwitches: spec<SiteSwitches>(`${SETTINGS_AREA}:siteSwitches`, {}),
  /**
   * English-version search, as kept until Duizhao 0.1: outcomes by statement URL and extracted
   * English articles by URL, each with an expiry; manual pairings (statement URL → English URL).
   * Since then they live in IndexedDB, one record per entry (utils/match/cache-storage.ts, whose
   * migration moves these maps there once and removes them); only that migration reads them.
   */
  englishOutcomes: spec<Record<string, Expiring<SearchOutcome>>>('local:englishOutcomes', {}),
  englishArticles: spec<Record<string, Expiring<Article>>>('local:englishArticles', {}),
  manualPairs: spec<Record<string, string>>('local:manualPairs', {}),
  /**
   * Time limits of the English-version search (utils/match/service.ts SearchLimits), in ms; a
   * missing field takes the default (15 s per request, 45 s per search). For very slow
   * connections; the end-to-end tests shorten them to exercise a slow host quickly.
   */
  englishSearchLimits: spec<Partial<SearchLimits>>('local:englishSearchLimits', {}),
  /** The official-English panel open (true) or collapsed, as the user last left it. */
  englishPanelOpen: spec<boolean>('local:englishPanelOpen', true),
  /** Reading layer (utils/reading/settings.ts): pinyin mode, tones, colours, size, sandhi, popup. */
  readingSettings: spec<ReadingSettings>(
    `${SETTINGS_AREA}:readingSettings`,
    DEFAULT_READING_SETTINGS,
  ),
  /** Words the user marked as known (their pinyin is hidden in "unknown words only" mode). */
  knownWords: spec<string[]>('local:knownWords', []),
  /**
   * The known-word sheets (KnownStyles). In `session:` storage: in memory only, gone with the
   * browser; content scripts may not touch it.
   */
  knownStyles: spec<KnownStyles>('session:knownStyles', {}),
  /**
   * Side-by-side view (components/side-by-side) open (true) or closed on a site, by site key (see
   * utils/sites/site-key.ts; the host off the official sites). Missing = closed. In `sync:`
   * storage, so the choice follows the user's browsers where the browser syncs extension
   * settings.
   */
  sideBySideSites: spec<Record<string, boolean>>('sync:sideBySideSites', {}),
};
