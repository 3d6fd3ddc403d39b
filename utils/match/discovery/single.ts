/**
 * Sites whose English listings are read one page each (no paging by date): read every listed
 * source, keep the article links dated near the Chinese statement.
 */
import { chooseCandidates, readListing } from './listing';
import type { SearchPlace } from '../outcome';
import type { DiscoveryContext, DiscoveryResult, ListingLink } from './types';

export interface ListingSource {
  url: string;
  /** For progress messages. */
  label: string;
  /** The same, for the interface. */
  place: SearchPlace;
  linkSelector: string;
  dateSelector?: string;
  /** RSS instead of HTML. */
  rss?: boolean;
}

/** Items of an RSS feed (title, link, pubDate). Parsed with patterns: feeds are flat and regular. */
export function readRss(xml: string): ListingLink[] {
  const items: ListingLink[] = [];
  for (const m of xml.matchAll(/<item\b[\s\S]*?<\/item>/gi)) {
    const field = (name: string) => {
      const f = new RegExp(
        `<${name}\\b[^>]*>(?:<!\\[CDATA\\[)?([\\s\\S]*?)(?:\\]\\]>)?</${name}>`,
        'i',
      ).exec(m[0]);
      return f?.[1]?.trim() ?? '';
    };
    const url = field('link');
    if (!url) continue;
    const published = Date.parse(field('pubDate'));
    items.push({
      url,
      title: field('title')
        .replace(/&amp;/g, '&')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&quot;/g, '"'),
      date: Number.isNaN(published)
        ? null
        : new Date(published + 8 * 3_600_000).toISOString().slice(0, 10),
    });
  }
  return items;
}

export async function readSources(
  sources: readonly ListingSource[],
  isArticle: (url: string) => boolean,
  date: string | null,
  zhUrl: string,
  ctx: DiscoveryContext,
): Promise<DiscoveryResult> {
  const searched: string[] = [];
  const links: ListingLink[] = [];
  for (const source of sources) {
    ctx.progress(source.label, { kind: 'place', place: source.place });
    const result = await ctx.fetchPage(source.url);
    if (!result.ok) {
      if (result.reason === 'budget' || result.reason === 'aborted') break;
      searched.push(`${source.url} (${result.reason})`);
      continue;
    }
    searched.push(source.url);
    const found = source.rss
      ? readRss(result.html)
      : readListing(result.html, source.url, source.linkSelector, source.dateSelector);
    links.push(...found.filter((l) => isArticle(l.url)));
  }
  const unique = [...new Map(links.map((l) => [l.url, l])).values()];
  return { candidates: chooseCandidates(unique, date, zhUrl), searched };
}
