/**
 * Xinhua — www.news.cn, www.xinhuanet.com (Chinese), english.news.cn (English), so.news.cn (its
 * search: never a statement page, rejected by URL).
 * Current Chinese template verified on ../shared/corpus/sites/xinhua; English after megaCrawler
 * and the fragment in ../shared/corpus/sites/xinhua-en.
 */
import type { SiteAdapter } from './types';

const english = (url: URL) => /^english\./.test(url.hostname) || /^\/english\//.test(url.pathname);

export const xinhua: SiteAdapter = {
  site: 'xinhua',
  matchesHost: (host) =>
    /^(?:www\.|english\.|so\.)?news\.cn$|^(?:www\.|english\.)?xinhuanet\.com$/.test(host),
  // /politics/leaders/20240509/3dd6e33cc6d749fbaae01fea337ff400/c.html, /politics/2019-06/05/c_1124588552.htm
  isArticlePath: (path) => /\/c\.html?$|\/c_\d+\.html?$/i.test(path),
  defaultSource: { zh: '新华网', en: 'Xinhua' },
  layouts: [
    {
      // https://english.news.cn/20250619/5d3c0e0f6a8b4c1e9f2a7b6c5d4e3f21/c.html
      name: 'xinhua-en',
      when: english,
      detect: '#detailContent, #detail, #content',
      body: ['#detailContent', '#detail', '#content'],
      title: ['.conBox h1', 'h1.Btitle', '.Btitle', '.mheader h1 .title', 'h1'],
      date: ['.conBox .time', '.info .time', '.time', '.info'],
      dateMeta: ['publishdate'],
      sourceMeta: ['source'],
      skip: ['.editor', '.share', '.bottom-share', '.pageShare'],
      lang: 'en',
    },
    {
      // https://www.news.cn/politics/leaders/20240509/3dd6e33cc6d749fbaae01fea337ff400/c.html
      name: 'xinhua-2021-zh',
      detect: '#detail, #detailContent',
      body: ['#detail #detailContent', '#detailContent', '#detail'],
      title: ['.head-line h1 .title', 'h1 span.title', '.mheader h1 .title', 'h1'],
      date: ['.header-time', '.mheader .info', '.info'],
      dateMeta: ['publishdate'],
      source: ['.header-cont .source', '.mheader .info span'],
      sourceMeta: ['source'],
      skip: ['.editor', '#articleEdit', '.pageShare', '#DH-PLAYERID0', '.player-container'],
    },
    {
      // http://www.xinhuanet.com/politics/2019-06/05/c_1124588552.htm (2016–2020 template)
      name: 'xinhua-2016-zh',
      detect: '#p-detail',
      body: ['#p-detail'],
      title: ['.h-title', 'h1'],
      date: ['.h-time'],
      source: ['#source', '.h-info .source'],
      skip: ['.p-right', '#articleEdit', '.zan-wap', '.tadd'],
    },
  ],
};
