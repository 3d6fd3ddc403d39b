// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import {
  createMatchCache,
  jsonBytes,
  MAX_BYTES,
  MAX_ENTRIES,
  memoryStore,
  overLimit,
  readThroughCache,
  TTL_MS,
  type CacheStore,
} from '../../../utils/match/cache';
import type { SearchOutcome } from '../../../utils/match/outcome';
import { cacheKeyUrl } from '../../../utils/match/urls';
import { EN_TRUE } from './helpers';

const found: SearchOutcome = {
  status: 'found',
  manual: false,
  searched: [],
  match: { url: EN_TRUE.url, title: EN_TRUE.title, date: null, confidence: 0.9 },
};
const none: SearchOutcome = {
  status: 'none',
  searched: ['x'],
  places: ['y'],
  candidatesChecked: 2,
};

/** A store whose writes fail as a full storage does. */
function fullStore(): CacheStore {
  const store = memoryStore();
  const quota = () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
  return { ...store, put: quota, delete: quota, manual: { ...store.manual, set: quota } };
}

describe('match cache', () => {
  it('expires answers by kind, never keeps errors, and treats fmprc/mfa URLs as one', async () => {
    let now = 1_000_000;
    const cache = createMatchCache(memoryStore(), () => now);
    await cache.setOutcome('https://www.fmprc.gov.cn/web/a/t1.shtml', found);
    await cache.setOutcome('https://www.mfa.gov.cn/web/b/t2.shtml', none);
    await cache.setOutcome('https://www.mfa.gov.cn/web/c/t3.shtml', none, TTL_MS.recent);
    await cache.setOutcome('https://www.mfa.gov.cn/web/d/t4.shtml', {
      status: 'error',
      reason: 'offline',
      message: 'm',
      searched: [],
    });
    expect(await cache.getOutcome('http://www.mfa.gov.cn/a/t1.shtml')).toEqual(found);
    expect(await cache.getOutcome('https://www.mfa.gov.cn/web/d/t4.shtml')).toBeNull();
    now += TTL_MS.recent + 1;
    expect(await cache.getOutcome('https://www.mfa.gov.cn/web/c/t3.shtml')).toBeNull();
    expect(await cache.getOutcome('https://www.mfa.gov.cn/web/b/t2.shtml')).toEqual(none);
    now += TTL_MS.none;
    expect(await cache.getOutcome('https://www.mfa.gov.cn/web/b/t2.shtml')).toBeNull();
    expect(await cache.getOutcome('https://www.fmprc.gov.cn/web/a/t1.shtml')).toEqual(found);
  });

  it('keeps at most MAX_ENTRIES articles and loses no write under concurrency', async () => {
    const cache = createMatchCache(memoryStore());
    const urls = Array.from(
      { length: MAX_ENTRIES.articles + 5 },
      (_, i) => `https://english.news.cn/${i}/c.html`,
    );
    await Promise.all(
      urls.map((url, i) => cache.setArticle(url, { ...EN_TRUE, url, title: `t${i}` })),
    );
    const kept = await Promise.all(urls.map((u) => cache.getArticle(u)));
    expect(kept.filter(Boolean)).toHaveLength(MAX_ENTRIES.articles);
    await Promise.all([
      cache.setManualPair('https://www.gov.cn/a', 'https://english.www.gov.cn/a'),
      cache.setManualPair('https://www.gov.cn/b', 'https://english.www.gov.cn/b'),
    ]);
    expect(await cache.getManualPair('https://www.gov.cn/a')).toBe('https://english.www.gov.cn/a');
    expect(await cache.getManualPair('https://www.gov.cn/b')).toBe('https://english.www.gov.cn/b');
    await cache.forgetManualPair('https://www.gov.cn/a');
    expect(await cache.getManualPair('https://www.gov.cn/a')).toBeNull();
  });

  it('is bounded by bytes as well: large articles push out the ones expiring first', async () => {
    let now = 0;
    const store = memoryStore();
    const cache = createMatchCache(store, () => now);
    // Each a little over a quarter of the byte budget: three fit, four do not (the count limit is 60).
    const big = (i: number) => ({
      ...EN_TRUE,
      url: `https://english.news.cn/big/${i}.html`,
      paragraphs: [{ text: 'x'.repeat(MAX_BYTES.articles / 4 + 1_000) }],
    });
    for (let i = 0; i < 5; i++) {
      now += 1_000;
      await cache.setArticle(big(i).url, big(i));
    }
    const listed = await store.list('articles');
    expect(listed.map((r) => r.key).sort()).toEqual(
      [2, 3, 4].map((i) => cacheKeyUrl(big(i).url)).sort(),
    );
    expect(listed.reduce((sum, r) => sum + r.bytes, 0)).toBeLessThanOrEqual(MAX_BYTES.articles);
    // One article larger than the whole budget is not kept at all (and evicts nothing).
    const huge = { ...big(9), paragraphs: [{ text: 'y'.repeat(MAX_BYTES.articles) }] };
    await cache.setArticle(huge.url, huge);
    expect(await cache.getArticle(huge.url)).toBeNull();
    expect(await store.list('articles')).toHaveLength(3);
  });

  it('drops expired records first, then those expiring soonest, by count and by bytes', () => {
    const records = [
      { key: 'old', expires: 5, bytes: 1 },
      { key: 'a', expires: 30, bytes: 6 },
      { key: 'b', expires: 20, bytes: 3 },
      { key: 'c', expires: 40, bytes: 2 },
    ];
    expect(overLimit(records, 10, 10, 100)).toEqual(['old']);
    expect(overLimit(records, 10, 2, 100).sort()).toEqual(['b', 'old']);
    expect(overLimit(records, 10, 10, 8).sort()).toEqual(['b', 'old']);
    expect(jsonBytes({ t: '中' })).toBe(11); // UTF-8 bytes of {"t":"中"}
  });

  it('never fails on a full storage: writes are logged, reads of a broken store are misses', async () => {
    const warn = vi.fn();
    const cache = createMatchCache(fullStore(), { warn });
    await expect(cache.setOutcome('https://www.gov.cn/a', found)).resolves.toBeUndefined();
    await expect(cache.setArticle(EN_TRUE.url, EN_TRUE)).resolves.toBeUndefined();
    await expect(cache.forgetOutcome('https://www.gov.cn/a')).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls[0]![0]).toBe('[Duizhao] the search cache could not keep an answer');
    expect((warn.mock.calls[0]![1] as DOMException).name).toBe('QuotaExceededError');
    // A pairing is the user's own: its failure is reported, not swallowed.
    await expect(cache.setManualPair('https://www.gov.cn/a', EN_TRUE.url)).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    const broken = createMatchCache(
      { ...memoryStore(), get: () => Promise.reject(new Error('storage gone')) },
      { warn },
    );
    expect(await broken.getOutcome('https://www.gov.cn/a')).toBeNull();
  });

  it('for a private window: reads what is kept, writes only to memory, forgets in both', async () => {
    const persistent = memoryStore();
    const base = createMatchCache(persistent);
    await base.setManualPair('https://www.gov.cn/p', EN_TRUE.url);
    await base.setOutcome('https://www.gov.cn/a', found);
    const privateCache = readThroughCache(base, createMatchCache(memoryStore()));
    expect(await privateCache.getOutcome('https://www.gov.cn/a')).toEqual(found);
    await privateCache.setOutcome('https://www.gov.cn/b', none);
    await privateCache.setArticle(EN_TRUE.url, EN_TRUE);
    await privateCache.setManualPair('https://www.gov.cn/c', EN_TRUE.url);
    expect(await privateCache.getOutcome('https://www.gov.cn/b')).toEqual(none);
    expect(await persistent.list('outcomes')).toHaveLength(1);
    expect(await persistent.list('articles')).toHaveLength(0);
    expect(await persistent.manual.get(cacheKeyUrl('https://www.gov.cn/c'))).toBeUndefined();
    await privateCache.forgetManualPair('https://www.gov.cn/p');
    expect(await base.getManualPair('https://www.gov.cn/p')).toBeNull();
  });
});

describe('cache keys', () => {
  it('keep the query where it makes the content, drop tracking and aliases', () => {
    expect(cacheKeyUrl('https://so.news.cn/#search/0/Xi?keyword=a')).toBe('https://so.news.cn');
    expect(cacheKeyUrl('https://www.gov.cn/list.htm?page=2')).not.toBe(
      cacheKeyUrl('https://www.gov.cn/list.htm?page=3'),
    );
    expect(cacheKeyUrl('https://english.news.cn/s?b=2&a=1')).toBe(
      cacheKeyUrl('https://english.news.cn/s?a=1&b=2'),
    );
    expect(cacheKeyUrl('https://www.fmprc.gov.cn/web/a/t1.shtml?utm_source=x&spm=1')).toBe(
      'https://www.mfa.gov.cn/a/t1.shtml',
    );
    expect(cacheKeyUrl('https://en.people.cn/n3/2025/0620/c90000-1.html?id=7&from=timeline')).toBe(
      'https://en.people.cn/n3/2025/0620/c90000-1.html?id=7',
    );
  });
});
