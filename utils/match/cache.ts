/**
 * The search cache (statement URL → outcome, English URL → extracted article, both with an
 * expiry) and the remembered manual pairings. The interface is storage-agnostic; the extension
 * uses utils/match/cache-storage.ts (IndexedDB, one record per entry: a write touches one entry,
 * and nothing is broadcast to the extension's other contexts).
 *
 * The cache can never fail a search: a failed read is a miss, a failed write (quota, a storage
 * error) is logged and the answer still goes out. It is bounded by count and by bytes per kind,
 * the entries nearest to expiry dropped first. Manual pairings are the user's own data, not a
 * cache: their writes report failure to the caller.
 */
import type { Article } from '../article';
import type { SearchOutcome } from './outcome';
import { cacheKeyUrl } from './urls';

export interface MatchCache {
  getOutcome(zhUrl: string): Promise<SearchOutcome | null>;
  /** `ttlMs` overrides the default expiry of the outcome's kind (TTL_MS). Never throws. */
  setOutcome(zhUrl: string, outcome: SearchOutcome, ttlMs?: number): Promise<void>;
  forgetOutcome(zhUrl: string): Promise<void>;
  getArticle(enUrl: string): Promise<Article | null>;
  /** Never throws. */
  setArticle(enUrl: string, article: Article): Promise<void>;
  getManualPair(zhUrl: string): Promise<string | null>;
  /** Throws when the pairing could not be stored. */
  setManualPair(zhUrl: string, enUrl: string): Promise<void>;
  forgetManualPair(zhUrl: string): Promise<void>;
}

/** How long answers are kept: a found version does not change; "none" may change (translated later). */
export const TTL_MS = {
  found: 30 * 86_400_000,
  several: 86_400_000,
  none: 6 * 3_600_000,
  /** "none" or "several" for a statement of the last two days: the English may be published soon. */
  recent: 30 * 60_000,
  article: 7 * 86_400_000,
} as const;

/** Most entries kept per kind (those nearest to expiry dropped first): a cache, not an archive. */
export const MAX_ENTRIES = { outcomes: 500, articles: 60 } as const;
/** Most bytes kept per kind (JSON size): articles are a few to 100 KB each. */
export const MAX_BYTES = { outcomes: 1024 * 1024, articles: 4 * 1024 * 1024 } as const;

export type CacheKind = keyof typeof MAX_ENTRIES;

export interface Expiring<T> {
  value: T;
  expires: number;
}

/** One stored entry: its value, expiry and JSON size. */
export interface CacheRecord<T> extends Expiring<T> {
  bytes: number;
}

interface Values {
  outcomes: SearchOutcome;
  articles: Article;
}

/** Backing store of the cache: records by kind and key, and the manual pairings. */
export interface CacheStore {
  get<K extends CacheKind>(kind: K, key: string): Promise<CacheRecord<Values[K]> | undefined>;
  put<K extends CacheKind>(kind: K, key: string, record: CacheRecord<Values[K]>): Promise<void>;
  delete(kind: CacheKind, key: string): Promise<void>;
  /** Key, expiry and size of every record of a kind (not the values). */
  list(kind: CacheKind): Promise<{ key: string; expires: number; bytes: number }[]>;
  manual: {
    get(key: string): Promise<string | undefined>;
    set(key: string, enUrl: string): Promise<void>;
    delete(key: string): Promise<void>;
  };
}

export function ttlFor(outcome: SearchOutcome): number | null {
  if (outcome.status === 'found') return TTL_MS.found;
  if (outcome.status === 'several') return TTL_MS.several;
  if (outcome.status === 'none') return TTL_MS.none;
  return null; // errors are never cached
}

/**
 * Keys to drop so that what stays is unexpired and within `maxCount` and `maxBytes`, keeping
 * the records that expire last.
 */
export function overLimit(
  records: { key: string; expires: number; bytes: number }[],
  now: number,
  maxCount: number,
  maxBytes: number,
): string[] {
  const drop: string[] = [];
  const live = records.filter((r) => (r.expires > now ? true : (drop.push(r.key), false)));
  live.sort((a, b) => b.expires - a.expires);
  let bytes = 0;
  live.forEach((record, i) => {
    bytes += record.bytes;
    if (i >= maxCount || bytes > maxBytes) drop.push(record.key);
  });
  return drop;
}

/** Key for a URL: host aliases and trailing slashes do not make a different page; content queries do. */
export const cacheKey = cacheKeyUrl;

/** JSON size of a value, the unit of the byte bound. */
export const jsonBytes = (value: unknown): number =>
  new TextEncoder().encode(JSON.stringify(value)).length;

export interface MatchCacheOptions {
  now?: () => number;
  /** Where failed cache writes are reported (default console.warn). */
  warn?: (message: string, error: unknown) => void;
}

/** A MatchCache over a CacheStore; writes are serialised so concurrent searches lose nothing. */
export function createMatchCache(
  store: CacheStore,
  options: MatchCacheOptions | (() => number) = {},
): MatchCache {
  const {
    now = Date.now,
    warn = (message: string, error: unknown) => console.warn(message, error),
  } = typeof options === 'function' ? { now: options } : options;
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = chain.then(task, task);
    chain = run.catch(() => undefined);
    return run;
  };
  /** A cache write: serialised, and never failing the caller. */
  const bestEffort = (what: string, task: () => Promise<void>) =>
    serial(task).catch((error: unknown) =>
      warn(`[Duizhao] the search cache could not ${what}`, error),
    );
  const read = async <K extends CacheKind>(kind: K, url: string) => {
    try {
      const record = await store.get(kind, cacheKey(url));
      return record && record.expires > now() ? record.value : null;
    } catch (error) {
      warn('[Duizhao] the search cache could not be read', error);
      return null;
    }
  };
  const write = async <K extends CacheKind>(
    kind: K,
    url: string,
    value: Values[K],
    ttl: number,
  ) => {
    const bytes = jsonBytes(value);
    if (bytes > MAX_BYTES[kind]) return; // larger than the whole budget: not kept
    await store.put(kind, cacheKey(url), { value, expires: now() + ttl, bytes });
    const drop = overLimit(await store.list(kind), now(), MAX_ENTRIES[kind], MAX_BYTES[kind]);
    for (const key of drop) await store.delete(kind, key);
  };
  return {
    getOutcome: (zhUrl) => read('outcomes', zhUrl),
    setOutcome: (zhUrl, outcome, ttlMs) =>
      bestEffort('keep an answer', async () => {
        const ttl = outcome.status === 'error' ? null : (ttlMs ?? ttlFor(outcome));
        if (ttl !== null) await write('outcomes', zhUrl, outcome, ttl);
      }),
    forgetOutcome: (zhUrl) =>
      bestEffort('forget an answer', () => store.delete('outcomes', cacheKey(zhUrl))),
    getArticle: (enUrl) => read('articles', enUrl),
    setArticle: (enUrl, article) =>
      bestEffort('keep an English page', () => write('articles', enUrl, article, TTL_MS.article)),
    async getManualPair(zhUrl) {
      try {
        return (await store.manual.get(cacheKey(zhUrl))) ?? null;
      } catch (error) {
        warn('[Duizhao] the pairings could not be read', error);
        return null;
      }
    },
    setManualPair: (zhUrl, enUrl) => serial(() => store.manual.set(cacheKey(zhUrl), enUrl)),
    forgetManualPair: (zhUrl) => serial(() => store.manual.delete(cacheKey(zhUrl))),
  };
}

/**
 * A cache that reads `base` but writes only to `overlay`: for private (incognito) windows, whose
 * searches may use what is remembered but must leave nothing behind.
 */
export function readThroughCache(base: MatchCache, overlay: MatchCache): MatchCache {
  const first =
    <A extends unknown[], T>(get: (c: MatchCache) => (...args: A) => Promise<T | null>) =>
    async (...args: A) =>
      (await get(overlay)(...args)) ?? get(base)(...args);
  return {
    ...overlay,
    getOutcome: first((c) => c.getOutcome),
    getArticle: first((c) => c.getArticle),
    getManualPair: first((c) => c.getManualPair),
    // Forgetting is the user's explicit request (undo a pairing, search again): both forget.
    forgetOutcome: async (zhUrl) => {
      await overlay.forgetOutcome(zhUrl);
      await base.forgetOutcome(zhUrl);
    },
    forgetManualPair: async (zhUrl) => {
      await overlay.forgetManualPair(zhUrl);
      await base.forgetManualPair(zhUrl);
    },
  };
}

/** An in-memory store (tests, CLI, private windows). */
export function memoryStore(): CacheStore {
  const kinds: Record<CacheKind, Map<string, CacheRecord<unknown>>> = {
    outcomes: new Map(),
    articles: new Map(),
  };
  const manual = new Map<string, string>();
  return {
    get: async (kind, key) => structuredClone(kinds[kind].get(key)) as never,
    put: async (kind, key, record) => void kinds[kind].set(key, structuredClone(record)),
    delete: async (kind, key) => void kinds[kind].delete(key),
    list: async (kind) =>
      [...kinds[kind]].map(([key, r]) => ({ key, expires: r.expires, bytes: r.bytes })),
    manual: {
      get: async (key) => manual.get(key),
      set: async (key, enUrl) => void manual.set(key, enUrl),
      delete: async (key) => void manual.delete(key),
    },
  };
}
