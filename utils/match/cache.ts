/**
 * The search cache (statement URL → outcome, English URL → extracted article, both with an
 * expiry) and the remembered manual pairings. The interface is storage-agnostic; the extension
 * uses utils/match/cache-storage.ts (WXT storage, survives the service worker being stopped).
 */
import type { Article } from '../article';
import type { SearchOutcome } from './outcome';
import { normaliseUrl } from './urls';

export interface MatchCache {
  getOutcome(zhUrl: string): Promise<SearchOutcome | null>;
  /** `ttlMs` overrides the default expiry of the outcome's kind (TTL_MS). */
  setOutcome(zhUrl: string, outcome: SearchOutcome, ttlMs?: number): Promise<void>;
  forgetOutcome(zhUrl: string): Promise<void>;
  getArticle(enUrl: string): Promise<Article | null>;
  setArticle(enUrl: string, article: Article): Promise<void>;
  getManualPair(zhUrl: string): Promise<string | null>;
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

/** Most entries kept per map (oldest dropped first): storage.local is not an archive. */
export const MAX_ENTRIES = { outcomes: 500, articles: 60 } as const;

export interface Expiring<T> {
  value: T;
  expires: number;
}

export function ttlFor(outcome: SearchOutcome): number | null {
  if (outcome.status === 'found') return TTL_MS.found;
  if (outcome.status === 'several') return TTL_MS.several;
  if (outcome.status === 'none') return TTL_MS.none;
  return null; // errors are never cached
}

/** Drop expired entries and keep at most `max` (the latest to expire). */
export function prune<T>(
  map: Record<string, Expiring<T>>,
  now: number,
  max: number,
): Record<string, Expiring<T>> {
  const live = Object.entries(map).filter(([, e]) => e.expires > now);
  live.sort((a, b) => b[1].expires - a[1].expires);
  return Object.fromEntries(live.slice(0, max));
}

/** Key for a URL: host aliases and trailing slashes do not make a different page. */
export const cacheKey = normaliseUrl;

/** Backing store of the cache: three JSON maps read and written whole. */
export interface CacheStore {
  outcomes: {
    get(): Promise<Record<string, Expiring<SearchOutcome>>>;
    set(v: Record<string, Expiring<SearchOutcome>>): Promise<void>;
  };
  articles: {
    get(): Promise<Record<string, Expiring<Article>>>;
    set(v: Record<string, Expiring<Article>>): Promise<void>;
  };
  manual: { get(): Promise<Record<string, string>>; set(v: Record<string, string>): Promise<void> };
}

/** A MatchCache over a CacheStore; writes are serialised so concurrent searches lose nothing. */
export function createMatchCache(store: CacheStore, now: () => number = Date.now): MatchCache {
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = chain.then(task, task);
    chain = run.catch(() => undefined);
    return run;
  };
  return {
    async getOutcome(zhUrl) {
      const entry = (await store.outcomes.get())[cacheKey(zhUrl)];
      return entry && entry.expires > now() ? entry.value : null;
    },
    setOutcome: (zhUrl, outcome, ttlMs) =>
      serial(async () => {
        const ttl = outcome.status === 'error' ? null : (ttlMs ?? ttlFor(outcome));
        if (ttl === null) return;
        const map = await store.outcomes.get();
        map[cacheKey(zhUrl)] = { value: outcome, expires: now() + ttl };
        await store.outcomes.set(prune(map, now(), MAX_ENTRIES.outcomes));
      }),
    forgetOutcome: (zhUrl) =>
      serial(async () => {
        const map = await store.outcomes.get();
        delete map[cacheKey(zhUrl)];
        await store.outcomes.set(map);
      }),
    async getArticle(enUrl) {
      const entry = (await store.articles.get())[cacheKey(enUrl)];
      return entry && entry.expires > now() ? entry.value : null;
    },
    setArticle: (enUrl, article) =>
      serial(async () => {
        const map = await store.articles.get();
        map[cacheKey(enUrl)] = { value: article, expires: now() + TTL_MS.article };
        await store.articles.set(prune(map, now(), MAX_ENTRIES.articles));
      }),
    async getManualPair(zhUrl) {
      return (await store.manual.get())[cacheKey(zhUrl)] ?? null;
    },
    setManualPair: (zhUrl, enUrl) =>
      serial(async () => {
        const map = await store.manual.get();
        map[cacheKey(zhUrl)] = enUrl;
        await store.manual.set(map);
      }),
    forgetManualPair: (zhUrl) =>
      serial(async () => {
        const map = await store.manual.get();
        delete map[cacheKey(zhUrl)];
        await store.manual.set(map);
      }),
  };
}

/** An in-memory store (tests, CLI). */
export function memoryStore(): CacheStore {
  const box = <T>(initial: T) => {
    let value = initial;
    return {
      get: async () => structuredClone(value),
      set: async (v: T) => void (value = structuredClone(v)),
    };
  };
  return { outcomes: box({}), articles: box({}), manual: box({}) };
}
