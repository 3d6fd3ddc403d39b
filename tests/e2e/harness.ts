/**
 * End-to-end harness: Debian's Chromium with the BUILT extension (.output/chrome-mv3) loaded, and
 * the local server playing the official sites under their real host names.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startOfficialSites, type OfficialSites, type Route } from '../server/official-sites';
import { DUIZHAO_HOSTS, TEST_ROOTS, TEST_SHADOW_SOURCE } from './driver';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The build output folder (DUIZHAO_OUT_DIR, as in wxt.config.ts; default .output). */
export const OUT_DIR = path.resolve(root, process.env.DUIZHAO_OUT_DIR ?? '.output');
export const EXTENSION_DIR = path.join(OUT_DIR, 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium and the local official sites, without the extension (baseline measurements). */
export interface BrowserSession {
  context: BrowserContext;
  sites: OfficialSites;
  close(): Promise<void>;
}

export interface Session extends BrowserSession {
  extensionId: string;
  serviceWorker: Worker;
  /** Open the toolbar popup for the tab showing `page` (the popup reads ?tab=ID for this). */
  openPopup(page: Page): Promise<Page>;
}

export interface LaunchOptions {
  routes?: Route[];
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** Load the built extension (default true); false gives a plain Chromium for comparisons. */
  extension?: boolean;
  /** Where the built extension is (default .output/chrome-mv3), e.g. a copy safe from rebuilds. */
  extensionDir?: string;
  /** The browser's own language (default en-US, whatever the machine's), e.g. zh-CN. */
  lang?: string;
}

export async function launch(options?: LaunchOptions & { extension?: true }): Promise<Session>;
export async function launch(
  options: LaunchOptions & { extension: false },
): Promise<BrowserSession>;
export async function launch(options: LaunchOptions = {}): Promise<Session | BrowserSession> {
  const withExtension = options.extension !== false;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (withExtension && !existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run \`apt-get install -y chromium\`.`);
  }
  const sites = await startOfficialSites(options.routes);
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-e2e-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    ignoreHTTPSErrors: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.lang ?? 'en-US',
    args: [
      `--lang=${options.lang ?? 'en-US'}`,
      ...(headless ? ['--headless=new'] : []),
      ...(withExtension
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : ['--disable-extensions']),
      `--host-resolver-rules=${sites.hostResolverRules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const close = async () => {
    await context.close();
    await sites.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  if (!withExtension) return { context, sites, close };
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(serviceWorker.url()).host;

  const openPopup = async (page: Page): Promise<Page> => {
    const tabId = await serviceWorker.evaluate(async (url: string) => {
      // Runs in the extension's service worker, where `chrome` is defined.
      type Tab = { id?: number; url?: string };
      const api = (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }
      ).chrome;
      const tabs = await api.tabs.query({});
      return tabs.find((t) => t.url === url)?.id ?? null;
    }, page.url());
    if (tabId === null) throw new Error(`No tab found for ${page.url()}`);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    return popup;
  };

  return {
    context,
    sites,
    extensionId,
    serviceWorker,
    openPopup,
    close,
  };
}

const cdpSessions = new WeakMap<Page, Promise<import('playwright-core').CDPSession>>();

/**
 * Chromium: makes the closed shadow roots of the elements matching `hosts` reachable from the
 * page's world as `window[TEST_ROOTS].get(host)` (tests only; the page itself cannot reach them).
 * CDP's DOM domain sees closed roots: describe each host with `pierce`, resolve its root to an
 * object, hand it to the page-side registry.
 */
export async function exposeShadowRoots(page: Page, hosts: string = DUIZHAO_HOSTS): Promise<void> {
  let pending = cdpSessions.get(page);
  if (!pending) cdpSessions.set(page, (pending = page.context().newCDPSession(page)));
  const cdp = await pending;
  // Every object made here is in one group, released at the end.
  const objectGroup = 'dz-test-roots';
  const { result } = await cdp.send('Runtime.evaluate', {
    objectGroup,
    expression: `(() => {
      ${TEST_SHADOW_SOURCE}
      const exposed = (window[${JSON.stringify(TEST_ROOTS)}] ??= new WeakMap());
      return Array.from(document.querySelectorAll(${JSON.stringify(hosts)}))
        .filter((host) => !host.shadowRoot && !exposed.has(host));
    })()`,
  });
  if (!result.objectId) return;
  try {
    const { result: items } = await cdp.send('Runtime.getProperties', {
      objectId: result.objectId,
      ownProperties: true,
    });
    for (const item of items) {
      const host = item.value?.objectId;
      if (!/^\d+$/.test(item.name) || !host) continue;
      const { node } = await cdp.send('DOM.describeNode', {
        objectId: host,
        depth: 1,
        pierce: true,
      });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) continue;
      const { object } = await cdp.send('DOM.resolveNode', {
        backendNodeId: shadow.backendNodeId,
        objectGroup,
      });
      await cdp.send('Runtime.callFunctionOn', {
        objectId: host,
        functionDeclaration: `function (root) { window[${JSON.stringify(TEST_ROOTS)}].set(this, root); }`,
        arguments: [{ objectId: object.objectId }],
      });
    }
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  }
}
