/**
 * The English-version search when things go wrong, in the real browser: an official host that
 * resets every connection (a clear message and a retry that works once the host is back), a host
 * too slow to answer (reported, not left hanging; the search dropped when its tab goes away), and
 * nothing found (the user pairs the statement with an English page open in another tab), and
 * official addresses that are not pages to read (a 50 MB page, a PDF, a redirect off the official
 * sites): refused with the reason, without downloading them whole or following the redirect.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { tabOf } from './browsers';
import { fixtureUrl } from '../server/official-sites';

let session: Session;
const urlOf = fixtureUrl;
const BIG_PAGE = new URL('big-page.html', urlOf('embassy/en-article.html')).href;
const PDF_FILE = new URL('report.pdf', urlOf('embassy/en-article.html')).href;
const BOUNCE = new URL('moved.html', urlOf('embassy/en-article.html')).href;
const EMPTY_LISTING =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>English</title></head><body><ul></ul></body></html>';

beforeAll(async () => {
  session = await launch({
    routes: [
      // Blocked: the government portal's English news list resets every connection.
      {
        url: urlOf('govcn/en-news-listing.html'),
        file: 'govcn/en-news-listing.html',
        resetTimes: 1_000,
      },
      // The embassy's English home page lists nothing today: the search finds nothing.
      { url: urlOf('embassy/en-home.html'), body: EMPTY_LISTING, contentType: 'text/html' },
      // Official addresses that are not pages to read: a 50 MB page, a PDF, a redirect off the sites.
      {
        url: BIG_PAGE,
        body: new Uint8Array(50 * 1024 * 1024).fill(0x61),
        contentType: 'text/html',
      },
      {
        url: PDF_FILE,
        body: new Uint8Array(8 * 1024 * 1024).fill(0x25),
        contentType: 'application/pdf',
      },
      { url: BOUNCE, location: 'https://tracker.example/collect?from=embassy' },
      // Xinhua's English list answers only after 20 s, far beyond the per-request timeout.
      {
        url: urlOf('xinhua/en-latest-listing.html'),
        file: 'xinhua/en-latest-listing.html',
        delayMs: 20_000,
      },
    ],
  });
});

afterAll(async () => {
  await session?.close();
});

/** The panel's parts, in its closed shadow root (the driver reaches it: ./driver.ts). */
const inPanel = (selector: string) => ['duizhao-english', selector];
const byId = (id: string) => inPanel(`[data-testid="${id}"]`);
const phase = (page: Page) => tabOf(page).attr(byId('english-state'), 'data-phase');

async function openAndWait(file: string, timeout = 30_000): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(urlOf(file));
  // Until the panel is there (null) and while it searches.
  await expect
    .poll(async () => (await phase(page)) ?? 'searching', { timeout })
    .not.toBe('searching');
  return page;
}

describe('an official host that cannot be reached', () => {
  it('says so with a retry, and the retry finds the English page once the host is back', async () => {
    const page = await openAndWait('govcn/zh-article.html');
    const p = tabOf(page);
    expect(await phase(page)).toBe('error');
    expect(await p.text(byId('english-error'))).toContain('english.www.gov.cn (connection failed)');
    // Not "none": Duizhao must not claim there is no English version when it could not look.
    expect(await p.count(byId('english-none'))).toBe(0);
    const listing = new URL(urlOf('govcn/en-news-listing.html'));
    const attempts = session.sites.requests.filter(
      (r) => r === `GET ${listing.host}${listing.pathname}`,
    ).length;
    expect(attempts).toBeGreaterThanOrEqual(4); // the first try and three retries with backoff

    session.sites.addRoute({ url: listing.href, file: 'govcn/en-news-listing.html' });
    await p.click(inPanel('[data-testid="english-error"] button'), { text: 'Retry' });
    await expect.poll(() => phase(page), { timeout: 30_000 }).toBe('found');
    expect(await p.attr(byId('english-link'), 'href')).toBe(urlOf('govcn/en-article.html'));
    await expect.poll(() => p.count(byId('english-text'))).toBe(1);
    await page.close();
  });
});

describe('nothing found', () => {
  it('pairs the statement with an English page open in another tab', async () => {
    const english = await session.context.newPage();
    await english.goto(urlOf('embassy/en-article.html'));
    const page = await openAndWait('embassy/zh-article.html');
    const p = tabOf(page);
    expect(await phase(page)).toBe('none');
    // The page lists no tab: its button points to the toolbar popup, where the tabs are.
    await p.click(inPanel('button'), { text: 'Pair with an open tab…' });
    expect(await p.text(byId('pair-tabs-hint'))).toContain('toolbar popup');
    // Nothing of the other tab in the page's DOM, open shadow roots included (ours are closed).
    const visibleToPage = await page.evaluate(() => {
      const texts: string[] = [];
      const walk = (root: ParentNode) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) {
            texts.push(el.shadowRoot.textContent ?? '');
            walk(el.shadowRoot);
          }
        }
      };
      texts.push(document.documentElement.textContent ?? '');
      walk(document);
      return texts.join('\n');
    });
    expect(visibleToPage).not.toContain('Open Day on Traditional Chinese Culture');
    const popup = await session.openPopup(page);
    await popup.getByRole('button', { name: 'Pair with an open tab…' }).click();
    await popup.getByRole('button', { name: /Open Day on Traditional Chinese Culture/ }).click();
    await expect
      .poll(() => popup.getByRole('status').last().textContent())
      .toContain('Paired with');
    await popup.close();
    await expect.poll(() => p.text(byId('english-state'))).toBe('paired by you');
    expect(await p.attr(byId('english-link'), 'href')).toBe(urlOf('embassy/en-article.html'));
    await expect.poll(() => p.count(byId('english-text'))).toBe(1);
    expect(await p.text(byId('english-text'))).toContain('Open Day');
    await english.close();

    // Escape collapses the panel from the keyboard; the choice holds on the next page load.
    await p.focus(byId('english-link'));
    await page.keyboard.press('Escape');
    expect(await p.attr(byId('english-toggle'), 'aria-expanded')).toBe('false');
    expect(await p.visible(byId('english-text'))).toBe(false);
    await page.reload();
    await expect
      .poll(() => p.text(byId('english-state')), { timeout: 30_000 })
      .toBe('paired by you');
    expect(await p.attr(byId('english-toggle'), 'aria-expanded')).toBe('false');
    await p.focus(byId('english-toggle'));
    await page.keyboard.press('Enter');
    await expect.poll(() => p.visible(byId('english-text'))).toBe(true);
    await page.close();
  });
});

describe('official addresses that are not pages to read', () => {
  it('refuses a 50 MB page, a PDF and a redirect off the sites, reading none whole', async () => {
    const page = await openAndWait('embassy/zh-article.html');
    const p = tabOf(page);
    // Paired by hand in an earlier test: undo it, back to "nothing found".
    if ((await phase(page)) === 'found')
      await p.click(inPanel('button'), { text: 'Undo my pairing' });
    await expect.poll(() => phase(page), { timeout: 30_000 }).toBe('none');
    const key = (url: string) => {
      const u = new URL(url);
      return `GET ${u.host}${u.pathname}${u.search}`;
    };
    const refused = async (url: string, reason: string) => {
      await p.fill(byId('manual-url'), url);
      await p.click(inPanel('button'), { text: 'Pair' });
      await expect
        .poll(() => p.text(inPanel('[role=alert]')), { timeout: 15_000 })
        .toContain(reason);
    };

    await refused(BIG_PAGE, 'more than the 4.0 MB Duizhao reads');
    // Read up to the cap and dropped: far from the 50 MB (the browser buffers a little ahead).
    await expect.poll(() => session.sites.bodySent(key(BIG_PAGE))).toBeGreaterThan(0);
    expect(session.sites.bodySent(key(BIG_PAGE))).toBeLessThan(16 * 1024 * 1024);
    await refused(PDF_FILE, 'the address is a PDF document, not a web page');
    expect(session.sites.bodySent(key(PDF_FILE))).toBeLessThan(8 * 1024 * 1024); // not read
    await refused(BOUNCE, 'redirects to a page that could not be read on the official sites');
    // The browser never went to the other host (the CSP stops the hop), and nothing was retried.
    expect(session.sites.requests.some((r) => r.includes('tracker.example'))).toBe(false);
    for (const url of [BIG_PAGE, PDF_FILE])
      expect(session.sites.requests.filter((r) => r === key(url))).toHaveLength(1);
    // The probe that saw the redirect, and the browser's one attempt to follow it.
    expect(session.sites.requests.filter((r) => r === key(BOUNCE)).length).toBeLessThanOrEqual(2);
    expect(await phase(page)).toBe('none');
    await page.close();
  });
});

describe('a host too slow to answer', () => {
  it('stops the search as soon as the asking tab navigates away or closes', async () => {
    const listing = new URL(urlOf('xinhua/en-latest-listing.html'));
    const key = `GET ${listing.host}${listing.pathname}`;
    const asked = () => session.sites.requests.filter((r) => r === key).length;
    const abandoned = () => session.sites.abandoned.filter((r) => r === key).length;
    const page = await session.context.newPage();
    await page.goto(urlOf('xinhua/zh-readout.html'));
    await expect.poll(asked, { timeout: 10_000 }).toBe(1);
    // Another page in the same tab: nobody waits for the search, its fetch is dropped at once
    // (the listing would answer only after 20 s, the request timeout is 15 s).
    await page.goto(urlOf('mfa/en-listing.html'));
    await expect.poll(abandoned, { timeout: 5_000 }).toBe(1);

    await page.goto(urlOf('xinhua/zh-readout.html'));
    await expect.poll(asked, { timeout: 10_000 }).toBe(2);
    await page.close();
    await expect.poll(abandoned, { timeout: 5_000 }).toBe(2);
  });

  it('is reported within the per-request timeout instead of hanging', async () => {
    // Shorten the per-request timeout (a stored setting) so the test stays fast.
    await session.serviceWorker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { storage: { local: { set(items: object): Promise<void> } } };
        }
      ).chrome;
      await api.storage.local.set({ englishSearchLimits: { requestTimeoutMs: 1_500 } });
    });
    const started = Date.now();
    const page = await openAndWait('xinhua/zh-readout.html', 15_000);
    const elapsed = Date.now() - started;
    expect(await phase(page)).toBe('error');
    expect(await tabOf(page).text(byId('english-error'))).toContain(
      'english.news.cn (too slow to answer)',
    );
    // Two attempts of 1.5 s and a backoff: well under the 20 s the host takes.
    expect(elapsed).toBeLessThan(12_000);
    await page.close();
  });
});
