/** The English panel Duizhao adds to a Chinese statement (shadow root of <duizhao-english>). */
import type { Tab, Target } from '../driver';

const HOST = 'duizhao-english';
const PANEL = '[data-testid="english-panel"]';

export class EnglishPanel {
  constructor(readonly tab: Tab) {}

  private in(selector: string): Target {
    return [HOST, `${PANEL} ${selector}`];
  }

  /** searching, found, several, none, error… (data-phase of the state line). */
  phase(): Promise<string | null> {
    return this.tab.attr(this.in('[data-testid="english-state"]'), 'data-phase');
  }

  async stateText(): Promise<string | null> {
    return (await this.tab.text(this.in('[data-testid="english-state"]')))?.trim() ?? null;
  }

  /** Waits until the search is over; returns the phase it ended in. */
  async waitSearched(timeout = 30_000): Promise<string> {
    return (await this.tab.waitFor(
      () => this.phase(),
      (p) => !!p && p !== 'searching',
      {
        timeout,
        what: 'English search done',
      },
    ))!;
  }

  link(): Promise<string | null> {
    return this.tab.attr(this.in('[data-testid="english-link"]'), 'href');
  }

  /** Paragraphs of the English text shown in the panel (0 while it is not there). */
  englishParagraphs(): Promise<number> {
    return this.tab.count(this.in('[data-testid="english-text"] p'));
  }

  /**
   * Presses Search again once the panel has settled: with an English version found, after its
   * text is shown (the panel redraws when it arrives, and a click during the redraw is lost).
   */
  async searchAgain(): Promise<void> {
    if ((await this.phase()) === 'found')
      await this.tab.waitFor(
        () => this.englishParagraphs(),
        (n) => n > 0,
        { what: 'the English text shown' },
      );
    await this.tab.click(this.in('button'), { text: 'Search again' });
  }

  /** Pastes `url` into the manual pairing field and presses Pair. */
  async pair(url: string): Promise<void> {
    await this.tab.fill(this.in('[data-testid="manual-url"]'), url);
    await this.tab.click(this.in('button'), { text: 'Pair' });
  }

  async undoPairing(): Promise<void> {
    await this.tab.click(this.in('button'), { text: 'Undo my pairing' });
  }

  /** Whether the manual pairing field is offered (no pairing by the user in force). */
  async offersPairing(): Promise<boolean> {
    return (await this.tab.count(this.in('[data-testid="manual-url"]'))) === 1;
  }

  alert(): Promise<string | null> {
    return this.tab.text(this.in('[role="alert"]'));
  }
}
