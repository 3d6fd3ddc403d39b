/**
 * The glossary in Chromium with the built extension, on the made-up ministry press conference
 * served under its real host name: a sentence selected with the mouse and saved with the in-page
 * button, a word saved from its popup, both found on the (already open, live-updating) glossary
 * page by toneless pinyin, a note edited, an entry deleted and brought back with undo, a JSON export re-imported into the wiped glossary, and
 * ten tabs saving ten entries each at the same moment (exactly one hundred), also after the
 * service worker was stopped.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAVE_BUTTON, SAVE_STATUS, selectWithMouse } from './glossary-helpers';
import { tabOf } from './browsers';
import { launch, type Session } from './harness';

const STATEMENT =
  'https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/202506/t20250620_11650001.shtml';
const SENTENCE = '我们期待各国以纪念活动为契机，重申对《联合国宪章》宗旨和原则的承诺。';

const POPUP = '#dz-popup-host';

let session: Session;
let glossary: Page;
const problems: string[] = [];

function watch(page: Page) {
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /duizhao|glossary/i.test(m.text())) problems.push(m.text());
  });
  return page;
}

async function openGlossary(): Promise<Page> {
  const page = watch(await session.context.newPage());
  await page.goto(`chrome-extension://${session.extensionId}/glossary.html`);
  await page
    .locator('.dz-count')
    .filter({ hasText: /entr(y|ies)/ })
    .waitFor();
  return page;
}

/** Send `type` to the background as the extension's message protocol does, from an extension page. */
function sendFrom(page: Page, type: string, data: unknown) {
  return page.evaluate(
    ([t, d]) =>
      new Promise<{ res?: unknown; err?: { message: string } }>((resolve) => {
        const api = (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage: (m: unknown, cb: (r: unknown) => void) => void } };
          }
        ).chrome;
        api.runtime.sendMessage(
          { id: Math.random(), type: t, data: d, timestamp: Date.now() },
          (r) => resolve(r as { res?: unknown; err?: { message: string } }),
        );
      }),
    [type, data] as const,
  );
}

async function count(page: Page): Promise<string> {
  return (await page.locator('.dz-count').textContent()) ?? '';
}

describe('the glossary, in Chromium', () => {
  beforeAll(async () => {
    session = await launch();
    glossary = await openGlossary();
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    expect(problems).toEqual([]);
  });

  it('saves a selected sentence with the in-page button and a word from its popup; the open glossary page shows both', async () => {
    expect(await count(glossary)).toBe('0 entries');
    const page = watch(await session.context.newPage());
    await page.goto(STATEMENT);
    await page.locator('ruby.dz-word').first().waitFor({ timeout: 20_000 });
    await page.bringToFront();

    await selectWithMouse(page, SENTENCE);
    const tab = tabOf(page);
    await expect.poll(() => tab.visible(SAVE_BUTTON)).toBe(true);
    expect(await tab.attr(SAVE_BUTTON, 'aria-label')).toContain('Save to glossary');
    await tab.click(SAVE_BUTTON);
    await tab.waitForElement(SAVE_STATUS, { hasText: 'Saved' });

    // A word from its popup: hover over 战略 in 全面战略伙伴 (one ruby or part of one).
    await page.mouse.click(5, 5);
    const ruby = page.locator('ruby.dz-word', { hasText: '战略' }).first();
    await ruby.scrollIntoViewIfNeeded();
    await ruby.hover();
    await tab.waitForElement([POPUP, '[role=dialog]']);
    const word = (await tab.text([POPUP, '.dz-hanzi']))!;
    expect(word).toContain('战略');
    await tab.click([POPUP, 'button'], { hasText: 'Save to glossary' });
    await tab.waitForElement([POPUP, '[role=status]'], { hasText: 'Saved' });

    // The glossary page was open all along: it updated by itself.
    await expect.poll(() => count(glossary), { timeout: 10_000 }).toBe('2 entries');
    const search = glossary.locator('input[type=search]');
    await search.fill('jinian huodong');
    const passage = glossary.locator('article.dz-entry', { hasText: SENTENCE });
    await passage.waitFor();
    expect(await glossary.locator('article.dz-entry').count()).toBe(1);
    expect(await passage.locator('.dz-source').textContent()).toContain(
      '2025年6月20日外交部发言人林剑主持例行记者会',
    );
    const href = await passage.getByRole('link', { name: 'Open source' }).getAttribute('href');
    expect(href).toContain(`${STATEMENT}#:~:text=`);
    expect(decodeURIComponent(href!.split('#:~:text=')[1]!)).toBe(SENTENCE);

    await search.fill('zhanlue');
    const term = glossary.locator('article.dz-entry', { hasText: word }).first();
    await term.waitFor();
    expect(await term.locator('.dz-type').textContent()).toBe('Term');
    // The sentence it was met in and the statement's metadata came along.
    expect(await term.locator('.dz-sentence').textContent()).toContain('全面战略伙伴');
    expect(await term.locator('.dz-source').textContent()).toContain('Press conference');
    await page.close();
  }, 90_000);

  it('edits a note, exports JSON, and re-imports it into the wiped glossary unchanged', async () => {
    const search = glossary.locator('input[type=search]');
    await search.fill('jinian');
    const passage = glossary.locator('article.dz-entry', { hasText: SENTENCE });
    await passage.getByRole('button', { name: 'Edit note and tags' }).click();
    await passage.locator('textarea').fill('Anniversary of the UN: the Charter, reaffirmed.');
    await passage.locator('input[type=text]').fill('UN, anniversaries');
    await passage.getByRole('button', { name: 'Save note and tags' }).click();
    await glossary
      .locator('article.dz-entry .dz-note', { hasText: 'Anniversary of the UN' })
      .waitFor();
    await search.fill('charter');
    await glossary.locator('article.dz-entry', { hasText: SENTENCE }).waitFor();
    await search.fill('');

    // Delete, then undo: the entry comes back exactly (its note included).
    await glossary
      .locator('article.dz-entry', { hasText: SENTENCE })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect.poll(() => count(glossary)).toBe('1 entry');
    await glossary.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => count(glossary)).toBe('2 entries');
    await glossary
      .locator('article.dz-entry .dz-note', { hasText: 'Anniversary of the UN' })
      .waitFor();

    const exportJson = async () => {
      await glossary.locator('.dz-tools select').selectOption('json');
      const [download] = await Promise.all([
        glossary.waitForEvent('download'),
        glossary.getByRole('button', { name: 'Export', exact: true }).click(),
      ]);
      const file = await download.path();
      return { file, json: JSON.parse(readFileSync(file, 'utf8')) };
    };
    const before = await exportJson();
    expect(before.json).toMatchObject({ format: 'duizhao-glossary', version: 2 });
    expect(before.json.entries).toHaveLength(2);

    await glossary.getByRole('button', { name: 'Clear glossary…' }).click();
    await glossary
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Delete all entries' })
      .click();
    await expect.poll(() => count(glossary)).toBe('0 entries');

    await glossary.locator('input[type=file]').setInputFiles(before.file);
    await glossary.locator('[role=status]', { hasText: 'Imported: 2 added, 0 merged' }).waitFor();
    await expect.poll(() => count(glossary)).toBe('2 entries');
    const after = await exportJson();
    expect(after.json.entries).toEqual(before.json.entries);
  }, 60_000);

  it('ten tabs saving ten entries each at the same moment leave exactly one hundred more', async () => {
    await glossary.locator('input[type=search]').fill('');
    const start = await glossary.evaluate(() => Date.now() + 1500);
    const tabs = await Promise.all(Array.from({ length: 10 }, () => openGlossary()));
    const saves = tabs.map((tab, t) =>
      tab.evaluate(
        async ({ at, t }) => {
          await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
          const api = (
            globalThis as unknown as {
              chrome: { runtime: { sendMessage: (m: unknown, cb: (r: unknown) => void) => void } };
            }
          ).chrome;
          const one = (i: number) =>
            new Promise<unknown>((resolve) =>
              api.runtime.sendMessage(
                {
                  id: t * 100 + i,
                  type: 'glossarySave',
                  timestamp: Date.now(),
                  data: {
                    type: 'passage',
                    zh: `第${t}个标签页保存的第${i}段。`,
                    source: {
                      url: `https://www.fmprc.gov.cn/web/fyrbt/t${t}.shtml`,
                      title: `标签页${t}`,
                      kind: 'press-conference',
                      speaker: null,
                      date: '2025-06-20',
                      site: 'mfa',
                      enUrl: null,
                    },
                  },
                },
                resolve,
              ),
            );
          return Promise.all(Array.from({ length: 10 }, (_, i) => one(i)));
        },
        { at: start, t },
      ),
    );
    const answers = (await Promise.all(saves)).flat() as { res?: unknown; err?: unknown }[];
    expect(answers.filter((a) => a.err)).toEqual([]);
    await expect.poll(() => count(glossary), { timeout: 10_000 }).toBe('102 entries');
    await Promise.all(tabs.map((tab) => tab.close()));
  }, 90_000);

  it('saves after the browser stopped the service worker', async () => {
    const cdp = await session.context.newCDPSession(glossary);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const answer = await sendFrom(glossary, 'glossarySave', {
      type: 'passage',
      zh: '服务进程重启之后保存的一段。',
      source: {
        url: STATEMENT,
        title: '重启测试',
        kind: 'statement',
        speaker: null,
        date: null,
        site: 'mfa',
        enUrl: null,
      },
    });
    expect(answer.err).toBeUndefined();
    await expect.poll(() => count(glossary), { timeout: 10_000 }).toBe('103 entries');
    // Bad input is refused with the reason, and nothing is stored.
    const bad = await sendFrom(glossary, 'glossarySave', { type: 'passage', zh: '', source: {} });
    expect(bad.err?.message).toMatch(/Not saved/);
    await cdp.detach();
  }, 60_000);
});
