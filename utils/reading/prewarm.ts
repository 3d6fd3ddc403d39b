/**
 * Whether the background should start loading the reading engine when a tab starts loading
 * `url`: a Chinese statement is likely there (a supported site, an article-shaped path, not an
 * English-only address), the site is not switched off and its pinyin is not off. The page then
 * finds the dictionary loaded, or loading, by the time it asks for its first readings: a worker
 * the browser stopped spends ~200 ms loading it (tests/bench/reading-browser-bench.ts), and a
 * page takes about as long to arrive. A wrong guess costs the worker that load, never the page.
 */
import { looksLikeStatementUrl } from '../extract';
import { langFromUrl } from '../extract/build';
import { adapterFor, siteKeyFor } from '../sites/site-key';
import { modeForSite, normaliseReadingSettings } from './settings';

export function worthPrewarming(
  url: string,
  settings: unknown,
  switches: Record<string, boolean> | null | undefined,
): boolean {
  if (!looksLikeStatementUrl(url)) return false;
  const parsed = new URL(url);
  // English by the site's own layouts (an English host) or by its path (/eng/, /mfa_eng/, …).
  const english =
    langFromUrl(url) === 'en' ||
    adapterFor(url)?.layouts.some((l) => l.lang === 'en' && l.when?.(parsed));
  if (english) return false;
  const siteKey = siteKeyFor(url) ?? parsed.hostname;
  if (switches?.[siteKey] === false) return false;
  return modeForSite(normaliseReadingSettings(settings), siteKey) !== 'off';
}
