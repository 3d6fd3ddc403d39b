/**
 * End-to-end harness for Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver
 * BiDi, with the BUILT Firefox package (DUIZHAO_OUT_DIR/firefox-mv2) installed as a temporary
 * add-on, and the local server playing the official sites under their real host names.
 *
 * Firefox has no --host-resolver-rules: `network.dns.forceResolve` sends every host name to one
 * loopback address, where a forwarder listens on the standard ports 443 and 80 (root, as in CI)
 * and hands each connection to the session's server. Each session takes its own address in
 * 127.0.0.0/8, so sessions never share ports.
 */
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startOfficialSites, type OfficialSites, type Route } from '../server/official-sites';
import { OUT_DIR } from './harness';
import { DUIZHAO_HOSTS, TEST_ROOTS, TEST_SHADOW_SOURCE } from './driver';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = path.join(OUT_DIR, 'firefox-mv2');
/** The add-on's id (wxt.config.ts) and the internal UUID we give it, so its pages have known URLs. */
export const GECKO_ID = 'duizhao@duizhao.invalid';
export const EXTENSION_UUID = '5f0a3d52-8c1e-4b8e-9f3a-6d2c7b1e4a90';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  sites: OfficialSites;
  /** Navigates `page` to the toolbar popup for the tab showing `url` (popup.html?tab=ID). */
  openPopupIn(page: Page, url: string): Promise<void>;
  /** Navigates `page` to one of the add-on's pages (moz-extension://UUID/`path`). */
  openExtensionPageIn(page: Page, path: string): Promise<void>;
  /** A PNG (2× scale) of the browser's own tab strip and toolbar (Firefox's chrome, not a page). */
  captureToolbar(height?: number): Promise<Buffer>;
  close(): Promise<void>;
}

/** What of puppeteer's BiDi connection the harness uses for commands puppeteer does not wrap. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** Listens on 127.0.0.N:443 and :80 for a free N, forwarding to `port` on 127.0.0.1. */
async function forwardStandardPorts(port: number): Promise<{ address: string; close(): void }> {
  const sockets = new Set<net.Socket>();
  const listen = (address: string, listenPort: number) =>
    new Promise<net.Server>((resolve, reject) => {
      const server = net.createServer((socket) => {
        const upstream = net.connect(port, '127.0.0.1');
        sockets.add(socket).add(upstream);
        socket.pipe(upstream).pipe(socket);
        const end = () => {
          socket.destroy();
          upstream.destroy();
          sockets.delete(socket);
          sockets.delete(upstream);
        };
        socket.on('error', end).on('close', end);
        upstream.on('error', end).on('close', end);
      });
      server.once('error', reject);
      server.listen(listenPort, address, () => resolve(server));
    });
  for (let attempt = 0; attempt < 50; attempt++) {
    const address = `127.0.${1 + Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;
    let https: net.Server | undefined;
    try {
      https = await listen(address, 443);
      const http = await listen(address, 80);
      return {
        address,
        close: () => {
          for (const socket of sockets) socket.destroy();
          https!.close();
          http.close();
        },
      };
    } catch (error) {
      https?.close();
      if ((error as NodeJS.ErrnoException).code === 'EACCES') {
        throw new Error(
          'Firefox e2e tests need ports 443 and 80 on a loopback address: run them as root (as CI does) or grant node cap_net_bind_service.',
        );
      }
    }
  }
  throw new Error('No free loopback address for ports 443 and 80');
}

export async function launchFirefox(
  options: { routes?: Route[]; lang?: string } = {},
): Promise<FirefoxSession> {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No built Firefox extension at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first.`,
    );
  }
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox not found at ${FIREFOX}: run \`apt-get install -y firefox-esr\`.`);
  }
  const sites = await startOfficialSites(options.routes);
  const forward = await forwardStandardPorts(sites.port);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      protocol: 'webDriverBiDi',
      headless: true,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 900 },
      // Lets the tests open the add-on's own pages (moz-extension://) in a tab.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.dns.forceResolve': forward.address,
        // The browser's own language (default en-US, whatever the machine's).
        'intl.locale.requested': options.lang ?? 'en-US',
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Nothing but the local sites: no captive-portal or connectivity checks, no telemetry.
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'network.http.http3.enable': false,
      },
    });
  } catch (error) {
    forward.close();
    await sites.close();
    throw error;
  }
  const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (installed !== GECKO_ID)
    throw new Error(`Installed add-on has id ${installed}, not ${GECKO_ID}`);

  /** BiDi navigation, waiting for the load (puppeteer's goto does not follow moz-extension pages). */
  const navigate = async (page: Page, url: string) => {
    const context = (
      page.mainFrame() as unknown as {
        browsingContext: { navigate(url: string, wait: 'complete'): Promise<void> };
      }
    ).browsingContext;
    await context.navigate(url, 'complete');
  };

  const openPopupIn = async (page: Page, url: string) => {
    await navigate(page, `${EXTENSION_ORIGIN}/popup.html`);
    const tabId = await page.evaluate(async (target: string) => {
      type Tab = { id?: number; url?: string };
      const api = (
        globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Tab[]> } } }
      ).browser;
      return (await api.tabs.query({})).find((t) => t.url === target)?.id ?? null;
    }, url);
    if (tabId === null) throw new Error(`No tab found for ${url}`);
    await navigate(page, `${EXTENSION_ORIGIN}/popup.html?tab=${tabId}`);
  };

  const captureToolbar = async (height = 90): Promise<Buffer> => {
    const bidi = (browser as unknown as { connection: BidiConnection }).connection;
    const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
      contexts: { context: string }[];
    };
    // The window's chrome document draws itself (BiDi's captureScreenshot covers pages only).
    const shot = (
      await bidi.send('script.callFunction', {
        functionDeclaration: `async (height) => {
          const bitmap = await window.browsingContext.currentWindowGlobal.drawSnapshot(
            new DOMRect(0, 0, window.innerWidth, height), 2, 'white');
          const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
          canvas.width = bitmap.width;
          canvas.height = bitmap.height;
          canvas.getContext('2d').drawImage(bitmap, 0, 0);
          return canvas.toDataURL('image/png');
        }`,
        arguments: [{ type: 'number', value: height }],
        awaitPromise: true,
        target: { context: tree.contexts[0]!.context },
      })
    ).result as { result: { value: string } };
    return Buffer.from(shot.result.value.split(',')[1]!, 'base64');
  };

  return {
    browser,
    sites,
    openPopupIn,
    openExtensionPageIn: (page, path) => navigate(page, `${EXTENSION_ORIGIN}/${path}`),
    captureToolbar,
    close: async () => {
      await browser.close();
      forward.close();
      await sites.close();
    },
  };
}

/**
 * Firefox: makes the closed shadow roots of the elements matching `hosts` reachable from the
 * page's world as `window[TEST_ROOTS].get(host)` (tests only). WebDriver BiDi serialises closed
 * roots with `includeShadowTree: 'all'`; each root's shared id is then handed back to the page.
 */
export async function exposeShadowRootsFirefox(
  page: Page,
  hosts: string = DUIZHAO_HOSTS,
): Promise<void> {
  const bidi = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { browsingContext: { id: string } })
    .browsingContext.id;
  type Remote = { sharedId?: string; value?: { shadowRoot?: Remote | null } };
  const listed = (
    await bidi.send('script.callFunction', {
      functionDeclaration: `(hosts, name) => {
        ${TEST_SHADOW_SOURCE}
        const exposed = window[name];
        return Array.from(document.querySelectorAll(hosts))
          .filter((host) => !host.shadowRoot && !(exposed && exposed.has(host)));
      }`,
      arguments: [
        { type: 'string', value: hosts },
        { type: 'string', value: TEST_ROOTS },
      ],
      awaitPromise: false,
      target: { context },
      serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    })
  ).result as { result?: { value?: Remote[] } };
  for (const host of listed.result?.value ?? []) {
    const root = host.value?.shadowRoot;
    if (!host.sharedId || !root?.sharedId) continue;
    await bidi.send('script.callFunction', {
      functionDeclaration: `(host, root, name) => { (window[name] ??= new WeakMap()).set(host, root); }`,
      arguments: [
        { sharedId: host.sharedId },
        { sharedId: root.sharedId },
        { type: 'string', value: TEST_ROOTS },
      ],
      awaitPromise: false,
      target: { context },
    });
  }
}
