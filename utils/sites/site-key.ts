/**
 * Site keys for the per-site on/off switch (utils/storage.ts `siteSwitchesItem`) and the
 * adapter registry. One key per publisher, whatever host name it is reached under.
 */
import type { SiteId } from '../article';
import type { SiteAdapter } from './types';
import { mfa } from './mfa';
import { xinhua } from './xinhua';
import { govcn } from './govcn';
import { people } from './people';
import { embassy } from './embassy';

export type SiteKey = Exclude<SiteId, 'generic'>;

/** Every site adapter, in lookup order. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [mfa, xinhua, govcn, people, embassy];

/** Display names for the popup's switches. */
export const SITE_NAMES: Record<SiteKey, { zh: string; en: string }> = {
  mfa: { zh: '外交部', en: 'Ministry of Foreign Affairs' },
  xinhua: { zh: '新华网', en: 'Xinhua' },
  govcn: { zh: '中国政府网', en: 'gov.cn' },
  people: { zh: '人民网', en: "People's Daily" },
  embassy: { zh: '驻外使领馆', en: 'Chinese embassies' },
};

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}

/** The adapter serving `url`'s host, or null off the supported sites. */
export function adapterFor(url: string): SiteAdapter | null {
  const host = hostOf(url);
  if (!host) return null;
  return SITE_ADAPTERS.find((adapter) => adapter.matchesHost(host)) ?? null;
}

/** The per-site switch key for `url` ('mfa', 'xinhua', 'govcn', 'people', 'embassy'), or null. */
export function siteKeyFor(url: string): SiteKey | null {
  return adapterFor(url)?.site ?? null;
}
