// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../utils/article';
import { embassyStrategy } from '../../../../utils/match/discovery/embassy';
import { govcnStrategy } from '../../../../utils/match/discovery/govcn';
import { strategiesFor } from '../../../../utils/match/discovery';
import { dateFromUrl } from '../../../../utils/match/discovery/listing';
import { pageLinksStrategy } from '../../../../utils/match/discovery/page-links';
import { peopleStrategy } from '../../../../utils/match/discovery/people';
import { readRss } from '../../../../utils/match/discovery/single';
import { xinhuaStrategy } from '../../../../utils/match/discovery/xinhua';
import { contextFor, fixture } from '../fake-sites';

function zh(url: string, date: string): Article {
  return {
    url,
    lang: 'zh',
    site: 'generic',
    kind: 'readout',
    title: '',
    date,
    speakers: [],
    source: null,
    paragraphs: [],
  };
}

describe('xinhua discovery', () => {
  it('keeps English articles dated within three days, from the list and the URL dates', async () => {
    const { ctx, requested } = contextFor({
      'https://english.news.cn/list/latestnews.htm': { file: 'xinhua/en-latest-listing.html' },
    });
    const statement = zh(
      'https://www.news.cn/politics/leaders/20250312/7c1e2a9b4d5f4e3a8b6c0d1e2f3a4b5c/c.html',
      '2025-03-12',
    );
    expect(xinhuaStrategy.appliesTo(statement)).toBe(true);
    const found = await xinhuaStrategy.discover(statement, ctx);
    expect(found.candidates.map((c) => c.date)).toEqual([
      '2025-03-12',
      '2025-03-12',
      '2025-03-13',
      '2025-03-11',
    ]);
    expect(found.candidates.map((c) => c.url)).toContain(
      'https://english.news.cn/20250312/a4b5c6d7e8f94a0b1c2d3e4f5a6b7c8d/c.html',
    );
    expect(requested).toEqual([
      'https://english.news.cn/list/latestnews.htm',
      'https://english.news.cn/rss/chinarss.xml',
      'https://english.news.cn/rss/worldrss.xml',
      'https://english.news.cn/',
    ]);
    expect(found.searched.at(-1)).toBe('https://english.news.cn/ (not-found)');
  });

  it('adds items of the RSS feeds, without duplicates', async () => {
    const item = (url: string, date: string) =>
      `<item><title>Made-up item</title><link>${url}</link><pubDate>${date}</pubDate></item>`;
    const { ctx } = contextFor({
      'https://english.news.cn/list/latestnews.htm': { file: 'xinhua/en-latest-listing.html' },
      'https://english.news.cn/rss/chinarss.xml': `<rss><channel>${item(
        'https://english.news.cn/20250312/a4b5c6d7e8f94a0b1c2d3e4f5a6b7c8d/c.html',
        'Wed, 12 Mar 2025 13:30:45 GMT',
      )}${item('https://english.news.cn/20250314/00112233445566778899aabbccddeeff/c.html', 'Fri, 14 Mar 2025 01:00:00 GMT')}</channel></rss>`,
    });
    const statement = zh(
      'https://www.news.cn/politics/leaders/20250312/7c1e2a9b4d5f4e3a8b6c0d1e2f3a4b5c/c.html',
      '2025-03-12',
    );
    const found = await xinhuaStrategy.discover(statement, ctx);
    expect(found.candidates).toHaveLength(5);
    expect(found.candidates.filter((c) => c.url.includes('a4b5c6d7'))).toHaveLength(1);
    expect(found.candidates.map((c) => c.url)).toContain(
      'https://english.news.cn/20250314/00112233445566778899aabbccddeeff/c.html',
    );
  });
});

describe('gov.cn discovery', () => {
  it('merges the RSS feed and the news list', async () => {
    const { ctx } = contextFor({
      'https://english.www.gov.cn/rss/news.xml': { file: 'govcn/en-news-rss.xml' },
      'https://english.www.gov.cn/news/': { file: 'govcn/en-news-listing.html' },
    });
    const found = await govcnStrategy.discover(
      zh('https://www.gov.cn/yaowen/liebiao/202503/content_7012345.htm', '2025-03-13'),
      ctx,
    );
    expect(found.candidates.map((c) => c.url.slice(-15))).toEqual([
      '8f4e8f2b3c.html',
      '8f4e8f2c40.html',
      '8f4e8f2a11.html',
    ]);
    expect(found.searched).toContain(
      'https://english.www.gov.cn/policies/latestreleases/ (not-found)',
    );
  });

  it('reads RSS items with CDATA, entities and Beijing-time dates', () => {
    const items = readRss(fixture('govcn/en-news-rss.xml'));
    expect(items[1]).toEqual({
      url: 'https://english.www.gov.cn/news/202503/14/content_WS67d3e5f6c6d0868f4e8f2c40.html',
      title: 'Vice-premier calls for steady grain output & stable prices',
      date: '2025-03-14',
    });
    expect(items[0]!.title).toBe('State Council meeting on elderly care services');
  });
});

describe("People's Daily discovery", () => {
  it('takes dated story links from the English home page', async () => {
    const { ctx } = contextFor({ 'https://en.people.cn/': { file: 'people/en-home.html' } });
    const found = await peopleStrategy.discover(
      zh('http://politics.people.com.cn/n1/2025/0313/c1001-40438765.html', '2025-03-13'),
      ctx,
    );
    expect(found.candidates.map((c) => c.url)).toEqual([
      'https://en.people.cn/n3/2025/0313/c90000-20307654.html',
      'https://en.people.cn/n3/2025/0313/c90000-20307701.html',
      'https://en.people.cn/n3/2025/0312/c90000-20307220.html',
    ]);
  });
});

describe('embassy discovery', () => {
  it('looks in the English column on the same host, then the English home page', async () => {
    const { ctx, requested } = contextFor({
      'http://us.china-embassy.gov.cn/eng/': { file: 'embassy/en-home.html' },
    });
    const statement = zh(
      'http://us.china-embassy.gov.cn/zmgx/zxxx/202503/t20250314_11590001.htm',
      '2025-03-14',
    );
    const found = await embassyStrategy.discover(statement, ctx);
    expect(requested).toEqual([
      'http://us.china-embassy.gov.cn/eng/zmgx/zxxx/',
      'http://us.china-embassy.gov.cn/eng/',
    ]);
    expect(found.candidates.map((c) => c.url)).toEqual([
      'http://us.china-embassy.gov.cn/eng/zmgx/zxxx/202503/t20250314_11590002.htm',
      'http://us.china-embassy.gov.cn/eng/zmgx/zxxx/202503/t20250312_11589410.htm',
    ]);
    expect(
      embassyStrategy.appliesTo(zh('http://us.china-embassy.gov.cn/eng/zmgx/t1.htm', '2025-03-14')),
    ).toBe(false);
  });
});

describe('links on the page', () => {
  it('offers an "English" link to an official article, not home pages or other sites', async () => {
    const { ctx, requested } = contextFor({}, [
      {
        url: 'https://www.mfa.gov.cn/eng/xw/zyxw/202506/t20250619_11649901.html',
        text: ' English ',
      },
      { url: 'https://www.mfa.gov.cn/eng/', text: 'English' },
      { url: 'https://translate.example.com/x', text: 'English' },
      { url: 'https://www.mfa.gov.cn/web/zyxw/', text: '要闻' },
    ]);
    const found = await pageLinksStrategy.discover(
      zh('https://www.mfa.gov.cn/web/zyxw/202506/t1.shtml', '2025-06-19'),
      ctx,
    );
    expect(found.candidates.map((c) => c.url)).toEqual([
      'https://www.mfa.gov.cn/eng/xw/zyxw/202506/t20250619_11649901.html',
    ]);
    expect(requested).toEqual([]);
  });
});

describe('strategy selection and URL dates', () => {
  it('chooses strategies by the Chinese page host', () => {
    const ids = (url: string) => strategiesFor(zh(url, '2025-01-01')).map((s) => s.id);
    expect(ids('https://www.mfa.gov.cn/web/a/t1.shtml')).toEqual(['page-links', 'mfa']);
    expect(ids('https://www.xinhuanet.com/politics/2019-06/20/c_1.htm')).toEqual([
      'page-links',
      'xinhua',
    ]);
    expect(ids('https://www.gov.cn/a.htm')).toEqual(['page-links', 'govcn']);
    expect(ids('http://world.people.com.cn/n1/2025/0313/c1-2.html')).toEqual([
      'page-links',
      'people',
    ]);
  });

  it('reads dates from the sites’ URL patterns', () => {
    expect(dateFromUrl('https://www.mfa.gov.cn/eng/xw/202506/t20250620_11650123.html')).toBe(
      '2025-06-20',
    );
    expect(dateFromUrl('https://en.people.cn/n3/2025/0313/c90000-1.html')).toBe('2025-03-13');
    expect(dateFromUrl('https://english.www.gov.cn/news/202503/13/content_WSabc.html')).toBe(
      '2025-03-13',
    );
    expect(dateFromUrl('https://english.news.cn/20250312/abc/c.html')).toBe('2025-03-12');
    expect(dateFromUrl('https://www.fmprc.gov.cn/mfa_eng/t1680061.shtml')).toBeNull();
  });
});
