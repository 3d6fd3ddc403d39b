/**
 * The official sites Duizhao supports. This list is the single source of the extension's
 * host permissions and content-script match patterns: nothing else is ever contacted.
 */
export const OFFICIAL_HOST_PATTERNS = [
  // Ministry of Foreign Affairs — one site under two names.
  '*://www.mfa.gov.cn/*',
  '*://www.fmprc.gov.cn/*',
  // Xinhua, Chinese and English.
  '*://www.news.cn/*',
  '*://www.xinhuanet.com/*',
  '*://english.news.cn/*',
  // Xinhua's own search, for English reports no longer on the latest lists.
  '*://so.news.cn/*',
  // The central government portal, Chinese and English.
  '*://www.gov.cn/*',
  '*://english.www.gov.cn/*',
  // People's Daily, Chinese (channels are subdomains) and English.
  '*://*.people.com.cn/*',
  '*://en.people.cn/*',
  // China's embassies and consulates.
  '*://*.china-embassy.gov.cn/*',
] as const;

/** Host names (without scheme) that the patterns above cover, for URL checks in code. */
export function isOfficialHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return OFFICIAL_HOST_PATTERNS.some((pattern) => {
    const hostPart = pattern.slice('*://'.length, pattern.indexOf('/', '*://'.length));
    if (hostPart.startsWith('*.')) {
      const suffix = hostPart.slice(1);
      return host.endsWith(suffix) && host.length > suffix.length;
    }
    return host === hostPart;
  });
}

/**
 * The official hosts as CSP sources (`https://www.gov.cn http://www.gov.cn …`), for the
 * extension's `connect-src`: the browser itself then refuses any request, or redirect hop, to
 * another host from the background worker and the extension's pages.
 */
export function officialConnectSources(): string[] {
  return OFFICIAL_HOST_PATTERNS.flatMap((pattern) => {
    const host = pattern.slice('*://'.length, pattern.indexOf('/', '*://'.length));
    return [`https://${host}`, `http://${host}`];
  });
}
