// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { toPlainArticle, type Article } from '../../../utils/article';
import { extractArticle } from '../../../utils/extract';
import { parseHtml } from '../../../utils/html';
import { createMatchCache, memoryStore } from '../../../utils/match/cache';
import { loadMatchResources } from '../../../utils/match/node-resources';
import type { SearchProgress } from '../../../utils/match/outcome';
import type { ScorerResources } from '../../../utils/match/resources';
import { findEnglish, pairManually, type EnglishSearchDeps } from '../../../utils/match/service';
import { fakeSites, fixture, type Site } from './fake-sites';

const OLD_EN = 'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/';
const ZH_2019 = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1674321.shtml';
const ZH_2025 =
  'https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/202506/t20250620_11650001.shtml';
const EN_2025 = 'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202506/t20250620_11650123.html';
const EN_2025_0619 = 'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202506/t20250619_11649870.html';

function extracted(file: string, url: string): Article {
  const result = extractArticle(parseHtml(fixture(file)), url);
  if (!result.ok) throw new Error(`fixture ${file} not extracted: ${result.detail}`);
  return toPlainArticle(result.article);
}

let resources: ScorerResources;
beforeAll(async () => {
  resources = await loadMatchResources();
});

function deps(site: Site) {
  const fake = fakeSites(site);
  const cache = createMatchCache(memoryStore());
  const d: EnglishSearchDeps = { fetcher: fake.fetcher, resources: async () => resources, cache };
  return { deps: d, requested: fake.requested, cache };
}

const SITE_2019: Site = {
  [`${OLD_EN}default.shtml`]: { file: 'mfa/en-listing.html' },
  [`${OLD_EN}t1674389.shtml`]: { file: 'mfa/en-2019-press-conference.html' },
};
const SITE_2025: Site = {
  'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/index.html': { file: 'mfa/en-current-listing.html' },
  [EN_2025]: { file: 'mfa/en-current-press-conference.html' },
  [EN_2025_0619]: { file: 'mfa/en-current-press-conference-0619.html' },
};

describe('findEnglish', () => {
  it('finds the 2018–2020 transcript by content among the listing’s candidates, reporting progress', async () => {
    const { deps: d, requested } = deps(SITE_2019);
    const progress: SearchProgress[] = [];
    const outcome = await findEnglish(extracted('mfa/zh-2019-press-conference.html', ZH_2019), d, {
      onProgress: (p) => progress.push(p),
    });
    expect(outcome).toMatchObject({
      status: 'found',
      manual: false,
      match: { url: `${OLD_EN}t1674389.shtml` },
    });
    if (outcome.status !== 'found') return;
    expect(outcome.match.title).toContain('June 20, 2019');
    expect(outcome.match.confidence).toBeGreaterThan(0.5);
    expect(outcome.searched).toEqual([`${OLD_EN}default.shtml`]);
    expect(progress.map((p) => p.stage)).toEqual(
      expect.arrayContaining(['listing', 'candidates', 'scoring']),
    );
    expect(progress.at(-1)!.candidates).toBeGreaterThan(1);
    // Each step also as a code, for the interface to say in its language.
    expect(progress.map((p) => p.step)).toEqual(
      expect.arrayContaining([
        { kind: 'place', place: 'mfa-press-2018', page: 1 },
        { kind: 'reading', pages: expect.any(Number) },
        { kind: 'comparing', pages: expect.any(Number) },
      ]),
    );
    // The other same-week items were tried (and are missing on the fake site): at most 8 candidates.
    expect(requested.length).toBeLessThanOrEqual(1 + 8);
  });

  it('settles on the page that links back to the Chinese page, and answers again from the cache', async () => {
    const { deps: d, requested } = deps(SITE_2025);
    const zh = extracted('mfa/zh-current-press-conference.html', ZH_2025);
    const first = await findEnglish(zh, d);
    expect(first).toMatchObject({ status: 'found', match: { url: EN_2025, confidence: 1 } });
    const fetched = requested.length;
    const again = await findEnglish(zh, d);
    expect(again).toEqual(first);
    expect(requested.length).toBe(fetched);
    // Retry ignores the cached answer and reads the listing again, but reuses extracted articles.
    await findEnglish(zh, d, { refresh: true });
    expect(requested.length).toBeGreaterThan(fetched);
    expect(requested.filter((u) => u === EN_2025)).toHaveLength(1);
    expect(requested.filter((u) => u.endsWith('/lxjzh/index.html'))).toHaveLength(2);
  });

  it('says none (or offers options) when the English version is not among the candidates', async () => {
    const { deps: d } = deps({ ...SITE_2025, [EN_2025]: { status: 404 } });
    const outcome = await findEnglish(
      extracted('mfa/zh-current-press-conference.html', ZH_2025),
      d,
    );
    expect(outcome.status).toBe('none');
    if (outcome.status !== 'none') return;
    expect(outcome.candidatesChecked).toBe(1);
    expect(outcome.places).toEqual(['Foreign Ministry English columns']);
    expect(outcome.searched).toEqual(['https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/index.html']);
  });

  it('does not search for English articles', async () => {
    const { deps: d, requested } = deps(SITE_2025);
    const english = extracted('mfa/en-current-press-conference.html', EN_2025);
    expect(await findEnglish(english, d)).toMatchObject({ status: 'error', reason: 'failed' });
    expect(requested).toEqual([]);
  });

  it('reports offline when no official site answers', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    const { Fetcher } = await import('../../../utils/net/fetcher');
    const d: EnglishSearchDeps = {
      fetcher: new Fetcher({ fetch, sleep: async () => {}, retries: 1 }),
      resources: async () => resources,
      cache: createMatchCache(memoryStore()),
    };
    const outcome = await findEnglish(
      extracted('mfa/zh-current-press-conference.html', ZH_2025),
      d,
    );
    expect(outcome).toMatchObject({ status: 'error', reason: 'offline' });
  });

  it('remembers a manual pairing and answers with it without searching', async () => {
    const { deps: d, requested } = deps(SITE_2025);
    const paired = await pairManually(
      ZH_2025.replace('www.mfa.gov.cn', 'www.fmprc.gov.cn'),
      EN_2025_0619,
      d,
    );
    expect(paired).toMatchObject({
      status: 'found',
      manual: true,
      match: { url: EN_2025_0619, confidence: 1 },
    });
    if (paired.status === 'found') expect(paired.match.title).toContain('June 19, 2025');
    const count = requested.length;
    const outcome = await findEnglish(
      extracted('mfa/zh-current-press-conference.html', ZH_2025),
      d,
    );
    expect(outcome).toMatchObject({ status: 'found', manual: true, match: { url: EN_2025_0619 } });
    expect(requested.length).toBe(count);
    expect(await pairManually(ZH_2025, 'not a url', d)).toMatchObject({
      status: 'error',
      problem: { code: 'not-a-url', url: 'not a url' },
    });
  });

  it('does not say none when an official listing could not be reached, and caches nothing', async () => {
    const ZH_GOV = 'https://www.gov.cn/yaowen/liebiao/202503/content_7012345.htm';
    const EN_GOV =
      'https://english.www.gov.cn/news/202503/13/content_WS67d2b4c1c6d0868f4e8f2b3c.html';
    const LISTING = 'https://english.www.gov.cn/news/';
    let reachable = false;
    const fake = fakeSites({
      [LISTING]: { file: 'govcn/en-news-listing.html' },
      [EN_GOV]: { file: 'govcn/en-article.html' },
    });
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) === LISTING && !reachable) throw new TypeError('net::ERR_CONNECTION_RESET');
      return fake.fetch(input, init);
    }) as typeof globalThis.fetch;
    const { Fetcher } = await import('../../../utils/net/fetcher');
    const d: EnglishSearchDeps = {
      fetcher: new Fetcher({ fetch, sleep: async () => {}, retries: 2 }),
      resources: async () => resources,
      cache: createMatchCache(memoryStore()),
    };
    const zh = extracted('govcn/zh-article.html', ZH_GOV);
    const blocked = await findEnglish(zh, d);
    expect(blocked).toMatchObject({ status: 'error', reason: 'blocked' });
    if (blocked.status !== 'error') return;
    expect(blocked.message).toContain('english.www.gov.cn (connection failed)');
    expect(blocked.searched).toContain(`${LISTING} (network)`);
    expect(blocked.problem).toEqual({
      code: 'incomplete',
      hosts: [{ host: 'english.www.gov.cn', why: 'network' }],
    });
    // Not remembered: once the host answers, the same (non-refresh) request finds the page.
    reachable = true;
    expect(await findEnglish(zh, d)).toMatchObject({ status: 'found', match: { url: EN_GOV } });
  });

  it('stops a cancelled search without fetching further pages', async () => {
    const { deps: d, requested } = deps(SITE_2019);
    const controller = new AbortController();
    controller.abort();
    const outcome = await findEnglish(extracted('mfa/zh-2019-press-conference.html', ZH_2019), d, {
      signal: controller.signal,
    });
    expect(outcome).toMatchObject({ status: 'error', reason: 'failed' });
    expect(requested).toEqual([]);
  });
});
