/**
 * Discovery: turning a Chinese statement into a bounded list of candidate English URLs, one
 * strategy per site. Strategies only read listing pages (through the fetcher); the search service
 * fetches, extracts and scores the candidates.
 */
import type { Article } from '../../article';
import type { FetchResult } from '../../net/fetcher';
import type { SearchStep } from '../outcome';

/** A link found on a listing page. */
export interface ListingLink {
  url: string;
  title: string;
  /** YYYY-MM-DD from the listing (date column, title or URL), or null. */
  date: string | null;
}

/** What a strategy may do: fetch pages (already bounded by the search's page cap) and report. */
export interface DiscoveryContext {
  fetchPage(url: string): Promise<FetchResult>;
  /**
   * A human-readable step in English, e.g. "the ministry's English press conferences, page 3",
   * and the same as a code for the interface.
   */
  progress(where: string, step?: SearchStep): void;
  /** Links on the Chinese page itself (href resolved, visible text), when the caller has them. */
  pageLinks?: readonly { url: string; text: string }[];
}

export interface DiscoveryResult {
  candidates: ListingLink[];
  /** The places read (listing URLs), to say what was searched when nothing is found. */
  searched: string[];
}

export interface DiscoveryStrategy {
  id: 'mfa' | 'xinhua' | 'govcn' | 'people' | 'embassy' | 'page-links';
  /** For progress and "what was searched" messages. */
  label: string;
  /** Does this strategy know where to look for this Chinese page's English version? */
  appliesTo(zh: Article): boolean;
  discover(zh: Article, ctx: DiscoveryContext): Promise<DiscoveryResult>;
}

/** How many candidate articles a strategy hands over at most (each costs one fetch). */
export const MAX_CANDIDATES = 8;
/** Candidates are English items dated within this many days of the Chinese statement. */
export const DAY_WINDOW = 3;
