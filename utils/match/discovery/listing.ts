/**
 * Shared helpers for reading listing pages: links with their titles and dates, dates from URLs and
 * titles, and choosing the items near the Chinese statement's date.
 */
import { parseHtmlPrepared } from '../../html';
import { isoDate } from '../../extract/dates';
import { findEnglishDates, type FoundDate } from '../dates';
import { articleId } from '../urls';
import { DAY_WINDOW, MAX_CANDIDATES, type ListingLink } from './types';

/** Date written in an article URL: t20250620_…, /20250620/, /n3/2025/0620/, /202506/20/. */
export function dateFromUrl(url: string): string | null {
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [/\/t(\d{4})(\d{2})(\d{2})_\d+/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
    [/\/n3\/(\d{4})\/(\d{2})(\d{2})\//, (m) => `${m[1]}-${m[2]}-${m[3]}`],
    [/\/(\d{4})(\d{2})\/(\d{2})\/content_/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
    [/\/(20\d{2})(\d{2})(\d{2})\//, (m) => `${m[1]}-${m[2]}-${m[3]}`],
  ];
  for (const [re, build] of patterns) {
    const m = re.exec(url);
    if (m) {
      const iso = build(m);
      if (!Number.isNaN(Date.parse(iso))) return iso;
    }
  }
  return null;
}

/** A full date in an English text ("June 20, 2025", "2025-06-20"), or null. */
export function dateFromText(text: string): string | null {
  const iso = /\b(20\d{2})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  for (const d of findEnglishDates(text)) {
    const full = d.year === null ? null : isoDate(d.year, d.month, d.day);
    if (full) return full;
  }
  return null;
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000);
}

/**
 * Links of a listing page: `linkSelector` finds the anchors; the date comes from `dateSelector`
 * inside the anchor's item (the closest `li`/`.item`), else the title, else the URL.
 */
export function readListing(
  html: string,
  baseUrl: string,
  linkSelector: string,
  dateSelector?: string,
): ListingLink[] {
  // Already parsed in slices when the background fetched it (utils/html/parse-sliced.ts).
  const doc = parseHtmlPrepared(html);
  const seen = new Set<string>();
  const links: ListingLink[] = [];
  const partial = new Map<number, FoundDate>();
  for (const a of Array.from(doc.querySelectorAll(linkSelector))) {
    const href = a.getAttribute('href');
    if (!href || href.startsWith('javascript:') || href.startsWith('#')) continue;
    let url: string;
    try {
      url = new URL(href, baseUrl).href;
    } catch {
      continue;
    }
    if (seen.has(url)) continue;
    seen.add(url);
    const title = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const item = a.closest('li, .item, tr, dd') ?? a.parentElement;
    const dateText = dateSelector ? (item?.querySelector(dateSelector)?.textContent ?? '') : '';
    const date = dateFromText(dateText) ?? dateFromText(title) ?? dateFromUrl(url);
    if (!date) {
      const monthDay = findEnglishDates(title)[0];
      if (monthDay) partial.set(links.length, monthDay);
    }
    links.push({ url, title, date });
  }
  return resolveYears(links, partial);
}

/**
 * Titles such as "… Press Conference on September 10" omit the year: take it from the nearest
 * item that has one, a year earlier when that would put the item after a newer neighbour
 * (a listing spanning New Year).
 */
function resolveYears(links: ListingLink[], partial: Map<number, FoundDate>): ListingLink[] {
  if (!partial.size) return links;
  const dated = links.flatMap((l, i) => (l.date ? [i] : []));
  return links.map((link, i) => {
    const md = partial.get(i);
    if (!md || !dated.length) return link;
    const nearest = dated.reduce((a, b) => (Math.abs(b - i) < Math.abs(a - i) ? b : a));
    const anchor = links[nearest]!.date!;
    let year = Number(anchor.slice(0, 4));
    const iso = (y: number) =>
      `${y}-${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`;
    // Newest first: an item below its anchor is older, an item above it newer.
    if (nearest < i && iso(year) > anchor) year--;
    else if (nearest > i && iso(year) < anchor) year++;
    return { ...link, date: iso(year) };
  });
}

/**
 * Listings are newest first: an undated item (a topical "Remarks on …") takes the date of the
 * item above it, which is the best the listing's order tells.
 */
export function fillDatesFromPositions(links: ListingLink[]): ListingLink[] {
  let previous: string | null = null;
  return links.map((link) => {
    if (link.date) previous = link.date;
    return link.date ? link : { ...link, date: previous };
  });
}

/**
 * The items worth fetching for a Chinese statement dated `date` (and with ministry id `zhUrl`'s
 * id): within DAY_WINDOW days, the same day first, then ids just above the Chinese id.
 */
export function chooseCandidates(
  links: ListingLink[],
  date: string | null,
  zhUrl: string,
  max = MAX_CANDIDATES,
): ListingLink[] {
  const zhId = articleId(zhUrl);
  const scored = links
    .map((link) => {
      const days = date && link.date ? Math.abs(daysBetween(link.date, date)) : null;
      const id = articleId(link.url);
      const idDiff = zhId && id && id.scheme === zhId.scheme ? id.id - zhId.id : null;
      return { link, days, idDiff };
    })
    .filter(({ days, idDiff }) =>
      days !== null ? days <= DAY_WINDOW : idDiff !== null && idDiff >= -300 && idDiff <= 3000,
    );
  const rank = ({ days, idDiff }: { days: number | null; idDiff: number | null }) =>
    (days ?? DAY_WINDOW) * 1000 +
    (idDiff === null
      ? 500
      : idDiff >= 0
        ? Math.min(idDiff, 999) / 2
        : 600 + Math.min(-idDiff, 399));
  return scored
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, max)
    .map(({ link }) => link);
}

/** `countPage = N` in the ministry's listing scripts: how many pages the column has. */
export function pageCount(html: string): number | null {
  const m = /countPage\s*=\s*(\d+)/.exec(html);
  return m ? Number(m[1]) : null;
}
