/**
 * The built extension in either browser, behind the driver of ./driver.ts: Chromium through
 * playwright (./harness.ts) and Firefox through puppeteer over WebDriver BiDi (./firefox.ts).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage, KeyInput } from 'puppeteer-core';
import { exposeShadowRoots, launch, type LaunchOptions } from './harness';
import { exposeShadowRootsFirefox, launchFirefox } from './firefox';
import {
  pageCode,
  Tab,
  type BrowserName,
  type ExtensionBrowser,
  type TabPrimitives,
} from './driver';

export { BROWSERS, Tab, type BrowserName, type ExtensionBrowser } from './driver';

/** Where a console message or page error came from: extension code or the page's own. */
export function isOurs(problem: { text: string; where: string }): boolean {
  return /(?:chrome|moz)-extension:\/\//.test(problem.where) || problem.text.includes('Duizhao');
}

/** What playwright's and puppeteer's pages have in common, as the driver uses it. */
interface CommonPage {
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  evaluate(fn: never, arg: never): Promise<unknown>;
  mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
    click(x: number, y: number): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
  };
  keyboard: { type(text: string): Promise<void> };
  close(): Promise<void>;
}

abstract class CommonTab<P extends CommonPage> implements TabPrimitives {
  abstract readonly browser: BrowserName;
  readonly problems: { text: string; where: string }[] = [];
  constructor(readonly page: P) {}
  protected record(text: string, where: string) {
    this.problems.push({ text, where });
  }
  async goto(url: string) {
    await this.page.goto(url);
  }
  async reload() {
    await this.page.reload();
  }
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.evaluateCode(pageCode(fn, arg)) as Promise<R>;
  }
  abstract addInitScript<A>(fn: (arg: A) => void, arg: A): Promise<void>;
  abstract exposeShadowRoots(hosts: string): Promise<void>;
  abstract press(key: string, modifiers?: readonly string[]): Promise<void>;
  mouseMove(x: number, y: number) {
    return this.page.mouse.move(x, y);
  }
  mouseClick(x: number, y: number) {
    return this.page.mouse.click(x, y);
  }
  async mouseDrag(x1: number, y1: number, x2: number, y2: number, steps: number) {
    await this.page.mouse.move(x1, y1);
    await this.page.mouse.down();
    await this.page.mouse.move(x2, y2, { steps });
    await this.page.mouse.up();
  }
  evaluateCode(code: string): Promise<unknown> {
    return (this.page.evaluate as (code: string) => Promise<unknown>)(code);
  }
  type(text: string) {
    return this.page.keyboard.type(text);
  }
  close() {
    return this.page.close();
  }
}

class PlaywrightTab extends CommonTab<PlaywrightPage> {
  readonly browser = 'chromium' as const;
  constructor(page: PlaywrightPage) {
    super(page);
    page.on('pageerror', (error) => this.record(`pageerror: ${String(error)}`, error.stack ?? ''));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        this.record(`${message.type()}: ${message.text()}`, message.location().url);
      }
    });
  }
  async addInitScript<A>(fn: (arg: A) => void, arg: A): Promise<void> {
    await this.page.addInitScript(pageCode(fn, arg));
  }
  exposeShadowRoots(hosts: string) {
    return exposeShadowRoots(this.page, hosts);
  }
  press(key: string, modifiers: readonly string[] = []) {
    return this.page.keyboard.press([...modifiers, key].join('+'));
  }
}

class PuppeteerTab extends CommonTab<PuppeteerPage> {
  readonly browser = 'firefox' as const;
  constructor(page: PuppeteerPage) {
    super(page);
    page.on('pageerror', (error) =>
      this.record(`pageerror: ${String(error)}`, error instanceof Error ? (error.stack ?? '') : ''),
    );
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') {
        this.record(`${message.type()}: ${message.text()}`, message.location().url ?? '');
      }
    });
  }
  async addInitScript<A>(fn: (arg: A) => void, arg: A) {
    await this.page.evaluateOnNewDocument(pageCode(fn, arg));
  }
  exposeShadowRoots(hosts: string) {
    return exposeShadowRootsFirefox(this.page, hosts);
  }
  async press(key: string, modifiers: readonly string[] = []) {
    for (const m of modifiers) await this.page.keyboard.down(m as KeyInput);
    await this.page.keyboard.press(key as KeyInput);
    for (const m of [...modifiers].reverse()) await this.page.keyboard.up(m as KeyInput);
  }
}

/** Launches `name` with the built extension (from DUIZHAO_OUT_DIR) and the local sites. */
export async function launchBrowser(
  name: BrowserName,
  options: Pick<LaunchOptions, 'routes' | 'lang'> = {},
): Promise<ExtensionBrowser> {
  if (name === 'firefox') {
    const firefox = await launchFirefox(options);
    return {
      name,
      sites: firefox.sites,
      newTab: async () => new Tab(new PuppeteerTab(await firefox.browser.newPage())),
      openPopup: async (tab) => {
        const page = await firefox.browser.newPage();
        await firefox.openPopupIn(page, await tab.evaluate(() => location.href, null));
        return new Tab(new PuppeteerTab(page));
      },
      openExtensionPage: async (path) => {
        const page = await firefox.browser.newPage();
        await firefox.openExtensionPageIn(page, path);
        return new Tab(new PuppeteerTab(page));
      },
      close: () => firefox.close(),
    };
  }
  const session = await launch(options);
  return {
    name,
    sites: session.sites,
    newTab: async () => new Tab(new PlaywrightTab(await session.context.newPage())),
    openPopup: async (tab) =>
      new Tab(
        new PlaywrightTab(await session.openPopup((tab.raw as unknown as PlaywrightTab).page)),
      ),
    openExtensionPage: async (path) => {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      return new Tab(new PlaywrightTab(page));
    },
    close: () => session.close(),
  };
}

/**
 * For a describe block: launches `name` before its tests and closes it after them, checking then
 * that no tab it opened saw an error or warning from the extension.
 */
export function useBrowser(
  name: BrowserName,
  options: Pick<LaunchOptions, 'routes' | 'lang'> = {},
) {
  let browser: ExtensionBrowser | undefined;
  const tabs: Tab[] = [];
  beforeAll(async () => {
    browser = await launchBrowser(name, options);
  });
  afterAll(async () => {
    const problems = tabs.flatMap((tab) => tab.problems.filter(isOurs));
    await browser?.close();
    expect(problems).toEqual([]);
  });
  const get = (): ExtensionBrowser => {
    if (!browser) throw new Error(`${name} is not running`);
    return browser;
  };
  return {
    get browser() {
      return get();
    },
    /** A new tab, watched for the extension's errors. */
    async newTab(): Promise<Tab> {
      const tab = await get().newTab();
      tabs.push(tab);
      return tab;
    },
    /** Watches a tab opened otherwise (an extension page). */
    watch(tab: Tab): Tab {
      tabs.push(tab);
      return tab;
    },
  };
}

/** The driver over a playwright page of a Chromium-only test (a harness session's page). */
export function tabOf(page: PlaywrightPage): Tab {
  let tab = tabs.get(page);
  if (!tab) tabs.set(page, (tab = new Tab(new PlaywrightTab(page))));
  return tab;
}
const tabs = new WeakMap<PlaywrightPage, Tab>();
