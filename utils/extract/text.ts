/**
 * Text helpers shared by the extractors: whitespace cleaning, script detection, safe DOM reads.
 * Layout whitespace (ideographic U+3000 indents, &nbsp;, newlines inside a <p>) collapses to one
 * space and is trimmed, which is also how the evaluation's ground truth was made.
 */

/**
 * Collapse layout whitespace (ASCII, U+00A0, U+3000, zero-width) to single spaces and trim every
 * kind of space at both ends. Typographic spaces inside a sentence (U+2002 between words) are kept.
 */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[ \t\n\r\f\v\u00a0\u3000\u200b\u2060\ufeff]+/g, ' ')
    .replace(/^\s+|\s+$/g, ''); // indents such as Xinhua's &emsp;&emsp; are layout too
}

const LATIN_WORD = /[A-Za-z]{2,}/g;

/**
 * Han characters in a text, simplified or traditional (what the summary counts as Chinese
 * characters), counted without building an array of them.
 */
export function hanCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // CJK unified ideographs (and extension A), compatibility ideographs, 〇; a high surrogate
    // of the supplementary ideograph planes counts its pair once.
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      c === 0x3007 ||
      (c >= 0xd840 && c <= 0xd87f)
    )
      n++;
  }
  return n;
}

const ENGLISH_FUNCTION_WORDS =
  /\b(?:the|of|and|to|in|is|that|for|on|with|as|by|was|are|it|be|has|will)\b/gi;

/**
 * Guess the language of a body of text: Chinese if Han characters are a fair share of it, English
 * if Latin words are and enough of them are English function words (French or Spanish are not).
 */
export function detectLang(text: string): 'zh' | 'en' | null {
  const han = hanCount(text);
  const words = text.match(LATIN_WORD)?.length ?? 0;
  if (han === 0 && words === 0) return null;
  // One Han character carries about as much as one English word and a half.
  if (han * 1.5 >= words) return 'zh';
  const functionWords = text.match(ENGLISH_FUNCTION_WORDS)?.length ?? 0;
  // Running English has ~25% function words; allow headlines and lists, refuse other languages.
  return words < 30 || functionWords / words >= 0.08 ? 'en' : null;
}

/** The first element matching any of `selectors` in order, optionally passing `accept`. */
export function firstElement(
  root: ParentNode,
  selectors: readonly string[],
  accept: (el: Element) => boolean = () => true,
): Element | null {
  for (const selector of selectors) {
    let found: Element[];
    try {
      found = Array.from(root.querySelectorAll(selector));
    } catch {
      continue; // a selector the DOM implementation does not support
    }
    const hit = found.find(accept);
    if (hit) return hit;
  }
  return null;
}

/** Content of `<meta name|property="…">`, first name found wins; '' when absent. */
export function metaContent(doc: Document, names: readonly string[]): string {
  for (const name of names) {
    for (const meta of Array.from(doc.querySelectorAll('meta'))) {
      const key = meta.getAttribute('name') ?? meta.getAttribute('property') ?? '';
      if (key.toLowerCase() === name.toLowerCase()) {
        const value = cleanText(meta.getAttribute('content'));
        if (value) return value;
      }
    }
  }
  return '';
}

/** The <title> text, or ''. (linkedom's `document.title` can throw on odd documents.) */
export function documentTitle(doc: Document): string {
  return cleanText(doc.querySelector('title')?.textContent);
}

/** Strip a site-name suffix from a <title>: "标题 — 中华人民共和国外交部", "标题-新华网". */
export function stripSiteSuffix(title: string): string {
  const parts = title.split(/\s*(?:[—–|｜_]|--|-(?=[^-]*$))\s*/);
  if (parts.length < 2) return title;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= 4 ? longest : title;
}
