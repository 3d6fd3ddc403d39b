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
import { exposeShadowRoots, launch, type Session } from './harness';
import { tabOf } from './browsers';
import { DUIZHAO_HOSTS, type TestWindow } from './driver';
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

/** The page's own view of Duizhao's hosts: each host's `shadowRoot` (null when closed). */
function openRoots(page: Page): Promise<{ hosts: number; open: number }> {
  return page.evaluate((selector) => {
    const hosts = Array.from(document.querySelectorAll(selector));
    return { hosts: hosts.length, open: hosts.filter((host) => host.shadowRoot).length };
  }, DUIZHAO_HOSTS);
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

/**
 * From the page's world: click every button in the shadow root of `host`; their labels. The
 * roots are closed, so the page cannot reach a button; this plays a stronger attacker, who has
 * the root anyway (the test hands it over), to show that the clicks still do nothing.
 */
async function clickEverything(page: Page, host: string): Promise<string[]> {
  await exposeShadowRoots(page);
  return page.evaluate((selector) => {
    const clicked: string[] = [];
    const root = (window as unknown as TestWindow).__dzTestShadow(selector);
    for (const button of root?.querySelectorAll('button') ?? []) {
      clicked.push(button.textContent ?? '');
      (button as HTMLButtonElement).click();
    }
    return clicked;
  }, host);
}

const shortcut = (code: 'KeyN' | 'KeyB') =>
  ({
    key: code === 'KeyN' ? 'N' : 'B',
    code,
    altKey: true,
    shiftKey: true,
    bubbles: true,
  }) as const;
const POPUP = '#dz-popup-host';
const PANEL = 'duizhao-english';
const inPopup = (selector: string) => [POPUP, selector];
const inPanel = (selector: string) => [PANEL, selector];
const DIALOG = inPopup('[role="dialog"]');
const popupCount = (page: Page) => tabOf(page).count(DIALOG);
const popupWord = (page: Page) => tabOf(page).attr(DIALOG, 'aria-label');
const phase = (page: Page) =>
  tabOf(page).attr(inPanel('[data-testid="english-state"]'), 'data-phase');
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
    expect(await popupCount(page)).toBe(0);

    // The user's own Alt+Shift+N opens it; the page's N does not move it.
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => popupCount(page), { timeout: 10_000 }).toBe(1);
    const word = await popupWord(page);
    await page.evaluate(() =>
      document.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', bubbles: true }),
      ),
    );
    await settle(300);
    expect(await popupWord(page)).toBe(word);

    // The popup's root is closed: the page cannot read it (is the word known? saved?).
    expect(await openRoots(page)).toEqual({ hosts: expect.any(Number), open: 0 });
    expect(await pageReadableText(page)).not.toMatch(/Mark known|Known ✓|Save to glossary/);

    // Every popup button clicked by the page: Copy, Save to glossary, Mark known.
    const clicked = await clickEverything(page, '#dz-popup-host');
    expect(clicked).toEqual(expect.arrayContaining(['Save to glossary', 'Mark known']));
    await settle();
    expect(await kept()).toEqual({ known: [], pairs: 0, glossary: 0 });
    expect(await tabOf(page).count(inPopup('[role="status"]'))).toBe(0);

    // The user's click marks the word known.
    await tabOf(page).click(inPopup('button'), { hasText: 'Mark known' });
    await expect.poll(async () => ((await kept()).known as string[]).length).toBe(1);
    await tabOf(page).click(inPopup('button'), { hasText: 'Known ✓' });
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
    // Its root is closed: the page cannot reach the form; a stronger attacker with the root in
    // hand (the test hands it over) still cannot use it.
    expect(await page.evaluate(() => document.querySelector('duizhao-english')!.shadowRoot)).toBe(
      null,
    );
    await exposeShadowRoots(page);
    await page.evaluate((enUrl) => {
      const root = (window as unknown as TestWindow).__dzTestShadow('duizhao-english')!;
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
    expect(await tabOf(page).attr(inPanel('[data-testid="english-toggle"]'), 'aria-expanded')).toBe(
      'true',
    );
    expect(await tabOf(page).count(inPanel('[data-testid="pair-tabs-hint"]'))).toBe(0);
    expect((await kept()).pairs).toBe(0);
    // "Search again" and the pairing fetched nothing.
    expect(session.sites.requests.slice(requestsBefore)).toEqual([]);
    expect(await pageReadableText(page)).not.toContain(otherTitle);

    // The user's own click on "Pair with an open tab…" points to the toolbar popup, and still
    // lists no tab in the page.
    await tabOf(page).click(inPanel('button'), { text: 'Pair with an open tab…' });
    await expect.poll(() => tabOf(page).count(inPanel('[data-testid="pair-tabs-hint"]'))).toBe(1);
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
    await expect.poll(() => popupCount(page), { timeout: 10_000 }).toBe(1);
    const word = await popupWord(page);

    // The panel's own URL field, inside its closed shadow root (the event's target is the
    // host), focused while the popup stays open: N and B go to the field, not to the popup.
    const field = inPanel('[data-testid="manual-url"]');
    await tabOf(page).focus(field);
    expect(await popupCount(page)).toBe(1);
    await page.keyboard.type('nbnb');
    expect(await tabOf(page).prop(field, 'value')).toBe('nbnb');
    expect(await popupWord(page)).toBe(word);

    const search = page.locator('#page-search');
    await search.focus();
    await page.keyboard.type('bn');
    expect(await search.inputValue()).toBe('bn');
    expect(await popupWord(page)).toBe(word);
    await page.close();
  });
});
