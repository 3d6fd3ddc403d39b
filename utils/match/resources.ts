/**
 * What the scorer knows about the two languages, injected so that tests can supply small ones:
 * the gazetteer (names with their official English spellings), the official set phrases, and a
 * Chinese–English dictionary (CC-CEDICT in the product).
 */
import type { GazetteerEntry, OfficialTerm } from '../lexicon/types';
import { contentStems, internStem } from './english';

/** The part of a dictionary the scorer uses (utils/reading/dictionary.ts `Dictionary` fits it). */
export interface BilingualLexicon {
  readonly maxWordLength: number;
  has(word: string): boolean;
  lookup(word: string): readonly { definitions: readonly string[] }[];
}

export interface ScorerResources {
  gazetteer: readonly GazetteerEntry[];
  terms: readonly OfficialTerm[];
  /** Null: content words are not compared (names, numbers, dates and titles still are). */
  dictionary: BilingualLexicon | null;
}

/** A name or set phrase, with how it is written in each language (English lower-cased). */
export interface Anchor {
  zh: string;
  en: string[];
}

/** Resources compiled once for fast per-article feature extraction. */
export interface CompiledResources {
  anchors: Anchor[];
  dictionary: BilingualLexicon | null;
  /** First word of an English spelling → the anchors spelt that way (for a one-pass scan). */
  byFirstWord: Map<string, { anchor: number; spelling: string }[]>;
  /** Word → interned English stems of its glosses (filled lazily). */
  glossCache: Map<string, Int32Array>;
}

const compiled = new WeakMap<ScorerResources, CompiledResources>();

/** Compile (once per resources object) the anchors list and the gloss cache. */
export function compileResources(resources: ScorerResources): CompiledResources {
  let result = compiled.get(resources);
  if (result) return result;
  const anchors: Anchor[] = [];
  for (const entry of resources.gazetteer) {
    const en = entry.en.map((s) => s.toLowerCase()).filter(Boolean);
    if (entry.zh && en.length) anchors.push({ zh: entry.zh, en });
  }
  for (const term of resources.terms) {
    const en = term.renderings.map((r) => r.en.toLowerCase()).filter(Boolean);
    if (term.zh && en.length) anchors.push({ zh: term.zh, en });
  }
  const byFirstWord = new Map<string, { anchor: number; spelling: string }[]>();
  anchors.forEach((a, anchor) => {
    for (const full of a.en) {
      // "the DPRK" is found as "DPRK": the article is not part of the name.
      const spelling = full.replace(/^the\s+/, '');
      const first = /^[a-z0-9]+/.exec(spelling)?.[0];
      if (!first) continue;
      const list = byFirstWord.get(first) ?? [];
      list.push({ anchor, spelling });
      byFirstWord.set(first, list);
    }
  });
  result = { anchors, byFirstWord, dictionary: resources.dictionary, glossCache: new Map() };
  compiled.set(resources, result);
  return result;
}

/** Glosses that say nothing about meaning: cross-references, classifiers, surnames. */
const USELESS_GLOSS =
  /^(?:CL:|variant of|old variant|see |surname |used in |abbr\. for |erhua variant|\(.*\)$)/i;

/** The English stems a Chinese word translates to (from up to four dictionary entries). */
export function glossStems(resources: CompiledResources, word: string): Int32Array {
  const cached = resources.glossCache.get(word);
  if (cached) return cached;
  const stems = new Set<number>();
  const dict = resources.dictionary;
  if (dict) {
    for (const entry of dict.lookup(word).slice(0, 4)) {
      for (const gloss of entry.definitions) {
        if (USELESS_GLOSS.test(gloss)) continue;
        const cleaned = gloss.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ');
        for (const s of contentStems(cleaned)) stems.add(internStem(s));
      }
    }
  }
  const result = Int32Array.from(stems);
  resources.glossCache.set(word, result);
  return result;
}
