// @vitest-environment node
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerEnglishService } from '../../../entrypoints/background/english-service';
import { toPlainArticle } from '../../../utils/article';
import { extractArticle } from '../../../utils/extract';
import { parseHtml } from '../../../utils/html';
import { createMatchCache, memoryStore } from '../../../utils/match/cache';
import { createStorageMatchCache } from '../../../utils/match/cache-storage';
import { loadMatchResources } from '../../../utils/match/node-resources';
import type { ScorerResources } from '../../../utils/match/resources';
import { sendMessage } from '../../../utils/messaging';
import { fakeSites, fixture } from '../match/fake-sites';

const ZH_URL =
  'https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/202506/t20250620_11650001.shtml';
const EN_URL = 'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202506/t20250620_11650123.html';
const SITE = {
  'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/index.html': { file: 'mfa/en-current-listing.html' },
  [EN_URL]: { file: 'mfa/en-current-press-conference.html' },
};

let resources: ScorerResources;
let off: (() => void) | undefined;
beforeAll(async () => {
  resources = await loadMatchResources();
});
afterEach(() => {
  off?.();
  fakeBrowser.reset();
});

function zhArticle() {
  const result = extractArticle(parseHtml(fixture('mfa/zh-current-press-conference.html')), ZH_URL);
  if (!result.ok) throw new Error(result.detail);
  return toPlainArticle(result.article);
}

describe('english service (background)', () => {
  it('answers findEnglish with the found English page, once for concurrent identical requests', async () => {
    const fake = fakeSites(SITE);
    off = registerEnglishService({
      fetch: fake.fetch,
      cache: createMatchCache(memoryStore()),
      resources: async () => resources,
    });
    const article = zhArticle();
    const [a, b] = await Promise.all([
      sendMessage('findEnglish', { article }),
      sendMessage('findEnglish', { article }),
    ]);
    expect(a).toMatchObject({ status: 'found', match: { url: EN_URL } });
    expect(b).toEqual(a);
    expect(fake.requested.filter((u) => u === EN_URL)).toHaveLength(1);
  });

  it('keeps answers in extension storage, surviving a restart of the worker', async () => {
    const first = fakeSites(SITE);
    off = registerEnglishService({
      fetch: first.fetch,
      cache: createStorageMatchCache(),
      resources: async () => resources,
    });
    await sendMessage('findEnglish', { article: zhArticle() });
    off();
    // A "restarted" worker: new handlers, new cache object, same storage; the network is gone.
    const second = fakeSites({});
    off = registerEnglishService({
      fetch: second.fetch,
      cache: createStorageMatchCache(),
      resources: async () => resources,
    });
    expect(await sendMessage('findEnglish', { article: zhArticle() })).toMatchObject({
      status: 'found',
      match: { url: EN_URL },
    });
    expect(second.requested).toEqual([]);
  });

  it('pairs by hand, remembers it, and forgets it on request', async () => {
    const fake = fakeSites(SITE);
    off = registerEnglishService({
      fetch: fake.fetch,
      cache: createStorageMatchCache(),
      resources: async () => resources,
    });
    const paired = await sendMessage('pairManually', {
      zhUrl: ZH_URL,
      enUrl: 'https://example.org/my-translation',
      title: 'My notes',
    });
    expect(paired).toMatchObject({
      status: 'found',
      manual: true,
      match: { url: 'https://example.org/my-translation', title: 'My notes' },
    });
    expect(await sendMessage('findEnglish', { article: zhArticle() })).toMatchObject({
      manual: true,
    });
    await sendMessage('unpairEnglish', { zhUrl: ZH_URL });
    expect(await sendMessage('findEnglish', { article: zhArticle() })).toMatchObject({
      manual: false,
      match: { url: EN_URL },
    });
  });

  it('serves the extracted English article, fetching it once', async () => {
    const fake = fakeSites(SITE);
    off = registerEnglishService({
      fetch: fake.fetch,
      cache: createMatchCache(memoryStore()),
      resources: async () => resources,
    });
    const article = await sendMessage('getEnglishArticle', { url: EN_URL });
    expect(article).toMatchObject({ lang: 'en', url: EN_URL, counterpartUrl: ZH_URL });
    expect(article!.paragraphs.length).toBeGreaterThan(3);
    expect(await sendMessage('getEnglishArticle', { url: EN_URL })).toEqual(article);
    expect(fake.requested).toEqual([EN_URL]);
    expect(await sendMessage('getEnglishArticle', { url: 'https://example.org/x' })).toBeNull();
    expect(fake.requested).toEqual([EN_URL]);
  });

  it('lists open web tabs for pairing', async () => {
    off = registerEnglishService({
      fetch: fakeSites({}).fetch,
      cache: createMatchCache(memoryStore()),
      resources: async () => resources,
    });
    await fakeBrowser.tabs.create({ url: EN_URL, title: 'Press conference' } as never);
    await fakeBrowser.tabs.create({ url: 'https://example.org/a' } as never);
    await fakeBrowser.tabs.create({ url: 'about:blank' } as never);
    const tabs = await sendMessage('listOpenTabs', undefined);
    expect(tabs.map((t) => [t.url, t.official])).toEqual([
      [EN_URL, true],
      ['https://example.org/a', false],
    ]);
  });
});
