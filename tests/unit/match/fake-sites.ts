/** A fake `fetch` that plays the official sites from fixture files (made-up pages) and inline HTML. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Fetcher } from '../../../utils/net/fetcher';
import type { DiscoveryContext } from '../../../utils/match/discovery';

const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures', 'pages');

export function fixture(file: string): string {
  return readFileSync(path.join(FIXTURES, file), 'utf8');
}

export type Site = Record<string, string | { file: string } | { status: number }>;

export function fakeSites(site: Site) {
  const requested: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    const url = String(input);
    requested.push(url);
    const entry = site[url];
    if (entry === undefined) return new Response('<title>404 Not Found</title>', { status: 404 });
    if (typeof entry === 'object' && 'status' in entry)
      return new Response('', { status: entry.status });
    const body = typeof entry === 'string' ? entry : fixture(entry.file);
    return new Response(body, {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  }) as typeof globalThis.fetch;
  const fetcher = new Fetcher({ fetch, sleep: async () => {}, retries: 0 });
  return { fetch, fetcher, requested };
}

/** A discovery context over the fake sites, recording progress messages. */
export function contextFor(site: Site, pageLinks?: DiscoveryContext['pageLinks']) {
  const { fetcher, requested } = fakeSites(site);
  const steps: string[] = [];
  const ctx: DiscoveryContext = {
    fetchPage: (url) => fetcher.fetchPage(url),
    progress: (where) => steps.push(where),
    pageLinks,
  };
  return { ctx, requested, steps };
}
