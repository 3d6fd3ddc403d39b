/**
 * Fetching official pages like a good citizen: only the supported official hosts, at most two
 * requests at a time per host, a timeout per request, retries with exponential backoff on
 * connection resets and network errors, the charset from the header or the meta tag, error pages
 * treated as not found, and a cap on the pages one search may fetch. `fetch` is injected.
 *
 * Bounded: the content type is checked before the body is read (a PDF or an image is refused),
 * the body is read as a stream and abandoned past MAX_PAGE_BYTES (a declared Content-Length over
 * the cap is refused without reading), and every redirect hop must stay on the official hosts.
 * Redirects are followed by hand (`redirect: 'manual'`) where the Location header is readable
 * (Node); a browser hides it (an opaque redirect), so there the request is repeated with
 * `redirect: 'follow'` and the extension's CSP (`connect-src`, wxt.config.ts) stops any hop off
 * the official hosts; the final address is checked in both cases. A refused redirect is reported
 * as such, never retried as a network error.
 */
import { decodeHtml } from '../html';
import { isOfficialHost } from '../sites/hosts';
import { HostQueue } from './host-queue';

export type FetchFailure =
  | 'not-official' // refused: not a supported official host (also: a redirect hop off them)
  | 'redirect' // a redirect that cannot be followed (too many hops, no target, blocked hop)
  | 'not-html' // the answer is not a web page (a PDF, an image…): not read
  | 'too-large' // the page is over MAX_PAGE_BYTES: not read past the cap
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
  /** Most bytes read from one answer (default MAX_PAGE_BYTES). */
  maxBytes?: number;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/**
 * Most bytes read from one answer: 4 MiB, over forty times the largest real statement page seen
 * (94 KB, a Xinhua article; the ministry's largest of 1,582 pages: 91 KB).
 */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;
/** Most redirects followed for one request (the official sites use one or two). */
export const MAX_REDIRECTS = 5;

/**
 * Content types read: pages, feeds, and the JSON of Xinhua's search (utils/match/discovery/
 * xinhua-search.ts); a missing type is read too (some sites send none). Anything else (a PDF,
 * an image, an archive) is refused before its body is read.
 */
const PAGE_TYPES =
  /^(?:text\/(?:html|plain|xml|javascript)|application\/(?:xhtml\+xml|(?:rss\+|atom\+)?xml|json|javascript))$/;

/** Why an answer of this content type is not read, or null when it is a page. */
export function refuseContentType(contentType: string | null): string | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!type || PAGE_TYPES.test(type)) return null;
  if (type === 'application/pdf') return 'the address is a PDF document, not a web page';
  const what = type.startsWith('image/')
    ? 'an image'
    : type.startsWith('video/') || type.startsWith('audio/')
      ? 'a media file'
      : `a ${type} file`;
  return `the address is ${what} (${type}), not a web page`;
}

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

type Body = { ok: true; bytes: Uint8Array } | { ok: false; detail: string };

/** Read a body up to `max` bytes; past it, stop reading and cancel the download. */
async function readCapped(response: Response, max: number): Promise<Body> {
  const tooLarge = (seen: string): Body => ({
    ok: false,
    detail: `the page is ${seen}, more than the ${megabytes(max)} Duizhao reads`,
  });
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel().catch(() => {});
    return tooLarge(megabytes(declared));
  }
  if (!response.body) return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      return tooLarge(`over ${megabytes(max)}`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}

const isRedirectStatus = (status: number) =>
  status === 301 || status === 302 || status === 303 || status === 307 || status === 308;

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

/** A PDF served without (or with a wrong) content type still starts with its signature. */
function startsLikePdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF
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
      maxBytes: MAX_PAGE_BYTES,
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
      const { maxBytes } = this.options;
      const request = (target: string, redirect: RequestRedirect) =>
        this.options.fetch(target, {
          signal: controller.signal,
          redirect,
          credentials: 'omit',
          headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
        });
      let current = url;
      let response = await request(current, 'manual');
      for (let hops = 0; ; hops++) {
        if (response.type === 'opaqueredirect') {
          // A browser: the target is hidden. Follow it there; the CSP refuses off-site hops.
          try {
            response = await request(current, 'follow');
          } catch (error) {
            if (controller.signal.aborted) throw error;
            return {
              ok: false,
              url,
              reason: 'redirect',
              detail: `${current} redirects to a page that could not be read on the official sites`,
            };
          }
          break;
        }
        if (!isRedirectStatus(response.status)) break;
        const location = response.headers.get('location');
        await response.body?.cancel().catch(() => {});
        let next: URL | null = null;
        try {
          next = location ? new URL(location, current) : null;
        } catch {
          next = null;
        }
        if (!next)
          return { ok: false, url, reason: 'redirect', detail: `${current} redirects nowhere` };
        if (!/^https?:$/.test(next.protocol) || !isOfficialHost(next.hostname)) {
          return {
            ok: false,
            url,
            reason: 'not-official',
            detail: `redirected off the official sites to ${next.href}`,
          };
        }
        if (hops >= MAX_REDIRECTS) {
          return {
            ok: false,
            url,
            reason: 'redirect',
            detail: `more than ${MAX_REDIRECTS} redirects from ${url}`,
          };
        }
        current = next.href;
        response = await request(current, 'manual');
      }
      const finalUrl = response.url || current;
      if (!isOfficialHost(new URL(finalUrl).hostname)) {
        await response.body?.cancel().catch(() => {});
        return {
          ok: false,
          url,
          reason: 'not-official',
          detail: `redirected off the official sites to ${finalUrl}`,
        };
      }
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel().catch(() => {});
        return {
          ok: false,
          url,
          reason: 'not-found',
          status: response.status,
          detail: `HTTP ${response.status}`,
        };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
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
      const contentType = response.headers.get('content-type');
      const refused = refuseContentType(contentType);
      if (refused) {
        await response.body?.cancel().catch(() => {});
        return { ok: false, url, reason: 'not-html', status: response.status, detail: refused };
      }
      const body = await readCapped(response, maxBytes);
      if (!body.ok) {
        controller.abort(new Error('too large'));
        return {
          ok: false,
          url,
          reason: 'too-large',
          status: response.status,
          detail: body.detail,
        };
      }
      if (startsLikePdf(body.bytes)) {
        return {
          ok: false,
          url,
          reason: 'not-html',
          status: response.status,
          detail: 'the address is a PDF document, not a web page',
        };
      }
      const html = decodeHtml(body.bytes, contentType ?? undefined);
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
