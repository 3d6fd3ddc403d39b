/**
 * Private windows, in Chromium with the extension allowed in incognito (switched on the way a
 * user does it, through chrome://extensions, which needs developer mode for an unpacked
 * extension): a statement opened in an incognito window is read (pinyin, the English found), and
 * nothing is written to persistent storage, neither storage.local/sync nor IndexedDB; the same
 * statement in a normal window does write (the search's cache), so the check can fail.
 *
 * Playwright does not drive incognito pages of a persistent context: the test sees the incognito
 * tab through the extension's own APIs (tabs, scripting) from one of its pages. Marks that need
 * the user's input there (known words, pairings) are covered by the background's unit tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { fixtureUrl } from '../server/official-sites';

let session: Session;
let ext: Page;
const STATEMENT = fixtureUrl('mfa/zh-current-press-conference.html');

beforeAll(async () => {
  session = await launch();
  const settings = await session.context.newPage();
  await settings.goto('chrome://extensions');
  const access = await settings.evaluate(async (id) => {
    type Dev = {
      updateProfileConfiguration(c: object, done: () => void): void;
      updateExtensionConfiguration(c: object, done: () => void): void;
      getExtensionInfo(
        id: string,
        done: (info: { incognitoAccess: { isActive: boolean } }) => void,
      ): void;
    };
    const dev = (globalThis as unknown as { chrome: { developerPrivate: Dev } }).chrome
      .developerPrivate;
    // An unpacked extension reloaded without developer mode is disabled: the mode first.
    await new Promise<void>((done) =>
      dev.updateProfileConfiguration({ inDeveloperMode: true }, done),
    );
    await new Promise<void>((done) =>
      dev.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true }, done),
    );
    return new Promise<boolean>((done) =>
      dev.getExtensionInfo(id, (info) => done(info.incognitoAccess.isActive)),
    );
  }, session.extensionId);
  expect(access).toBe(true);
  await settings.close();
  // The extension reloads with the new permission: one of its pages, once it loads again.
  ext = await session.context.newPage();
  for (let attempt = 0; ; attempt++) {
    try {
      await ext.goto(`chrome-extension://${session.extensionId}/glossary.html`);
      break;
    } catch (error) {
      if (attempt > 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}, 90_000);

afterAll(async () => {
  await session?.close();
});

/** Everything persistent the extension keeps: storage.local and sync, and what IndexedDB holds. */
function persistent(): Promise<string> {
  return ext.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const api = (globalThis as unknown as { chrome: { storage: { local: Area; sync: Area } } })
      .chrome;
    const stores: Record<string, number> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const count = await new Promise<number>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        // An empty store holds nothing (opening the cache to read it creates its schema).
        if (count > 0) stores[`${name}/${store}`] = count;
      }
      db.close();
    }
    const local = await api.storage.local.get(null);
    const sync = await api.storage.sync.get(null);
    return JSON.stringify({ local, sync, stores });
  });
}

/** Opens `url` in a new window (private or not); its tab id. */
function openWindow(url: string, incognito: boolean): Promise<number> {
  return ext.evaluate(
    async ([target, privately]) => {
      type Win = { tabs?: { id?: number }[]; incognito: boolean };
      const api = (
        globalThis as unknown as {
          chrome: { windows: { create(o: object): Promise<Win> } };
        }
      ).chrome;
      const win = await api.windows.create({ url: target, incognito: privately });
      if (win.incognito !== privately) throw new Error('the window is not what was asked');
      return win.tabs![0]!.id!;
    },
    [url, incognito] as const,
  );
}

/** In the tab, from the extension: how many words have pinyin and what the English panel says. */
function readState(tabId: number): Promise<{ rubies: number; phase: string | null }> {
  return ext.evaluate(async (id) => {
    type Result = { result?: { rubies: number; phase: string | null } };
    const api = (
      globalThis as unknown as {
        chrome: { scripting: { executeScript(o: object): Promise<Result[]> } };
      }
    ).chrome;
    const [first] = await api.scripting.executeScript({
      target: { tabId: id },
      func: () => {
        // The panel's root is closed; an extension's script reaches it (chrome.dom).
        const chrome = (
          globalThis as unknown as {
            chrome: { dom: { openOrClosedShadowRoot(el: Element): ShadowRoot | null } };
          }
        ).chrome;
        const host = document.querySelector('duizhao-english');
        const root = host ? chrome.dom.openOrClosedShadowRoot(host) : null;
        return {
          rubies: document.querySelectorAll('ruby.dz-word').length,
          phase:
            root?.querySelector('[data-testid="english-state"]')?.getAttribute('data-phase') ??
            null,
        };
      },
    });
    return first?.result ?? { rubies: 0, phase: null };
  }, tabId);
}

describe('a private window', () => {
  it('reads the statement and finds its English, and writes nothing that persists', async () => {
    const before = await persistent();
    const tab = await openWindow(STATEMENT, true);
    await expect
      .poll(() => readState(tab), { timeout: 45_000 })
      .toEqual({ rubies: expect.any(Number), phase: 'found' });
    expect((await readState(tab)).rubies).toBeGreaterThan(50);
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // any late write would land
    expect(await persistent()).toBe(before);

    // The same statement in a normal window: the search is remembered (what the check sees).
    const normal = await openWindow(STATEMENT, false);
    await expect
      .poll(() => readState(normal), { timeout: 45_000 })
      .toMatchObject({ phase: 'found' });
    await expect.poll(() => persistent(), { timeout: 10_000 }).not.toBe(before);
  }, 120_000);
});
