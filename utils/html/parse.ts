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
    const source = hasHtmlRoot(html)
      ? withBodyTag(html)
      : `<!DOCTYPE html><html><head></head><body>${html.replace(/^\s*<!doctype[^>]*>/i, '')}</body></html>`;
    const doc = parser.parseFromString(source, 'text/html') as unknown as Document;
    if (doc.documentElement && doc.querySelector('body')) return doc;
    if (doc.documentElement) {
      // A root without a body (e.g. only a <head>): append an empty body so callers can rely on it.
      doc.documentElement.appendChild(doc.createElement('body'));
      return doc;
    }
  } catch {
    // fall through to an empty document
  }
  return parser.parseFromString(EMPTY, 'text/html') as unknown as Document;
}
