/** The search's errors, steps and places in the interface language, from the engine's codes. */
import { describe, expect, it } from 'vitest';
import {
  progressText,
  searchedText,
  searchErrorText,
  type LocalT,
} from '../../../components/english-panel/search-text';
import { translator, type Locale } from '../../../utils/i18n';
import type { SearchOutcome, SearchProblem } from '../../../utils/match/outcome';

const tr = (locale: Locale): LocalT => Object.assign(translator(locale), { locale });
const EN = tr('en');
const ZH = tr('zh_CN');

const error = (message: string, problem?: SearchProblem): SearchOutcome & { status: 'error' } => ({
  status: 'error',
  reason: 'failed',
  message,
  ...(problem ? { problem } : {}),
  searched: [],
});

describe('the search in words', () => {
  it('says an error in English as the engine does, and in Chinese by its code', () => {
    const pdf = error(
      'Duizhao cannot pair with this page: the address is a PDF document, not a web page.',
      {
        code: 'unreadable',
        reason: 'not-html',
        detail: 'the address is a PDF document, not a web page',
      },
    );
    expect(searchErrorText(EN, pdf)).toBe(pdf.message);
    expect(searchErrorText(ZH, pdf)).toBe('对照无法与此页面配对：不是网页。');
    const slow = error('The search was stopped after 45 seconds: …', {
      code: 'too-slow',
      seconds: 45,
    });
    expect(searchErrorText(EN, slow)).toBe(
      'The search was stopped after 45 seconds: the official sites are answering too slowly. Try again later.',
    );
    expect(searchErrorText(ZH, slow)).toBe('查找在 45 秒后停止：官方网站响应太慢。请稍后重试。');
    const host = error('x', { code: 'not-official', host: 'translate.example' });
    expect(searchErrorText(EN, host)).toBe(
      'translate.example is not one of the official sites Duizhao supports: only their pages can be paired.',
    );
    // Without a code (an older worker's answer), the engine's words.
    expect(searchErrorText(ZH, error('Something else.'))).toBe('Something else.');
  });

  it('says the steps of a search, and keeps an unknown step’s own words', () => {
    const progress = { stage: 'listing' as const, fetched: 1, candidates: 2 };
    expect(
      progressText(EN, {
        ...progress,
        where: 'Xinhua’s search for “Wang Yi”',
        step: { kind: 'place', place: 'xinhua-search', query: 'Wang Yi' },
      }),
    ).toBe("Searching Xinhua's search for “Wang Yi”… 1 page read, 2 candidates");
    expect(
      progressText(ZH, {
        ...progress,
        stage: 'scoring',
        where: 'comparing 2 English pages with the statement',
        step: { kind: 'comparing', pages: 2 },
      }),
    ).toBe('正在将 2 个英文页面与原文比对……已读 1 个页面，候选 2 个');
    expect(progressText(EN, { ...progress, where: 'somewhere new' })).toBe(
      'Searching somewhere new… 1 page read, 2 candidates',
    );
  });

  it('names why a place could not be read, and leaves a plain address alone', () => {
    expect(searchedText(EN, 'https://english.news.cn/ (not-found)')).toBe(
      'https://english.news.cn/ (not found)',
    );
    expect(searchedText(ZH, 'https://english.news.cn/ (timeout)')).toBe(
      'https://english.news.cn/（响应太慢）',
    );
    expect(searchedText(ZH, 'https://english.news.cn/')).toBe('https://english.news.cn/');
  });
});
