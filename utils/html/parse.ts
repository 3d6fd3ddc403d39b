/**
 * HTML text → Document, in Node and in the extension's service worker (neither has DOMParser).
 * linkedom is small and fast; it does not build the implied <html>/<body> of the HTML spec, so
 * we add them where the markup leaves them out, which keeps `document.body` usable.
 */
import { DOMParser } from 'linkedom';

const EMPTY = '<!DOCTYPE html><html><head></head><body></body></html>';

/** Does the markup open an <html> element before any content? */
function hasHtmlRoot(html: string): boolean {
  const start = html.slice(0, 4096).replace(/<!--[\s\S]*?-->|<!doctype[^>]*>|<\?xml[^>]*>/gi, '');
  return /^\s*<html[\s>]/i.test(start);
}

/** Insert the <body> tag the HTML spec would imply, so content does not end up outside the body. */
function withBodyTag(html: string): string {
  if (/<body[\s>]/i.test(html) || /<frameset[\s>]/i.test(html)) return html;
  if (/<\/head\s*>/i.test(html)) return html.replace(/<\/head\s*>/i, '$&<body>');
  return html.replace(/<html[^>]*>/i, '$&<body>');
}

/**
 * Parse an HTML page. Always returns a document with a documentElement and a body (an empty one
 * for empty or non-HTML input). Never throws.
 */
export function parseHtml(html: string): Document {
  const parser = new DOMParser();
  try {
    const doc = parser.parseFromString(prepareHtml(html), 'text/html') as unknown as Document;
    if (ensureBody(doc)) return doc;
  } catch {
    // fall through to an empty document
  }
  return emptyDocument();
}

/** The markup as parsed: with the <html> and <body> the spec would imply. */
export function prepareHtml(html: string): string {
  return hasHtmlRoot(html)
    ? withBodyTag(html)
    : `<!DOCTYPE html><html><head></head><body>${html.replace(/^\s*<!doctype[^>]*>/i, '')}</body></html>`;
}

/** Give a parsed document a body if it has a root but none; false when it has no root. */
export function ensureBody(doc: Document): boolean {
  if (!doc.documentElement) return false;
  // A root without a body (e.g. only a <head>): append an empty body so callers can rely on it.
  if (!doc.querySelector('body')) doc.documentElement.appendChild(doc.createElement('body'));
  return true;
}

/** An empty HTML document (<html><head></head><body></body></html>). */
export function emptyDocument(): Document {
  return new DOMParser().parseFromString(EMPTY, 'text/html') as unknown as Document;
}
