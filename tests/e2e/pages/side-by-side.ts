/** The side-by-side view (shadow root of <duizhao-side-by-side>): Chinese and English row by row. */
import type { Tab, Target, TestWindow } from '../driver';

const HOST = 'duizhao-side-by-side';
const VIEW = '[data-testid="side-by-side"]';

export class SideBySideView {
  constructor(readonly tab: Tab) {}

  private in(selector: string): Target {
    return [HOST, `${VIEW} ${selector}`];
  }

  /** Opens the view with the English panel's "Side by side" button. */
  async openFromPanel(): Promise<void> {
    await this.tab.click(['duizhao-english', '[data-testid="english-side-by-side"]']);
  }

  phase(): Promise<string | null> {
    return this.tab.attr([HOST, VIEW], 'data-phase');
  }

  /** Waits until the view is aligned and shows its rows. */
  async waitReady(timeout = 60_000): Promise<void> {
    await this.tab.waitFor(
      () => this.phase(),
      (p) => p === 'ready',
      {
        timeout,
        what: 'side by side ready',
      },
    );
    await this.tab.waitForElement(this.in('[data-testid="sbs-row"]'), {}, timeout);
  }

  summary(): Promise<string | null> {
    return this.tab.text(this.in('[data-testid="sbs-summary"]'));
  }

  /** Points at the Chinese sentence containing `zh`; returns the English sentences highlighted. */
  async hoverChinese(zh: string): Promise<string[]> {
    await this.tab.hover(this.in('[data-zh]'), { hasText: zh, ignore: 'rt' });
    await this.tab.exposeShadowRoots();
    return this.tab.waitFor(
      () =>
        this.tab.evaluate(
          ([host, view]) =>
            Array.from(
              (window as unknown as TestWindow)
                .__dzTestShadow(host!)
                ?.querySelectorAll(`${view} .seg.hl[data-en]`) ?? [],
              (el) => el.textContent ?? '',
            ),
          [HOST, VIEW],
        ),
      (texts) => texts.length > 0,
      { what: `English highlighted for ${zh}` },
    );
  }

  async close(): Promise<void> {
    await this.tab.click(this.in('[data-testid="sbs-close"]'));
    await this.tab.waitFor(
      () => this.tab.count(HOST),
      (n) => n === 0,
      {
        what: 'side by side closed',
      },
    );
  }
}
