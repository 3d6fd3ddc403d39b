/**
 * Extraction with a site adapter: find the adapter's layout on the page, read title, date, source
 * and body with its selectors, and hand the blocks to buildArticle.
 */
import type { ExtractResult } from '../article';
import type { Layout, SiteAdapter } from '../sites/types';
import { collectBlocks } from './blocks';
import { buildArticle, cleanSource, langFromUrl } from './build';
import { dateFromYearlessTitle, parseDate } from './dates';
import { cleanText, documentTitle, firstElement, metaContent, stripSiteSuffix } from './text';

function matchesAny(el: Element, selectors: readonly string[] | undefined): boolean {
  if (!selectors?.length) return false;
  return selectors.some((s) => {
    try {
      return el.matches(s);
    } catch {
      return false;
    }
  });
}

function readDate(doc: Document, layout: Layout): string | null {
  const fromMeta = layout.dateMeta?.length ? parseDate(metaContent(doc, layout.dateMeta)) : null;
  if (fromMeta) return fromMeta;
  for (const selector of layout.date ?? []) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const date = parseDate(cleanText(el.textContent));
      if (date) return date;
    }
  }
  return null;
}

function readSource(doc: Document, layout: Layout): string | null {
  const fromMeta = layout.sourceMeta?.length
    ? cleanSource(metaContent(doc, layout.sourceMeta))
    : null;
  if (fromMeta) return fromMeta;
  const el = firstElement(doc, layout.source ?? [], (e) => cleanSource(e.textContent) !== null);
  return el ? cleanSource(el.textContent) : null;
}

/** Extract with the first of the adapter's layouts that is present; null when none is. */
export function extractWithAdapter(
  doc: Document,
  url: string,
  adapter: SiteAdapter,
): ExtractResult | null {
  let firstFailure: ExtractResult | null = null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  for (const layout of adapter.layouts) {
    if (layout.when && (!parsed || !layout.when(parsed))) continue;
    if (!doc.querySelector(layout.detect)) continue;
    const body = firstElement(doc, layout.body, (el) => cleanText(el.textContent) !== '');
    if (!body) continue;
    const titleEl = firstElement(doc, layout.title, (el) => cleanText(el.textContent) !== '');
    const blocks = collectBlocks(body, { skip: (el) => matchesAny(el, layout.skip) });
    const title = titleEl ? cleanText(titleEl.textContent) : stripSiteSuffix(documentTitle(doc));
    const result = buildArticle({
      url,
      site: adapter.site,
      title,
      titleEl,
      body: [body],
      blocks,
      date: readDate(doc, layout) ?? parseDate(title) ?? dateFromYearlessTitle(title, body),
      source: readSource(doc, layout),
      lang: layout.lang,
      urlLang: langFromUrl(url),
      defaultSource: adapter.defaultSource,
    });
    if (result.ok) {
      const counterpart = adapter.counterpartUrl?.(doc, url);
      if (counterpart) result.article.counterpartUrl = counterpart;
      return result;
    }
    firstFailure ??= result;
  }
  return firstFailure;
}
