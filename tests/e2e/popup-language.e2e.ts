/**
 * The interface language, chosen in the toolbar popup, in Chromium and in Firefox: Chinese at
 * once (texts and lang="zh-CN"), still Chinese when the popup opens again, then English again
 * and back to the browser's language (English: the test browsers run in en-US).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, isOurs, launchBrowser, type ExtensionBrowser } from './browsers';
import { ToolbarPopup } from './pages/toolbar-popup';
import { loadFixtureIndex } from '../fixtures/fixtures';

const STATEMENT = loadFixtureIndex().find(
  (entry) => entry.file === 'mfa/zh-current-press-conference.html',
)!;

describe.each(BROWSERS)('the interface language in %s', (name) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchBrowser(name);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('switches the toolbar popup to Chinese and back to English', async () => {
    const tab = await browser.newTab();
    await tab.goto(STATEMENT.url);
    let popup = await ToolbarPopup.open(browser, tab);
    await popup.waitState('recognised');
    await popup.waitLang('en');
    expect(await popup.text()).toContain('Your data');

    await popup.setInterfaceLanguage('zh_CN');
    await popup.waitLang('zh-CN');
    const chinese = await popup.text();
    for (const text of [
      '日期',
      '来源',
      '启用于：外交部',
      '阅读：拼音与词典',
      '你的数据',
      '关于对照',
    ])
      expect(chinese).toContain(text);
    expect(chinese).not.toContain('Your data');
    expect(await popup.field('kind')).toBe('例行记者会');
    expect(await popup.tab.text('h1')).toBe('对照');
    expect(popup.tab.problems.filter(isOurs)).toEqual([]);
    await popup.close();

    // The choice is kept: the popup opens in Chinese.
    popup = await ToolbarPopup.open(browser, tab);
    await popup.waitLang('zh-CN');
    expect(await popup.text()).toContain('你的数据');

    await popup.setInterfaceLanguage('en', '界面语言');
    await popup.waitLang('en');
    const english = await popup.text();
    for (const text of ['Date', 'On for Ministry of Foreign Affairs 外交部', 'Your data'])
      expect(english).toContain(text);
    expect(english).not.toContain('你的数据');
    expect(await popup.field('kind')).toBe('Press conference 例行记者会');

    // The browser's language, named: English here.
    await popup.setInterfaceLanguage('auto');
    await popup.waitLang('en');
    expect(await popup.tab.text('[data-testid="interface-language"] option', { nth: 0 })).toBe(
      "Browser's language (English)",
    );
    expect(popup.tab.problems.filter(isOurs)).toEqual([]);
    await popup.close();
    await tab.close();
  });
});

/**
 * A browser whose own language is Chinese: with the setting left at the browser's language, the
 * interface is Chinese from the start. Chromium only: Debian's Firefox ESR ships no Chinese
 * language pack, so its interface language stays English whatever is requested.
 */
describe('the interface language follows a Chinese browser', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchBrowser('chromium', { lang: 'zh-CN' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('speaks Chinese with no setting, and says whose language it follows', async () => {
    const tab = await browser.newTab();
    await tab.goto(STATEMENT.url);
    const popup = await ToolbarPopup.open(browser, tab);
    await popup.waitState('recognised');
    await popup.waitLang('zh-CN');
    expect(await popup.text()).toContain('你的数据');
    expect(await popup.tab.text('[data-testid="interface-language"] option', { nth: 0 })).toBe(
      '跟随浏览器（中文（简体））',
    );
    expect(popup.tab.problems.filter(isOurs)).toEqual([]);
    await popup.close();
    await tab.close();
  });
});
