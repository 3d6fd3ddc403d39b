/**
 * The background worker finds the publisher's own English version, in the real browser: the local
 * server plays the official sites (listings, articles, a slow host, a host that resets connections,
 * a GBK page) under their real host names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { fixtureUrl } from '../server/official-sites';
import { expectedArticle } from '../fixtures/fixtures';
import { searchKeywords, searchUrl } from '../../utils/match/discovery/xinhua-search';

let session: Session;
const urlOf = fixtureUrl;

beforeAll(async () => {
  session = await launch({
    routes: [
      // The ministry resets about one TLS connection in three: the first request for this listing is reset.
      {
        url: urlOf('mfa/en-current-listing.html'),
        file: 'mfa/en-current-listing.html',
        resetTimes: 1,
      },
      // A slow host: Xinhua's English listing answers after 1.5 s.
      {
        url: urlOf('xinhua/en-latest-listing.html'),
        file: 'xinhua/en-latest-listing.html',
        delayMs: 1500,
      },
    ],
  });
});

afterAll(async () => {
  await session?.close();
});

function panel(page: Page) {
  return page.locator('duizhao-english [data-testid="english-panel"]');
}

async function openAndWait(file: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(urlOf(file));
  await expect
    .poll(() => panel(page).locator('[data-testid="english-state"]').getAttribute('data-phase'), {
      timeout: 30_000,
    })
    .not.toBe('searching');
  return page;
}

describe('the official English version is found and shown', () => {
  it.each([
    [
      'ministry, current layout (a reset connection on the way)',
      'mfa/zh-current-press-conference.html',
      'mfa/en-current-press-conference.html',
    ],
    [
      'ministry, 2018–2020 layout',
      'mfa/zh-2019-press-conference.html',
      'mfa/en-2019-press-conference.html',
    ],
    ['Xinhua (a slow English host)', 'xinhua/zh-readout.html', 'xinhua/en-readout.html'],
    ["People's Daily (a GBK page)", 'people/zh-article-gbk.html', 'people/en-article.html'],
    ['an embassy', 'embassy/zh-article.html', 'embassy/en-article.html'],
  ])('%s', async (_label, zhFile, enFile) => {
    const page = await openAndWait(zhFile);
    const p = panel(page);
    expect(await p.locator('[data-testid="english-state"]').getAttribute('data-phase')).toBe(
      'found',
    );
    expect(await p.getByTestId('english-link').getAttribute('href')).toBe(urlOf(enFile));
    // The English text itself, extracted in the background and shown as text.
    await expect.poll(() => p.getByTestId('english-text').count()).toBe(1);
    expect((await p.getByTestId('english-text').locator('p').count()) > 0).toBe(true);
    await page.close();
  });

  it('retried the reset connection and fetched only official hosts', () => {
    const listing = new URL(urlOf('mfa/en-current-listing.html'));
    const listingRequests = session.sites.requests.filter(
      (r) => r === `GET ${listing.host}${listing.pathname}`,
    );
    expect(listingRequests.length).toBeGreaterThanOrEqual(2);
    for (const request of session.sites.requests) {
      expect(request).toMatch(
        /^GET [a-z.-]*(gov\.cn|news\.cn|xinhuanet\.com|people\.com\.cn|people\.cn)\//,
      );
    }
  });
});

describe("Xinhua's search", () => {
  it('finds a readout that has left the latest English lists', async () => {
    const zh = expectedArticle({ file: 'xinhua/zh-readout.html', url: '', expected: 'article' });
    const keywords = searchKeywords(zh.title)!;
    // The English report is no longer listed; Xinhua's search still has it.
    session.sites.addRoute({
      url: urlOf('xinhua/en-latest-listing.html'),
      body: '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Latest</title></head><body><div id="list"></div></body></html>',
      contentType: 'text/html; charset=utf-8',
    });
    session.sites.addRoute({
      url: searchUrl(keywords, 1),
      body: JSON.stringify({
        content: {
          results: [
            {
              title: `<font color=red>${keywords}</font>`,
              url: urlOf('xinhua/en-readout.html'),
              pubtime: `${zh.date} 20:15:00`,
            },
          ],
        },
      }),
      contentType: 'application/json; charset=utf-8',
    });
    const page = await openAndWait('xinhua/zh-readout.html');
    const p = panel(page);
    // Found before from the list (cached): search again, now through the search.
    await p.getByRole('button', { name: 'Search again' }).click();
    await expect
      .poll(() => p.locator('[data-testid="english-state"]').getAttribute('data-phase'), {
        timeout: 30_000,
      })
      .toBe('found');
    expect(await p.getByTestId('english-link').getAttribute('href')).toBe(
      urlOf('xinhua/en-readout.html'),
    );
    const search = new URL(searchUrl(keywords, 1));
    expect(session.sites.requests).toContain(
      `GET ${search.host}${search.pathname}${search.search}`,
    );
    await page.close();
  });
});

describe('when nothing is found', () => {
  it('says none, and a pasted official URL pairs the pages and is remembered', async () => {
    // Today's English listing no longer lists the statement: nothing to find.
    session.sites.addRoute({
      url: urlOf('govcn/en-news-listing.html'),
      body: '<!DOCTYPE html><html><head><meta charset="utf-8"><title>News</title></head><body><div class="list-container"><ul></ul></div></body></html>',
      contentType: 'text/html; charset=utf-8',
    });
    const page = await openAndWait('govcn/zh-article.html');
    const p = panel(page);
    expect(await p.locator('[data-testid="english-state"]').getAttribute('data-phase')).toMatch(
      /none|error/,
    );
    await p.getByTestId('manual-url').fill(urlOf('govcn/en-article.html'));
    await p.getByRole('button', { name: 'Pair', exact: true }).click();
    await expect
      .poll(() => p.locator('[data-testid="english-state"]').textContent())
      .toBe('paired by you');
    await expect.poll(() => p.getByTestId('english-text').count()).toBe(1);

    await page.reload();
    await expect
      .poll(() => panel(page).locator('[data-testid="english-state"]').textContent(), {
        timeout: 30_000,
      })
      .toBe('paired by you');
    await page.close();
  });

  it('refuses a pasted address off the official sites', async () => {
    const page = await openAndWait('govcn/zh-article.html');
    const p = panel(page);
    await p.getByRole('button', { name: 'Undo my pairing' }).click();
    await expect.poll(() => p.getByTestId('manual-url').count(), { timeout: 30_000 }).toBe(1);
    await p.getByTestId('manual-url').fill('https://translate.example/page');
    await p.getByRole('button', { name: 'Pair', exact: true }).click();
    await expect.poll(() => p.locator('[role="alert"]').textContent()).toMatch(/official sites/);
    await page.close();
  });
});
