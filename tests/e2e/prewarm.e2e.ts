/**
 * Chromium: the background starts loading the reading engine as soon as a tab starts loading a
 * statement-shaped address (utils/reading/prewarm.ts), before the page is parsed, and not for a
 * listing. Both pages wait for a slow script of the site, as the ministry's pages load theirs,
 * so that the content script cannot have recognised anything (nor asked) yet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../server/official-sites';
import { launch, type Session } from './harness';

const STATEMENT = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1999998.shtml';
const LISTING = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/';
const SLOW_SCRIPT = 'https://www.fmprc.gov.cn/images/slow.js';
const DELAY_MS = 3_000;

/** A fixture page that waits for the slow script before the rest of it is parsed. */
const withSlowScript = (file: string) =>
  readFileSync(path.join(FIXTURES_DIR, file), 'utf8').replace(
    /<head[^>]*>/i,
    (head) => `${head}<script src="${SLOW_SCRIPT}"></script>`,
  );

let session: Session;

beforeAll(async () => {
  session = await launch({
    routes: [
      {
        url: STATEMENT,
        body: withSlowScript('mfa/zh-2019-press-conference.html'),
        contentType: 'text/html; charset=utf-8',
      },
      {
        url: LISTING,
        body: withSlowScript('mfa/zh-listing.html'),
        contentType: 'text/html; charset=utf-8',
      },
      { url: SLOW_SCRIPT, body: '', contentType: 'text/javascript', delayMs: DELAY_MS },
    ],
  });
});

afterAll(async () => {
  await session?.close();
});

/** Whether the worker has begun to fetch the dictionary (its performance mark). */
const dictionaryRequested = () =>
  session.serviceWorker.evaluate(() => performance.getEntriesByName('dz:dict-fetch').length > 0);

/** Open `url` and wait until it is committed and still waiting for the slow script. */
async function openWaiting(url: string) {
  const page = await session.context.newPage();
  const loaded = page.goto(url);
  await page.waitForURL(url, { waitUntil: 'commit' });
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => document.readyState)).toBe('loading');
  return { page, loaded };
}

describe('loading the reading engine early', () => {
  it('starts while a statement page is still loading, not for a listing', async () => {
    const listing = await openWaiting(LISTING);
    expect(await dictionaryRequested()).toBe(false);
    await listing.loaded;
    await listing.page.close();

    const statement = await openWaiting(STATEMENT);
    expect(await dictionaryRequested()).toBe(true);
    await statement.loaded;
    // And the statement reads as usual.
    await statement.page.waitForSelector('ruby.dz-word', { timeout: 10_000 });
    await statement.page.close();
  });
});
