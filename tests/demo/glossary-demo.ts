/**
 * The glossary part of `npm start`: select a sentence of the demo statement with the mouse, save
 * it with the in-page button, save a set phrase from its word popup, and show the glossary page
 * with both (screenshot tests/demo/glossary.png, the README's, and in the demo's output folder).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { SAVE_BUTTON, SAVE_STATUS, selectWithMouse } from '../e2e/glossary-helpers';
import { tabOf } from '../e2e/browsers';
import type { Session } from '../e2e/harness';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A sentence of the made-up demo press conference (tests/fixtures/pages/mfa/). */
const DEMO_SENTENCE =
  '林剑：中方将同各方一道，坚定维护以联合国为核心的国际体系，推动构建人类命运共同体。';

export async function glossaryDemo(session: Session, page: Page, outDir: string): Promise<Page> {
  await page.mouse.click(5, 5);
  await selectWithMouse(page, DEMO_SENTENCE);
  const tab = tabOf(page);
  await tab.click(SAVE_BUTTON);
  await tab.waitForElement(SAVE_STATUS, { hasText: 'Saved' });
  // And a set phrase from its word popup.
  await page.mouse.click(5, 5);
  await page.evaluate(`(() => {
    for (const ruby of document.querySelectorAll('ruby.dz-word')) {
      const base = [...ruby.childNodes].filter((n) => n.nodeName !== 'RT').map((n) => n.textContent).join('');
      if (base.includes('命运共同体')) return ruby.setAttribute('data-demo-save', '');
    }
  })()`);
  await page.locator('ruby[data-demo-save]').hover();
  await tab.click(['#dz-popup-host', 'button'], { hasText: 'Save to glossary' });
  await tab.waitForElement(['#dz-popup-host', '[role=status]'], { hasText: 'Saved' });
  console.log(
    '\nGlossary: saved a sentence with the in-page button and a set phrase from its popup.',
  );

  const glossary = await session.context.newPage();
  await glossary.setViewportSize({ width: 1000, height: 640 });
  await glossary.goto(`chrome-extension://${session.extensionId}/glossary.html`);
  await glossary.locator('article.dz-entry').first().waitFor();
  await glossary.locator('.dz-count', { hasText: /entr(y|ies)/ }).waitFor();
  mkdirSync(outDir, { recursive: true });
  const shot = path.join(outDir, 'glossary.png');
  await glossary.screenshot({ path: shot });
  copyFileSync(shot, path.join(here, 'glossary.png'));
  console.log(`  Glossary page: ${await glossary.locator('.dz-count').textContent()}.`);
  return glossary;
}
