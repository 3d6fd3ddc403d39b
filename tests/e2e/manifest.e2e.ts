/**
 * The store packages promise what the README promises. `npm run zip` (run here, into
 * DUIZHAO_OUT_DIR) makes the Chrome and Firefox packages; each must hold the manifest, the icons
 * in every size, the dictionary and its attribution, and nothing else (no source maps, no tests);
 * reach the supported official sites and nothing else; ask for no more permissions than the
 * features use; and run no remote code. Mozilla's add-on linter passes on the Firefox package.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_HOST_PATTERNS } from '../../utils/sites/hosts';
import { DARK_THEME_ICON, ICON_SIZES, iconPath } from '../../utils/build/icons';
import { OUT_DIR } from './harness';
import { readZip, type ZipEntry } from './zip';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Every API permission, each with its use (the README's permissions section says the same):
 * storage — settings, pairings, the search cache; activeTab + scripting — reading a page the user
 * asks for from the toolbar, and injecting the reader into statement tabs; contextMenus — "Save to
 * Duizhao glossary" on a selection; unlimitedStorage — the glossary (IndexedDB) is never evicted;
 * offscreen (Chrome only) — the reading host, where the engine outlives the service worker.
 */
const EXPECTED_PERMISSIONS = [
  'activeTab',
  'contextMenus',
  'scripting',
  'storage',
  'unlimitedStorage',
].sort();
const CHROME_ONLY_PERMISSIONS = ['offscreen'];
/** The add-on's identity on addons.mozilla.org: changing it would orphan every installation. */
const GECKO_ID = 'duizhao@duizhao.invalid';

interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  icons?: Record<string, string>;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[] }[];
  content_security_policy?: string | Record<string, string>;
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  action?: { default_icon?: Record<string, string> };
  browser_action?: {
    default_icon?: Record<string, string>;
    theme_icons?: { light: string; dark: string; size: number }[];
  };
  browser_specific_settings?: { gecko?: { id?: string } };
}

const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();
const hosts = sorted(OFFICIAL_HOST_PATTERNS);

/** Script sources a CSP allows beyond the extension itself (hosts, schemes, wildcards). */
function remoteScriptSources(policy: string): string[] {
  const remote: string[] = [];
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name || !/^(?:script-src|script-src-elem|default-src|worker-src|object-src)$/.test(name))
      continue;
    remote.push(...sources.filter((s) => !/^'(?:self|none|wasm-unsafe-eval)'$/.test(s)));
  }
  return remote;
}

function policies(manifest: Manifest): string[] {
  const csp = manifest.content_security_policy;
  if (csp === undefined) return [];
  return typeof csp === 'string' ? [csp] : Object.values(csp);
}

/** Code that loads code from elsewhere: remote scripts, imports and workers by URL. */
const REMOTE_CODE =
  /<script[^>]+src=["']?(?:https?:)?\/\/|\bimport\(\s*["'`](?:https?:)?\/\/|\bimportScripts\(\s*["'`](?:https?:)?\/\/|new Worker\(\s*["'`](?:https?:)?\/\//;

/** Width and height of a PNG (from its IHDR chunk). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function checkPackage(entries: ZipEntry[]): Manifest {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const names = [...byName.keys()];
  const manifest = JSON.parse(byName.get('manifest.json')!.read().toString('utf8')) as Manifest;
  // Icons: every size, declared and drawn at that size.
  for (const size of ICON_SIZES) {
    expect(manifest.icons?.[String(size)]).toBe(iconPath(size));
    expect(pngSize(byName.get(iconPath(size))!.read())).toEqual({ width: size, height: size });
  }
  const toolbar = (manifest.action ?? manifest.browser_action)?.default_icon ?? {};
  for (const icon of Object.values(toolbar)) expect(names).toContain(icon);
  expect(Object.keys(toolbar).length).toBeGreaterThan(0);
  // The dictionary and its licence.
  expect(names).toContain('dict/cedict-core.txt');
  expect(names).toContain('dict/cedict-defs.txt');
  expect(byName.get('ATTRIBUTION.txt')!.read().toString('utf8')).toMatch(
    /CC-CEDICT[\s\S]*CC BY-SA 4\.0/,
  );
  // The store listing in English and Chinese (the name and description are __MSG_…__).
  expect((manifest as { default_locale?: string }).default_locale).toBe('en');
  expect(manifest.name).toBe('__MSG_extName__');
  for (const lang of ['en', 'zh_CN']) {
    const messages = JSON.parse(
      byName.get(`_locales/${lang}/messages.json`)!.read().toString('utf8'),
    );
    expect(Object.keys(messages)).toEqual(expect.arrayContaining(['extName', 'extDescription']));
  }
  // Nothing of the build's or the repository's own.
  for (const name of names) {
    expect(name).not.toMatch(/\.map$|\.(test|spec|e2e)\.[cm]?[jt]sx?$|^tests\/|\.ts$|\.tsx$/);
  }
  // A production build: no development-only React chunk.
  expect(names.filter((n) => /jsx-dev-runtime/.test(n))).toEqual([]);
  for (const entry of entries.filter((e) => /\.(m?js|html)$/.test(e.name))) {
    const code = entry.read().toString('utf8');
    expect(code, entry.name).not.toMatch(/sourceMappingURL=/);
    expect(code, entry.name).not.toMatch(REMOTE_CODE);
  }
  // Reaches the official sites and nothing else; no other way in.
  const all = JSON.stringify(manifest);
  expect(all).not.toContain('<all_urls>');
  expect(all).not.toMatch(/"(?:\*|https?):\/\/\*\/\*"/);
  expect(manifest.content_scripts).toHaveLength(1);
  expect(sorted(manifest.content_scripts![0]!.matches)).toEqual(hosts);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions ?? []).toEqual([]);
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  for (const policy of policies(manifest)) expect(remoteScriptSources(policy), policy).toEqual([]);
  return manifest;
}

/** The package `npm run zip` made for `browser` in OUT_DIR. */
function zipOf(browser: 'chrome' | 'firefox'): string {
  const file = readdirSync(OUT_DIR).find((f) => f.endsWith(`-${browser}.zip`));
  if (!file) throw new Error(`No ${browser} package in ${OUT_DIR}`);
  return path.join(OUT_DIR, file);
}

beforeAll(() => {
  // Without vitest's NODE_ENV=test, which would make the build use React's development JSX:
  // the packages are exactly what `npm run zip` makes from a shell.
  const { NODE_ENV: _testEnv, ...env } = process.env;
  const zip = spawnSync('npm', ['run', '-s', 'zip'], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (zip.status !== 0) throw new Error(`npm run zip failed:\n${zip.stdout}\n${zip.stderr}`);
}, 250_000);

describe('the Chrome package (Manifest V3)', () => {
  it('holds the extension and nothing else, with exactly the permissions it uses', () => {
    const manifest = checkPackage(readZip(zipOf('chrome')));
    expect(manifest.manifest_version).toBe(3);
    expect(sorted(manifest.host_permissions)).toEqual(hosts);
    expect(sorted(manifest.permissions)).toEqual(
      sorted([...EXPECTED_PERMISSIONS, ...CHROME_ONLY_PERMISSIONS]),
    );
  });

  it('keeps the script every official page evaluates light: no lexicon data, no pinyin tables', () => {
    const entries = readZip(zipOf('chrome'));
    const manifest = checkPackage(entries);
    const files = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
    expect(files).toEqual(['content-scripts/content.js']);
    const script = entries
      .find((e) => e.name === files[0])!
      .read()
      .toString('utf8');
    // It carries the reading layer (recognition, ruby, the popup's logic): 114 KB in December 2026. The
    // engine (dictionary, lexicon, pinyin-pro) stays in the worker; one import of a module
    // holding data pulled 560 KB of it in.
    expect(script.length).toBeLessThan(160_000);
    expect(script).not.toContain('人类命运共同体');
  });

  it('splits the interface in two scripts: React in reader-vendor.js, the rest in reader-ui.js', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const entries = readZip(zipOf(target));
      const text = (name: string) =>
        entries
          .find((e) => e.name === name)!
          .read()
          .toString('utf8');
      // React DOM's element symbol: in one of the two only (evaluated in a task of its own).
      const REACT = 'react.transitional.element';
      const vendor = text('reader-vendor.js');
      const ui = text('reader-ui.js');
      expect(vendor).toContain(REACT);
      expect(vendor).toContain('__duizhaoReact');
      expect(ui).not.toContain(REACT);
      expect(ui).toContain('__duizhaoReact');
      // 139 KB and 220 KB in December 2026: neither is most of the 357 KB they were together.
      expect(ui.length).toBeLessThan(200_000);
    }
  });

  it('detects remote script sources in a policy', () => {
    expect(remoteScriptSources("script-src 'self' https://cdn.example; object-src 'self'")).toEqual(
      ['https://cdn.example'],
    );
    expect('<script src="https://cdn.example/x.js">').toMatch(REMOTE_CODE);
    expect('import("https://cdn.example/x.js")').toMatch(REMOTE_CODE);
    expect('import("./chunk.js")').not.toMatch(REMOTE_CODE);
  });
});

describe('the Firefox package (Manifest V2)', () => {
  it('holds the extension and nothing else, with the add-on id and the same permissions', () => {
    const manifest = checkPackage(readZip(zipOf('firefox')));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
    // Manifest V2: host permissions are listed among the permissions.
    expect(sorted(manifest.permissions)).toEqual(sorted([...EXPECTED_PERMISSIONS, ...hosts]));
    // The toolbar icon, and its lighter variant for dark themes.
    const themeIcons = manifest.browser_action?.theme_icons ?? [];
    expect(themeIcons.map((t) => t.size)).toEqual([16, 32]);
    for (const icon of themeIcons) expect(icon).toMatchObject({ light: DARK_THEME_ICON });
  });

  it('comes with the sources addons.mozilla.org asks for, without build output or dependencies', () => {
    const file = readdirSync(OUT_DIR).find((f) => f.endsWith('-sources.zip'));
    expect(file, 'sources package').toBeDefined();
    const names = readZip(path.join(OUT_DIR, file!)).map((e) => e.name);
    expect(names).toContain('package.json');
    expect(names).toContain('package-lock.json');
    expect(names).toContain('wxt.config.ts');
    expect(names.filter((n) => /^node_modules\/|^\.output/.test(n))).toEqual([]);
  });
});

/**
 * Warnings of Mozilla's linter that stay, each explained (the README lists them for reviewers):
 * code from dependencies, never reached with fetched or user text.
 */
const EXPLAINED_WARNINGS: { code: string; file: RegExp; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^background\.js$/,
    why: "linkedom's HTML parser (innerHTML of its own inert documents, outside any page) parses fetched pages in the background; nothing is inserted into a live document",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(reader-(ui|vendor)\.js|chunks\/[\w-]+\.js)$/,
    why: "React DOM's dangerouslySetInnerHTML support; Duizhao never uses it (eslint-plugin-no-unsanitized forbids it in our code)",
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^(background\.js|chunks\/[\w-]+\.js)$/,
    why: "zod's feature probe `Function('')`, which the extension's CSP refuses; zod then runs without generated code",
  },
];

describe("Mozilla's add-on linter (web-ext lint)", () => {
  it('finds no error, and no warning that is not explained', () => {
    const dir = path.join(OUT_DIR, 'firefox-mv2');
    expect(existsSync(path.join(dir, 'manifest.json'))).toBe(true);
    const lint = spawnSync(
      'npx',
      ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
      { cwd: root, encoding: 'utf8', timeout: 120_000 },
    );
    const report = JSON.parse(lint.stdout) as {
      errors: { code: string; file?: string; message: string }[];
      warnings: { code: string; file?: string; message: string }[];
    };
    expect(report.errors).toEqual([]);
    const unexplained = report.warnings.filter(
      (w) => !EXPLAINED_WARNINGS.some((e) => e.code === w.code && e.file.test(w.file ?? '')),
    );
    expect(unexplained).toEqual([]);
  }, 130_000);
});
