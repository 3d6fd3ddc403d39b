/**
 * The extension's search cache and pairings: the MatchCache over the extension's own IndexedDB
 * (`duizhao-cache`; the background worker is its only writer, web pages never see it). One record
 * per entry: a write touches one entry instead of rewriting the whole cache, and, unlike
 * storage.local, writes are not broadcast to every content script's storage.onChanged.
 *
 *   version 1: stores `outcomes` and `articles` (key → {value, expires, bytes}, indexed by
 *              [expires, bytes] so pruning reads no values) and `pairs` (key → English URL).
 *
 * Before this database, the cache lived in storage.local as three maps (englishOutcomes,
 * englishArticles, manualPairs in utils/storage.ts): they are moved here once and removed.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Article } from '../article';
import { englishArticlesItem, englishOutcomesItem, manualPairsItem } from '../storage';
import {
  createMatchCache,
  jsonBytes,
  type CacheKind,
  type CacheRecord,
  type CacheStore,
  type Expiring,
  type MatchCache,
} from './cache';
import type { SearchOutcome } from './outcome';
import { cacheKeyUrl } from './urls';

export const CACHE_DB = 'duizhao-cache';
export const CACHE_DB_VERSION = 1;

interface CacheSchema extends DBSchema {
  outcomes: { key: string; value: CacheRecord<SearchOutcome>; indexes: { meta: [number, number] } };
  articles: { key: string; value: CacheRecord<Article>; indexes: { meta: [number, number] } };
  pairs: { key: string; value: string };
}

/** Counts for the popup's Data section. */
export interface CacheCounts {
  outcomes: number;
  articles: number;
  pairs: number;
}

export function openCacheDb(): Promise<IDBPDatabase<CacheSchema>> {
  return openDB<CacheSchema>(CACHE_DB, CACHE_DB_VERSION, {
    upgrade(db) {
      for (const kind of ['outcomes', 'articles'] as const) {
        const store = db.createObjectStore(kind);
        store.createIndex('meta', ['expires', 'bytes']);
      }
      db.createObjectStore('pairs');
    },
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/** Move the storage.local maps of earlier versions into the database, then remove them. */
export async function migrateLegacyCache(db: IDBPDatabase<CacheSchema>): Promise<void> {
  const [outcomes, articles, pairs] = await Promise.all([
    englishOutcomesItem.getValue(),
    englishArticlesItem.getValue(),
    manualPairsItem.getValue(),
  ]);
  const entries = (map: unknown) =>
    isRecord(map) ? Object.entries(map as Record<string, Expiring<unknown>>) : [];
  // Nothing kept by an earlier version (the usual case): no write at all.
  if (![outcomes, articles, pairs].some((map) => entries(map).length)) return;
  const now = Date.now();
  const tx = db.transaction(['outcomes', 'articles', 'pairs'], 'readwrite');
  for (const [kind, map] of [
    ['outcomes', outcomes],
    ['articles', articles],
  ] as const) {
    for (const [key, entry] of entries(map)) {
      if (!isRecord(entry) || typeof entry.expires !== 'number' || entry.expires <= now) continue;
      const record = { value: entry.value, expires: entry.expires, bytes: jsonBytes(entry.value) };
      await tx.objectStore(kind).put(record as never, cacheKeyUrl(key));
    }
  }
  for (const [key, enUrl] of isRecord(pairs) ? Object.entries(pairs) : [])
    if (typeof enUrl === 'string') await tx.objectStore('pairs').put(enUrl, cacheKeyUrl(key));
  await tx.done;
  await Promise.all([
    englishOutcomesItem.removeValue(),
    englishArticlesItem.removeValue(),
    manualPairsItem.removeValue(),
  ]);
}

let shared: Promise<IDBPDatabase<CacheSchema>> | null = null;

/** The database, opened once per worker, with the earlier versions' data moved in. */
function database(): Promise<IDBPDatabase<CacheSchema>> {
  shared ??= openCacheDb().then(async (db) => {
    await migrateLegacyCache(db).catch((error: unknown) =>
      console.warn('[Duizhao] the earlier search cache could not be moved', error),
    );
    // Another context deleting the database (clearing data) closes this connection.
    db.addEventListener('versionchange', () => {
      db.close();
      shared = null;
    });
    return db;
  });
  return shared.catch((error: unknown) => {
    shared = null;
    throw error;
  });
}

export function idbCacheStore(db: () => Promise<IDBPDatabase<CacheSchema>> = database): CacheStore {
  return {
    get: async (kind, key) => (await db()).get(kind, key) as never,
    put: async (kind, key, record) => void (await (await db()).put(kind, record as never, key)),
    delete: async (kind, key) => (await db()).delete(kind, key),
    async list(kind: CacheKind) {
      const tx = (await db()).transaction(kind);
      const out: { key: string; expires: number; bytes: number }[] = [];
      for (let c = await tx.store.index('meta').openKeyCursor(); c; c = await c.continue()) {
        const [expires, bytes] = c.key as [number, number];
        out.push({ key: c.primaryKey as string, expires, bytes });
      }
      await tx.done;
      return out;
    },
    manual: {
      get: async (key) => (await db()).get('pairs', key),
      set: async (key, enUrl) => void (await (await db()).put('pairs', enUrl, key)),
      delete: async (key) => (await db()).delete('pairs', key),
    },
  };
}

export function createStorageMatchCache(): MatchCache {
  return createMatchCache(idbCacheStore());
}

/** How many answers, English pages and pairings are kept (the popup's Data section). */
export async function cacheCounts(): Promise<CacheCounts> {
  const db = await database();
  const [outcomes, articles, pairs] = await Promise.all([
    db.count('outcomes'),
    db.count('articles'),
    db.count('pairs'),
  ]);
  return { outcomes, articles, pairs };
}

/** Forget the remembered searches (answers and English pages), or the pairings. */
export async function clearCache(what: 'searches' | 'pairs'): Promise<void> {
  const db = await database();
  if (what === 'pairs') return db.clear('pairs');
  const tx = db.transaction(['outcomes', 'articles'], 'readwrite');
  await Promise.all([tx.objectStore('outcomes').clear(), tx.objectStore('articles').clear()]);
  await tx.done;
}
