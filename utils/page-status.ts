import type { Article } from './article';
import type { ArticleSummary } from './messaging';

/** The part of an article the popup and the badge need. */
export function summarise(article: Article): ArticleSummary {
  return {
    url: article.url,
    lang: article.lang,
    site: article.site,
    kind: article.kind,
    title: article.title,
    date: article.date,
    paragraphCount: article.paragraphs.length,
    characterCount: article.paragraphs.reduce((sum, p) => sum + p.text.length, 0),
  };
}
