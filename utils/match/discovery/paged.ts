/**
 * Walking a paged, newest-first listing (the ministry's columns: index.html, index_1.html, …) to
 * the pages around a date, without reading every page: after each page, estimate from the dates
 * it shows (or, without dates, from the ministry's article ids) how many pages to jump. Bounded
 * by `maxPages`.
 */
import { articleId } from '../urls';
import { chooseCandidates, fillDatesFromPositions, pageCount, readListing } from './listing';
import type { SearchPlace } from '../outcome';
import { DAY_WINDOW, type DiscoveryContext, type DiscoveryResult, type ListingLink } from './types';

export interface PagedColumn {
  /** For progress messages, e.g. "the ministry's English press conferences". */
  label: string;
  /** The same, for the interface. */
  place: SearchPlace;
  /** URL of page n (0 = newest). */
  pageUrl(n: number): string;
  linkSelector: string;
  dateSelector?: string;
  /** Keep only links that are articles of this column (not navigation). */
  isArticle(url: string): boolean;
}

export async function walkColumn(
  column: PagedColumn,
  date: string | null,
  zhUrl: string,
  ctx: DiscoveryContext,
  maxPages = 6,
): Promise<DiscoveryResult> {
  const searched: string[] = [];
  const collected: ListingLink[] = [];
  const visited = new Set<number>();
  let page = 0;
  let lastPage = Infinity;
  while (visited.size < maxPages && page >= 0 && page <= lastPage && !visited.has(page)) {
    visited.add(page);
    const url = column.pageUrl(page);
    ctx.progress(`${column.label}, page ${page + 1}`, {
      kind: 'place',
      place: column.place,
      page: page + 1,
    });
    const result = await ctx.fetchPage(url);
    if (!result.ok) {
      if (result.reason === 'budget' || result.reason === 'aborted') break;
      searched.push(`${url} (${result.reason})`);
      break;
    }
    searched.push(url);
    lastPage = Math.min(lastPage, (pageCount(result.html) ?? Infinity) - 1);
    const links = fillDatesFromPositions(
      readListing(result.html, url, column.linkSelector, column.dateSelector).filter((l) =>
        column.isArticle(l.url),
      ),
    );
    if (!links.length) break;
    collected.push(...links);
    const steer = steering(links, date, zhUrl);
    if (!steer) break; // nothing to steer by: the first page is all we can judge
    const { target, newest, oldest, window } = steer;
    if (target - newest > window) {
      // Newer than this page: the previous page, unless this is the first.
      page = page - 1;
      continue;
    }
    if (oldest - target > window) {
      // Older: jump by the number of pages the gap represents at this page's pace.
      const span = Math.max(1, newest - oldest);
      const jump = Math.max(1, Math.floor((oldest - target) / span));
      page = visited.has(page + jump) ? page + 1 : page + jump;
      continue;
    }
    // The target is on this page; items near the page's edges may continue on the neighbour.
    if (target - oldest < window && !visited.has(page + 1) && page + 1 <= lastPage) page = page + 1;
    else if (newest - target < window && page > 0 && !visited.has(page - 1)) page = page - 1;
    else break;
  }
  return { candidates: chooseCandidates(collected, date, zhUrl), searched };
}

/** Ministry ids grow by about 300 a day (2018–2020); the English id is about 65 above the Chinese. */
const IDS_PER_DAY = 300;
const EN_ID_OFFSET = 65;

/**
 * Where the statement sits relative to a listing page, on one numeric scale: days (from the dates
 * of the items and of the statement), or else article ids (old-layout ids grow with time).
 */
function steering(
  links: ListingLink[],
  date: string | null,
  zhUrl: string,
): { target: number; newest: number; oldest: number; window: number } | null {
  const days = links.flatMap((l) => (l.date ? [Date.parse(l.date) / 86_400_000] : []));
  if (date && days.length) {
    return {
      target: Date.parse(date) / 86_400_000,
      newest: Math.max(...days),
      oldest: Math.min(...days),
      window: DAY_WINDOW,
    };
  }
  const zhId = articleId(zhUrl);
  const ids = links.flatMap((l) => {
    const id = articleId(l.url);
    return id && zhId && id.scheme === zhId.scheme ? [id.id] : [];
  });
  if (!zhId || !ids.length) return null;
  return {
    target: zhId.id + EN_ID_OFFSET,
    newest: Math.max(...ids),
    oldest: Math.min(...ids),
    window: DAY_WINDOW * IDS_PER_DAY,
  };
}
