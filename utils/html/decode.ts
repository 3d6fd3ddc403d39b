/**
 * Bytes → text for saved or fetched pages. People's Daily serves GBK and declares GB2312; the
 * ministry and Xinhua serve UTF-8. We follow the declared charset, as a browser would.
 */

/** How many leading bytes to scan for a `<meta charset>` declaration (browsers use 1024). */
const SNIFF_BYTES = 4096;

/** Charset labels that TextDecoder knows under another name, or that mean a superset. */
const ALIASES: Record<string, string> = {
  gb2312: 'gbk',
  'gb_2312-80': 'gbk',
  'x-gbk': 'gbk',
  cp936: 'gbk',
  gbk: 'gbk',
  gb18030: 'gb18030',
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  big5: 'big5',
  'big5-hkscs': 'big5',
};

/** Normalise a charset label to one TextDecoder accepts, or null when it is unknown. */
export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const clean = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const name = ALIASES[clean] ?? clean;
  try {
    new TextDecoder(name);
    return name;
  } catch {
    return null;
  }
}

/** The charset named in a Content-Type header value (`text/html; charset=gb2312`), or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return normaliseCharset(match?.[1]);
}

/** The charset declared by `<meta charset>` or `<meta http-equiv=Content-Type>` in the first bytes. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one char, so ASCII markup survives whatever the real encoding is.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) {
      const name = normaliseCharset(direct[1]);
      if (name) return name;
    }
  }
  return null;
}

/** A byte-order mark settles the encoding before anything else. */
function charsetFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** True when `bytes` hold non-ASCII text that is strictly valid UTF-8. */
function isNonAsciiUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decode an HTML page's bytes. Order: byte-order mark, the Content-Type header's charset, a
 * `<meta>` declaration in the first bytes, else UTF-8. GB2312/GBK labels decode as GBK (a superset,
 * which is what the sites really send). Never throws: undecodable bytes become U+FFFD.
 *
 * One exception to following the `<meta>`: saved copies of People's Daily pages are often
 * re-encoded to UTF-8 by the tool that saved them while still declaring GB2312. Chinese text in
 * real GBK is practically never valid UTF-8, so strictly valid non-ASCII UTF-8 is read as UTF-8.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  const declared = charsetFromContentType(contentType);
  let sniffed = declared ? null : sniffMetaCharset(bytes);
  if (sniffed && sniffed !== 'utf-8' && isNonAsciiUtf8(bytes)) sniffed = 'utf-8';
  const charset = charsetFromBom(bytes) ?? declared ?? sniffed ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
