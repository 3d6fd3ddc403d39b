/**
 * The search for a Chinese statement's official English version: answer from the cache, or run
 * the site's discovery strategies (listing pages), fetch and extract the candidates, score them,
 * and answer found / several plausible / none (saying what was searched) / error. Everything that
 * touches the network or storage is injected, so the same code runs in the background worker,
 * in the CLI and in tests.
 */
import { toPlainArticle, type Article } from '../article';
import { extractArticle } from '../extract';
import { parseHtmlPrepared, prepareDocument } from '../html';
import { PageBudget, type FetchFailure, type FetchResult, type Fetcher } from '../net/fetcher';
import { isOfficialHost } from '../sites/hosts';
import { TTL_MS, type MatchCache } from './cache';
import { STRATEGIES, type DiscoveryStrategy, type ListingLink } from './discovery';
import type {
  EnglishMatch,
  SearchOutcome,
  SearchProblem,
  SearchProgress,
  SearchStep,
} from './outcome';
import type { ScorerResources } from './resources';
import { rankConfirmed } from './confirm';

export interface EnglishSearchDeps {
  fetcher: Pick<Fetcher, 'fetchPage'>;
  /** Loaded lazily: the dictionary is only needed once candidates are scored. */
  resources: () => Promise<ScorerResources>;
  cache: MatchCache;
  /** HTML → English Article (default: the extension's extractor), or null if not a statement. */
  extract?: (html: string, url: string) => Article | null;
  strategies?: readonly DiscoveryStrategy[];
  /** Cap on pages fetched by one search (listings and candidates). */
  maxPages?: number;
  /** Cap on candidate articles fetched by one search. */
  maxCandidates?: number;
}

export interface SearchOptions {
  onProgress?: (progress: SearchProgress) => void;
  /** Links on the Chinese page (for the "links on the page" strategy). */
  pageLinks?: readonly { url: string; text: string }[];
  signal?: AbortSignal;
  /** Ignore a cached answer (the user pressed retry). */
  refresh?: boolean;
  /** Per-request timeout for this search's fetches (default: the fetcher's). */
  requestTimeoutMs?: number;
}

/** Time limits of one search, in ms. */
export interface SearchLimits {
  /** Per request (a listing or an article page); a timed-out request is tried once more. */
  requestTimeoutMs: number;
  /** The whole search: past it the search is stopped and reported, never left hanging. */
  searchTimeoutMs: number;
}

export const DEFAULT_SEARCH_LIMITS: SearchLimits = {
  requestTimeoutMs: 15_000,
  searchTimeoutMs: 45_000,
};

/** Below this confidence a candidate is not offered even as "plausible". */
export const PLAUSIBLE = 0.1;
export const DEFAULT_MAX_PAGES = 24;
export const DEFAULT_MAX_CANDIDATES = 12;

export function extractEnglish(html: string, url: string): Article | null {
  const result = extractArticle(parseHtmlPrepared(html), url);
  return result.ok && result.article.lang === 'en' ? toPlainArticle(result.article) : null;
}

function toMatch(
  article: Article,
  link: ListingLink | undefined,
  confidence: number,
): EnglishMatch {
  return {
    url: article.url,
    title: article.title || link?.title || article.url,
    date: article.date ?? link?.date ?? null,
    confidence,
  };
}

/** Find the English version of `zh`. Never throws; errors become an `error` outcome. */
export async function findEnglish(
  zh: Article,
  deps: EnglishSearchDeps,
  options: SearchOptions = {},
): Promise<SearchOutcome> {
  const report = options.onProgress ?? (() => {});
  const budget = new PageBudget(deps.maxPages ?? DEFAULT_MAX_PAGES);
  const state = { candidates: 0, fetched: 0 };
  const progress = (stage: SearchProgress['stage'], where: string, step?: SearchStep) =>
    report({ stage, where, ...(step ? { step } : {}), ...state });
  const failures: FetchResult[] = [];
  const fetchPage = async (url: string) => {
    const result = await deps.fetcher.fetchPage(url, {
      budget,
      signal: options.signal,
      timeoutMs: options.requestTimeoutMs,
    });
    if (result.ok || (result.reason !== 'budget' && result.reason !== 'aborted')) state.fetched++;
    if (!result.ok) failures.push(result);
    // Parsed now in slices, so reading it (listing, extractor) never holds the worker for long.
    else await prepareParsed(result.html, options.signal);
    return result;
  };

  if (zh.lang !== 'zh')
    return failed('failed', 'Only Chinese statements are searched for an English version.', [], {
      code: 'not-chinese',
    });
  try {
    const manual = await deps.cache.getManualPair(zh.url);
    if (manual) return pairedOutcome(manual, null, await getEnglishArticle(manual, deps));
    if (!options.refresh) {
      progress('cache', 'remembered answers', { kind: 'cache' });
      const cached = await deps.cache.getOutcome(zh.url);
      if (cached) return cached;
    }

    // 1. Discovery: bounded lists of candidate URLs from each strategy that knows the site.
    const strategies = (deps.strategies ?? STRATEGIES).filter((s) => s.appliesTo(zh));
    const searched: string[] = [];
    const links = new Map<string, ListingLink>();
    for (const strategy of strategies) {
      if (options.signal?.aborted) break;
      const found = await strategy.discover(zh, {
        fetchPage,
        pageLinks: options.pageLinks,
        progress: (where, step) => progress('listing', where, step),
      });
      searched.push(...found.searched);
      for (const link of found.candidates)
        if (!links.has(link.url) && link.url !== zh.url) links.set(link.url, link);
      state.candidates = links.size;
    }
    const chosen = [...links.values()].slice(0, deps.maxCandidates ?? DEFAULT_MAX_CANDIDATES);
    state.candidates = chosen.length;

    // 2. Fetch and extract the candidates (cached by URL; the fetcher limits per-host concurrency).
    progress(
      'candidates',
      `reading ${chosen.length} candidate English page${chosen.length === 1 ? '' : 's'}`,
      { kind: 'reading', pages: chosen.length },
    );
    const extract = deps.extract ?? extractEnglish;
    const articles = await Promise.all(
      chosen.map(async (link) => {
        const cached = await deps.cache.getArticle(link.url);
        if (cached) return cached;
        const page = await fetchPage(link.url);
        if (!page.ok) return null;
        const article = extract(page.html, page.finalUrl);
        if (article) await deps.cache.setArticle(link.url, article);
        return article;
      }),
    );
    if (options.signal?.aborted)
      return failed('failed', 'The search was cancelled.', searched, { code: 'cancelled' });
    const usable = articles.flatMap((a, i) => (a ? [{ article: a, link: chosen[i] }] : []));

    const unreachable = failures.filter(isUnreachable);
    if (!usable.length && failures.length && unreachable.length === failures.length) {
      return failed(
        'offline',
        'The official sites could not be reached (offline, or the connection was reset).',
        searched,
        { code: 'offline' },
      );
    }

    // 3. Score.
    progress(
      'scoring',
      `comparing ${usable.length} English page${usable.length === 1 ? '' : 's'} with the statement`,
      { kind: 'comparing', pages: usable.length },
    );
    const resources = await deps.resources();
    // The scorer ranks; the leading candidates are aligned sentence by sentence to make sure.
    const ranked = rankConfirmed(
      zh,
      usable.map((u) => u.article),
      resources,
    );
    let outcome: SearchOutcome;
    if (ranked.best !== null) {
      const { article, link } = usable[ranked.best]!;
      outcome = {
        status: 'found',
        match: toMatch(article, link, ranked.ranking[0]!.score),
        manual: false,
        searched,
      };
    } else {
      const options_ = ranked.ranking
        .filter((r) => r.score >= PLAUSIBLE)
        .slice(0, 3)
        .map((r) => toMatch(usable[r.index]!.article, usable[r.index]!.link, r.score));
      // "None" claims there is no English version: not when part of the search could not be done.
      if (!options_.length && unreachable.length) {
        const [message, problem] = unreachableMessage(unreachable);
        return failed('blocked', message, searched, problem);
      }
      outcome = options_.length
        ? { status: 'several', options: options_, searched }
        : {
            status: 'none',
            searched,
            places: strategies
              .filter((st) => st.id !== 'page-links' || options.pageLinks?.length)
              .map((st) => st.label),
            candidatesChecked: usable.length,
          };
    }
    const recent = zh.date !== null && Date.now() - Date.parse(zh.date) < 2 * 86_400_000;
    await deps.cache.setOutcome(
      zh.url,
      outcome,
      recent && outcome.status !== 'found' ? TTL_MS.recent : undefined,
    );
    return outcome;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failed('failed', detail, [], { code: 'unexpected', detail });
  }
}

/** Parse a fetched page ahead in slices; a cancelled search just skips it. */
async function prepareParsed(html: string, signal?: AbortSignal): Promise<void> {
  try {
    await prepareDocument(html, { signal });
  } catch {
    // aborted: the caller sees the cancelled signal and stops
  }
}

function isUnreachable(result: FetchResult): boolean {
  return !result.ok && (result.reason === 'network' || result.reason === 'timeout');
}

/** "Part of the search could not be done: english.www.gov.cn (connection failed). …" */
function unreachableMessage(failures: FetchResult[]): [string, SearchProblem] {
  const hosts = new Map<string, 'timeout' | 'network'>();
  for (const failure of failures) {
    if (failure.ok) continue;
    let host = failure.url;
    try {
      host = new URL(failure.url).hostname;
    } catch {
      // keep the raw URL
    }
    if (!hosts.has(host)) hosts.set(host, failure.reason === 'timeout' ? 'timeout' : 'network');
  }
  const list = [...hosts]
    .map(
      ([host, why]) =>
        `${host} (${why === 'timeout' ? 'too slow to answer' : 'connection failed'})`,
    )
    .join(', ');
  return [
    `Part of the search could not be done: ${list}. Duizhao cannot tell whether an English version exists; try again later.`,
    { code: 'incomplete', hosts: [...hosts].map(([host, why]) => ({ host, why })) },
  ];
}

function failed(
  reason: 'offline' | 'blocked' | 'failed',
  message: string,
  searched: string[],
  problem: SearchProblem,
): SearchOutcome {
  return { status: 'error', reason, message, problem, searched };
}

/** Fetch failures that say the address is not an English page to read (not "try later"). */
const REFUSALS: readonly FetchFailure[] = ['not-official', 'redirect', 'not-html', 'too-large'];

/**
 * Read the English page at `url`: from the cache, else fetched (official sites only) and
 * extracted. `refused` says why the address cannot be read at all (a PDF, too large, a redirect
 * off the official sites); a page that is only unreachable now is not refused.
 */
async function readEnglishPage(
  url: string,
  deps: EnglishSearchDeps,
): Promise<{
  article: Article | null;
  refused: { reason: FetchFailure; detail: string } | null;
}> {
  const cached = await deps.cache.getArticle(url);
  if (cached) return { article: cached, refused: null };
  const page = await deps.fetcher.fetchPage(url);
  if (!page.ok)
    return {
      article: null,
      refused: REFUSALS.includes(page.reason) ? { reason: page.reason, detail: page.detail } : null,
    };
  await prepareParsed(page.html);
  const article = (deps.extract ?? extractEnglish)(page.html, page.finalUrl);
  if (article) await deps.cache.setArticle(url, article);
  return { article, refused: null };
}

/**
 * The extracted English article at `url`: from the cache, else fetched (official sites only) and
 * extracted. Null when it cannot be read or is not an English statement.
 */
export async function getEnglishArticle(
  url: string,
  deps: EnglishSearchDeps,
): Promise<Article | null> {
  return (await readEnglishPage(url, deps)).article;
}

function pairedOutcome(
  enUrl: string,
  title: string | null,
  article: Article | null,
): SearchOutcome {
  const match: EnglishMatch = {
    url: enUrl,
    title: article?.title || title || enUrl,
    date: article?.date ?? null,
    confidence: 1,
  };
  return { status: 'found', match, manual: true, searched: [] };
}

/**
 * Pair a statement with an English page by hand (a pasted URL or an open tab). Remembered, and
 * read for its title (an address that cannot be read as a page at all is refused). Only pages on the official sites are accepted: the background refuses any
 * other address itself, whatever the page's UI checked.
 */
export async function pairManually(
  zhUrl: string,
  enUrl: string,
  deps: EnglishSearchDeps,
  title: string | null = null,
): Promise<SearchOutcome> {
  let url: URL;
  try {
    url = new URL(enUrl);
  } catch {
    return failed('failed', `"${enUrl}" is not a web address.`, [], {
      code: 'not-a-url',
      url: enUrl,
    });
  }
  if (!/^https?:$/.test(url.protocol))
    return failed('failed', 'Only web pages (http, https) can be paired.', [], {
      code: 'not-web',
    });
  if (!isOfficialHost(url.hostname))
    return failed(
      'failed',
      `${url.hostname} is not one of the official sites Duizhao supports: only their pages can be paired.`,
      [],
      { code: 'not-official', host: url.hostname },
    );
  // Read first: an address that is not a readable page (a PDF, a redirect off the official
  // sites, too large) is refused with the reason, and nothing is kept.
  const read = await readEnglishPage(url.href, deps);
  if (read.refused)
    return failed('failed', `Duizhao cannot pair with this page: ${read.refused.detail}.`, [], {
      code: 'unreadable',
      ...read.refused,
    });
  try {
    await deps.cache.setManualPair(zhUrl, url.href);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return failed('failed', `The pairing could not be saved (${why}); nothing was changed.`, [], {
      code: 'not-saved',
      detail: why,
    });
  }
  const outcome = pairedOutcome(url.href, title, read.article);
  await deps.cache.setOutcome(zhUrl, outcome);
  return outcome;
}
