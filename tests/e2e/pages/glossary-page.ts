/** The glossary page (glossary.html): the saved entries, their count and the search field. */
import type { ExtensionBrowser, Tab } from '../driver';

const ENTRY = 'article.dz-entry';

export class GlossaryPage {
  private constructor(readonly tab: Tab) {}

  static async open(browser: ExtensionBrowser): Promise<GlossaryPage> {
    const page = new GlossaryPage(await browser.openExtensionPage('glossary.html'));
    await page.tab.waitForElement('.dz-count', { hasText: 'entries' }, 15_000);
    return page;
  }

  /** The number of entries the page says it holds. */
  async count(): Promise<number> {
    const text = (await this.tab.text('.dz-count')) ?? '';
    const match = /(\d+) entr/.exec(text);
    if (!match) throw new Error(`No entry count in "${text}"`);
    return Number(match[1]);
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
