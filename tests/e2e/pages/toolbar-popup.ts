/**
 * The toolbar popup, opened as a page for a given tab: status, per-site switch, reading settings,
 * interface language.
 */
import type { ExtensionBrowser, Tab } from '../driver';

const STATUS = '[data-testid="status"]';

export class ToolbarPopup {
  private constructor(readonly tab: Tab) {}

  /** Opens the popup for the tab `page` shows and waits until it knows the page's status. */
  static async open(browser: ExtensionBrowser, page: Tab): Promise<ToolbarPopup> {
    const popup = new ToolbarPopup(await browser.openPopup(page));
    await popup.tab.waitForElement(`${STATUS}:not([data-state="pending"])`, {}, 15_000);
    return popup;
  }

  state(): Promise<string | null> {
    return this.tab.attr(STATUS, 'data-state');
  }

  async waitState(state: string, timeout = 15_000): Promise<void> {
    await this.tab.waitFor(
      () => this.state(),
      (s) => s === state,
      { timeout, what: `status ${state}` },
    );
  }

  async statusText(): Promise<string> {
    return (await this.tab.text(STATUS)) ?? '';
  }

  async field(name: 'title' | 'date' | 'kind' | 'reason'): Promise<string | null> {
    return (await this.tab.text(`[data-testid="${name}"]`))?.trim() ?? null;
  }

  /** The statement's date as shown and as its ISO value (`<time datetime>`; null: none given). */
  async date(): Promise<{ shown: string | null; iso: string | null }> {
    const shown = await this.field('date');
    const iso = (await this.tab.count('[data-testid="date"] time'))
      ? await this.tab.attr('[data-testid="date"] time', 'datetime')
      : null;
    return { shown, iso };
  }

  siteEnabled(): Promise<boolean> {
    return this.tab.prop<boolean>('[data-testid="site-switch"]', 'checked');
  }

  /** Clicks the per-site switch if it is not already in `on` position. */
  async setSiteEnabled(on: boolean): Promise<void> {
    if ((await this.siteEnabled()) !== on) await this.tab.click('[data-testid="site-switch"]');
  }

  async readAnyway(): Promise<void> {
    await this.tab.click('button', { hasText: 'anyway' });
  }

  /** Unfolds the reading settings (pinyin and dictionary). */
  async openReadingSettings(): Promise<void> {
    const open = await this.tab.prop<boolean>(
      '[data-testid="reading-settings"]',
      'open' as 'value',
    );
    if (!open) await this.tab.click('[data-testid="reading-settings"] summary');
  }

  /** Chooses `value` in the reading setting labelled `label` (e.g. 'Tones', 'On this site'). */
  async setReading(label: string, value: string): Promise<void> {
    await this.openReadingSettings();
    // The settings are drawn once they have been read, which may come after the status.
    await this.tab.waitForElement('[data-testid="reading-settings"] fieldset select');
    await this.tab.select('label', value, { label });
  }

  /** Ticks or unticks the reading setting's checkbox labelled `text` (e.g. 'Tone colours'). */
  async toggleReadingCheck(text: string): Promise<void> {
    await this.openReadingSettings();
    await this.tab.waitForElement('[data-testid="reading-settings"] fieldset select');
    await this.tab.click('[data-testid="reading-settings"] label.dz-check', { hasText: text });
  }

  /**
   * Chooses the interface language ('auto', 'en' or 'zh_CN') in the select labelled `label`
   * ("Interface language" in English, "界面语言" in Chinese).
   */
  async setInterfaceLanguage(value: string, label = 'Interface language'): Promise<void> {
    // The select is drawn once it has read the setting, which may come after the status.
    await this.tab.waitForElement('[data-testid="interface-language"] select');
    await this.tab.select('label', value, { label });
  }

  /** The popup's interface language, as its `lang` ('en', 'zh-CN'), once it is `expected`. */
  async waitLang(expected: string): Promise<void> {
    await this.tab.waitFor(
      () =>
        this.tab.evaluate(
          () => [document.documentElement.lang, document.querySelector('main')?.lang],
          null,
        ),
      (langs) => langs.every((lang) => lang === expected),
      { what: `lang ${expected}` },
    );
  }

  /** The whole popup's text. */
  async text(): Promise<string> {
    return (await this.tab.text('main')) ?? '';
  }

  close(): Promise<void> {
    return this.tab.close();
  }
}
