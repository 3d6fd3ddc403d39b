/**
 * The page cannot act as the user, in the real browser: from the page's own world
 * (page.evaluate), synthetic keyboard shortcuts, clicks on every Duizhao control the page can
 * reach (word popup, English panel, the pairing form and its submit), and Escape; then the
 * extension's storage and databases, read through the service worker, show that nothing was
 * saved, paired or marked known, and the page's DOM holds none of the user's other tabs. The
 * same controls still work for the user's own input, and typing in a field is never taken.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { fixtureUrl } from '../server/official-sites';

let session: Session;
const urlOf = fixtureUrl;

beforeAll(async () => {
  // The embassy's English home lists nothing: its statement is "not found", with the pairing form.
  session = await launch({
    routes: [
      {
        url: urlOf('embassy/en-home.html'),
        body: '<!DOCTYPE html><html><head><meta charset="utf-8"><title>English</title></head><body><ul></ul></body></html>',
        contentType: 'text/html',
      },
    ],
  });
});

afterAll(async () => {
  await session?.close();
});

/** What Duizhao keeps, read in the service worker: known words, pairings, glossary entries. */
async function kept(): Promise<{ known: unknown; pairs: number; glossary: number }> {
  return session.serviceWorker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    const count = (name: string, store: string) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open(name);
        open.onupgradeneeded = () => open.transaction?.abort(); // never created: nothing kept
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) return resolve((db.close(), 0));
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve((db.close(), request.result));
          request.onerror = () => resolve((db.close(), 0));
        };
      });
    const known = (await api.storage.local.get('knownWords')).knownWords ?? [];
    return {
      known,
      pairs: await count('duizhao-cache', 'pairs'),
      glossary: await count('duizhao-glossary', 'entries'),
    };
  });
}

/** Every text the page can read: its DOM and every open shadow root in it. */
function pageReadableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const texts: string[] = [document.documentElement.textContent ?? ''];
    const walk = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        texts.push(el.shadowRoot.textContent ?? '');
        walk(el.shadowRoot);
      }
    };
    walk(document);
    return texts.join('\n');
  });
}

/** From the page's world: click every button in the shadow roots of `hosts`; their labels. */
function clickEverything(page: Page, hosts: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const clicked: string[] = [];
    for (const host of document.querySelectorAll(selector)) {
      for (const button of host.shadowRoot?.querySelectorAll('button') ?? []) {
        clicked.push(button.textContent ?? '');
        (button as HTMLButtonElement).click();
      }
    }
    return clicked;
  }, hosts);
}

const shortcut = (code: 'KeyN' | 'KeyB') =>
  ({
    key: code === 'KeyN' ? 'N' : 'B',
    code,
    altKey: true,
    shiftKey: true,
    bubbles: true,
  }) as const;
const popupDialog = (page: Page) => page.locator('#dz-popup-host [role="dialog"]');
const panel = (page: Page) => page.locator('duizhao-english [data-testid="english-panel"]');
const phase = (page: Page) =>
  panel(page).locator('[data-testid="english-state"]').getAttribute('data-phase');
const settle = (ms = 1_000) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the word popup', () => {
  it('ignores synthetic shortcuts and clicks; answers the user', async () => {
    const page = await session.context.newPage();
    await page.goto(urlOf('mfa/zh-current-press-conference.html'));
    await expect
      .poll(() => page.locator('ruby.dz-word').count(), { timeout: 20_000 })
      .toBeGreaterThan(50);
    await page.mouse.move(1, 1);

    // The page's script presses Alt+Shift+N (on the document, the body and a word): no popup.
    await page.evaluate((init) => {
      for (const target of [document, document.body, document.querySelector('ruby.dz-word')!])
        target.dispatchEvent(new KeyboardEvent('keydown', init));
    }, shortcut('KeyN'));
    await settle(500);
    expect(await popupDialog(page).count()).toBe(0);

    // The user's own Alt+Shift+N opens it; the page's N does not move it.
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => popupDialog(page).count(), { timeout: 10_000 }).toBe(1);
    const word = await popupDialog(page).getAttribute('aria-label');
    await page.evaluate(() =>
      document.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', bubbles: true }),
      ),
    );
    await settle(300);
    expect(await popupDialog(page).getAttribute('aria-label')).toBe(word);

    // Every popup button clicked by the page: Copy, Save to glossary, Mark known.
    const clicked = await clickEverything(page, '#dz-popup-host');
    expect(clicked).toEqual(expect.arrayContaining(['Save to glossary', 'Mark known']));
    await settle();
    expect(await kept()).toEqual({ known: [], pairs: 0, glossary: 0 });
    expect(await page.locator('#dz-popup-host [role="status"]').count()).toBe(0);

    // The user's click marks the word known.
    await page.locator('#dz-popup-host button', { hasText: 'Mark known' }).click();
    await expect.poll(async () => ((await kept()).known as string[]).length).toBe(1);
    await page.locator('#dz-popup-host button', { hasText: 'Known ✓' }).click();
    await expect.poll(async () => ((await kept()).known as string[]).length).toBe(0);
    await page.close();
  });
});

describe('the English panel', () => {
  it('ignores synthetic clicks, submits and Escape; shows no other tab', async () => {
    const other = await session.context.newPage();
    await other.goto(urlOf('embassy/en-article.html'));
    const otherTitle = await other.title();
    const page = await session.context.newPage();
    await page.goto(urlOf('embassy/zh-article.html'));
    await expect.poll(() => phase(page), { timeout: 30_000 }).toBe('none');
    const requestsBefore = session.sites.requests.length;

    // The page fills the pairing form with an address of its choice and submits it every way
    // it can: requestSubmit (a submit event the browser marks trusted), the Pair button, Enter.
    await page.evaluate((enUrl) => {
      const root = document.querySelector('duizhao-english')!.shadowRoot!;
      const input = root.querySelector<HTMLInputElement>('[data-testid="manual-url"]')!;
      input.value = enUrl;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      input.form!.requestSubmit();
      root
        .querySelector('[data-testid="english-panel"]')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    }, urlOf('embassy/en-article.html'));
    const clicked = await clickEverything(page, 'duizhao-english');
    expect(clicked).toEqual(
      expect.arrayContaining(['Pair', 'Pair with an open tab…', 'Search again']),
    );
    await settle(1_500);

    expect(await phase(page)).toBe('none');
    expect(await panel(page).getByTestId('english-toggle').getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(await panel(page).getByTestId('pair-tabs-hint').count()).toBe(0);
    expect((await kept()).pairs).toBe(0);
    // "Search again" and the pairing fetched nothing.
    expect(session.sites.requests.slice(requestsBefore)).toEqual([]);
    expect(await pageReadableText(page)).not.toContain(otherTitle);

    // The user's own click on "Pair with an open tab…" points to the toolbar popup, and still
    // lists no tab in the page.
    await panel(page).getByRole('button', { name: 'Pair with an open tab…' }).click();
    await expect.poll(() => panel(page).getByTestId('pair-tabs-hint').count()).toBe(1);
    expect(await pageReadableText(page)).not.toContain(otherTitle);
    await other.close();
    await page.close();
  });
});

describe('typing', () => {
  it('is never taken by the popup keys, in the panel’s field or the page’s inputs', async () => {
    const page = await session.context.newPage();
    await page.goto(urlOf('embassy/zh-article.html'));
    await expect.poll(() => phase(page), { timeout: 30_000 }).toBe('none');
    await expect
      .poll(() => page.locator('ruby.dz-word').count(), { timeout: 20_000 })
      .toBeGreaterThan(5);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'page-search';
      document.body.prepend(input);
    });
    await page.mouse.move(1, 1);
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => popupDialog(page).count(), { timeout: 10_000 }).toBe(1);
    const word = await popupDialog(page).getAttribute('aria-label');

    // The panel's own URL field, inside its shadow root (the event's target is the host),
    // focused while the popup stays open: N and B go to the field, not to the popup.
    const field = panel(page).getByTestId('manual-url');
    await field.focus();
    expect(await popupDialog(page).count()).toBe(1);
    await page.keyboard.type('nbnb');
    expect(await field.inputValue()).toBe('nbnb');
    expect(await popupDialog(page).getAttribute('aria-label')).toBe(word);

    const search = page.locator('#page-search');
    await search.focus();
    await page.keyboard.type('bn');
    expect(await search.inputValue()).toBe('bn');
    expect(await popupDialog(page).getAttribute('aria-label')).toBe(word);
    await page.close();
  });
});
