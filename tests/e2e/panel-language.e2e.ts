/**
 * The English panel and the side-by-side view follow the interface language, in Chromium and in
 * Firefox: chosen in the toolbar popup while both are open on a statement, they speak Chinese at
 * once (texts, lang="zh-CN", the match date), then English again; the statement's Chinese and
 * the English version keep their own lang attributes throughout.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser, type Tab } from './browsers';
import { EnglishPanel } from './pages/english-panel';
import { SideBySideView } from './pages/side-by-side';
import { ToolbarPopup } from './pages/toolbar-popup';
import { fixtureUrl } from '../server/official-sites';

const ZH_URL = fixtureUrl('mfa/zh-current-press-conference.html');
const PANEL = ['duizhao-english', '[data-testid="english-panel"]'] as const;
const VIEW = ['duizhao-side-by-side', '[data-testid="side-by-side"]'] as const;
const inPanel = (selector: string) => [PANEL[0], `${PANEL[1]} ${selector}`];
const inView = (selector: string) => [VIEW[0], `${VIEW[1]} ${selector}`];

/** What the two UIs say and which languages they declare. */
async function looks(tab: Tab) {
  const text = async (target: readonly string[]) => (await tab.text(target))?.trim() ?? null;
  return {
    panelLang: await tab.attr(PANEL, 'lang'),
    toggle: await text(inPanel('[data-testid="english-toggle"]')),
    state: await text(inPanel('[data-testid="english-state"]')),
    date: await text(inPanel('[data-testid="match-date"]')),
    englishTextLang: await tab.attr(inPanel('[data-testid="english-text"]'), 'lang'),
    viewLang: await tab.attr(VIEW, 'lang'),
    viewLabel: await tab.attr(VIEW, 'aria-label'),
    heading: await text(inView('h2')),
    summary: await text(inView('[data-testid="sbs-summary"]')),
    copyPair: await text(inView('[data-testid="sbs-row"] .actions button')),
    zhCellLang: await tab.attr(inView('[data-testid="sbs-row"] .cell.zh'), 'lang'),
    enCellLang: await tab.attr(inView('[data-testid="sbs-row"] .cell.en'), 'lang'),
    exportButton: await text(inView('[data-testid="sbs-export"]')),
  };
}

describe.each(BROWSERS)(
  'the English panel and side by side in the interface language, in %s',
  (name) => {
    const run = useBrowser(name);

    it('switch to Chinese with the setting and back to English; the texts keep their languages', async () => {
      const tab = await run.newTab();
      await tab.goto(ZH_URL);
      await tab.waitForElement('ruby.dz-word', {}, 30_000);
      const panel = new EnglishPanel(tab);
      expect(await panel.waitSearched(60_000)).toBe('found');
      await tab.waitFor(
        () => panel.englishParagraphs(),
        (n) => n > 0,
        { what: 'the English text shown' },
      );
      const view = new SideBySideView(tab);
      await view.openFromPanel();
      await view.waitReady();

      const english = await looks(tab);
      expect(english).toMatchObject({
        panelLang: 'en',
        toggle: expect.stringContaining('Official English'),
        state: expect.stringMatching(/^found · \d+%$/),
        date: expect.stringMatching(/^\d{1,2} [A-Z][a-z]+ \d{4}$/),
        englishTextLang: 'en',
        viewLang: 'en',
        heading: '对照 Side by side',
        summary: expect.stringMatching(/^The English (leaves out|renders all)/),
        copyPair: 'Copy pair',
        zhCellLang: 'zh-Hans',
        enCellLang: 'en',
        exportButton: 'Export ▾',
      });

      const popup = await ToolbarPopup.open(run.browser, tab);
      run.watch(popup.tab);
      await popup.setInterfaceLanguage('zh_CN');
      await popup.waitLang('zh-CN');
      await tab.waitFor(
        () => tab.attr(PANEL, 'lang'),
        (lang) => lang === 'zh-CN',
        { what: 'the panel in Chinese' },
      );
      await tab.waitFor(
        () => tab.attr(VIEW, 'lang'),
        (lang) => lang === 'zh-CN',
        { what: 'side by side in Chinese' },
      );
      expect(await looks(tab)).toMatchObject({
        panelLang: 'zh-CN',
        toggle: expect.stringContaining('官方英文版'),
        state: expect.stringMatching(/^已找到 · \d+%$/),
        date: expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日$/),
        englishTextLang: 'en',
        viewLang: 'zh-CN',
        viewLabel: '中英对照：中文原文与官方英文版',
        heading: '中英对照',
        summary: expect.stringMatching(/^英文版(略去了|译出了全部)/),
        copyPair: '复制句对',
        zhCellLang: 'zh-Hans',
        enCellLang: 'en',
        exportButton: '导出 ▾',
      });

      await popup.setInterfaceLanguage('en', '界面语言');
      await popup.waitLang('en');
      await tab.waitFor(
        () => tab.attr(VIEW, 'lang'),
        (lang) => lang === 'en',
        { what: 'side by side in English again' },
      );
      expect(await looks(tab)).toEqual(english);

      // Back to the browser's language, as the other tests expect it.
      await popup.setInterfaceLanguage('auto');
      await popup.close();
      await view.close();
      await tab.close();
    });
  },
);
