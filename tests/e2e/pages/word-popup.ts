/** Duizhao's word popup: a dialog in the open shadow root of #dz-popup-host. */
import { DZ } from '../../../utils/reading/dom-labels';
import type { Tab, Target, TestWindow } from '../driver';

const HOST = `#${DZ.popupHost}`;

export type PopupField =
  'hanzi' | 'trad' | 'defs' | 'officialEn' | 'source' | 'years' | 'inStatement';
const FIELD: Record<PopupField, string> = {
  hanzi: '.dz-hanzi',
  trad: '.dz-trad',
  defs: '.dz-defs',
  officialEn: '.dz-official-en',
  source: '.dz-source',
  /** The years and counts of the first rendering over time ("2020: 8 · 2019: 19"). */
  years: '.dz-years',
  /** "In this statement: …", the aligned English's rendering of the word. */
  inStatement: '.dz-in-statement',
};

export class WordPopup {
  constructor(readonly tab: Tab) {}

  private in(selector: string): Target {
    return [HOST, selector];
  }

  /** The dialog element (role=dialog) inside the popup's shadow root. */
  get dialog(): Target {
    return this.in('[role=dialog]');
  }

  async isOpen(): Promise<boolean> {
    return (await this.tab.count(this.dialog)) > 0;
  }

  text(field: PopupField): Promise<string | null> {
    return this.tab.text(this.in(FIELD[field]));
  }

  /** Waits until the popup shows `word` (or, without `word`, until it is open). */
  async waitFor(word?: string, field: PopupField = 'hanzi'): Promise<void> {
    await this.tab.waitFor(
      async () => (word === undefined ? this.isOpen() : (await this.text(field)) === word),
      undefined,
      { what: `word popup ${word ?? ''}` },
    );
  }

  /** Saves the word shown to the glossary and waits until the popup says it is saved. */
  async saveToGlossary(): Promise<void> {
    await this.tab.click(this.in('button'), { hasText: 'Save to glossary' });
    await this.tab.waitForElement(this.in('[role=status]'), { hasText: 'Saved' });
  }

  /** Marks the word shown as known (or, when it is, unknown) with the user's click. */
  async toggleKnown(): Promise<void> {
    const known = (await this.buttons()).some((b) => b.startsWith('Known'));
    await this.tab.click(this.in('button'), { hasText: known ? 'Known' : 'Mark known' });
    await this.tab.waitForElement(this.in('button'), {
      hasText: known ? 'Mark known' : 'Known',
    });
  }

  /** The texts of the popup's buttons (Copy, Save to glossary…), in order. */
  async buttons(): Promise<string[]> {
    await this.tab.exposeShadowRoots();
    return this.tab.evaluate(
      (host) =>
        Array.from(
          (window as unknown as TestWindow)
            .__dzTestShadow(host)
            ?.querySelectorAll('[role=dialog] button') ?? [],
          (b) => b.textContent?.trim() ?? '',
        ),
      HOST,
    );
  }

  /** The language declared on the word shown in the popup's head. */
  hanziLang(): Promise<string | null> {
    return this.tab.attr(this.in(FIELD.hanzi), 'lang');
  }

  /** The dialog's lang and accessible name. */
  async labels(): Promise<{ lang: string | null; name: string | null }> {
    return {
      lang: await this.tab.attr(this.dialog, 'lang'),
      name: await this.tab.attr(this.dialog, 'aria-label'),
    };
  }

  async waitClosed(): Promise<void> {
    await this.tab.waitFor(
      () => this.isOpen(),
      (open) => !open,
      { what: 'word popup closed' },
    );
  }

  /** The dialog's box, the viewport, and whether the page kept the focus. */
  async placement() {
    await this.tab.exposeShadowRoots();
    return this.tab.evaluate((host) => {
      const r = (window as unknown as TestWindow)
        .__dzTestShadow(host)!
        .querySelector('[role=dialog]')!
        .getBoundingClientRect();
      return {
        top: r.top,
        bottom: r.bottom,
        left: r.left,
        right: r.right,
        width: innerWidth,
        height: innerHeight,
        pageHasFocus: document.activeElement === document.body,
      };
    }, HOST);
  }
}
