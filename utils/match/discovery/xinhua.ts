/**
 * Xinhua: the English service's listings. English articles are
 * https://english.news.cn/[section/]YYYYMMDD/<32 hex>/c.html — the date in the URL filters them.
 * The English version is often a rewrite (see the seed statement), so content decides, not order.
 */
import type { Article } from '../../article';
import { readSources, type ListingSource } from './single';
import type { DiscoveryStrategy } from './types';
import { searchXinhua } from './xinhua-search';

export const XINHUA_SOURCES: readonly ListingSource[] = [
  {
    // Latest news: `#list .item .tit a` with `.time` (RSSHub xinhua/latest.ts).
    url: 'https://english.news.cn/list/latestnews.htm',
    label: "Xinhua's English latest news",
    place: 'xinhua-latest',
    linkSelector: '#list .item .tit a',
    dateSelector: '.time',
  },
  {
    // RSS feeds of the English service (english.news.cn/rss/worldrss.xml is read by public
    // scrapers; chinarss.xml is its China counterpart, where leaders' readouts appear).
    url: 'https://english.news.cn/rss/chinarss.xml',
    label: "Xinhua's English China feed",
    place: 'xinhua-china',
    linkSelector: '',
    rss: true,
  },
  {
    url: 'https://english.news.cn/rss/worldrss.xml',
    label: "Xinhua's English world feed",
    place: 'xinhua-world',
    linkSelector: '',
    rss: true,
  },
  {
    // The home page links the day's main stories; their URLs carry the date.
    url: 'https://english.news.cn/',
    label: "Xinhua's English home page",
    place: 'xinhua-home',
    linkSelector: 'a[href*="/c.html"]',
  },
];

const ARTICLE = /^https?:\/\/english\.news\.cn\/(?:[a-z]+\/)*\d{8}\/[0-9a-f]{32}\/c\.html$/;

export const xinhuaStrategy: DiscoveryStrategy = {
  id: 'xinhua',
  label: "Xinhua's English service",
  appliesTo: (zh: Article) =>
    /(^|\.)(news\.cn|xinhuanet\.com)$/.test(hostOf(zh.url)) && hostOf(zh.url) !== 'english.news.cn',
  async discover(zh, ctx) {
    const listed = await readSources(
      XINHUA_SOURCES,
      (url) => ARTICLE.test(url),
      zh.date,
      zh.url,
      ctx,
    );
    if (listed.candidates.length > 0) return listed;
    // Not on the latest lists (an older statement): ask Xinhua's search.
    const found = await searchXinhua(zh, ctx);
    return { candidates: found.candidates, searched: [...listed.searched, ...found.searched] };
  },
};

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
