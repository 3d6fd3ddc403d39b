/**
 * `npm start`, the side-by-side step: opens the view on the demo statement from the English
 * panel's "Side by side" button, points at a sentence so its counterpart lights up, prints the
 * view's summary, saves tests/demo/side-by-side.png (the README's screenshot) and closes it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const SIDE_BY_SIDE_SCREENSHOT = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'side-by-side.png',
);

/** Open the view and take the screenshot; returns what the view says at the top. */
export async function showSideBySide(page: Page): Promise<string> {
  const view = page.locator('duizhao-side-by-side [data-testid="side-by-side"]');
  await page
    .locator('duizhao-english')
    .getByRole('button', { name: /Side by side/ })
    .click();
  await page.waitForFunction(
    () =>
      document
        .querySelector('duizhao-side-by-side')
        ?.shadowRoot?.querySelector('[data-testid="side-by-side"]')
        ?.getAttribute('data-phase') === 'ready',
    undefined,
    { timeout: 45_000 },
  );
  // Let the pinyin arrive, then point at the third row's Chinese to show its counterpart.
  await page.waitForTimeout(800);
  const sentence = view.locator('[data-testid="sbs-row"][data-kind="pair"] [data-zh]').nth(2);
  if (await sentence.count()) await sentence.hover();
  await page.waitForTimeout(300);
  await page.screenshot({ path: SIDE_BY_SIDE_SCREENSHOT });
  const summary = (await view.getByTestId('sbs-summary').textContent()) ?? '';
  // Closed again (remembered for the site): the next steps see the page as it was.
  await view.getByTestId('sbs-close').click();
  await page.locator('duizhao-side-by-side').waitFor({ state: 'detached' });
  return summary;
}
