/**
 * Ministry of Foreign Affairs — www.mfa.gov.cn and www.fmprc.gov.cn (one site, two names).
 * Selectors verified on ../shared/corpus/mfa-2018-2020 (old layout) and ../shared/corpus/sites/mfa
 * (current English layout); the current Chinese layout follows scrapers (see ../shared/docs/sites.md).
 */
import type { SiteAdapter } from './types';

export const mfa: SiteAdapter = {
  site: 'mfa',
  matchesHost: (host) => /^(?:www\.)?(?:mfa|fmprc)\.gov\.cn$/.test(host),
  // t1680056.shtml (2018–2020), t20251017_11735636.html (current)
  isArticlePath: (path) => /\/t\d{5,}(?:_\d+)?\.s?html?$/i.test(path),
  defaultSource: { zh: '外交部', en: 'Ministry of Foreign Affairs' },
  counterpartUrl: (doc, url) => mfaChineseVersionUrl(doc, url),
  layouts: [
    {
      // Old: https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1680056.shtml
      // Current: https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/202410/t20241017_11509243.shtml
      //          https://www.fmprc.gov.cn/fyrbt_673021/202510/t20251017_11735526.shtml
      name: 'mfa-zh',
      detect: '#News_Body_Txt_A',
      body: ['#News_Body_Txt_A'],
      title: ['#News_Body_Title', '.news-title h1', '.news_title', 'h1'],
      date: ['#News_Body_Time', '.news-title .time', '.time span', '.time'],
      dateMeta: ['PubDate', 'publishdate'],
      source: ['#News_Body_source', '.news-title .source'],
      skip: ['#appendix_list', '#relnews_list', '.info'],
    },
    {
      // Old English: https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1680061.shtml
      // No date element: the date is taken from the title ("… Press Conference on March 27, 2019").
      name: 'mfa-2018-en',
      detect: 'div.content_mod h2.title',
      body: ['div.content_mod div.content', 'div.content'],
      title: ['div.content_mod h2.title', 'h2.title'],
      date: ['#News_Body_Time'],
      skip: ['#Appendix_article', '.newsLst_mod'],
    },
    {
      // Current English: https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/202510/t20251017_11735636.html
      // (the 2024 template misspells the body class as "view_dedault")
      name: 'mfa-current-en',
      detect: '.news_content .content_text, .news_header_title',
      body: [
        '.content_text .view_default',
        '.content_text .view_dedault',
        '.content_text .TRS_UEDITOR',
        '.content_text',
      ],
      title: ['.news_header_title', 'h1'],
      date: ['.xltime', '.news_header_time'],
      dateMeta: ['PubDate'],
      source: [],
    },
    {
      // Current Chinese without the old body id: https://www.mfa.gov.cn/web/zyxw/202506/t20250620_11111111.shtml
      name: 'mfa-current-zh',
      detect: '.news-main, .news-details',
      body: ['.news-main .content_text', '.news-main .TRS_UEDITOR', '.news-main'],
      title: ['.news-title h1', 'h1'],
      date: ['.news-title .time', '.time span', '.time'],
      dateMeta: ['PubDate', 'publishdate'],
      source: ['.news-title .source'],
    },
  ],
};

/** The Chinese version an English page links to (`div.news_header_lang span[data-desc="中文"] a`). */
export function mfaChineseVersionUrl(doc: Document, baseUrl: string): string | null {
  const link = doc.querySelector('div.news_header_lang span[data-desc="中文"] a[href]');
  const href = link?.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href, baseUrl).href;
  } catch {
    return null;
  }
}

/**
 * One spelling per page: the ministry serves the same pages under www.fmprc.gov.cn and
 * www.mfa.gov.cn; this maps both (and http) to https://www.mfa.gov.cn, for comparing links.
 */
export function mfaCanonicalUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (!mfa.matchesHost(parsed.hostname.toLowerCase())) return url;
    parsed.protocol = 'https:';
    parsed.hostname = 'www.mfa.gov.cn';
    return parsed.href;
  } catch {
    return url;
  }
}
