// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Fetcher, MAX_PAGE_BYTES, PageBudget } from '../../../utils/net/fetcher';

type Handler = (url: string, init: RequestInit) => Promise<Response>;

function fakeFetch(handler: Handler) {
  const calls: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push(url);
    return handler(url, init ?? {});
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

function page(
  body: string | Uint8Array,
  init: { status?: number; url?: string; type?: string } = {},
): Response {
  const response = new Response(body as BodyInit, {
    status: init.status ?? 200,
    headers: { 'content-type': init.type ?? 'text/html; charset=utf-8' },
  });
  if (init.url) Object.defineProperty(response, 'url', { value: init.url });
  return response;
}

const noSleep = async () => {};
const MFA = 'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/index.html';

describe('Fetcher', () => {
  it('refuses hosts that are not official sites, without fetching', async () => {
    const { fetch, calls } = fakeFetch(async () => page('x'));
    const fetcher = new Fetcher({ fetch, sleep: noSleep });
    for (const url of [
      'https://example.com/a',
      'https://mfa.gov.cn.evil.com/',
      'file:///etc/passwd',
      'nonsense',
    ]) {
      expect(await fetcher.fetchPage(url)).toMatchObject({ ok: false, reason: 'not-official' });
    }
    expect(calls).toEqual([]);
  });

  it('runs at most two requests at a time per host, other hosts in parallel', async () => {
    let running = new Map<string, number>();
    let peak = new Map<string, number>();
    const { fetch } = fakeFetch(async (url) => {
      const host = new URL(url).host;
      running.set(host, (running.get(host) ?? 0) + 1);
      peak.set(host, Math.max(peak.get(host) ?? 0, running.get(host)!));
      await new Promise((r) => setTimeout(r, 5));
      running.set(host, running.get(host)! - 1);
      return page('<title>ok</title>');
    });
    const fetcher = new Fetcher({ fetch, sleep: noSleep });
    const urls = [
      ...Array.from({ length: 6 }, (_, i) => `https://www.mfa.gov.cn/eng/p${i}.html`),
      ...Array.from({ length: 4 }, (_, i) => `https://english.news.cn/p${i}.htm`),
    ];
    const results = await Promise.all(urls.map((u) => fetcher.fetchPage(u)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(peak.get('www.mfa.gov.cn')).toBe(2);
    expect(peak.get('english.news.cn')).toBe(2);
    running = new Map();
    peak = new Map();
  });

  it('retries connection resets with exponential backoff, then succeeds', async () => {
    let n = 0;
    const { fetch, calls } = fakeFetch(async () => {
      if (++n <= 2) throw new TypeError('ECONNRESET');
      return page('<p>hello</p>');
    });
    const delays: number[] = [];
    const fetcher = new Fetcher({
      fetch,
      sleep: async (ms) => void delays.push(ms),
      random: () => 0,
      backoffMs: 100,
    });
    const result = await fetcher.fetchPage(MFA);
    expect(result).toMatchObject({ ok: true, html: '<p>hello</p>' });
    expect(calls).toHaveLength(3);
    expect(delays).toEqual([100, 200]);
  });

  it('gives up after the retries with a network failure', async () => {
    const { fetch, calls } = fakeFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await new Fetcher({ fetch, sleep: noSleep, retries: 2 }).fetchPage(MFA);
    expect(result).toMatchObject({ ok: false, reason: 'network', detail: 'Failed to fetch' });
    expect(calls).toHaveLength(3);
  });

  it('times out a request that does not answer', async () => {
    const { fetch, calls } = fakeFetch(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const result = await new Fetcher({ fetch, sleep: noSleep, timeoutMs: 20 }).fetchPage(MFA);
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    // Retried once only (resets are retried three times; a hanging host is not asked again and again).
    expect(calls).toHaveLength(2);
  });

  it('decodes GBK by the header or by the meta tag', async () => {
    const gbk = new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]); // 你好 in GBK
    const withMeta = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="gb2312"><p>'),
      ...gbk,
    ]);
    const { fetch } = fakeFetch(async (url) =>
      url.includes('header')
        ? page(gbk, { type: 'text/html; charset=GBK' })
        : page(withMeta, { type: 'text/html' }),
    );
    const fetcher = new Fetcher({ fetch, sleep: noSleep });
    expect(await fetcher.fetchPage('http://politics.people.com.cn/header.html')).toMatchObject({
      ok: true,
      html: '你好',
    });
    const meta = await fetcher.fetchPage('http://politics.people.com.cn/meta.html');
    expect(meta.ok && meta.html.endsWith('你好')).toBe(true);
  });

  it('treats 404s and redirects to the error page as not found, without retrying', async () => {
    const { fetch, calls } = fakeFetch(async (url) =>
      url.includes('gone')
        ? page('missing', { status: 404 })
        : page('<title>错误页面</title>', { url: 'https://www.fmprc.gov.cn/error.htm' }),
    );
    const fetcher = new Fetcher({ fetch, sleep: noSleep });
    expect(await fetcher.fetchPage('https://www.fmprc.gov.cn/gone.shtml')).toMatchObject({
      ok: false,
      reason: 'not-found',
      status: 404,
    });
    expect(
      await fetcher.fetchPage('https://www.fmprc.gov.cn/mfa_eng/t9999999.shtml'),
    ).toMatchObject({ ok: false, reason: 'not-found' });
    expect(calls).toHaveLength(2);
  });

  it('refuses a redirect off the official sites', async () => {
    const { fetch } = fakeFetch(async () =>
      page('<p>ad</p>', { url: 'https://tracker.example.net/x' }),
    );
    expect(await new Fetcher({ fetch, sleep: noSleep }).fetchPage(MFA)).toMatchObject({
      ok: false,
      reason: 'not-official',
    });
  });

  it('stops at the page cap of a search', async () => {
    const { fetch, calls } = fakeFetch(async () => page('<p>x</p>'));
    const fetcher = new Fetcher({ fetch, sleep: noSleep });
    const budget = new PageBudget(2);
    const results = await Promise.all(
      [1, 2, 3].map((i) => fetcher.fetchPage(`${MFA}?${i}`, { budget })),
    );
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[2]).toMatchObject({ reason: 'budget' });
    expect(calls).toHaveLength(2);
  });

  it('takes a per-call timeout over the fetcher default', async () => {
    const { fetch } = fakeFetch(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const fetcher = new Fetcher({ fetch, sleep: noSleep, timeoutMs: 60_000, timeoutRetries: 0 });
    const started = Date.now();
    const result = await fetcher.fetchPage(MFA, { timeoutMs: 20 });
    expect(result).toMatchObject({ ok: false, reason: 'timeout', detail: 'no answer in 20 ms' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('aborts a running request and never starts one queued behind it', async () => {
    const { fetch, calls } = fakeFetch(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const fetcher = new Fetcher({ fetch, sleep: noSleep, perHost: 1 });
    const controller = new AbortController();
    const first = fetcher.fetchPage(`${MFA}?1`, { signal: controller.signal });
    const queued = fetcher.fetchPage(`${MFA}?2`, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    expect(await first).toMatchObject({ ok: false, reason: 'aborted' });
    expect(await queued).toMatchObject({ ok: false, reason: 'aborted' });
    expect(calls).toEqual([`${MFA}?1`]);
  });

  describe('bounded answers', () => {
    /** A body produced on demand, `chunk` bytes at a time up to `total`; counts what was pulled. */
    function lazyBody(total: number, chunk = 64 * 1024) {
      const state = { pulled: 0, cancelled: false };
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (state.pulled >= total) return controller.close();
          const size = Math.min(chunk, total - state.pulled);
          state.pulled += size;
          controller.enqueue(new Uint8Array(size).fill(0x61));
        },
        cancel() {
          state.cancelled = true;
        },
      });
      return { stream, state };
    }

    it('refuses a 50 MB page without downloading it whole', async () => {
      const big = lazyBody(50 * 1024 * 1024);
      const { fetch, calls } = fakeFetch(async () => page(big.stream as unknown as Uint8Array));
      const result = await new Fetcher({ fetch, sleep: noSleep }).fetchPage(MFA);
      expect(result).toMatchObject({ ok: false, reason: 'too-large' });
      expect(!result.ok && result.detail).toMatch(/more than the 4\.0 MB Duizhao reads/);
      expect(big.state.pulled).toBeLessThan(MAX_PAGE_BYTES + 256 * 1024);
      expect(big.state.cancelled).toBe(true);
      expect(calls).toHaveLength(1); // not retried
    });

    it('refuses a declared Content-Length over the cap before reading the body', async () => {
      const big = lazyBody(50 * 1024 * 1024);
      const { fetch } = fakeFetch(
        async () =>
          new Response(big.stream, {
            headers: { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) },
          }),
      );
      const result = await new Fetcher({ fetch, sleep: noSleep }).fetchPage(MFA);
      expect(result).toMatchObject({ ok: false, reason: 'too-large' });
      expect(!result.ok && result.detail).toContain('the page is 50.0 MB');
      expect(big.state.pulled).toBeLessThanOrEqual(64 * 1024); // at most the stream's first chunk
    });

    it('reads a page just under the cap', async () => {
      const body = '<p>' + 'a'.repeat(MAX_PAGE_BYTES - 10) + '</p>';
      const { fetch } = fakeFetch(async () => page(body));
      const result = await new Fetcher({ fetch, sleep: noSleep }).fetchPage(MFA);
      expect(result.ok && result.html.length).toBe(body.length);
    });

    it('refuses a PDF by its content type, without reading it', async () => {
      const pdf = lazyBody(10 * 1024 * 1024);
      const { fetch, calls } = fakeFetch(async () =>
        page(pdf.stream as unknown as Uint8Array, { type: 'application/pdf' }),
      );
      const result = await new Fetcher({ fetch, sleep: noSleep }).fetchPage(MFA);
      expect(result).toMatchObject({
        ok: false,
        reason: 'not-html',
        detail: 'the address is a PDF document, not a web page',
      });
      expect(pdf.state.pulled).toBeLessThanOrEqual(64 * 1024);
      expect(calls).toHaveLength(1);
    });

    it('refuses a PDF sent as text/html, and images, by what they are', async () => {
      const { fetch } = fakeFetch(async (url) =>
        url.endsWith('.png')
          ? page(new Uint8Array([0x89, 0x50]), { type: 'image/png' })
          : page(new TextEncoder().encode('%PDF-1.7\n…'), { type: 'text/html' }),
      );
      const fetcher = new Fetcher({ fetch, sleep: noSleep });
      expect(await fetcher.fetchPage(MFA)).toMatchObject({ ok: false, reason: 'not-html' });
      expect(await fetcher.fetchPage('https://www.mfa.gov.cn/a.png')).toMatchObject({
        ok: false,
        reason: 'not-html',
        detail: 'the address is an image (image/png), not a web page',
      });
    });

    it('reads XML feeds, the search JSON and pages sent without a content type', async () => {
      const { fetch } = fakeFetch(async (url) =>
        url.endsWith('.xml')
          ? page('<rss></rss>', { type: 'application/rss+xml' })
          : url.includes('so.news.cn')
            ? page('{"content":{"results":[]}}', { type: 'application/json; charset=utf-8' })
            : new Response(new TextEncoder().encode('<p>x</p>')),
      );
      const fetcher = new Fetcher({ fetch, sleep: noSleep });
      expect(await fetcher.fetchPage('https://www.gov.cn/rss.xml')).toMatchObject({ ok: true });
      expect(await fetcher.fetchPage('https://so.news.cn/getNews?keyword=x')).toMatchObject({
        ok: true,
        html: '{"content":{"results":[]}}',
      });
      expect(await fetcher.fetchPage(MFA)).toMatchObject({ ok: true, html: '<p>x</p>' });
    });
  });

  describe('redirects', () => {
    const redirect = (location: string, status = 302) =>
      new Response(null, { status, headers: { location } });

    it('follows redirects by hand, each hop on the official sites', async () => {
      const { fetch, calls } = fakeFetch(async (url, init) => {
        expect(init.redirect).toBe('manual');
        if (url === MFA) return redirect('http://www.fmprc.gov.cn/eng/moved.html', 301);
        if (url.endsWith('/moved.html')) return redirect('/eng/final.html');
        return page('<p>final</p>');
      });
      const result = await new Fetcher({ fetch, sleep: noSleep }).fetchPage(MFA);
      expect(result).toMatchObject({
        ok: true,
        html: '<p>final</p>',
        finalUrl: 'http://www.fmprc.gov.cn/eng/final.html',
      });
      expect(calls).toEqual([
        MFA,
        'http://www.fmprc.gov.cn/eng/moved.html',
        'http://www.fmprc.gov.cn/eng/final.html',
      ]);
    });

    it('refuses a hop off the official sites without requesting it or retrying', async () => {
      const { fetch, calls } = fakeFetch(async (url) =>
        url === MFA
          ? redirect('https://www.gov.cn/bounce')
          : url === 'https://www.gov.cn/bounce'
            ? redirect('https://tracker.example/collect?from=mfa')
            : page('<p>tracked</p>'),
      );
      const result = await new Fetcher({ fetch, sleep: noSleep }).fetchPage(MFA);
      expect(result).toMatchObject({
        ok: false,
        reason: 'not-official',
        detail: 'redirected off the official sites to https://tracker.example/collect?from=mfa',
      });
      expect(calls).toEqual([MFA, 'https://www.gov.cn/bounce']);
    });

    it('stops a redirect loop', async () => {
      const { fetch, calls } = fakeFetch(async (url) =>
        redirect(url.endsWith('a') ? 'https://www.gov.cn/b' : 'https://www.gov.cn/a'),
      );
      const result = await new Fetcher({ fetch, sleep: noSleep }).fetchPage('https://www.gov.cn/a');
      expect(result).toMatchObject({ ok: false, reason: 'redirect' });
      expect(calls).toHaveLength(6);
    });

    it('in a browser (opaque redirect), follows once and reports a blocked hop as a redirect, not retried', async () => {
      const opaque = () => {
        const r = new Response(null, { status: 200 });
        Object.defineProperty(r, 'type', { value: 'opaqueredirect' });
        return r;
      };
      const modes: (RequestRedirect | undefined)[] = [];
      const { fetch, calls } = fakeFetch(async (url, init) => {
        modes.push(init.redirect);
        if (init.redirect === 'manual') return opaque();
        if (url.includes('blocked')) throw new TypeError('Failed to fetch'); // the CSP refused a hop
        return page('<p>after redirect</p>', { url: 'https://www.mfa.gov.cn/eng/new.html' });
      });
      const fetcher = new Fetcher({ fetch, sleep: noSleep });
      expect(await fetcher.fetchPage(MFA)).toMatchObject({
        ok: true,
        finalUrl: 'https://www.mfa.gov.cn/eng/new.html',
      });
      expect(modes).toEqual(['manual', 'follow']);
      const blocked = `${MFA}?blocked`;
      expect(await fetcher.fetchPage(blocked)).toMatchObject({ ok: false, reason: 'redirect' });
      expect(calls.filter((u) => u === blocked)).toHaveLength(2); // the probe and one follow
    });
  });
});
