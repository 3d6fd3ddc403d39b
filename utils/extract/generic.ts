/**
 * The generic extractor, for pages off the official sites when the user asks (toolbar button),
 * and as a fallback on official article URLs whose template no adapter knows. It scores block
 * containers by their prose (sentence-like text outside links), takes the best one as the body,
 * finds the title near it and the date in metadata or a `发布时间:… | 来源:…` line.
 */
import type { ExtractResult, SiteId } from '../article';
import { collectBlocks, type Block } from './blocks';
import { buildArticle, cleanSource, langFromUrl, separateMeta } from './build';
import { parseDate } from './dates';
import { cleanText, documentTitle, hanCount, metaContent, stripSiteSuffix } from './text';

const DATE_METAS = [
  'publishdate',
  'PubDate',
  'firstpublishedtime',
  'article:published_time',
  'og:release_date',
  'pubdate',
  'publish_date',
  'date',
  'dc.date',
];
const TITLE_METAS = ['ArticleTitle', 'og:title', 'twitter:title', 'title'];

/** Prose value of a block: long runs with sentence punctuation count, link text does not. */
function proseScore(block: Block): number {
  const length = block.text.length - block.linkChars;
  if (length < 10 || block.linkChars > block.text.length * 0.3) return 0;
  const sentences = (block.text.match(/[。！？；.!?;，,]/g) ?? []).length;
  return sentences ? length + hanCount(block.text) * 0.5 : length * 0.2;
}

/** The container holding most of the prose: a <p>'s parent, or the block element itself. */
function bestContainer(blocks: readonly Block[], body: Element): Element | null {
  const scores = new Map<Element, number>();
  for (const block of blocks) {
    const score = proseScore(block);
    if (!score) continue;
    const tag = block.el.tagName.toUpperCase();
    const container = tag === 'P' || tag === 'LI' ? (block.el.parentElement ?? body) : block.el;
    scores.set(container, (scores.get(container) ?? 0) + score);
    const grand = container.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score * 0.3);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return bestScore >= 40 ? best : null;
}

function findTitle(doc: Document): { text: string; el: Element | null } {
  const pageTitle = documentTitle(doc);
  for (const el of Array.from(doc.querySelectorAll('h1, h2, .title, #title, .article-title'))) {
    const text = cleanText(el.textContent);
    if (
      text.length >= 4 &&
      text.length <= 120 &&
      (pageTitle.includes(text) || el.tagName === 'H1')
    ) {
      return { text, el };
    }
  }
  const meta = metaContent(doc, TITLE_METAS);
  return { text: meta || stripSiteSuffix(pageTitle), el: null };
}

/** Extract the main text of any page. `site` is 'generic' off the official sites. */
export function extractGeneric(
  doc: Document,
  url: string,
  site: SiteId = 'generic',
): ExtractResult {
  const body = doc.querySelector('body');
  if (!body) return { ok: false, reason: 'no-body', detail: 'the document has no body' };
  const all = collectBlocks(body);
  const container = bestContainer(all, body);
  if (!container) return { ok: false, reason: 'no-body', detail: 'no block of prose found' };
  const blocks = collectBlocks(container).filter((b) => b.linkChars <= b.text.length * 0.5);
  // Metadata lines usually sit just above the text, outside its container.
  const { meta } = separateMeta(all);
  const title = findTitle(doc);
  const metaDate = parseDate(metaContent(doc, DATE_METAS));
  return buildArticle({
    url,
    site,
    title: title.text,
    titleEl: title.el,
    body: [container],
    blocks,
    date: metaDate ?? meta.find((m) => m.date)?.date ?? null,
    source:
      cleanSource(metaContent(doc, ['source'])) ?? cleanSource(meta.find((m) => m.source)?.source),
    urlLang: langFromUrl(url),
    defaultSource: null,
  });
}
