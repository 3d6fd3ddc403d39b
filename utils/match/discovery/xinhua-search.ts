/**
 * Xinhua's own search (so.news.cn), for statements no longer on the English service's latest
 * lists. The query is the English spellings of the people, places and organisations named in the
 * Chinese title (the gazetteer), which survive translation; results are filtered by date like
 * listing items. The endpoint answers JSON, as used by public scrapers:
 *   https://so.news.cn/getNews?keyword=Xi+Jinping+Putin&curPage=1&sortField=0&searchFields=1&lang=en
 *   → { content: { results: [{ title, url, pubtime: "YYYY-MM-DD HH:MM:SS" }, …] } }
 * Titles carry highlight markup; it is stripped to text (nothing is ever inserted as HTML).
 */
import type { Article } from '../../article';
import { GAZETTEER } from '../../lexicon/gazetteer';
import type { GazetteerEntry } from '../../lexicon/types';
import { chooseCandidates } from './listing';
import type { DiscoveryContext, DiscoveryResult, ListingLink } from './types';

export const XINHUA_SEARCH_ENDPOINT = 'https://so.news.cn/getNews';
/** Result pages read at most (newest first). */
const MAX_PAGES = 2;
/** Names put in the query at most: more narrows the title search too far. */
const MAX_NAMES = 3;

const TYPE_ORDER: Record<GazetteerEntry['type'], number> = {
  person: 0,
  organisation: 1,
  place: 2,
  other: 3,
};
const byLength = [...GAZETTEER].sort((a, b) => b.zh.length - a.zh.length);

/** English search words for a Chinese title: names it mentions, people first, longest match wins. */
export function searchKeywords(title: string, max = MAX_NAMES): string | null {
  let rest = title;
  const found: GazetteerEntry[] = [];
  for (const entry of byLength) {
    if (entry.zh.length < 2 || !rest.includes(entry.zh)) continue;
    found.push(entry);
    rest = rest.split(entry.zh).join('\u0000');
  }
  const words = found
    .sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type])
    .map((entry) => entry.en[0]?.replace(/^the\s+/i, '') ?? '')
    .filter((word, i, all) => word && all.indexOf(word) === i)
    .slice(0, max);
  return words.length ? words.join(' ') : null;
}

export function searchUrl(keywords: string, page: number): string {
  const params = new URLSearchParams({
    keyword: keywords,
    curPage: String(page),
    sortField: '0',
    searchFields: '1',
    lang: 'en',
  });
  return `${XINHUA_SEARCH_ENDPOINT}?${params}`;
}

const ENGLISH_ARTICLE = /^https?:\/\/english\.news\.cn\/(?:[a-z]+\/)*\d{8}\/[0-9a-f]{32}\/c\.html$/;

/** The English articles in one answer of the search; [] for anything that is not its JSON. */
export function readSearchResults(body: string): ListingLink[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  const results = (parsed as { content?: { results?: unknown } } | null)?.content?.results;
  if (!Array.isArray(results)) return [];
  return results.flatMap((item: unknown): ListingLink[] => {
    const { title, url, pubtime } = (item ?? {}) as Record<string, unknown>;
    if (typeof url !== 'string' || !ENGLISH_ARTICLE.test(url.replace(/^http:/, 'https:')))
      return [];
    const date =
      typeof pubtime === 'string' ? (/^(\d{4}-\d{2}-\d{2})/.exec(pubtime)?.[1] ?? null) : null;
    const text =
      typeof title === 'string'
        ? title
            .replace(/<[^>]*>/g, '')
            .replace(/&nbsp;/g, ' ')
            .trim()
        : '';
    return [{ url: url.replace(/^http:/, 'https:'), title: text, date }];
  });
}

/** Search Xinhua for the English version of a Chinese statement (by the names in its title). */
export async function searchXinhua(zh: Article, ctx: DiscoveryContext): Promise<DiscoveryResult> {
  const keywords = searchKeywords(zh.title);
  if (!keywords || !zh.date) return { candidates: [], searched: [] };
  const links: ListingLink[] = [];
  const searched: string[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    ctx.progress(`Xinhua's search for “${keywords}”`, {
      kind: 'place',
      place: 'xinhua-search',
      query: keywords,
    });
    const url = searchUrl(keywords, page);
    const result = await ctx.fetchPage(url);
    if (!result.ok) {
      if (result.reason !== 'budget' && result.reason !== 'aborted')
        searched.push(`${url} (${result.reason})`);
      break;
    }
    searched.push(url);
    const found = readSearchResults(result.html);
    links.push(...found);
    // Newest first: once a page reaches back past the statement's date, older pages cannot help.
    const oldest = found
      .map((l) => l.date)
      .filter((d): d is string => !!d)
      .sort()[0];
    if (found.length === 0 || (oldest && oldest < zh.date)) break;
  }
  const unique = [...new Map(links.map((l) => [l.url, l])).values()];
  return { candidates: chooseCandidates(unique, zh.date, zh.url), searched };
}
