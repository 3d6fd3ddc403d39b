/** What a search for a statement's English version answers, as sent to the page and cached. */

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
      message: string;
      searched: string[];
    };

/** Progress of a running search, for "searching where, how many candidates". */
export interface SearchProgress {
  stage: 'cache' | 'listing' | 'candidates' | 'scoring';
  /** Human-readable place or step. */
  where: string;
  /** Candidate English pages found so far. */
  candidates: number;
  /** Pages fetched so far in this search. */
  fetched: number;
}
