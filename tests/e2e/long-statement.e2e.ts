/**
 * The reading layer on a long statement, in Chromium and in Firefox: the paragraphs off screen
 * are rendered only near the viewport while pinyin is on (content-visibility: auto, utils/
 * reading/annotate.ts), the paragraph the reader scrolls to gets its ruby before those in
 * between (the browser tells the annotator what it renders; no observer watches the contained
 * paragraphs), and switching pinyin off and on again takes the containment off and puts it back.
 * The statement is the made-up fixture's questions and answers asked again and again.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser } from './browsers';
import { StatementPage } from './pages/statement-page';
import { ToolbarPopup } from './pages/toolbar-popup';
import { LONG_ZH_URL, ZH_FILE, longPage } from './side-by-side-helpers';

const BODY = '#News_Body_Txt_A';
const TITLE = 'h1';
/** Long enough that annotating all of it takes longer than a scroll to its end. */
const TIMES = 40;
const CONTAINED = `${BODY} p.dz-cv`;

const routes = [
  {
    url: LONG_ZH_URL,
    body: longPage(ZH_FILE, TIMES, /<p style="text-indent: 2em;">/, /\s*<\/div>/),
    contentType: 'text/html; charset=utf-8',
  },
];

describe.each(BROWSERS)('the reading layer on a long statement, in %s', (name) => {
  const run = useBrowser(name, { routes });

  it('puts the paragraph scrolled to first, and contains the others only while pinyin is on', async () => {
    const tab = await run.newTab();
    const page = new StatementPage(tab, TITLE, BODY);
    // The order in which the paragraphs get their first ruby, recorded by the page.
    await tab.addInitScript(() => {
      const order: number[] = [];
      (window as unknown as { __dzOrder: number[] }).__dzOrder = order;
      new MutationObserver((records) => {
        const ps = Array.from(document.querySelectorAll('p'));
        for (const r of records) {
          const p = (r.target as Element).closest?.('p');
          if (!p || !p.querySelector('ruby.dz-word')) continue;
          const i = ps.indexOf(p);
          if (i >= 0 && !order.includes(i)) order.push(i);
        }
      }).observe(document, { childList: true, subtree: true });
    }, null);
    await page.open(LONG_ZH_URL);
    await page.waitAnnotated(20);
    const paragraphs = await tab.evaluate(
      (body) => document.querySelectorAll(`${body} p`).length,
      BODY,
    );
    expect(paragraphs).toBeGreaterThan(200);
    // Off screen: contained (rendered near the viewport only).
    await tab.waitFor(
      () => tab.count(CONTAINED),
      (n) => n > paragraphs / 2,
      { what: 'paragraphs contained' },
    );
    // To the end at once, while the paragraphs in between are still waiting for their ruby.
    const at = await tab.evaluate((body) => {
      const ps = Array.from(document.querySelectorAll(`${body} p`));
      ps[ps.length - 1]!.scrollIntoView({ block: 'end' });
      const all: Element[] = Array.from(document.querySelectorAll('p'));
      return { last: all.indexOf(ps[ps.length - 1]!), middle: all.indexOf(ps[ps.length >> 1]!) };
    }, BODY);
    await tab.waitFor(
      () => tab.evaluate(() => (window as unknown as { __dzOrder: number[] }).__dzOrder, null),
      (order) => order.includes(at.last),
      { what: 'ruby in the paragraph scrolled to', timeout: 20_000 },
    );
    const order = await tab.evaluate(
      () => (window as unknown as { __dzOrder: number[] }).__dzOrder,
      null,
    );
    // Scrolled to: annotated before the middle of the statement was reached.
    expect(order.includes(at.middle) ? order.indexOf(at.middle) : Infinity).toBeGreaterThan(
      order.indexOf(at.last),
    );
    await page.waitAnnotated(paragraphs * 8, 60_000);

    // Pinyin off: no containment is left, even after the reader scrolls.
    const setSiteMode = async (mode: 'off' | 'default') => {
      const popup = await ToolbarPopup.open(run.browser, tab);
      await popup.setReading('On this site', mode);
      await popup.close();
    };
    await setSiteMode('off');
    await page.waitRestored(20_000);
    expect(await tab.count(CONTAINED)).toBe(0);
    await tab.evaluate(() => window.scrollTo(0, 0), null);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await tab.count(CONTAINED)).toBe(0);
    expect(await tab.count(`${BODY} p[style*="contain-intrinsic"]`)).toBe(0);
    // Back on: the paragraphs off screen are contained again.
    await setSiteMode('default');
    await page.waitAnnotated(20);
    await tab.waitFor(
      () => tab.count(CONTAINED),
      (n) => n > paragraphs / 2,
      { what: 'paragraphs contained again' },
    );
    await tab.close();
  });
});
