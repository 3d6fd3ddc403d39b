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
  renderings: { en: string; source: string }[];
}
