/**
 * Recognising and extracting official statements: a pure function of (document, URL).
 *
 *   extractArticle(document, location.href)            → the official sites' adapters
 *   extractArticle(document, url, { generic: true })    → any page, when the user asks
 *
 * Never throws: an unexpected error becomes a "not recognised" result.
 */
import type { ExtractResult } from '../article';
import { adapterFor } from '../sites/site-key';
import { extractWithAdapter } from './layout';
import { extractGeneric } from './generic';
import { classifyDocument, rejectByUrl, type Rejection } from './reject';

export interface ExtractOptions {
  /** The user asked to read this page: use the generic extractor where no adapter applies. */
  generic?: boolean;
}

function reject({ reason, detail }: Rejection): ExtractResult {
  return { ok: false, reason, detail };
}

/**
 * Recognise and extract the statement on a page. `doc` is the live document (content script) or a
 * parsed one (parseHtml, in Node and the background worker); `url` is the page's address, which
 * selects the site adapter. Returns the article with the DOM nodes of its title and paragraphs, or
 * why the page is not a statement. Pure: call it again after the page changes (bodies filled in
 * by scripts) and it reads the document afresh.
 */
export function extractArticle(
  doc: Document,
  url: string,
  options: ExtractOptions = {},
): ExtractResult {
  try {
    const byUrl = rejectByUrl(url);
    if (byUrl) return reject(byUrl);
    const adapter = adapterFor(url);
    if (adapter) {
      const result = extractWithAdapter(doc, url, adapter);
      if (result?.ok) return result;
      if (result && result.reason !== 'no-body') return result;
      const page = classifyDocument(doc);
      if (page.decisive) return reject(page);
      let path = '';
      try {
        path = new URL(url).pathname;
      } catch {
        // keep ''
      }
      // An article URL in a template no adapter knows: degrade to the generic extractor.
      if (options.generic || adapter.isArticlePath(path)) {
        const generic = extractGeneric(doc, url, adapter.site);
        if (generic.ok) return generic;
      }
      return page.reason !== 'no-body' || !result ? reject(page) : result;
    }
    if (options.generic) {
      const page = classifyDocument(doc);
      if (page.decisive) return reject(page);
      const generic = extractGeneric(doc, url);
      return generic.ok || page.reason === 'no-body' ? generic : reject(page);
    }
    return { ok: false, reason: 'unsupported-host', detail: 'not one of the official sites' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'no-body', detail: `extraction failed: ${message}` };
  }
}

/**
 * A URL-only guess, for tools that sort archives before parsing them: true when `url` is on a
 * supported site and its path has an article's shape (not a listing, search, error, media or
 * non-HTML URL). The content script does not rely on it: a page whose URL is not article-shaped
 * may still carry a statement in a known layout, and extractArticle rejects by URL first anyway.
 */
export function looksLikeStatementUrl(url: string): boolean {
  if (rejectByUrl(url)) return false;
  const adapter = adapterFor(url);
  if (!adapter) return false;
  try {
    return adapter.isArticlePath(new URL(url).pathname);
  } catch {
    return false;
  }
}

export { adapterFor, siteKeyFor, SITE_ADAPTERS, SITE_NAMES } from '../sites/site-key';
export type { SiteKey } from '../sites/site-key';
