/**
 * Fetching official pages like a good citizen: only the supported official hosts, at most two
 * requests at a time per host, a timeout per request, retries with exponential backoff on
 * connection resets and network errors, the charset from the header or the meta tag, error pages
 * treated as not found, and a cap on the pages one search may fetch. `fetch` is injected.
 */
import { decodeHtml } from '../html';
import { isOfficialHost } from '../sites/hosts';
import { HostQueue } from './host-queue';

export type FetchFailure =
  | 'not-official' // refused: not a supported official host
  | 'not-found' // 404/410, or a redirect to the site's error page
  | 'http-error' // another non-2xx status
  | 'network' // connection reset, DNS, offline… after all retries
  | 'timeout' // no answer in time, after all retries
  | 'budget' // the search's page cap is reached
  | 'aborted'; // the caller cancelled

export type FetchResult =
  | { ok: true; url: string; finalUrl: string; status: number; html: string }
  | { ok: false; url: string; reason: FetchFailure; status?: number; detail: string };

export interface FetcherOptions {
  fetch: typeof globalThis.fetch;
  /** Per-request timeout. */
  timeoutMs?: number;
  /** Extra attempts after a network error (the ministry resets about one connection in three). */
  retries?: number;
  /** Extra attempts after a timeout (costly: a host that hangs is not asked again and again). */
  timeoutRetries?: number;
  /** First backoff delay; doubled on each retry (with up to 50% jitter). */
  backoffMs?: number;
  perHost?: number;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** A page budget shared by all fetches of one search. */
export class PageBudget {
  private used = 0;
  constructor(readonly max: number) {}
  /** Take one page from the budget; false when it is spent. */
  take(): boolean {
    if (this.used >= this.max) return false;
    this.used++;
    return true;
  }
  get spent(): number {
    return this.used;
  }
}

/** Paths the official sites redirect missing pages to (the ministry: /error.htm). */
const ERROR_PATH = /\/(?:error|404|notfound|not_found)(?:\.s?html?|\/|$)/i;
/** Titles of soft-404 pages served with status 200. */
const ERROR_TITLE =
  /<title>[^<]*(?:404|页面不存在|页面未找到|您访问的页面|Page Not Found|not found)[^<]*<\/title>/i;

export function isErrorPage(finalUrl: string, html: string): boolean {
  let path = '';
  try {
    path = new URL(finalUrl).pathname;
  } catch {
    // keep '' — the body check still applies
  }
  return ERROR_PATH.test(path) || ERROR_TITLE.test(html.slice(0, 4096));
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Fetcher {
  private readonly queue: HostQueue;
  private readonly options: Required<Omit<FetcherOptions, 'fetch'>> & {
    fetch: typeof globalThis.fetch;
  };

  constructor(options: FetcherOptions) {
    this.options = {
      timeoutMs: 15_000,
      retries: 3,
      timeoutRetries: 1,
      backoffMs: 500,
      perHost: 2,
      sleep: defaultSleep,
      random: Math.random,
      ...options,
    };
    this.queue = new HostQueue(this.options.perHost);
  }

  /** Fetch one official page as text. Never throws. */
  async fetchPage(
    url: string,
    init: {
      budget?: PageBudget;
      signal?: AbortSignal;
      /** Per-request timeout for this call (default: the fetcher's). */
      timeoutMs?: number;
    } = {},
  ): Promise<FetchResult> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { ok: false, url, reason: 'not-official', detail: 'not a URL' };
    }
    if (!/^https?:$/.test(parsed.protocol) || !isOfficialHost(parsed.hostname)) {
      return {
        ok: false,
        url,
        reason: 'not-official',
        detail: `${parsed.hostname} is not a supported official site`,
      };
    }
    if (init.budget && !init.budget.take()) {
      return { ok: false, url, reason: 'budget', detail: `page cap of ${init.budget.max} reached` };
    }
    const { retries, timeoutRetries, backoffMs, sleep, random } = this.options;
    let last: FetchResult = { ok: false, url, reason: 'network', detail: 'not attempted' };
    let timeouts = 0;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (init.signal?.aborted) return { ok: false, url, reason: 'aborted', detail: 'cancelled' };
      if (attempt > 0) {
        await sleep(backoffMs * 2 ** (attempt - 1) * (1 + 0.5 * random()));
        if (init.signal?.aborted) return { ok: false, url, reason: 'aborted', detail: 'cancelled' };
      }
      const timeoutMs = init.timeoutMs ?? this.options.timeoutMs;
      last = await this.queue.run(parsed.hostname, () => this.attempt(url, timeoutMs, init.signal));
      if (last.ok || (last.reason !== 'network' && last.reason !== 'timeout')) return last;
      if (last.reason === 'timeout' && ++timeouts > timeoutRetries) return last;
    }
    return last;
  }

  private async attempt(url: string, timeoutMs: number, outer?: AbortSignal): Promise<FetchResult> {
    // Cancelled while waiting for a slot on the host: do not start a request nobody awaits.
    if (outer?.aborted) return { ok: false, url, reason: 'aborted', detail: 'cancelled' };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('timeout')), timeoutMs);
    const onOuterAbort = () => controller.abort(new Error('aborted'));
    outer?.addEventListener('abort', onOuterAbort);
    try {
      const response = await this.options.fetch(url, {
        signal: controller.signal,
        redirect: 'follow',
        credentials: 'omit',
        headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
      });
      const finalUrl = response.url || url;
      if (!isOfficialHost(new URL(finalUrl).hostname)) {
        return {
          ok: false,
          url,
          reason: 'not-official',
          detail: `redirected off the official site to ${finalUrl}`,
        };
      }
      if (response.status === 404 || response.status === 410) {
        return {
          ok: false,
          url,
          reason: 'not-found',
          status: response.status,
          detail: `HTTP ${response.status}`,
        };
      }
      if (!response.ok) {
        // 5xx are often transient on these sites: let the caller's retry loop treat them as network errors.
        const reason = response.status >= 500 ? 'network' : 'http-error';
        return {
          ok: false,
          url,
          reason,
          status: response.status,
          detail: `HTTP ${response.status}`,
        };
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      const html = decodeHtml(bytes, response.headers.get('content-type') ?? undefined);
      if (isErrorPage(finalUrl, html)) {
        return {
          ok: false,
          url,
          reason: 'not-found',
          status: response.status,
          detail: `redirected to ${finalUrl}`,
        };
      }
      return { ok: true, url, finalUrl, status: response.status, html };
    } catch (error) {
      if (outer?.aborted) return { ok: false, url, reason: 'aborted', detail: 'cancelled' };
      if (controller.signal.aborted) {
        return {
          ok: false,
          url,
          reason: 'timeout',
          detail: `no answer in ${timeoutMs} ms`,
        };
      }
      return {
        ok: false,
        url,
        reason: 'network',
        detail: error instanceof Error ? error.message : String(error),
      };
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    }
  }
}
