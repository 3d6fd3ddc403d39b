/**
 * "Your data" in the toolbar popup, in the real browser: what is kept is counted (known words,
 * pairings, search history), each kind is cleared on its own, and deleting the glossary asks
 * first and offers its export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';
import { tabOf } from './browsers';
import { fixtureUrl } from '../server/official-sites';

let session: Session;

beforeAll(async () => {
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

describe('the Data section', () => {
  it('counts what is kept, clears each kind, and asks before deleting the glossary', async () => {
    const page = await session.context.newPage();
    await page.goto(fixtureUrl('mfa/zh-current-press-conference.html'));
    const tab = tabOf(page);
    await expect
      .poll(() => tab.attr(['duizhao-english', '[data-testid="english-state"]'], 'data-phase'), {
        timeout: 30_000,
      })
      .toBe('found');
    // A word marked known, by the user.
    await expect
      .poll(() => page.locator('ruby.dz-word').count(), { timeout: 20_000 })
      .toBeGreaterThan(50);
    await page.mouse.move(1, 1);
    await page.keyboard.press('Alt+Shift+KeyN');
    await tab.click(['#dz-popup-host', 'button'], { hasText: 'Mark known' });
    await tab.waitForElement(['#dz-popup-host', 'button'], { hasText: 'Known ✓' });

    const popup = await session.openPopup(page);
    const data = popup.getByTestId('data-section');
    await data.locator('summary').click();
    await expect.poll(() => data.getByTestId('data-known').textContent()).toContain('1 word');
    expect(await data.getByTestId('data-searches').textContent()).toMatch(
      /1 answer, [1-9]\d* English page/,
    );
    expect(await data.getByTestId('data-pairs').textContent()).toContain('0 pairings');
    expect(await data.getByTestId('data-glossary').textContent()).toContain('0 entries');

    await data.getByTestId('data-known').getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => data.getByTestId('data-known').textContent()).toContain('0 words');
    const knownStored = await session.serviceWorker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome;
      return (await api.storage.local.get('knownWords')).knownWords;
    });
    expect(knownStored).toEqual([]);
    await data.getByTestId('data-searches').getByRole('button', { name: 'Clear' }).click();
    await expect
      .poll(() => data.getByTestId('data-searches').textContent())
      .toContain('0 answers, 0 English pages');

    // Save a word to the glossary, then delete the glossary: asked first, with the export.
    await page.bringToFront();
    await page.keyboard.press('Alt+Shift+KeyN');
    await tab.click(['#dz-popup-host', 'button'], { hasText: 'Save to glossary' });
    await tab.waitForElement(['#dz-popup-host', '[role="status"]'], { hasText: 'Saved' });
    await popup.reload();
    await data.locator('summary').click();
    await expect.poll(() => data.getByTestId('data-glossary').textContent()).toContain('1 entry');
    await data.getByTestId('data-glossary').getByRole('button', { name: 'Delete…' }).click();
    const confirm = popup.getByRole('alertdialog', { name: 'Delete the glossary' });
    expect(await confirm.textContent()).toContain('Delete all 1 entry of your glossary?');
    const download = popup.waitForEvent('download');
    await confirm.getByRole('button', { name: 'Export first' }).click();
    expect((await download).suggestedFilename()).toMatch(
      /^duizhao-glossary-\d{4}-\d{2}-\d{2}\.json$/,
    );
    expect(await data.getByTestId('data-glossary').textContent()).toContain('1 entry');
    await confirm.getByRole('button', { name: 'Delete the glossary' }).click();
    await expect.poll(() => data.getByTestId('data-glossary').textContent()).toContain('0 entries');
    await popup.close();
    await page.close();
  });
});
