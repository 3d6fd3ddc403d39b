// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMatchCache, memoryStore, type CacheStore } from '../../../utils/match/cache';
import {
  cacheCounts,
  clearCache,
  createStorageMatchCache,
  idbCacheStore,
  migrateLegacyCache,
  openCacheDb,
} from '../../../utils/match/cache-storage';
import { loadMatchResources } from '../../../utils/match/node-resources';
import type { SearchOutcome } from '../../../utils/match/outcome';
import type { ScorerResources } from '../../../utils/match/resources';
import { findEnglish } from '../../../utils/match/service';
import { englishArticlesItem, englishOutcomesItem, manualPairsItem } from '../../../utils/storage';
import { toPlainArticle } from '../../../utils/article';
import { extractArticle } from '../../../utils/extract';
import { parseHtml } from '../../../utils/html';
import { fakeSites, fixture } from './fake-sites';
import { EN_TRUE } from './helpers';

const found: SearchOutcome = {
  status: 'found',
  manual: false,
  searched: [],
  match: { url: EN_TRUE.url, title: EN_TRUE.title, date: null, confidence: 0.9 },
};

afterEach(async () => {
  fakeBrowser.reset();
  await clearCache('searches');
  await clearCache('pairs');
});

describe('the extension cache (IndexedDB)', () => {
  it('stores one record per entry and broadcasts nothing to storage.onChanged', async () => {
    const cache = createStorageMatchCache();
    await cache.getOutcome('https://www.gov.cn/a'); // opened (and nothing to migrate)
    const changes: unknown[] = [];
    fakeBrowser.storage.onChanged.addListener((change) => void changes.push(change));
    await cache.setArticle(EN_TRUE.url, EN_TRUE);
    await cache.setOutcome('https://www.gov.cn/a', found);
    await cache.setManualPair('https://www.gov.cn/b', EN_TRUE.url);
    expect(await cache.getArticle(EN_TRUE.url)).toEqual(EN_TRUE);
    expect(await cache.getOutcome('https://www.gov.cn/a')).toEqual(found);
    expect(await cache.getManualPair('https://www.gov.cn/b')).toBe(EN_TRUE.url);
    expect(changes).toEqual([]);
    expect(await cacheCounts()).toEqual({ outcomes: 1, articles: 1, pairs: 1 });
    await clearCache('searches');
    expect(await cacheCounts()).toEqual({ outcomes: 0, articles: 0, pairs: 1 });
  });

  it('lists sizes and expiries without reading the values', async () => {
    const store = idbCacheStore(openCacheDb);
    await store.put('articles', 'k', { value: EN_TRUE, expires: Date.now() + 1000, bytes: 1234 });
    expect(await store.list('articles')).toEqual([
      { key: 'k', expires: expect.any(Number), bytes: 1234 },
    ]);
  });

  it('moves the storage.local maps of earlier versions in, once, and removes them', async () => {
    const later = Date.now() + 86_400_000;
    await englishOutcomesItem.setValue({
      'https://www.gov.cn/a': { value: found, expires: later },
      'https://www.gov.cn/old': { value: found, expires: 1 },
    });
    await englishArticlesItem.setValue({ [EN_TRUE.url]: { value: EN_TRUE, expires: later } });
    await manualPairsItem.setValue({ 'https://www.gov.cn/p': EN_TRUE.url });
    const db = await openCacheDb();
    await migrateLegacyCache(db);
    const store = idbCacheStore(async () => db);
    const cache = createMatchCache(store);
    expect(await cache.getOutcome('https://www.gov.cn/a')).toEqual(found);
    expect(await cache.getOutcome('https://www.gov.cn/old')).toBeNull();
    expect(await cache.getArticle(EN_TRUE.url)).toEqual(EN_TRUE);
    expect(await cache.getManualPair('https://www.gov.cn/p')).toBe(EN_TRUE.url);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('a search with a cache that cannot be written', () => {
  let resources: ScorerResources;
  beforeAll(async () => {
    resources = await loadMatchResources();
  });

  it('still answers (a quota error is logged, not thrown)', async () => {
    const quota = () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const full: CacheStore = { ...memoryStore(), put: quota, delete: quota };
    const warned: string[] = [];
    const cache = createMatchCache(full, { warn: (message) => void warned.push(message) });
    const site = fakeSites({
      'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/index.html': {
        file: 'mfa/en-current-listing.html',
      },
      'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202506/t20250620_11650123.html': {
        file: 'mfa/en-current-press-conference.html',
      },
    });
    const zhUrl =
      'https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/202506/t20250620_11650001.shtml';
    const zh = extractArticle(parseHtml(fixture('mfa/zh-current-press-conference.html')), zhUrl);
    if (!zh.ok) throw new Error(zh.detail);
    const outcome = await findEnglish(toPlainArticle(zh.article), {
      fetcher: site.fetcher,
      resources: async () => resources,
      cache,
    });
    expect(outcome.status).toBe('found');
    expect(warned).toContain('[Duizhao] the search cache could not keep an answer');
    expect(warned).toContain('[Duizhao] the search cache could not keep an English page');
  });
});
