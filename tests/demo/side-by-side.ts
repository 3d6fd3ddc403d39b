/**
 * `npm start`, the side-by-side step: opens the view on the demo statement from the English
 * panel's "Side by side" button, points at a sentence so its counterpart lights up, prints the
 * view's summary, saves tests/demo/side-by-side.png (the README's screenshot) and closes it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { tabOf } from '../e2e/browsers';

export const SIDE_BY_SIDE_SCREENSHOT = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'side-by-side.png',
);

/** Open the view and take the screenshot; returns what the view says at the top. */
export async function showSideBySide(page: Page): Promise<string> {
  // The view lives in a closed shadow root: the driver reaches it (see tests/e2e/driver.ts).
  const tab = tabOf(page);
  const inView = (selector: string) => ['duizhao-side-by-side', selector];
  await tab.click(['duizhao-english', 'button'], { hasText: 'Side by side' });
  await tab.waitFor(
    () => tab.attr(inView('[data-testid="side-by-side"]'), 'data-phase'),
    (phase) => phase === 'ready',
    { timeout: 45_000, what: 'the side-by-side view' },
  );
  // Let the pinyin arrive, then point at the third row's Chinese to show its counterpart.
  await page.waitForTimeout(800);
  const sentence = inView('[data-testid="sbs-row"][data-kind="pair"] [data-zh]');
  if ((await tab.count(sentence)) > 2) await tab.hover(sentence, { nth: 2 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: SIDE_BY_SIDE_SCREENSHOT });
  const summary = (await tab.text(inView('[data-testid="sbs-summary"]'))) ?? '';
  // Closed again (remembered for the site): the next steps see the page as it was.
  await tab.click(inView('[data-testid="sbs-close"]'));
  await page.locator('duizhao-side-by-side').waitFor({ state: 'detached' });
  return summary;
}
