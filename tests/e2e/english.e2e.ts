/**
 * The background finds the publisher's own English version, in Chromium and in Firefox: the local
 * server plays the official sites (listings, articles, a slow host, a host that resets connections,
 * a GBK page) under their real host names. Each test opens its own tab and leaves the pairings as
 * it found them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type ExtensionBrowser } from './browsers';
import { EnglishPanel } from './pages/english-panel';
import { fixtureUrl } from '../server/official-sites';
import { expectedArticle } from '../fixtures/fixtures';
import { searchKeywords, searchUrl } from '../../utils/match/discovery/xinhua-search';

const urlOf = fixtureUrl;
const OFFICIAL_REQUEST =
  /^GET [a-z.-]*(gov\.cn|news\.cn|xinhuanet\.com|people\.com\.cn|people\.cn)\//;
/** Firefox's own requests (Remote Settings), which reach the local server like every host name. */
const BROWSER_OWN = /^GET [a-z.-]+\.mozilla\.(?:com|net|org)\//;

describe.each(BROWSERS)('the official English version, in %s', (name) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchBrowser(name, {
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
        // Today's government portal English listing no longer lists the statement: nothing to find.
        {
          url: urlOf('govcn/en-news-listing.html'),
          body: '<!DOCTYPE html><html><head><meta charset="utf-8"><title>News</title></head><body><div class="list-container"><ul></ul></div></body></html>',
          contentType: 'text/html; charset=utf-8',
        },
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function openAndWait(file: string): Promise<EnglishPanel> {
    const tab = await browser.newTab();
    await tab.goto(urlOf(file));
    const panel = new EnglishPanel(tab);
    await panel.waitSearched();
    return panel;
  }

  describe('found and shown', () => {
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
      const panel = await openAndWait(zhFile);
      expect(await panel.phase()).toBe('found');
      expect(await panel.link()).toBe(urlOf(enFile));
      // The English text itself, extracted in the background and shown as text.
      await panel.tab.waitFor(
        () => panel.englishParagraphs(),
        (n) => n > 0,
        {
          what: 'English paragraphs',
        },
      );
      // Only official hosts were ever asked.
      for (const request of browser.sites.requests.filter((r) => !BROWSER_OWN.test(r))) {
        expect(request).toMatch(OFFICIAL_REQUEST);
      }
      await panel.tab.close();
    });

    it('retries a connection the host reset', async () => {
      const panel = await openAndWait('mfa/zh-current-press-conference.html');
      // Search again so that this test sees the listing fetched, whatever ran before it.
      const listing = new URL(urlOf('mfa/en-current-listing.html'));
      const listingRequests = () =>
        browser.sites.requests.filter((r) => r === `GET ${listing.host}${listing.pathname}`).length;
      browser.sites.addRoute({
        url: listing.href,
        file: 'mfa/en-current-listing.html',
        resetTimes: 1,
      });
      const before = listingRequests();
      await panel.searchAgain();
      // The reset request and its retry (the panel still shows the last answer meanwhile).
      await expect
        .poll(() => listingRequests() - before, { timeout: 30_000 })
        .toBeGreaterThanOrEqual(2);
      await expect.poll(() => panel.phase(), { timeout: 30_000 }).toBe('found');
      await panel.tab.close();
    });
  });

  it("finds through Xinhua's search a readout that has left the latest English lists", async () => {
    const zh = expectedArticle({ file: 'xinhua/zh-readout.html', url: '', expected: 'article' });
    const keywords = searchKeywords(zh.title)!;
    const panel = await openAndWait('xinhua/zh-readout.html');
    // The English report is no longer listed; Xinhua's search still has it.
    browser.sites.addRoute({
      url: urlOf('xinhua/en-latest-listing.html'),
      body: '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Latest</title></head><body><div id="list"></div></body></html>',
      contentType: 'text/html; charset=utf-8',
    });
    browser.sites.addRoute({
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
    await panel.searchAgain();
    // Xinhua's search asked (the panel still shows the last answer meanwhile), then found.
    const search = new URL(searchUrl(keywords, 1));
    await expect
      .poll(() => browser.sites.requests, { timeout: 30_000 })
      .toContain(`GET ${search.host}${search.pathname}${search.search}`);
    await expect.poll(() => panel.phase(), { timeout: 30_000 }).toBe('found');
    expect(await panel.link()).toBe(urlOf('xinhua/en-readout.html'));
    // Back to the listing as the other tests know it.
    browser.sites.addRoute({
      url: urlOf('xinhua/en-latest-listing.html'),
      file: 'xinhua/en-latest-listing.html',
    });
    await panel.tab.close();
  });

  describe('when nothing is found', () => {
    it('says none, and a pasted official URL pairs the pages, is remembered, and can be undone', async () => {
      let panel = await openAndWait('govcn/zh-article.html');
      expect(await panel.phase()).toMatch(/none|error/);
      await panel.pair(urlOf('govcn/en-article.html'));
      await expect.poll(() => panel.stateText()).toBe('paired by you');
      await panel.tab.waitFor(
        () => panel.englishParagraphs(),
        (n) => n > 0,
      );

      await panel.tab.reload();
      panel = new EnglishPanel(panel.tab);
      await expect.poll(() => panel.stateText(), { timeout: 30_000 }).toBe('paired by you');
      // The English text shown again (the panel has its final layout), then undo.
      await panel.tab.waitFor(
        () => panel.englishParagraphs(),
        (n) => n > 0,
      );
      await panel.undoPairing();
      await expect.poll(() => panel.offersPairing(), { timeout: 30_000 }).toBe(true);
      await panel.tab.close();
    });

    it('refuses a pasted address off the official sites', async () => {
      const panel = await openAndWait('govcn/zh-article.html');
      expect(await panel.phase()).toMatch(/none|error/);
      await panel.pair('https://translate.example/page');
      await expect.poll(() => panel.alert()).toMatch(/official sites/);
      await panel.tab.close();
    });
  });
});
