// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  cleanSelection,
  passageInput,
  sentenceContaining,
  sourceOf,
  termInput,
} from '../../../utils/glossary/from-page';
import { sourceLink } from '../../../utils/glossary/page-link';
import { asTermIfWord, pinyinOf, traditionalOf } from '../../../utils/glossary/reading';
import { glossaryInputSchema } from '../../../utils/glossary/schema';
import { loadNodeEngine } from '../../../utils/reading/reader-node';
import { MFA_URL } from './helpers';

const article = {
  url: MFA_URL,
  title: '外交部发言人答记者问',
  kind: 'remarks' as const,
  speakers: ['林剑'],
  date: '2025-06-20',
  site: 'mfa' as const,
  counterpartUrl: null,
};

describe('what the page sends to save', () => {
  it('keeps the statement metadata', () => {
    expect(sourceOf(article, 'https://www.fmprc.gov.cn/mfa_eng/a.html')).toEqual({
      url: MFA_URL,
      title: '外交部发言人答记者问',
      kind: 'remarks',
      speaker: '林剑',
      date: '2025-06-20',
      site: 'mfa',
      enUrl: 'https://www.fmprc.gov.cn/mfa_eng/a.html',
    });
    expect(sourceOf({ ...article, speakers: [] }).speaker).toBeNull();
  });

  it('a selection: whitespace cleaned, valid input', () => {
    expect(cleanSelection('  中方\u00a0 认为，\n\n  双方\u200b应当  ')).toBe(
      '中方 认为，\n双方应当',
    );
    const input = passageInput(' 中方认为。 ', sourceOf(article));
    expect(input).toMatchObject({ type: 'passage', zh: '中方认为。', english: null });
    expect(glossaryInputSchema.safeParse(input).success).toBe(true);
  });

  it('the sentence around a selection', () => {
    const block = '林剑：第一句话。中方将同各方一道，推动构建人类命运共同体。第三句！';
    expect(sentenceContaining(block, '人类命运共同体')).toBe(
      '中方将同各方一道，推动构建人类命运共同体。',
    );
    expect(sentenceContaining(block, '第一句话。中方')).toBe(
      '林剑：第一句话。中方将同各方一道，推动构建人类命运共同体。',
    );
    expect(sentenceContaining(block, '不在这里')).toBe('不在这里');
  });

  it('the text fragment of "Open source": whole for short texts, first to last clause for long ones', () => {
    expect(sourceLink(`${MFA_URL}#old`, '中方-认为，双方 & 各方')).toBe(
      `${MFA_URL}#:~:text=${encodeURIComponent('中方').concat('%2D', encodeURIComponent('认为，双方 & 各方'))}`,
    );
    const long = `${'甲'.repeat(30)}，${'乙'.repeat(60)}，${'丙'.repeat(40)}，最后一个分句。`;
    const link = sourceLink(MFA_URL, long);
    const [start, end] = link.split('#:~:text=')[1]!.split(',').map(decodeURIComponent);
    expect(start).toBe('甲'.repeat(30));
    expect(end).toBe('最后一个分句');
    expect(sourceLink(MFA_URL, '  ')).toBe(MFA_URL);
  });
});

describe('with the dictionary', () => {
  it('fills pinyin and traditional, and saves a selected dictionary word as a term', async () => {
    const engine = await loadNodeEngine();
    expect(pinyinOf(engine, '战略伙伴')).toMatch(/^zhan4lüe4 ?huo3ban4$/);
    expect(traditionalOf(engine, '关系发展')).toBe('關係發展');
    const word = asTermIfWord(engine, {
      ...passageInput('外交部', sourceOf(article)),
      sentence: '双方伙伴关系不断发展。',
    });
    expect(word).toMatchObject({
      type: 'term',
      zh: '外交部',
      sentence: '双方伙伴关系不断发展。',
    });
    expect(word.definitions?.length).toBeGreaterThan(0);
    const sentence = passageInput('双方伙伴关系不断发展。', sourceOf(article));
    expect(asTermIfWord(engine, sentence)).toBe(sentence);
    // A word from the popup: its official rendering becomes its English.
    const info = engine.wordAt('构建人类命运共同体', 0, { exact: true })!;
    const term = termInput(info, '推动构建人类命运共同体。', sourceOf(article));
    expect(term.english).toEqual({ text: info.term!.renderings[0]!.en, origin: 'term' });
    expect(glossaryInputSchema.safeParse(term).success).toBe(true);
  }, 60_000);
});
