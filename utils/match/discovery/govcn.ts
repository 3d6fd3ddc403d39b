/**
 * The government portal: english.www.gov.cn. Articles are
 * https://english.www.gov.cn/{news|policies/latestreleases}/YYYYMM/DD/content_WS<hex>.html.
 * Listings `.list-container li` (a link and a date `span`); RSS /rss/news.xml.
 */
import type { Article } from '../../article';
import { readSources, type ListingSource } from './single';
import type { DiscoveryStrategy } from './types';
import { hostOf } from './xinhua';

export const GOVCN_SOURCES: readonly ListingSource[] = [
  {
    url: 'https://english.www.gov.cn/rss/news.xml',
    label: 'the English government portal news feed',
    place: 'govcn-feed',
    linkSelector: '',
    rss: true,
  },
  {
    url: 'https://english.www.gov.cn/news/',
    label: 'the English government portal news list',
    place: 'govcn-news',
    linkSelector: '.list-container li a',
    dateSelector: 'span',
  },
  {
    url: 'https://english.www.gov.cn/policies/latestreleases/',
    label: 'the English government portal policy releases',
    place: 'govcn-policies',
    linkSelector: '.list-container li a',
    dateSelector: 'span',
  },
];

const ARTICLE =
  /^https?:\/\/english\.www\.gov\.cn\/[a-z/]+\/\d{6}\/\d{2}\/content_WS[0-9a-f]+\.html$/;

export const govcnStrategy: DiscoveryStrategy = {
  id: 'govcn',
  label: 'the English government portal',
  appliesTo: (zh: Article) => hostOf(zh.url) === 'www.gov.cn',
  discover: (zh, ctx) =>
    readSources(GOVCN_SOURCES, (url) => ARTICLE.test(url), zh.date, zh.url, ctx),
};
