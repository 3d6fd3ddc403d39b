/**
 * Background side of the English-version search: message handlers over utils/match/service.ts.
 * Wiring (entrypoints/background/index.ts): `registerEnglishService()` once at startup.
 *
 * Protocol (utils/messaging.ts):
 *  - findEnglish({ article, pageLinks? }) → SearchOutcome; retryEnglish(…) the same, ignoring the cache.
 *    While a search runs, each step goes to the asking tab as englishSearchProgress({ zhUrl, progress }).
 *    Two tabs asking for the same statement share one search (both get the progress).
 *  - pairManually({ zhUrl, enUrl, title? }) → SearchOutcome (found, manual); unpairEnglish({ zhUrl }).
 *  - listOpenTabs() → OpenTab[] (web tabs other than the asking one).
 *  - getEnglishArticle({ url }) → Article | null (cached, or fetched from an official site).
 */
import { browser } from 'wxt/browser';
import type { Article } from '../../utils/article';
import { onMessage, sendMessage, type OpenTab } from '../../utils/messaging';
import type { MatchCache } from '../../utils/match/cache';
import { createStorageMatchCache } from '../../utils/match/cache-storage';
import type { SearchOutcome, SearchProgress } from '../../utils/match/outcome';
import type { ScorerResources } from '../../utils/match/resources';
import {
  findEnglish,
  getEnglishArticle,
  pairManually,
  type EnglishSearchDeps,
} from '../../utils/match/service';
import { normaliseUrl } from '../../utils/match/urls';
import { GAZETTEER } from '../../utils/lexicon/gazetteer';
import { OFFICIAL_TERMS } from '../../utils/lexicon/terms';
import { Fetcher } from '../../utils/net/fetcher';
import { DICT_ASSET_PATH } from '../../utils/reading/dict-format';
import { loadDictionary } from '../../utils/reading/dictionary';
import { isOfficialHost } from '../../utils/sites/hosts';

/** The scorer's resources: the project's lexicon and the packaged CC-CEDICT (shared with reading). */
function loadResources(): Promise<ScorerResources> {
  return loadDictionary(async () => {
    const response = await fetch(browser.runtime.getURL(`/${DICT_ASSET_PATH}`));
    if (!response.ok) throw new Error(`Dictionary missing from the extension (${response.status})`);
    return response.text();
  }).then((dictionary) => ({ gazetteer: GAZETTEER, terms: OFFICIAL_TERMS, dictionary }));
}

interface Running {
  outcome: Promise<SearchOutcome>;
  tabs: Set<number>;
}

export interface EnglishServiceOptions {
  /** Injected in tests; the real `fetch` otherwise. */
  fetch?: typeof globalThis.fetch;
  cache?: MatchCache;
  resources?: () => Promise<ScorerResources>;
}

/** Register the message handlers; returns a function that removes them. */
export function registerEnglishService(options: EnglishServiceOptions = {}): () => void {
  const deps: EnglishSearchDeps = {
    fetcher: new Fetcher({ fetch: options.fetch ?? ((input, init) => fetch(input, init)) }),
    resources: options.resources ?? loadResources,
    cache: options.cache ?? createStorageMatchCache(),
  };
  const running = new Map<string, Running>();

  function notify(tabs: Set<number>, zhUrl: string, progress: SearchProgress) {
    for (const tabId of tabs) {
      // The tab may have been closed or navigated: progress is best-effort, the answer is not.
      sendMessage('englishSearchProgress', { zhUrl, progress }, tabId).catch(() => {});
    }
  }

  function search(
    article: Article,
    pageLinks: { url: string; text: string }[] | undefined,
    tabId: number | undefined,
    refresh: boolean,
  ) {
    const key = normaliseUrl(article.url);
    const current = running.get(key);
    if (current && !refresh) {
      if (tabId !== undefined) current.tabs.add(tabId);
      return current.outcome;
    }
    const tabs = new Set<number>(tabId === undefined ? [] : [tabId]);
    const outcome = findEnglish(article, deps, {
      refresh,
      pageLinks,
      onProgress: (progress) => notify(tabs, article.url, progress),
    }).finally(() => {
      if (running.get(key)?.outcome === outcome) running.delete(key);
    });
    running.set(key, { outcome, tabs });
    return outcome;
  }

  const offs = [
    onMessage('findEnglish', ({ data, sender }) =>
      search(data.article, data.pageLinks, sender.tab?.id, false),
    ),
    onMessage('retryEnglish', ({ data, sender }) =>
      search(data.article, data.pageLinks, sender.tab?.id, true),
    ),
    onMessage('pairManually', ({ data }) =>
      pairManually(data.zhUrl, data.enUrl, deps, data.title ?? null),
    ),
    onMessage('unpairEnglish', async ({ data }) => {
      await deps.cache.forgetManualPair(data.zhUrl);
      await deps.cache.forgetOutcome(data.zhUrl);
    }),
    onMessage('getEnglishArticle', ({ data }) => getEnglishArticle(data.url, deps)),
    onMessage('listOpenTabs', async ({ sender }) => {
      const tabs = await browser.tabs.query({});
      return tabs.flatMap((tab): OpenTab[] => {
        if (
          tab.id === undefined ||
          tab.id === sender.tab?.id ||
          !tab.url ||
          !/^https?:/.test(tab.url)
        )
          return [];
        return [
          {
            tabId: tab.id,
            url: tab.url,
            title: tab.title ?? tab.url,
            official: isOfficialHost(new URL(tab.url).hostname),
          },
        ];
      });
    }),
  ];
  return () => offs.forEach((off) => off());
}
