// @vitest-environment node
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../utils/lexicon/gazetteer';
import { LEXICON } from '../../../utils/lexicon/data';
import { checkLexicon, hanCharacters } from '../../../utils/lexicon/schema';
import { OFFICIAL_TERMS } from '../../../utils/lexicon/terms';
import { LEXICON_DATA_FILES, loadLexiconFiles } from '../../../utils/reading/dict-build';
import { buildLexicon } from '../../../utils/reading/lexicon';
import { createSegmenter } from '../../../utils/reading/segment';
import { fromMarks } from '../../../utils/reading/syllable';

const DATA = path.join(__dirname, '../../../utils/lexicon/data');
const raw = (file: string): unknown => JSON.parse(readFileSync(path.join(DATA, file), 'utf8'));
const files = () => ({
  gazetteer: raw('gazetteer.json'),
  terms: raw('terms.json'),
  sources: raw('sources.json'),
});

describe('lexicon data files', () => {
  it('pass the schema the build applies, and load as checked', () => {
    expect(() => checkLexicon(files())).not.toThrow();
    // The product resolves them without the schema (utils/lexicon/data.ts): the same lexicon.
    expect(LEXICON).toEqual(checkLexicon(files()));
  });

  it('are refused with every problem named when malformed', () => {
    const bad = files() as ReturnType<typeof files> & {
      terms: { zh: string; pinyin: string; renderings: { source: string }[] }[];
    };
    bad.terms[0]!.pinyin = 'rén lèi';
    bad.terms[1]!.renderings[0]!.source = 'mfa-en/t0';
    bad.terms.push({ ...bad.terms[2]! });
    expect(() => checkLexicon(bad)).toThrow(
      new RegExp(
        [
          `${bad.terms[0]!.zh}: 2 syllables for \\d+ Han characters`,
          `${bad.terms[1]!.zh}: unknown source mfa-en/t0`,
          `${bad.terms[2]!.zh}: listed twice`,
        ].join('[^]*'),
      ),
    );
    expect(() => checkLexicon({ ...files(), gazetteer: [{ zh: 'x' }] })).toThrow(
      /gazetteer\.json 0/,
    );
  });

  it('stop the build with the file named when one is not JSON', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'dz-lexicon-'));
    for (const file of Object.values(LEXICON_DATA_FILES)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      copyFileSync(path.join(__dirname, '../../..', file), path.join(root, file));
    }
    await expect(loadLexiconFiles(root)).resolves.toMatchObject({ terms: expect.any(Array) });
    writeFileSync(path.join(root, LEXICON_DATA_FILES.terms), '[{"zh": ');
    await expect(loadLexiconFiles(root)).rejects.toThrow(/terms\.json is not valid JSON/);
  });
});

describe('gazetteer', () => {
  it('has at least 400 unique entries with English spellings and full pinyin', () => {
    expect(GAZETTEER.length).toBeGreaterThanOrEqual(400);
    expect(new Set(GAZETTEER.map((g) => g.zh)).size).toBe(GAZETTEER.length);
    for (const g of GAZETTEER) {
      expect(g.en.length, g.zh).toBeGreaterThan(0);
      expect(fromMarks(g.pinyin!).length, g.zh).toBe(Array.from(g.zh).length);
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
  it('has at least 300 unique terms with sourced renderings', () => {
    expect(OFFICIAL_TERMS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(OFFICIAL_TERMS.map((t) => t.zh)).size).toBe(OFFICIAL_TERMS.length);
    for (const t of OFFICIAL_TERMS) {
      expect(t.renderings.length, t.zh).toBeGreaterThan(0);
      for (const r of t.renderings) expect(r.source, t.zh).toMatch(/https:\/\//);
    }
  });

  it('gives every term, with punctuation or digits too, its reading and one segment', () => {
    // The rule of the data (one syllable per Han character) is the rule the reader applies.
    const lexicon = buildLexicon();
    const segmenter = createSegmenter({ prefixesAt: () => [] }, lexicon);
    const mixed = OFFICIAL_TERMS.filter(
      (t) => hanCharacters(t.zh).length !== Array.from(t.zh).length,
    );
    expect(mixed.length).toBeGreaterThan(10);
    for (const t of OFFICIAL_TERMS) {
      const word = lexicon.get(t.zh)!;
      expect(word.syllables.filter(Boolean), t.zh).toEqual(fromMarks(t.pinyin));
      expect(word.syllables.length, t.zh).toBe(Array.from(t.zh).length);
      // In a sentence, the term is one word.
      const segments = segmenter.segment(`我们${t.zh}。`).map((s) => s.text);
      expect(segments, t.zh).toContain(t.zh);
    }
  });
});
