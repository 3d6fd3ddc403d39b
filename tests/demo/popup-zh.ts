/**
 * `npm start`, the interface-language step: the toolbar popup switched to Chinese in its own
 * "Interface language" select, saved as tests/demo/popup-zh.png (and in the demo's output
 * folder), then back to the browser's language so the next steps see the English interface.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));

const popupLang = (popup: Page, lang: string) =>
  popup.waitForFunction(
    (expected) =>
      document.documentElement.lang === expected &&
      document.querySelector('main')?.lang === expected,
    lang,
  );

/** `popup`: the toolbar popup as the demo shows it (its size already set). Returns the file. */
export async function popupInChinese(popup: Page, outDir: string): Promise<string> {
  await popup.getByLabel('Interface language').selectOption('zh_CN');
  await popupLang(popup, 'zh-CN');
  // Fonts of the new language drawn.
  await popup.evaluate(() => document.fonts.ready.then(() => undefined));
  mkdirSync(outDir, { recursive: true });
  const shot = path.join(outDir, 'popup-zh.png');
  await popup.screenshot({ path: shot });
  copyFileSync(shot, path.join(here, 'popup-zh.png'));
  await popup.getByLabel('界面语言').selectOption('auto');
  await popupLang(popup, 'en');
  return shot;
}
