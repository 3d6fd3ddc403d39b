/**
 * Chromium: the reading engine outlives the service worker. The worker opens the reading host (an
 * offscreen document whose worker holds the engine, utils/reading/host.ts) as soon as Duizhao
 * starts, so the first statement finds the dictionary loaded; after the browser stopped the
 * service worker (as it does after ~30 s without events), the host still answers the page: its
 * pinyin and word popup do not wait for a new worker to load the dictionary again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../server/official-sites';
import { DZ } from '../../utils/reading/dom-labels';
import type { TestWindow } from './driver';
import { exposeShadowRoots, launch, type Session } from './harness';

const STATEMENT = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1999998.shtml';

let session: Session;

beforeAll(async () => {
  session = await launch({
    routes: [
      {
        url: STATEMENT,
        body: readFileSync(path.join(FIXTURES_DIR, 'mfa/zh-2019-press-conference.html'), 'utf8'),
        contentType: 'text/html; charset=utf-8',
      },
    ],
  });
});

afterAll(async () => {
  await session?.close();
});

/** The documents of the open reading hosts (asked of the current service worker). */
const hosts = async () => {
  const worker = session.context.serviceWorkers().at(-1)!;
  return worker.evaluate(async () => {
    type Context = { documentUrl?: string; documentId?: string };
    const runtime = (
      globalThis as unknown as {
        chrome: { runtime: { getContexts(f: object): Promise<Context[]> } };
      }
    ).chrome.runtime;
    const contexts = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    return contexts
      .filter((c) => c.documentUrl?.endsWith('/reading-host.html'))
      .map((c) => c.documentId);
  });
};

describe('the reading engine outliving the service worker', () => {
  it('is open from the start, and answers a statement after the worker was stopped', async () => {
    await expect.poll(async () => (await hosts()).length, { timeout: 10_000 }).toBe(1);
    const before = await hosts();
    expect(before[0]).toMatch(/^[0-9A-F]+$/i);
    const blank = await session.context.newPage();
    const cdp = await session.context.newCDPSession(blank);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await blank.close();

    const page = await session.context.newPage();
    await page.goto(STATEMENT);
    await page.waitForSelector('ruby.dz-word', { timeout: 10_000 });
    // The word popup's data comes from the host too: its entries, from the definitions.
    await exposeShadowRoots(page);
    await page.locator('ruby.dz-word').nth(3).hover();
    await page.waitForFunction(
      (host) =>
        !!(window as unknown as TestWindow).__dzTestShadow(host)?.querySelector('.dz-defs')
          ?.textContent,
      `#${DZ.popupHost}`,
      { timeout: 10_000 },
    );
    // The same host document answered, its engine loaded before the stop: the worker that the
    // page woke neither opened another nor had it reopened.
    expect(await hosts()).toEqual(before);
    await page.close();
  });
});
