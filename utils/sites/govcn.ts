/**
 * The central government portal — www.gov.cn (Chinese), english.www.gov.cn (English).
 * Chinese policy-page structure verified on ../shared/corpus/sites/govcn; news articles and the
 * English site follow RSSHub's gov/cn routes (no saved English page exists).
 */
import type { SiteAdapter } from './types';

const english = (url: URL) => /^english\./.test(url.hostname);

export const govcn: SiteAdapter = {
  site: 'govcn',
  matchesHost: (host) => /^(?:www\.|english\.www\.)?gov\.cn$/.test(host),
  // /yaowen/liebiao/202506/content_7028150.htm, /zhengce/content/202609/content_7082302.htm,
  // english.www.gov.cn/news/202506/20/content_WS6854e0c2c6d0868f4e8f3a1b.html
  isArticlePath: (path) => /\/content_(?:\d+|WS[0-9a-f]+)\.html?$/i.test(path),
  defaultSource: { zh: '中国政府网', en: 'english.gov.cn' },
  layouts: [
    {
      name: 'govcn-en',
      when: english,
      detect: '#UCAP-CONTENT, .pages_content, #content, .article-content',
      body: ['#UCAP-CONTENT', '.pages_content', '.article-content .content', '#content'],
      title: ['.article h1', '.article-title', '.title h1', 'h1#title', 'h1'],
      date: ['.pages-date', '.article-date', '.date', '.time'],
      dateMeta: ['firstpublishedtime', 'PubDate'],
      source: ['.pages-date .font', '.article-source', '.source'],
      skip: ['.pages_print', '.editor', '.share'],
      lang: 'en',
    },
    {
      // News: https://www.gov.cn/yaowen/liebiao/202506/content_7028150.htm
      // Policy: https://www.gov.cn/zhengce/zhengceku/202609/content_7082302.htm (body has a mobile copy)
      name: 'govcn-zh',
      detect: '#UCAP-CONTENT',
      body: ['#UCAP-CONTENT'],
      title: ['.article h1', '#ti', '.policyLibraryOverview_header td:nth-child(2)', 'h1'],
      date: ['.pages-date'],
      dateMeta: ['firstpublishedtime'],
      source: ['.pages-date .font'],
      skip: ['.pages_print', '.editor', '.share'],
    },
  ],
};
