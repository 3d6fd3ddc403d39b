/**
 * Recognition in the real browser: statement pages served under their real host names are
 * recognised (seen in the toolbar popup); other pages are left byte-for-byte untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { expectedArticle, loadFixtureIndex } from '../fixtures/fixtures';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR } from '../server/official-sites';

let session: Session;
const fixtures = loadFixtureIndex();

/** Record every DOM mutation from the very start, in the page's own world. */
async function watchMutations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __mutations: number; __initialHtml: string };
    w.__mutations = 0;
    // From the moment the parser is done: the content script runs after that (document_idle).
    document.addEventListener('DOMContentLoaded', () => {
      w.__initialHtml = document.documentElement.outerHTML;
      new MutationObserver((records) => {
        w.__mutations += records.length;
      }).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
  });
}

/**
 * Errors and warnings the extension causes in the page's console. The fixtures, like the real
 * pages, have their own failing scripts and missing images: those are the page's, not ours.
 */
function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  const ours = (where: string | undefined, text: string) =>
    (where ?? '').includes('chrome-extension://') || text.includes('Duizhao');
  page.on('pageerror', (error) => {
    if (ours(error.stack, error.message)) errors.push(String(error));
  });
  page.on('console', (message) => {
    if (
      ['error', 'warning'].includes(message.type()) &&
      ours(message.location().url, message.text())
    ) {
      errors.push(message.text());
    }
  });
  return errors;
}

async function popupStatus(page: Page): Promise<{ state: string; text: string; popup: Page }> {
  const popup = await session.openPopup(page);
  const status = popup.locator('[data-testid="status"]:not([data-state="pending"])');
  await status.waitFor();
  return {
    state: (await status.getAttribute('data-state')) ?? '',
    text: await status.innerText(),
    popup,
  };
}

beforeAll(async () => {
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

describe('statement pages are recognised', () => {
  const articles = fixtures.filter(
    (entry) => entry.expected === 'article' && !entry.url.includes('.example/'),
  );
  it.each(articles.map((entry) => [entry.file, entry] as const))('%s', async (_file, entry) => {
    const page = await session.context.newPage();
    const errors = trackErrors(page);
    const expected = expectedArticle(entry);
    if (expected.lang === 'en') await watchMutations(page);
    await page.goto(entry.url);
    const { state, popup } = await popupStatus(page);
    expect(state).toBe('recognised');
    expect(errors).toEqual([]);
    expect(await popup.getByTestId('title').innerText()).toBe(expected.title);
    expect(await popup.getByTestId('date').innerText()).toBe(expected.date ?? 'not given');
    if (expected.lang === 'zh') {
      // Chinese statements get the reader: pinyin over the words.
      await page.waitForSelector('ruby.dz-word', { timeout: 20_000 });
    } else {
      // English statements are recognised but the reader is not loaded: the page is untouched.
      const after = await page.evaluate(() => {
        const w = window as unknown as { __mutations: number; __initialHtml: string };
        return {
          mutations: w.__mutations,
          same: w.__initialHtml === document.documentElement.outerHTML,
        };
      });
      expect(after).toEqual({ mutations: 0, same: true });
    }
    await popup.close();
    await page.close();
  });
});

describe('other pages are left alone', () => {
  const others = fixtures.filter(
    (entry) => entry.expected === 'not-statement' && entry.file.endsWith('.html'),
  );
  it.each(others.map((entry) => [entry.file, entry] as const))('%s', async (_file, entry) => {
    const page = await session.context.newPage();
    const errors = trackErrors(page);
    await watchMutations(page);
    await page.goto(entry.url);
    const { state, text, popup } = await popupStatus(page);
    expect(state).toBe('not-statement');
    expect(errors).toEqual([]);
    expect(text).toMatch(/not a statement|error page|No statement text/);
    const after = await page.evaluate(() => {
      const w = window as unknown as { __mutations: number; __initialHtml: string };
      return {
        mutations: w.__mutations,
        same: w.__initialHtml === document.documentElement.outerHTML,
      };
    });
    expect(after).toEqual({ mutations: 0, same: true });
    await popup.close();
    await page.close();
  });
});

describe('difficult pages', () => {
  it('a statement whose body the page injects after load is recognised once it appears', async () => {
    const base = fixtures.find((e) => e.file === 'mfa/zh-2019-press-conference.html')!;
    const html = readFileSync(path.join(FIXTURES_DIR, base.file), 'utf8');
    // The same page, but its body arrives by script a moment after load (as on some CMS pages).
    const bodyStart = html.indexOf('<div id="News_Body_Txt_A"');
    const bodyEnd = html.indexOf('</div>', bodyStart) + '</div>'.length;
    const late =
      html.slice(0, bodyStart) +
      '<div id="late-body"></div>' +
      `<script>setTimeout(() => { document.getElementById('late-body').outerHTML = ${JSON.stringify(
        html.slice(bodyStart, bodyEnd),
      )}; }, 600);</script>` +
      html.slice(bodyEnd);
    const url = base.url.replace('t1674321', 't1674322');
    session.sites.addRoute({ url, body: late, contentType: 'text/html; charset=utf-8' });
    const page = await session.context.newPage();
    const errors = trackErrors(page);
    await page.goto(url);
    await expect
      .poll(
        async () =>
          (await popupStatus(page)).popup
            .locator('[data-testid="status"]')
            .getAttribute('data-state'),
        {
          timeout: 15_000,
        },
      )
      .toBe('recognised');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a broken page on an official host is reported, and the page keeps working', async () => {
    const url = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1999999.shtml';
    session.sites.addRoute({
      url,
      body: '<html><head><title>外交部</title><body><div id="News_Body_Txt_A"><p>\u0000<<>></div><table><tr><td>未闭合',
      contentType: 'text/html; charset=utf-8',
    });
    const page = await session.context.newPage();
    const errors = trackErrors(page);
    await page.goto(url);
    const { state, popup } = await popupStatus(page);
    expect(['not-statement', 'recognised']).toContain(state);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => document.title)).toBe('外交部');
    await popup.close();
    await page.close();
  });
});

describe('the per-site switch', () => {
  it('turns Duizhao off on a site, persists across reloads, and back on', async () => {
    const entry = fixtures.find((e) => e.expected === 'article' && e.url.includes('fmprc.gov.cn'))!;
    const page = await session.context.newPage();
    await page.goto(entry.url);
    let { popup } = await popupStatus(page);
    await popup.getByTestId('site-switch').uncheck();
    await expect
      .poll(() => popup.locator('[data-testid="status"]').getAttribute('data-state'))
      .toBe('disabled');
    await popup.close();

    await page.reload();
    ({ popup } = await popupStatus(page));
    expect(await popup.locator('[data-testid="status"]').getAttribute('data-state')).toBe(
      'disabled',
    );
    await popup.getByTestId('site-switch').check();
    await expect
      .poll(() => popup.locator('[data-testid="status"]').getAttribute('data-state'))
      .toBe('recognised');
    await popup.close();
    await page.close();
  });
});

describe('reading on request', () => {
  it('a supported page no adapter recognises is read by the generic extractor when the user asks', async () => {
    const entry = fixtures.find((e) => e.askToRead === true);
    expect(entry, 'a fixture marked askToRead on a supported host').toBeDefined();
    const page = await session.context.newPage();
    await page.goto(entry!.url);
    const { state, popup } = await popupStatus(page);
    expect(state).toBe('not-statement');
    await popup.getByRole('button', { name: /anyway/ }).click();
    await expect
      .poll(() => popup.locator('[data-testid="status"]').getAttribute('data-state'))
      .toBe('recognised');
    const expected = expectedArticle(entry!);
    expect(await popup.getByTestId('title').innerText()).toBe(expected.title);
    expect(await popup.getByTestId('date').innerText()).toBe(expected.date ?? 'not given');
    await popup.close();
    await page.close();
  });
});
