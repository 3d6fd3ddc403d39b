// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMatchCache, memoryStore, MAX_ENTRIES, TTL_MS } from '../../../utils/match/cache';
import type { SearchOutcome } from '../../../utils/match/outcome';
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
});
