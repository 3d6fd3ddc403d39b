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
