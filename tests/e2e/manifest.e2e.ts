/**
 * The built manifests promise what the README promises: Duizhao can reach the supported official
 * sites and nothing else, asks for no more permissions than it uses, and runs no remote code.
 * Chrome's manifest is the one `npm run test:e2e` has just built; Firefox's is built here.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_HOST_PATTERNS } from '../../utils/sites/hosts';
import { OUT_DIR } from './harness';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every API permission, each with its use: storage (settings), activeTab + scripting (reading a
 * page on request from the toolbar) (the reader is injected into statement tabs). */
const EXPECTED_PERMISSIONS = ['activeTab', 'scripting', 'storage'];
/** The add-on's identity on addons.mozilla.org: changing it would orphan every installation. */
const GECKO_ID = 'duizhao@duizhao.invalid';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[] }[];
  content_security_policy?: string | Record<string, string>;
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  browser_specific_settings?: { gecko?: { id?: string } };
}

function readManifest(dir: string): Manifest {
  return JSON.parse(
    readFileSync(path.join(OUT_DIR, dir, 'manifest.json'), 'utf8'),
  ) as Manifest;
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

function checkCommon(manifest: Manifest): void {
  const all = JSON.stringify(manifest);
  expect(all).not.toContain('<all_urls>');
  expect(all).not.toMatch(/"(?:\*|https?):\/\/\*\/\*"/);
  expect(manifest.content_scripts).toHaveLength(1);
  expect(sorted(manifest.content_scripts![0]!.matches)).toEqual(hosts);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions ?? []).toEqual([]);
  expect(manifest.externally_connectable).toBeUndefined();
  for (const policy of policies(manifest)) expect(remoteScriptSources(policy), policy).toEqual([]);
}

describe('Chrome manifest (.output/chrome-mv3)', () => {
  const manifest = readManifest('chrome-mv3');

  it('reaches exactly the official sites and asks for the expected permissions', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(sorted(manifest.host_permissions)).toEqual(hosts);
    expect(sorted(manifest.permissions)).toEqual(EXPECTED_PERMISSIONS);
    checkCommon(manifest);
  });

  it('runs no remote code', () => {
    expect(remoteScriptSources("script-src 'self' https://cdn.example; object-src 'self'")).toEqual(
      ['https://cdn.example'],
    );
    for (const policy of policies(manifest)) expect(remoteScriptSources(policy)).toEqual([]);
  });
});

describe('Firefox manifest (npx wxt build -b firefox)', () => {
  let manifest: Manifest;

  beforeAll(() => {
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (build.status !== 0)
      throw new Error(`firefox build failed:\n${build.stdout}\n${build.stderr}`);
    manifest = readManifest('firefox-mv2');
  }, 130_000);

  it('carries the add-on id and the same, narrow permissions', () => {
    expect(manifest.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
    // Manifest V2: host permissions are listed among the permissions.
    expect(sorted(manifest.permissions)).toEqual(sorted([...EXPECTED_PERMISSIONS, ...hosts]));
    checkCommon(manifest);
  });
});
