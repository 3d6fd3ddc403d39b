// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  registerEnglishService,
  resolveLimits,
} from '../../../entrypoints/background/english-service';
import { toPlainArticle } from '../../../utils/article';
import { extractArticle } from '../../../utils/extract';
import { parseHtml } from '../../../utils/html';
import { createMatchCache, memoryStore } from '../../../utils/match/cache';
import { clearCache, createStorageMatchCache } from '../../../utils/match/cache-storage';
import { loadMatchResources } from '../../../utils/match/node-resources';
import type { ScorerResources } from '../../../utils/match/resources';
import type { SearchOutcome } from '../../../utils/match/outcome';
import { sendMessage, type EnglishRequest } from '../../../utils/messaging';
import { englishSearchLimitsItem } from '../../../utils/storage';
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
afterEach(async () => {
  off?.();
  fakeBrowser.reset();
  await clearCache('searches');
  await clearCache('pairs');
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
      enUrl: EN_URL,
      title: 'My notes',
    });
    expect(paired).toMatchObject({ status: 'found', manual: true, match: { url: EN_URL } });
    expect(await sendMessage('findEnglish', { article: zhArticle() })).toMatchObject({
      manual: true,
    });
    await sendMessage('unpairEnglish', { zhUrl: ZH_URL });
    expect(await sendMessage('findEnglish', { article: zhArticle() })).toMatchObject({
      manual: false,
      match: { url: EN_URL },
    });
  });

  it('refuses to pair with a page off the official sites, and keeps nothing', async () => {
    const fake = fakeSites(SITE);
    const cache = createMatchCache(memoryStore());
    off = registerEnglishService({ fetch: fake.fetch, cache, resources: async () => resources });
    for (const enUrl of [
      'https://example.org/my-translation',
      'https://www.mfa.gov.cn.evil.example/x',
    ]) {
      const refused = await sendMessage('pairManually', { zhUrl: ZH_URL, enUrl });
      expect(refused).toMatchObject({ status: 'error', reason: 'failed' });
      if (refused.status === 'error')
        expect(refused.message).toContain('not one of the official sites');
    }
    expect(await cache.getManualPair(ZH_URL)).toBeNull();
    expect(await cache.getOutcome(ZH_URL)).toBeNull();
    expect(fake.requested).toEqual([]);
  });

  it('refuses to pair with an official address that is not a page (a PDF, too large), saying why', async () => {
    const PDF = 'https://www.mfa.gov.cn/eng/zxxx/report.pdf';
    const BIG = 'https://www.mfa.gov.cn/eng/zxxx/big.html';
    const fetch = (async (input: RequestInfo | URL) =>
      String(input) === PDF
        ? new Response('%PDF-1.7', { headers: { 'content-type': 'application/pdf' } })
        : new Response('<p>x</p>', {
            headers: { 'content-type': 'text/html', 'content-length': String(60 * 1024 * 1024) },
          })) as typeof globalThis.fetch;
    const cache = createMatchCache(memoryStore());
    off = registerEnglishService({ fetch, cache, resources: async () => resources });
    const pdf = await sendMessage('pairManually', { zhUrl: ZH_URL, enUrl: PDF });
    expect(pdf).toMatchObject({
      status: 'error',
      message: 'Duizhao cannot pair with this page: the address is a PDF document, not a web page.',
    });
    const big = await sendMessage('pairManually', { zhUrl: ZH_URL, enUrl: BIG });
    expect(big).toMatchObject({ status: 'error' });
    if (big.status === 'error') expect(big.message).toContain('the page is 60.0 MB');
    expect(await cache.getManualPair(ZH_URL)).toBeNull();
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

  it('lists open tabs to the extension’s own pages only, never to a content script', async () => {
    off = registerEnglishService({
      fetch: fakeSites({}).fetch,
      cache: createMatchCache(memoryStore()),
      resources: async () => resources,
    });
    await fakeBrowser.tabs.create({ url: EN_URL, title: 'Press conference' } as never);
    // The fake browser's messages carry no sender address, as a content script's would not.
    await expect(sendMessage('listOpenTabs', undefined)).rejects.toThrow(
      'Open tabs are listed in the toolbar popup only',
    );
  });

  describe('time limit and cancellation', () => {
    /** Official hosts that never answer; records which requests were aborted. */
    function hangingSites() {
      const requested: string[] = [];
      const aborted: string[] = [];
      const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
        const url = String(input);
        requested.push(url);
        return new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => {
            aborted.push(url);
            reject(new DOMException('aborted', 'AbortError'));
          });
        });
      }) as typeof globalThis.fetch;
      return { fetch, requested, aborted };
    }

    /** A findEnglish request as a content script in tab `tabId` sends it (the fake has no sender tab). */
    function askFromTab(tabId: number, data: EnglishRequest): Promise<SearchOutcome> {
      return new Promise((resolve, reject) => {
        void fakeBrowser.runtime.onMessage.trigger(
          { id: tabId, type: 'findEnglish', data, timestamp: Date.now() },
          { tab: { id: tabId } } as never,
          (response: { res?: SearchOutcome; err?: unknown }) =>
            response.err ? reject(response.err) : resolve(response.res!),
        );
      });
    }

    /** fakeBrowser.tabs.remove looks the window up by the tab's id; fire the event as Chrome does. */
    const closeTab = (tabId: number) =>
      fakeBrowser.tabs.onRemoved.trigger(tabId, { isWindowClosing: false, windowId: 1 });

    const until = async (check: () => boolean) => {
      for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
      expect(check()).toBe(true);
    };

    it('stops a search at its time limit, answers at once, and aborts the fetches', async () => {
      const sites = hangingSites();
      off = registerEnglishService({
        fetch: sites.fetch,
        cache: createMatchCache(memoryStore()),
        resources: async () => resources,
        limits: { searchTimeoutMs: 80, requestTimeoutMs: 60_000 },
      });
      const started = Date.now();
      const outcome = await sendMessage('findEnglish', { article: zhArticle() });
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(outcome).toMatchObject({ status: 'error', reason: 'failed' });
      if (outcome.status === 'error') expect(outcome.message).toMatch(/stopped after 0 seconds/);
      await until(() => sites.aborted.length > 0);
      expect(sites.aborted).toEqual(sites.requested);
    });

    it('takes the time limits from storage, the caller’s first', async () => {
      await englishSearchLimitsItem.setValue({ requestTimeoutMs: 30, searchTimeoutMs: -1 });
      expect(resolveLimits(await englishSearchLimitsItem.getValue())).toEqual({
        requestTimeoutMs: 30,
        searchTimeoutMs: 45_000,
      });
      expect(resolveLimits({ requestTimeoutMs: 30 }, { requestTimeoutMs: 10 })).toMatchObject({
        requestTimeoutMs: 10,
      });
      // A stored 30 ms request timeout applies: the hanging listing times out, and is reported.
      const sites = hangingSites();
      off = registerEnglishService({
        fetch: sites.fetch,
        cache: createMatchCache(memoryStore()),
        resources: async () => resources,
      });
      const started = Date.now();
      const outcome = await sendMessage('findEnglish', { article: zhArticle() });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(outcome).toMatchObject({ status: 'error', reason: 'offline' });
    });

    it('aborts the search when the only asking tab closes', async () => {
      const sites = hangingSites();
      off = registerEnglishService({
        fetch: sites.fetch,
        cache: createMatchCache(memoryStore()),
        resources: async () => resources,
      });
      const tab = await fakeBrowser.tabs.create({ url: ZH_URL });
      const answer = askFromTab(tab.id!, { article: zhArticle() });
      await until(() => sites.requested.length > 0);
      await closeTab(tab.id!);
      expect(await answer).toMatchObject({ status: 'error', message: 'The search was cancelled.' });
      expect(sites.aborted.length).toBeGreaterThan(0);
    });

    it('keeps the search while another tab waits, and aborts it when that tab navigates away', async () => {
      const sites = hangingSites();
      off = registerEnglishService({
        fetch: sites.fetch,
        cache: createMatchCache(memoryStore()),
        resources: async () => resources,
      });
      const a = await fakeBrowser.tabs.create({ url: ZH_URL });
      const b = await fakeBrowser.tabs.create({ url: ZH_URL });
      const answerA = askFromTab(a.id!, { article: zhArticle() });
      const answerB = askFromTab(b.id!, { article: zhArticle() });
      await until(() => sites.requested.length > 0);
      await closeTab(a.id!);
      // Same statement under the ministry's other host name, with a fragment: still this search.
      await fakeBrowser.tabs.update(b.id!, {
        url: ZH_URL.replace('www.mfa.gov.cn', 'www.fmprc.gov.cn') + '#p2',
      });
      await new Promise((r) => setTimeout(r, 20));
      expect(sites.aborted).toEqual([]);
      await fakeBrowser.tabs.update(b.id!, { url: 'https://www.mfa.gov.cn/web/' });
      const [outcomeA, outcomeB] = await Promise.all([answerA, answerB]);
      expect(outcomeB).toMatchObject({ status: 'error', message: 'The search was cancelled.' });
      expect(outcomeA).toEqual(outcomeB);
      expect(sites.aborted.length).toBeGreaterThan(0);
      // A new request for the statement starts a new search instead of joining the cancelled one.
      const before = sites.requested.length;
      void askFromTab(b.id!, { article: zhArticle() });
      await until(() => sites.requested.length > before);
    });
  });
});
