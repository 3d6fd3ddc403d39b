export type GazetteerType = 'person' | 'place' | 'organisation' | 'other';

/** A name with its official English spellings. */
export interface GazetteerEntry {
  zh: string;
  /** Official English spellings, preferred first (e.g. ["Xi Jinping"]). */
  en: string[];
  type: GazetteerType;
  /** Pinyin of the name with tone marks, one syllable per character, space separated. */
  pinyin?: string;
}

/** An official set formulation (提法) and its official English rendering(s). */
export interface OfficialTerm {
  zh: string;
  pinyin: string;
  renderings: TermRendering[];
}

/** One English rendering of a term, where it is used and, when mined, how often and when. */
export interface TermRendering {
  en: string;
  /** Where it is used: an article URL, or "column: URL". */
  source: string;
  /** Aligned sentence pairs of the corpus that use it, by year (increasing). */
  usage?: { year: number; count: number }[];
  /** URL of an article that uses it. */
  example?: string;
}
