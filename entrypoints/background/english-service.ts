/**
 * Background side of the English-version search: message handlers over utils/match/service.ts.
 * Wiring (entrypoints/background/index.ts): `registerEnglishService()` once at startup.
 *
 * Protocol (utils/messaging.ts):
 *  - findEnglish({ article, pageLinks? }) → SearchOutcome; retryEnglish(…) the same, ignoring the cache.
 *    While a search runs, each step goes to the asking tab as englishSearchProgress({ zhUrl, progress }).
 *    Two tabs asking for the same statement share one search (both get the progress). A search is
 *    stopped after a time limit (45 s), and as soon as no tab waits for it any more (the asking
 *    tabs were closed or navigated to another page).
 *  - pairManually({ zhUrl, enUrl, title? }) → SearchOutcome (found, manual); unpairEnglish({ zhUrl }).
 *  - listOpenTabs() → OpenTab[] (web tabs other than the asking one), for the toolbar popup only;
 *    a pairing made there is sent to the statement's tabs as englishPaired({ zhUrl, outcome }).
 *  - openPairingPopup() → whether the toolbar popup could be opened (the panel's button).
 *  - getEnglishArticle({ url }) → Article | null (cached, or fetched from an official site).
 */
import { browser } from 'wxt/browser';
import type { Article } from '../../utils/article';
import { t } from '../../utils/i18n';
import { onMessage, sendMessage, type OpenTab } from '../../utils/messaging';
import {
  createMatchCache,
  memoryStore,
  readThroughCache,
  type MatchCache,
} from '../../utils/match/cache';
import { createStorageMatchCache } from '../../utils/match/cache-storage';
import type { SearchOutcome, SearchProgress } from '../../utils/match/outcome';
import type { ScorerResources } from '../../utils/match/resources';
import {
  DEFAULT_SEARCH_LIMITS,
  findEnglish,
  getEnglishArticle,
  pairManually,
  type EnglishSearchDeps,
  type SearchLimits,
} from '../../utils/match/service';
import { englishSearchLimitsItem } from '../../utils/storage';
import { normaliseUrl } from '../../utils/match/urls';
import { GAZETTEER } from '../../utils/lexicon/gazetteer';
import { OFFICIAL_TERMS } from '../../utils/lexicon/terms';
import { Fetcher } from '../../utils/net/fetcher';
import { backgroundDictionary } from '../../utils/reading/service';
import { isOfficialHost } from '../../utils/sites/hosts';

/** The scorer's resources: the project's lexicon and the packaged CC-CEDICT (shared with reading). */
function loadResources(): Promise<ScorerResources> {
  return backgroundDictionary().then((dictionary) => ({
    gazetteer: GAZETTEER,
    terms: OFFICIAL_TERMS,
    dictionary,
  }));
}

interface Running {
  outcome: Promise<SearchOutcome>;
  /** The tabs waiting for this search; when the last one goes away, the search is aborted. */
  tabs: Set<number>;
  controller: AbortController;
}

/** Defaults, then the stored limits, then the caller's; only positive finite numbers count. */
export function resolveLimits(...layers: (Partial<SearchLimits> | undefined)[]): SearchLimits {
  const limits = { ...DEFAULT_SEARCH_LIMITS };
  for (const layer of layers) {
    for (const key of ['requestTimeoutMs', 'searchTimeoutMs'] as const) {
      const value = layer?.[key];
      if (typeof value === 'number' && Number.isFinite(value) && value > 0) limits[key] = value;
    }
  }
  return limits;
}

function overTime(limits: SearchLimits): SearchOutcome {
  const seconds = Math.round(limits.searchTimeoutMs / 1000);
  return {
    status: 'error',
    reason: 'failed',
    // i18n-ignore: the outcome's English message (CLI, logs); the interface says `problem`.
    message: `The search was stopped after ${seconds} second${seconds === 1 ? '' : 's'}: the official sites are answering too slowly. Try again later.`,
    problem: { code: 'too-slow', seconds },
    searched: [],
  };
}

export interface EnglishServiceOptions {
  /** Injected in tests; the real `fetch` otherwise. */
  fetch?: typeof globalThis.fetch;
  cache?: MatchCache;
  resources?: () => Promise<ScorerResources>;
  /** Time limits; by default the stored ones (englishSearchLimitsItem), else 15 s / 45 s. */
  limits?: Partial<SearchLimits>;
}

/** Register the message handlers; returns a function that removes them. */
export function registerEnglishService(options: EnglishServiceOptions = {}): () => void {
  const deps: EnglishSearchDeps = {
    fetcher: new Fetcher({ fetch: options.fetch ?? ((input, init) => fetch(input, init)) }),
    resources: options.resources ?? loadResources,
    cache: options.cache ?? createStorageMatchCache(),
  };
  // Private (incognito) windows: what is remembered may be used, but nothing is written to
  // persistent storage — their answers, English pages and pairings stay in this memory overlay.
  const privateDeps: EnglishSearchDeps = {
    ...deps,
    cache: readThroughCache(deps.cache, createMatchCache(memoryStore())),
  };
  const depsFor = (sender: { tab?: { incognito?: boolean } }) =>
    sender.tab?.incognito ? privateDeps : deps;
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
    incognito: boolean,
  ) {
    const searchDeps = incognito ? privateDeps : deps;
    const key = `${incognito ? 'private ' : ''}${normaliseUrl(article.url)}`;
    const current = running.get(key);
    if (current && !refresh) {
      if (tabId !== undefined) current.tabs.add(tabId);
      return current.outcome;
    }
    if (current && tabId !== undefined) {
      // A retry replaces the running search for this tab; stop the old one if nobody else waits.
      current.tabs.delete(tabId);
      if (current.tabs.size === 0) current.controller.abort(new Error('replaced by a retry'));
    }
    const tabs = new Set<number>(tabId === undefined ? [] : [tabId]);
    const controller = new AbortController();
    const run = async (): Promise<SearchOutcome> => {
      const stored = await englishSearchLimitsItem.getValue().catch(() => ({}));
      const limits = resolveLimits(stored, options.limits);
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Past the limit the answer is given at once, whatever is still pending; the abort stops
      // the fetches that are still running or queued.
      const deadline = new Promise<SearchOutcome>((resolve) => {
        timer = setTimeout(() => {
          controller.abort(new Error('time limit'));
          resolve(overTime(limits));
        }, limits.searchTimeoutMs);
      });
      try {
        return await Promise.race([
          findEnglish(article, searchDeps, {
            refresh,
            pageLinks,
            signal: controller.signal,
            requestTimeoutMs: limits.requestTimeoutMs,
            onProgress: (progress) => notify(tabs, article.url, progress),
          }),
          deadline,
        ]);
      } finally {
        clearTimeout(timer);
      }
    };
    const entry: Running = { outcome: run(), tabs, controller };
    void entry.outcome.finally(() => {
      if (running.get(key) === entry) running.delete(key);
    });
    running.set(key, entry);
    return entry.outcome;
  }

  /**
   * `tabId` no longer waits for the searches it asked for (closed, or now showing another page;
   * `stillAt` keeps the search for the statement the tab still shows). A search nobody waits for
   * is aborted; searches asked without a tab (none so far) only end by their time limit.
   */
  function leave(tabId: number, stillAt?: string) {
    for (const [key, entry] of running) {
      if (key === stillAt || !entry.tabs.delete(tabId) || entry.tabs.size > 0) continue;
      entry.controller.abort(new Error('no tab waits for this search'));
      running.delete(key);
    }
  }
  const onTabRemoved = (tabId: number) => leave(tabId);
  const onTabUpdated = (tabId: number, change: { url?: string; status?: string }) => {
    if (change.url) leave(tabId, normaliseUrl(change.url));
    // Without the `tabs` permission a move off the official sites carries no address: a tab
    // whose address Duizhao may not read is not showing a statement it asked about.
    else if (change.status === 'loading') {
      browser.tabs.get(tabId).then(
        (tab) => {
          if (!tab.url) leave(tabId);
        },
        () => leave(tabId),
      );
    }
  };
  async function notifyPaired(zhUrl: string, outcome: SearchOutcome) {
    const key = normaliseUrl(zhUrl);
    for (const tab of await browser.tabs.query({}).catch(() => [])) {
      if (tab.id === undefined || !tab.url || normaliseUrl(tab.url) !== key) continue;
      sendMessage('englishPaired', { zhUrl, outcome }, tab.id).catch(() => {});
    }
  }

  browser.tabs.onRemoved.addListener(onTabRemoved);
  browser.tabs.onUpdated.addListener(onTabUpdated);

  const offs = [
    onMessage('findEnglish', ({ data, sender }) =>
      search(data.article, data.pageLinks, sender.tab?.id, false, !!sender.tab?.incognito),
    ),
    onMessage('retryEnglish', ({ data, sender }) =>
      search(data.article, data.pageLinks, sender.tab?.id, true, !!sender.tab?.incognito),
    ),
    onMessage('pairManually', async ({ data, sender }) => {
      const outcome = await pairManually(
        data.zhUrl,
        data.enUrl,
        depsFor(sender),
        data.title ?? null,
      );
      // Paired from the toolbar popup: the tabs showing the statement update their panel.
      const fromPopup = sender.url?.startsWith(browser.runtime.getURL('/'));
      if (fromPopup && outcome.status === 'found') void notifyPaired(data.zhUrl, outcome);
      return outcome;
    }),
    onMessage('openPairingPopup', async () => {
      const action = (browser.action ?? browser.browserAction) as
        { openPopup?: () => Promise<void> } | undefined;
      try {
        await action?.openPopup?.();
        return !!action?.openPopup;
      } catch {
        return false;
      }
    }),
    onMessage('unpairEnglish', async ({ data, sender }) => {
      const { cache } = depsFor(sender);
      await cache.forgetManualPair(data.zhUrl);
      await cache.forgetOutcome(data.zhUrl);
    }),
    onMessage('getEnglishArticle', ({ data, sender }) =>
      getEnglishArticle(data.url, depsFor(sender)),
    ),
    onMessage('listOpenTabs', async ({ sender }) => {
      // The user's other tabs are shown only in the extension's own pages (the toolbar popup),
      // never to a content script, whose page could read what it puts in the DOM.
      if (!sender.url?.startsWith(browser.runtime.getURL('/')))
        throw new Error(t('background.openTabsPopupOnly'));
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
  return () => {
    offs.forEach((off) => off());
    browser.tabs.onRemoved.removeListener(onTabRemoved);
    browser.tabs.onUpdated.removeListener(onTabUpdated);
    for (const entry of running.values()) entry.controller.abort(new Error('service stopped'));
    running.clear();
  };
}
