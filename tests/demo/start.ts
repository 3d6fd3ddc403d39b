/**
 * `npm start`: the built extension in Chromium on the bundled demo pages, served under the official
 * sites' real host names. With a display it opens a window and stays open; without one it runs
 * headless, prints what the extension found and saves screenshots.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, type Session } from '../e2e/harness';
import { launchFirefox } from '../e2e/firefox';
import { tabOf } from '../e2e/browsers';
import { loadFixtureIndex } from '../server/official-sites';
import { glossaryDemo } from './glossary-demo';
import { popupInChinese } from './popup-zh';
import { SIDE_BY_SIDE_SCREENSHOT, showSideBySide } from './side-by-side';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, '.output/demo');

/** The Chinese demo page the browser opens on. */
export const DEMO_PAGE_FILE = 'mfa/zh-current-press-conference.html';

async function main(): Promise<void> {
  const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';
  // Headless Chromium draws no toolbar: Firefox's own toolbar, with Duizhao's icon and badge.
  if (headless) await firefoxToolbar();
  const session = await launch({ headless });
  try {
    await demo(session, headless);
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** Saves Firefox's toolbar on the demo page (icon and badge) to toolbar-firefox.png. */
async function firefoxToolbar(): Promise<void> {
  const demo = loadFixtureIndex().find((entry) => entry.file === DEMO_PAGE_FILE)!;
  const firefox = await launchFirefox();
  try {
    const page = await firefox.browser.newPage();
    await page.goto(demo.url);
    await page.waitForSelector('ruby.dz-word', { timeout: 20_000 });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'toolbar-firefox.png'), await firefox.captureToolbar());
    console.log(`Screenshot: ${path.relative(root, outDir)}/toolbar-firefox.png`);
  } finally {
    await firefox.close().catch(() => undefined);
  }
}

async function demo(session: Session, headless: boolean): Promise<void> {
  const demo = loadFixtureIndex().find((entry) => entry.file === DEMO_PAGE_FILE);
  if (!demo)
    throw new Error(`Demo page ${DEMO_PAGE_FILE} is missing from tests/fixtures/pages/index.json`);
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(demo.url);
  console.log(`Duizhao demo: ${demo.url} (served locally under its real host name)`);

  const popup = await session.openPopup(page);
  await popup.waitForSelector('[data-testid="status"]:not([data-state="pending"])');
  const status = await popup.locator('[data-testid="status"]').innerText();
  console.log('\nWhat the extension found:\n' + status.replace(/^/gm, '  '));

  // The reader: pinyin over the words, and the official English version found by the background.
  await page.waitForSelector('ruby.dz-word', { timeout: 20_000 }).catch(() => undefined);
  // Annotation runs in time slices: wait until the count of annotated words settles.
  let words = -1;
  for (let count = 0; count !== words; await page.waitForTimeout(300)) {
    words = count;
    count = await page.locator('ruby.dz-word').count();
  }
  // The panel lives in a closed shadow root: the driver reaches it (see tests/e2e/driver.ts).
  const tab = tabOf(page);
  const english = ['duizhao-english', '[data-testid="english-state"]'];
  await tab
    .waitFor(
      () => tab.attr(english, 'data-phase'),
      (phase) => !!phase && phase !== 'searching',
      { timeout: 45_000, what: 'the English version' },
    )
    .catch(() => undefined);
  const englishState = (await tab.text(english).catch(() => null)) ?? 'no panel';
  const englishLink = ['duizhao-english', '[data-testid="english-link"]'];
  const englishTitle = (await tab.count(englishLink)) ? await tab.text(englishLink) : null;
  console.log(`  Pinyin over ${words} words.`);
  console.log(
    `  Official English version: ${englishState}${englishTitle ? ` — ${englishTitle}` : ''}`,
  );

  // Point at the longest word on the page (a set phrase, as a rule) to show its popup.
  // Through the driver, as every page operation of the demo (tests/e2e/driver.ts pageCode).
  const longest = await tab.evaluate(() => {
    const words = Array.from(document.querySelectorAll('ruby.dz-word'));
    // A unit's Chinese is in data-dz-h (its base text is split into written words).
    const lengths = words.map((ruby) => ruby.getAttribute('data-dz-h')?.length ?? 0);
    const best = words[lengths.indexOf(Math.max(...lengths))];
    best?.setAttribute('data-demo-hover', '');
    return best?.getAttribute('data-dz-h') ?? null;
  }, null);
  if (longest) {
    await page.hover('ruby[data-demo-hover]');
    await page.waitForTimeout(600);
    console.log(`  Word popup shown for ${longest}.`);
  }

  mkdirSync(outDir, { recursive: true });
  await page.bringToFront();
  await page.screenshot({ path: path.join(outDir, 'page.png') });
  // The README's screenshot of the reading layer: ruby, a word popup, the English panel.
  copyFileSync(path.join(outDir, 'page.png'), path.join(root, 'tests/demo/reading.png'));
  await popup.setViewportSize({ width: 380, height: 420 });
  await popup.screenshot({ path: path.join(outDir, 'popup.png') });
  console.log(
    `\nScreenshots: ${path.relative(root, outDir)}/page.png (and tests/demo/reading.png), popup.png`,
  );
  // The same popup in Chinese (its interface-language select), then back to English.
  await popupInChinese(popup, outDir);
  console.log(
    `Screenshot: ${path.relative(root, outDir)}/popup-zh.png (and tests/demo/popup-zh.png)`,
  );

  // The side-by-side view: the statement and its official English, sentence by sentence.
  const summary = await showSideBySide(page);
  console.log(`\nSide by side: ${summary}`);
  console.log(`Screenshot: ${path.relative(root, SIDE_BY_SIDE_SCREENSHOT)}`);
  await glossaryDemo(session, page, outDir);

  if (headless) return;
  await popup.close();
  console.log('\nChromium is open with Duizhao loaded. Other demo pages:');
  for (const entry of loadFixtureIndex()) console.log(`  ${entry.url}`);
  console.log('Press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    session.context.once('close', () => resolve());
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
