/** The extension's search cache: the MatchCache over WXT storage items (storage.local). */
import { englishArticlesItem, englishOutcomesItem, manualPairsItem } from '../storage';
import { createMatchCache, type CacheStore, type MatchCache } from './cache';

/** Values read back are checked for shape: a malformed stored map is treated as empty. */
const asMap = <T>(value: unknown): Record<string, T> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, T>) : {};

export function createStorageMatchCache(): MatchCache {
  const store: CacheStore = {
    outcomes: {
      get: async () => asMap(await englishOutcomesItem.getValue()),
      set: (v) => englishOutcomesItem.setValue(v),
    },
    articles: {
      get: async () => asMap(await englishArticlesItem.getValue()),
      set: (v) => englishArticlesItem.setValue(v),
    },
    manual: {
      get: async () => asMap(await manualPairsItem.getValue()),
      set: (v) => manualPairsItem.setValue(v),
    },
  };
  return createMatchCache(store);
}
