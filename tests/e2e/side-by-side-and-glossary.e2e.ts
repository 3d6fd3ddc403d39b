/**
 * The side-by-side view and saving to the glossary (a sentence selected with the mouse and saved
 * with the in-page button; a word from its popup), in Chromium and in Firefox, on the made-up
 * ministry press conference whose English transcript the background finds by itself. (The
 * Chromium-only files side-by-side.e2e.ts and glossary.e2e.ts go further: traces, exports,
 * import, concurrency, a stopped service worker.) Each test opens its own tabs.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser, type Tab } from './browsers';
import { EnglishPanel } from './pages/english-panel';
import { GlossaryPage } from './pages/glossary-page';
import { SideBySideView } from './pages/side-by-side';
import { StatementPage } from './pages/statement-page';
import { WordPopup } from './pages/word-popup';
import { fixtureUrl } from '../server/official-sites';

const ZH_URL = fixtureUrl('mfa/zh-current-press-conference.html');
const SENTENCE = '我们期待各国以纪念活动为契机，重申对《联合国宪章》宗旨和原则的承诺。';
/** The in-page "Save to glossary" button's host (its open shadow root holds the button). */
const SAVE_HOST = '#dz-glossary-save-host';

describe.each(BROWSERS)('side by side and the glossary, in %s', (name) => {
  const run = useBrowser(name);

  /** The statement, annotated, with the English panel's search over. */
  async function openStatement(): Promise<StatementPage> {
    const tab = await run.newTab();
    const page = new StatementPage(tab, '.news-title, h1', '#News_Body_Txt_A, .news-main');
    await tab.goto(ZH_URL);
    await tab.waitForElement('ruby.dz-word', {}, 30_000);
    expect(await new EnglishPanel(tab).waitSearched(60_000)).toBe('found');
    return page;
  }

  const html = (tab: Tab) => tab.evaluate(() => document.documentElement.outerHTML, null);

  it('opens side by side from the English panel, highlights the counterpart, and closes exactly', async () => {
    const page = await openStatement();
    // Annotation runs in time slices: the page's HTML once it stops changing.
    let before = '';
    for (let now = await html(page.tab); now !== before; now = await html(page.tab)) {
      before = now;
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    const view = new SideBySideView(page.tab);
    await view.openFromPanel();
    await view.waitReady();
    expect(await view.summary()).toMatch(
      /^The English (leaves out \d+ of \d+ Chinese sentences|renders all \d+)/,
    );
    expect(await view.hoverChinese('坚定维护以联合国为核心的国际体系')).toEqual([
      expect.stringContaining('firmly safeguard the UN-centered international system'),
    ]);
    await view.close();
    expect(await html(page.tab)).toBe(before);
    await page.tab.close();
  });

  it('saves a selected sentence with the in-page button; the open glossary page shows it with its source', async () => {
    const glossary = await GlossaryPage.open(run.browser);
    run.watch(glossary.tab);
    const entries = await glossary.count();
    const page = await openStatement();
    expect(await page.select(SENTENCE)).toBe(SENTENCE);
    const button = [SAVE_HOST, 'button'] as const;
    await page.tab.waitForElement(button, {}, 10_000);
    expect(await page.tab.attr(button, 'aria-label')).toContain('Save to glossary');
    await page.tab.click(button);
    await page.tab.waitFor(
      () => page.tab.text([SAVE_HOST, '[role=status]']),
      (status) => !!status?.includes('Saved'),
      { what: 'the save button saying Saved' },
    );
    await glossary.tab.waitFor(
      () => glossary.count(),
      (n) => n === entries + 1,
      { what: 'one more glossary entry' },
    );
    // Found by toneless pinyin, with the statement it came from.
    await glossary.search('jinian huodong');
    await expect
      .poll(() => glossary.entries(), { timeout: 10_000 })
      .toContainEqual(expect.stringContaining(SENTENCE));
    expect((await glossary.entries()).join('\n')).toContain(
      '2025年6月20日外交部发言人林剑主持例行记者会',
    );
    await glossary.close();
    await page.tab.close();
  });

  it('saves a word from its popup; the open glossary page shows it', async () => {
    const glossary = await GlossaryPage.open(run.browser);
    run.watch(glossary.tab);
    const entries = await glossary.count();
    const page = await openStatement();
    const popup = new WordPopup(page.tab);
    // 战略, or the word it is part of (全面战略伙伴…).
    await page.hoverWord('战略');
    await popup.waitFor();
    const word = (await popup.text('hanzi'))!;
    expect(word).toContain('战略');
    await popup.saveToGlossary();
    await glossary.tab.waitFor(
      () => glossary.count(),
      (n) => n === entries + 1,
      {
        what: 'one more glossary entry',
      },
    );
    // Found by toneless pinyin.
    await glossary.search('zhanlue');
    await expect
      .poll(() => glossary.entries(), { timeout: 10_000 })
      .toContainEqual(expect.stringContaining(word));
    await glossary.close();
    await page.tab.close();
  });

  it('the word popup and the open glossary page follow the interface language, without a reload', async () => {
    const glossary = await GlossaryPage.open(run.browser);
    run.watch(glossary.tab);
    const tab = await run.newTab();
    const page = new StatementPage(tab, '.news-title, h1', '#News_Body_Txt_A, .news-main');
    await tab.goto(ZH_URL);
    await tab.waitForElement('ruby.dz-word', {}, 30_000);
    const popup = new WordPopup(tab);
    const heading = () => glossary.tab.text('h1');
    try {
      await glossary.setInterfaceLanguage('zh_CN');
      // The glossary page, already open, switches by itself.
      await glossary.tab.waitFor(heading, (h) => !!h?.startsWith('对照词汇本'), {
        what: 'the glossary page in Chinese',
      });
      expect(await glossary.langs()).toEqual({ html: 'zh-CN', root: 'zh-CN', title: '对照词汇本' });
      expect(await glossary.tab.text('.dz-count')).toMatch(/^\d+ 个条目$/);
      expect(await glossary.tab.attr('input[type=search]', 'aria-label')).toBe('搜索词汇本');
      expect(await glossary.tab.text('.dz-tools button', { text: '导出' })).toBe('导出');

      // The word popup, opened after the switch.
      await page.hoverWord('战略');
      await popup.waitFor();
      const word = (await popup.text('hanzi'))!;
      // The tab hears of the change on its own: it may open in English and switch a moment later.
      await tab.waitFor(
        () => popup.labels(),
        (labels) => labels?.lang === 'zh-CN',
        { what: 'the word popup in Chinese' },
      );
      expect(await popup.labels()).toEqual({ lang: 'zh-CN', name: `词典：${word}` });
      expect(await popup.buttons()).toEqual(expect.arrayContaining(['复制', '存入词汇本']));
      await tab.click(['#dz-popup-host', 'button'], { text: '存入词汇本' });
      await tab.waitForElement(['#dz-popup-host', '[role=status]'], { text: '已保存' });
      expect(await popup.buttons()).toContain('打开词汇本');
      // The Chinese stays Chinese, the dictionary's meanings English.
      expect(await tab.attr(['#dz-popup-host', '.dz-hanzi'], 'lang')).toBe('zh-Hans');

      // The saved word on the glossary page, in Chinese.
      await glossary.search(word);
      await glossary.tab.waitForElement('article.dz-entry .dz-type', { text: '词语' });
      expect(await glossary.tab.text('article.dz-entry .dz-source')).toContain('保存于');
      expect(await glossary.tab.text('article.dz-entry a', { text: '打开出处' })).toBe('打开出处');

      // And back to English: the page without a reload.
      await glossary.setInterfaceLanguage('en');
      await glossary.tab.waitFor(heading, (h) => !!h?.startsWith('Duizhao glossary'), {
        what: 'the glossary page in English again',
      });
      expect(await glossary.langs()).toEqual({ html: 'en', root: 'en', title: 'Duizhao glossary' });
      await glossary.tab.waitForElement('article.dz-entry .dz-type', { text: 'Term' });
      expect(await glossary.tab.text('.dz-count')).toMatch(/^\d+ of \d+ entr(y|ies) \(/);
      // The popup, still open where the pointer left it, switches as it is.
      await tab.waitFor(
        () => popup.buttons(),
        (texts) => texts.includes('Save to glossary') && texts.includes('Open glossary'),
        { what: 'the word popup in English again' },
      );
      expect(await popup.labels()).toEqual({ lang: 'en', name: `Dictionary: ${word}` });
      expect(await tab.text(['#dz-popup-host', '[role=status]'])).toBe('Saved');
    } finally {
      await glossary.setInterfaceLanguage('auto');
    }
    await glossary.close();
    await tab.close();
  }, 90_000);

  it('the word popup says how the English of this statement renders the word', async () => {
    const page = await openStatement();
    const popup = new WordPopup(page.tab);
    // Known once the background has aligned the statement with its English version: hover
    // again until the popup carries it.
    await expect
      .poll(
        async () => {
          await page.hoverWord('东盟');
          await popup.waitFor('东盟');
          return popup.text('inStatement');
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe('In this statement: ASEAN');
    await page.tab.close();
  });
});
