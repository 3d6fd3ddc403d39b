/**
 * URL facts used by the matcher: the article id of ministry pages and a host-normalised form
 * (www.fmprc.gov.cn and www.mfa.gov.cn are one site under two names).
 */

/**
 * Numeric article id of a ministry page, or null.
 * Old layout: …/t1680056.shtml → 1680056. Current: …/202410/t20241017_11491234.html → 11491234.
 */
export function articleId(url: string): { scheme: 'old' | 'dated'; id: number } | null {
  const dated = /\/t(\d{8})_(\d+)\.s?html?(?:[?#]|$)/.exec(url);
  if (dated) return { scheme: 'dated', id: Number(dated[2]) };
  const old = /\/t(\d{5,8})\.s?html?(?:[?#]|$)/.exec(url);
  if (old) return { scheme: 'old', id: Number(old[1]) };
  return null;
}

/** Comparable form of a URL: https, mfa.gov.cn for both ministry host names, no query/hash/trailing slash. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    let host = u.hostname.toLowerCase();
    if (host === 'fmprc.gov.cn' || host === 'www.fmprc.gov.cn' || host === 'mfa.gov.cn')
      host = 'www.mfa.gov.cn';
    if (host === 'xinhuanet.com') host = 'www.xinhuanet.com';
    let path = u.pathname.replace(/\/+$/, '');
    // The current ministry site serves Chinese pages both under /web/ and at the root.
    if (host === 'www.mfa.gov.cn') path = path.replace(/^\/web\//, '/');
    return `https://${host}${path}`;
  } catch {
    return url.trim();
  }
}

/** Whether two URLs name the same page once host aliases are normalised. */
export function sameUrl(a: string, b: string): boolean {
  const na = normaliseUrl(a);
  const nb = normaliseUrl(b);
  if (na === nb) return true;
  // The ministry re-files pages under other columns; the dated id (t20241017_11491234) stays.
  const ia = articleId(na);
  const ib = articleId(nb);
  return (
    ia !== null &&
    ib !== null &&
    ia.scheme === 'dated' &&
    ia.id === ib.id &&
    new URL(na).host === new URL(nb).host
  );
}

/** Query parameters that track a visit and never change the content (dropped from cache keys). */
const TRACKING_PARAM =
  /^(?:utm_[a-z]+|spm|from|isappinstalled|share(?:_[a-z]+)?|scene|timestamp|t|_)$/i;

/**
 * Key of a page in the search cache: normaliseUrl, plus the query string where a site uses it
 * for content (Xinhua's search, `?id=` article pages, paged listings), tracking parameters left
 * out and the rest sorted, so two different pages never share an entry.
 */
export function cacheKeyUrl(url: string): string {
  const base = normaliseUrl(url);
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return base;
  }
  const kept = [...params].filter(([name]) => !TRACKING_PARAM.test(name));
  if (!kept.length) return base;
  kept.sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  return `${base}?${new URLSearchParams(kept).toString()}`;
}
