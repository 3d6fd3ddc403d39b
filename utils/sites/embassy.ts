/**
 * China's embassies and consulates — *.china-embassy.gov.cn. They run the ministry's content
 * system (TRS): older pages use the ministry's 2018–2020 ids (#News_Body_Title…), newer ones a
 * layout close to the ministry's current one. No saved embassy page exists: selectors are the
 * ministry's, kept broad.
 */
import type { SiteAdapter } from './types';

export const embassy: SiteAdapter = {
  site: 'embassy',
  matchesHost: (host) => /(?:^|\.)china-embassy\.gov\.cn$/.test(host),
  // http://us.china-embassy.gov.cn/zmgx/zxxx/202506/t20250620_11111111.htm, /eng/zmgx/…
  isArticlePath: (path) => /\/t\d{5,}(?:_\d+)?\.s?html?$/i.test(path),
  defaultSource: { zh: '中国驻外使馆', en: 'Chinese Embassy' },
  layouts: [
    {
      name: 'embassy-trs-old',
      detect: '#News_Body_Txt_A',
      body: ['#News_Body_Txt_A'],
      title: ['#News_Body_Title', 'h1'],
      date: ['#News_Body_Time'],
      source: ['#News_Body_source'],
    },
    {
      // https://us.china-embassy.gov.cn/eng/zmgx/zxxx/202506/t20250620_11111112.htm
      name: 'embassy-current',
      detect: '.news_content, .content_text, .news_details, .TRS_Editor',
      body: [
        '.news_content .content_text',
        '.content_text',
        '.news_content',
        '.news_details .TRS_Editor',
        '.TRS_Editor',
      ],
      title: ['.news_header_title', '.news_title', '.news_details h1', 'h1', 'h2.title'],
      date: ['.xltime', '.news_time', '.news_details .time', '.time', '.date'],
      dateMeta: ['PubDate', 'publishdate'],
      source: ['.news_source'],
    },
  ],
};
