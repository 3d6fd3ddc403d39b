/**
 * People's Daily: en.people.cn. Articles are https://en.people.cn/n3/YYYY/MMDD/c90000-ID.html
 * (the date is in the URL); the home page links the day's stories.
 */
import type { Article } from '../../article';
import { readSources, type ListingSource } from './single';
import type { DiscoveryStrategy } from './types';
import { hostOf } from './xinhua';

export const PEOPLE_SOURCES: readonly ListingSource[] = [
  {
    url: 'https://en.people.cn/',
    label: "People's Daily English home page",
    place: 'people-home',
    linkSelector: 'a[href*="/n3/"]',
  },
];

const ARTICLE = /^https?:\/\/en\.people\.cn\/n3\/\d{4}\/\d{4}\/c\d+-\d+\.html$/;

export const peopleStrategy: DiscoveryStrategy = {
  id: 'people',
  label: "People's Daily English edition",
  appliesTo: (zh: Article) => hostOf(zh.url).endsWith('.people.com.cn'),
  discover: (zh, ctx) =>
    readSources(PEOPLE_SOURCES, (url) => ARTICLE.test(url), zh.date, zh.url, ctx),
};
