/**
 * Whether the background should start loading the reading engine (Chromium: open the reading
 * host, utils/reading/host.ts, if it is not open) when a tab starts loading
 * `url`: a Chinese statement is likely there (a supported site, an article-shaped path, not an
 * English-only address), the site is not switched off and its pinyin is not off. The page then
 * finds the dictionary loaded, or loading, by the time it asks for its first readings: a worker
 * the browser stopped spends ~200 ms loading it (tests/bench/reading-browser-bench.ts), and a
 * page takes about as long to arrive. A wrong guess costs the worker that load, never the page.
 */
import { looksLikeStatementUrl } from '../extract';
import { langFromUrl } from '../extract/build';
import { siteKeyFor } from '../sites/site-key';
import { modeForSite, normaliseReadingSettings } from './settings';

export function worthPrewarming(
  url: string,
  settings: unknown,
  switches: Record<string, boolean> | null | undefined,
): boolean {
  if (!looksLikeStatementUrl(url)) return false;
  // English by the address: an English host or path (english.news.cn, /eng/, /mfa_eng/, …).
  if (langFromUrl(url) === 'en') return false;
  const siteKey = siteKeyFor(url) ?? new URL(url).hostname;
  if (switches?.[siteKey] === false) return false;
  return modeForSite(normaliseReadingSettings(settings), siteKey) !== 'off';
}
