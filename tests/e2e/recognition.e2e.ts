/**
 * Recognition in Chromium and in Firefox: statement pages served under their real host names are
 * recognised (seen in the toolbar popup, with the toolbar badge); other pages are left
 * byte-for-byte untouched. Each test opens its own tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BROWSERS, isOurs, launchBrowser, type ExtensionBrowser, type Tab } from './browsers';
import { ToolbarPopup } from './pages/toolbar-popup';
import { WORD } from './pages/statement-page';
import { expectedArticle, loadFixtureIndex } from '../fixtures/fixtures';
import { FIXTURES_DIR } from '../server/official-sites';
import { formatLongDate } from '../../utils/i18n';

const fixtures = loadFixtureIndex();

/** The toolbar popup's date: written out in the interface language (English), ISO underneath. */
function shownDate(iso: string | null | undefined): { shown: string; iso: string | null } {
  return iso ? { shown: formatLongDate(iso, 'en'), iso } : { shown: 'not given', iso: null };
}

/** Record every DOM mutation from the moment the parser is done (before any content script). */
async function watchMutations(tab: Tab): Promise<void> {
  await tab.addInitScript(() => {
    const w = window as unknown as { __mutations: number; __initialHtml: string };
    w.__mutations = 0;
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
  }, null);
}

/** Mutations since the parser was done, and whether the page is what it was then. */
const untouched = (tab: Tab) =>
  tab.evaluate(() => {
    const w = window as unknown as { __mutations: number; __initialHtml: string };
    return {
      mutations: w.__mutations,
      same: w.__initialHtml === document.documentElement.outerHTML,
    };
  }, null);

/** Errors and warnings the extension causes (the fixtures, like real pages, have their own). */
const ourProblems = (tab: Tab) => tab.problems.filter(isOurs).map((p) => p.text);

describe.each(BROWSERS)('recognition in %s', (name) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchBrowser(name);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(url: string, watch = false): Promise<Tab> {
    const tab = await browser.newTab();
    if (watch) await watchMutations(tab);
    await tab.goto(url);
    return tab;
  }

  describe('statement pages are recognised', () => {
    const articles = fixtures.filter(
      (entry) => entry.expected === 'article' && !entry.url.includes('.example/'),
    );
    it.each(articles.map((entry) => [entry.file, entry] as const))('%s', async (_file, entry) => {
      const expected = expectedArticle(entry);
      const tab = await open(entry.url, expected.lang === 'en');
      const popup = await ToolbarPopup.open(browser, tab);
      expect(await popup.state()).toBe('recognised');
      expect(await popup.field('title')).toBe(expected.title);
      expect(await popup.date()).toEqual(shownDate(expected.date));
      if (expected.lang === 'zh') {
        // Chinese statements get the reader: pinyin over the words.
        await tab.waitForElement(WORD, {}, 20_000);
      } else {
        // English statements are recognised but the reader is not loaded: the page is untouched.
        expect(await untouched(tab)).toEqual({ mutations: 0, same: true });
      }
      expect(ourProblems(tab)).toEqual([]);
      await popup.close();
      await tab.close();
    });
  });

  describe('other pages are left alone', () => {
    const others = fixtures.filter(
      (entry) => entry.expected === 'not-statement' && entry.file.endsWith('.html'),
    );
    it.each(others.map((entry) => [entry.file, entry] as const))('%s', async (_file, entry) => {
      const tab = await open(entry.url, true);
      const popup = await ToolbarPopup.open(browser, tab);
      expect(await popup.state()).toBe('not-statement');
      expect(await popup.statusText()).toMatch(/not a statement|error page|No statement text/);
      expect(await untouched(tab)).toEqual({ mutations: 0, same: true });
      expect(ourProblems(tab)).toEqual([]);
      await popup.close();
      await tab.close();
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
      browser.sites.addRoute({ url, body: late, contentType: 'text/html; charset=utf-8' });
      const tab = await open(url);
      await expect
        .poll(
          async () => {
            const popup = await ToolbarPopup.open(browser, tab);
            const state = await popup.state();
            await popup.close();
            return state;
          },
          { timeout: 15_000 },
        )
        .toBe('recognised');
      expect(ourProblems(tab)).toEqual([]);
      await tab.close();
    });

    it('a broken page on an official host is reported, and the page keeps working', async () => {
      const url = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1999999.shtml';
      browser.sites.addRoute({
        url,
        body: '<html><head><title>外交部</title><body><div id="News_Body_Txt_A"><p>\u0000<<>></div><table><tr><td>未闭合',
        contentType: 'text/html; charset=utf-8',
      });
      const tab = await open(url);
      const popup = await ToolbarPopup.open(browser, tab);
      expect(['not-statement', 'recognised']).toContain(await popup.state());
      expect(ourProblems(tab)).toEqual([]);
      expect(await tab.evaluate(() => document.title, null)).toBe('外交部');
      await popup.close();
      await tab.close();
    });
  });

  describe('the per-site switch', () => {
    it('turns Duizhao off on a site, persists across reloads, and back on', async () => {
      const entry = fixtures.find(
        (e) => e.expected === 'article' && e.url.includes('fmprc.gov.cn'),
      )!;
      const tab = await open(entry.url);
      let popup = await ToolbarPopup.open(browser, tab);
      await popup.setSiteEnabled(false);
      await popup.waitState('disabled');
      await popup.close();

      await tab.reload();
      popup = await ToolbarPopup.open(browser, tab);
      expect(await popup.state()).toBe('disabled');
      expect(await popup.siteEnabled()).toBe(false);
      await popup.setSiteEnabled(true);
      await popup.waitState('recognised');
      await popup.close();
      await tab.close();
    });
  });

  describe('reading on request', () => {
    it('a supported page no adapter recognises is read by the generic extractor when the user asks', async () => {
      const entry = fixtures.find((e) => e.askToRead === true);
      expect(entry, 'a fixture marked askToRead on a supported host').toBeDefined();
      const tab = await open(entry!.url);
      const popup = await ToolbarPopup.open(browser, tab);
      expect(await popup.state()).toBe('not-statement');
      await popup.readAnyway();
      await popup.waitState('recognised');
      const expected = expectedArticle(entry!);
      expect(await popup.field('title')).toBe(expected.title);
      expect(await popup.date()).toEqual(shownDate(expected.date));
      await popup.close();
      await tab.close();
    });
  });
});
