// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../utils/article';
import { xinhuaStrategy } from '../../../../utils/match/discovery/xinhua';
import {
  readSearchResults,
  searchKeywords,
  searchUrl,
} from '../../../../utils/match/discovery/xinhua-search';
import { contextFor } from '../fake-sites';

const STATEMENT: Article = {
  url: 'https://www.news.cn/politics/leaders/20240115/0a1b2c3d4e5f40718293a4b5c6d7e8f9/c.html',
  lang: 'zh',
  site: 'xinhua',
  kind: 'readout',
  title: '习近平同俄罗斯总统普京通电话',
  date: '2024-01-15',
  speakers: [],
  source: null,
  paragraphs: [],
};
const EN = 'https://english.news.cn/20240115/9f8e7d6c5b4a49382716a5b4c3d2e1f0/c.html';
const EMPTY_LIST = '<html><body><div id="list"></div></body></html>';

/** An answer of the search in the shape public scrapers read (title with highlight markup). */
function answer(items: { title: string; url: string; pubtime: string }[]): string {
  return JSON.stringify({ code: 200, content: { results: items } });
}

describe("Xinhua's search", () => {
  it('asks in English, with the names of the Chinese title, people first', () => {
    expect(searchKeywords(STATEMENT.title)).toBe('Xi Jinping Vladimir Putin Russia');
    expect(searchKeywords('关于加强水利建设的通知')).toBeNull();
    expect(searchUrl('Xi Jinping Vladimir Putin', 2)).toBe(
      'https://so.news.cn/getNews?keyword=Xi+Jinping+Vladimir+Putin&curPage=2&sortField=0&searchFields=1&lang=en',
    );
  });

  it('reads English article links and dates from the JSON, as text', () => {
    const links = readSearchResults(
      answer([
        {
          title: '<font color=red>Xi</font> holds phone talks',
          url: EN.replace('https', 'http'),
          pubtime: '2024-01-15 21:03:11',
        },
        {
          title: '习近平通电话',
          url: 'http://www.news.cn/politics/2024-01/15/c_1.htm',
          pubtime: '2024-01-15 20:00:00',
        },
      ]),
    );
    expect(links).toEqual([{ url: EN, title: 'Xi holds phone talks', date: '2024-01-15' }]);
    expect(readSearchResults('<html>blocked</html>')).toEqual([]);
    expect(readSearchResults('{"content":{"results":"nope"}}')).toEqual([]);
  });

  it('is asked when the latest lists do not have the statement, and finds it', async () => {
    const keywords = searchKeywords(STATEMENT.title)!;
    const { ctx, requested } = contextFor({
      'https://english.news.cn/list/latestnews.htm': EMPTY_LIST,
      'https://english.news.cn/': EMPTY_LIST,
      [searchUrl(keywords, 1)]: answer([
        {
          title: 'Other news',
          url: 'https://english.news.cn/20240120/00000000000000000000000000000001/c.html',
          pubtime: '2024-01-20 09:00:00',
        },
        { title: 'Xi holds phone talks with Putin', url: EN, pubtime: '2024-01-15 21:03:11' },
        {
          title: 'Older news',
          url: 'https://english.news.cn/20240101/00000000000000000000000000000002/c.html',
          pubtime: '2024-01-01 09:00:00',
        },
      ]),
    });
    const found = await xinhuaStrategy.discover(STATEMENT, ctx);
    expect(found.candidates.map((c) => c.url)).toEqual([EN]);
    expect(found.searched).toContain(searchUrl(keywords, 1));
    // The answer reached back past the statement's date: no second page.
    expect(requested).not.toContain(searchUrl(keywords, 2));
  });

  it('is not asked when the latest lists already have candidates', async () => {
    const { ctx, requested } = contextFor({
      'https://english.news.cn/list/latestnews.htm': `<div id="list"><div class="item"><div class="tit"><a href="${EN}">Xi talks</a></div><div class="time">2024-01-15</div></div></div>`,
    });
    await xinhuaStrategy.discover(STATEMENT, ctx);
    expect(requested.some((url) => url.startsWith('https://so.news.cn/'))).toBe(false);
  });
});
