// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../utils/lexicon/gazetteer';
import { OFFICIAL_TERMS, TERM_SOURCES } from '../../../utils/lexicon/terms';
import { fromMarks } from '../../../utils/reading/syllable';

const hanCount = (s: string) => Array.from(s).filter((c) => /\p{Script=Han}/u.test(c)).length;

describe('gazetteer', () => {
  it('has at least 400 unique entries with English spellings and full pinyin', () => {
    expect(GAZETTEER.length).toBeGreaterThanOrEqual(400);
    expect(new Set(GAZETTEER.map((g) => g.zh)).size).toBe(GAZETTEER.length);
    for (const g of GAZETTEER) {
      expect(g.en.length, g.zh).toBeGreaterThan(0);
      expect(fromMarks(g.pinyin!).length, g.zh).toBe(Array.from(g.zh).length);
      expect(/^\p{Script=Han}+$/u.test(g.zh), g.zh).toBe(true);
    }
  });

  it('uses the ministry spellings', () => {
    const en = (zh: string) => GAZETTEER.find((g) => g.zh === zh)?.en;
    expect(en('朝鲜')).toContain('the DPRK');
    expect(en('韩国')).toContain('the Republic of Korea');
    expect(en('习近平')).toEqual(['Xi Jinping']);
  });
});

describe('official terms', () => {
  it('has at least 300 unique terms, each with pinyin and sourced renderings', () => {
    expect(OFFICIAL_TERMS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(OFFICIAL_TERMS.map((t) => t.zh)).size).toBe(OFFICIAL_TERMS.length);
    const sources = new Set(Object.values(TERM_SOURCES));
    for (const t of OFFICIAL_TERMS) {
      expect(fromMarks(t.pinyin).length, t.zh).toBe(hanCount(t.zh));
      expect(t.renderings.length, t.zh).toBeGreaterThan(0);
      for (const r of t.renderings) {
        expect(r.en.trim(), t.zh).toBe(r.en);
        expect(r.source.startsWith('https://') || sources.has(r.source as never), t.zh).toBe(true);
      }
    }
  });
});
