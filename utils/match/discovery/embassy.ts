/**
 * Embassies and consulates (*.china-embassy.gov.cn) mirror statements in Chinese and English on
 * the same host: Chinese http://us.china-embassy.gov.cn/zmgx/zxxx/202503/t20250314_11590001.htm,
 * English under /eng/ (…/eng/zmgx/zxxx/202503/t20250314_11590002.htm). The English home page
 * links the latest items; their URLs carry the date.
 */
import type { Article } from '../../article';
import { readSources, type ListingSource } from './single';
import type { DiscoveryStrategy } from './types';
import { hostOf } from './xinhua';

export function embassySources(zhUrl: string): ListingSource[] {
  const url = new URL(zhUrl);
  const origin = `${url.protocol}//${url.host}`;
  // The English column mirroring the Chinese one, then the English home page.
  const column = url.pathname.replace(/\/\d{6}\/t\d{8}_\d+\.s?html?$/, '/');
  return [
    {
      url: `${origin}/eng${column}`,
      label: "the embassy's English column",
      place: 'embassy-column',
      linkSelector: 'a[href]',
    },
    {
      url: `${origin}/eng/`,
      label: "the embassy's English home page",
      place: 'embassy-home',
      linkSelector: 'a[href]',
    },
  ];
}

export const embassyStrategy: DiscoveryStrategy = {
  id: 'embassy',
  label: "the embassy's English pages",
  appliesTo: (zh: Article) =>
    hostOf(zh.url).endsWith('.china-embassy.gov.cn') && !/^https?:\/\/[^/]+\/eng\//.test(zh.url),
  discover: (zh, ctx) => {
    const host = hostOf(zh.url);
    const isArticle = (url: string) =>
      hostOf(url) === host && /\/eng\/.*\/t\d{8}_\d+\.s?html?$/.test(url);
    return readSources(embassySources(zh.url), isArticle, zh.date, zh.url, ctx);
  },
};
