/**
 * What a search for a statement's English version answers, as sent to the page and cached.
 * The English texts (`message`, `where`) are for the CLI and logs; the interface says the same in
 * its own language from the codes beside them (`problem`, `step`).
 */
import type { FetchFailure } from '../net/fetcher';

/** One English page offered as the (possible) version of the statement. */
export interface EnglishMatch {
  url: string;
  title: string;
  date: string | null;
  /** 0–1: the scorer's confidence (1 for a manual pairing or a page linking to the Chinese). */
  confidence: number;
}

export type SearchOutcome =
  | {
      status: 'found';
      match: EnglishMatch;
      /** True when the user paired the pages by hand. */
      manual: boolean;
      searched: string[];
    }
  | { status: 'several'; options: EnglishMatch[]; searched: string[] }
  | {
      status: 'none';
      /** Listing pages read (URLs; a failed one is followed by its reason in parentheses). */
      searched: string[];
      /**
       * What was searched, in words ("Foreign Ministry English columns"); empty: no place is known
       * for this site. Optional for outcomes cached before it existed.
       */
      places?: string[];
      candidatesChecked: number;
    }
  | {
      status: 'error';
      /**
       * offline: no official site answered; blocked: some official pages could not be reached, so
       * "none" cannot be said; failed: anything else (also: cancelled, or over the time limit).
       */
      reason: 'offline' | 'blocked' | 'failed';
      /** In English. */
      message: string;
      /** What `message` says, as a code (optional: outcomes made before it existed). */
      problem?: SearchProblem;
      searched: string[];
    };

/** Why a search or a pairing failed: what `message` says, for the interface to translate. */
export type SearchProblem =
  /** Only Chinese statements are searched for an English version. */
  | { code: 'not-chinese' }
  | { code: 'cancelled' }
  /** No official site answered. */
  | { code: 'offline' }
  /** Some official hosts did not answer, so "none" cannot be said. */
  | { code: 'incomplete'; hosts: { host: string; why: 'timeout' | 'network' }[] }
  /** The whole search went over its time limit. */
  | { code: 'too-slow'; seconds: number }
  /** Pairing: the address is not a URL, not http(s), not on an official site. */
  | { code: 'not-a-url'; url: string }
  | { code: 'not-web' }
  | { code: 'not-official'; host: string }
  /** Pairing: the page cannot be read at all (a PDF, too large, a redirect off the sites). */
  | { code: 'unreadable'; reason: FetchFailure; detail: string }
  /** Pairing: storage refused it (`detail`: the storage's own words). */
  | { code: 'not-saved'; detail: string }
  /** Anything else (`detail`: the error's own words). */
  | { code: 'unexpected'; detail: string };

/**
 * The places a search reads (discovery/*.ts), named by the interface: a listing, a feed, a home
 * page, the site's search.
 */
export type SearchPlace =
  | 'mfa-press-2018'
  | 'mfa-press'
  | 'mfa-activities'
  | 'xinhua-latest'
  | 'xinhua-china'
  | 'xinhua-world'
  | 'xinhua-home'
  | 'xinhua-search'
  | 'govcn-feed'
  | 'govcn-news'
  | 'govcn-policies'
  | 'people-home'
  | 'embassy-column'
  | 'embassy-home';

/** The step a running search is at, for the interface to say it (what `where` says in English). */
export type SearchStep =
  | { kind: 'cache' }
  /** Reading a listing: its page number for paged ones, the query for a site search. */
  | { kind: 'place'; place: SearchPlace; page?: number; query?: string }
  /** Reading `pages` candidate English pages. */
  | { kind: 'reading'; pages: number }
  /** Comparing `pages` English pages with the statement. */
  | { kind: 'comparing'; pages: number };

/** Progress of a running search, for "searching where, how many candidates". */
export interface SearchProgress {
  stage: 'cache' | 'listing' | 'candidates' | 'scoring';
  /** Human-readable place or step, in English. */
  where: string;
  /** What `where` says, as a code (optional: a worker of an older version). */
  step?: SearchStep;
  /** Candidate English pages found so far. */
  candidates: number;
  /** Pages fetched so far in this search. */
  fetched: number;
}
