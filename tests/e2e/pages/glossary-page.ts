/** The glossary page (glossary.html): the saved entries, their count and the search field. */
import type { ExtensionBrowser, Tab } from '../driver';

const ENTRY = 'article.dz-entry';

export class GlossaryPage {
  private constructor(readonly tab: Tab) {}

  static async open(browser: ExtensionBrowser): Promise<GlossaryPage> {
    const page = new GlossaryPage(await browser.openExtensionPage('glossary.html'));
    // "0 entries", "1 entry", "2 entries" once loaded.
    await page.tab.waitForElement('.dz-count', { hasText: ' entr' }, 15_000);
    return page;
  }

  /** The number of entries the page says it holds. */
  async count(): Promise<number> {
    const text = (await this.tab.text('.dz-count')) ?? '';
    const match = /(\d+) entr/.exec(text);
    if (!match) throw new Error(`No entry count in "${text}"`);
    return Number(match[1]);
  }

  /**
   * The interface-language setting, written from this extension page as the settings are stored
   * (`readingSettings` in storage.sync, or storage.local where sync is missing): every open
   * extension page and content script follows it.
   */
  async setInterfaceLanguage(language: 'auto' | 'en' | 'zh_CN'): Promise<void> {
    await this.tab.evaluate(async (value) => {
      type Area = {
        get(key: string): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      };
      const g = globalThis as unknown as {
        browser?: { storage: { sync?: Area; local: Area } };
        chrome?: { storage: { sync?: Area; local: Area } };
      };
      const storage = (g.browser ?? g.chrome)!.storage;
      const area = storage.sync ?? storage.local;
      const current = (await area.get('readingSettings')).readingSettings ?? {};
      await area.set({ readingSettings: { ...(current as object), interfaceLanguage: value } });
    }, language);
  }

  /** The page's language (html lang) and the glossary's own root's. */
  langs(): Promise<{ html: string; root: string | null; title: string }> {
    return this.tab.evaluate(
      () => ({
        html: document.documentElement.lang,
        root: document.querySelector('.dz-glossary')?.getAttribute('lang') ?? null,
        title: document.title,
      }),
      null,
    );
  }

  async search(query: string): Promise<void> {
    await this.tab.fill('input[type=search]', query);
  }

  /** Text of the entries shown (after a search: the hits). */
  entries(): Promise<string[]> {
    return this.tab.evaluate(
      (sel) => Array.from(document.querySelectorAll(sel), (el) => el.textContent ?? ''),
      ENTRY,
    );
  }

  close(): Promise<void> {
    return this.tab.close();
  }
}
