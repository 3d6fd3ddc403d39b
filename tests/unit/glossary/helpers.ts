/** Made-up inputs and a fresh fake-indexeddb database for the glossary tests. */
import 'fake-indexeddb/auto';
import { openGlossary } from '../../../utils/glossary/db';
import type { GlossaryInput, GlossarySource } from '../../../utils/glossary/schema';
import type { Reading } from '../../../utils/glossary/store';

let counter = 0;
export const freshName = () => `glossary-test-${process.pid}-${++counter}-${Math.random()}`;
export const freshDb = () => openGlossary(freshName());

export const MFA_URL =
  'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/202501/t20250102_00000002.shtml';
export const XINHUA_URL = 'https://www.news.cn/politics/leaders/20250110/0a1b2c/c.html';

export function source(url = MFA_URL, extra: Partial<GlossarySource> = {}): GlossarySource {
  return {
    url,
    title: '2025年1月2日外交部发言人主持例行记者会',
    kind: 'press-conference',
    speaker: '发言人',
    date: '2025-01-02',
    site: url.includes('news.cn') ? 'xinhua' : 'mfa',
    enUrl: null,
    ...extra,
  };
}

export function term(sentence: string, url = MFA_URL, extra: Partial<GlossaryInput> = {}) {
  return {
    type: 'term',
    zh: '战略伙伴关系',
    traditional: '戰略夥伴關係',
    pinyin: 'zhan4lüe4 huo3ban4 guan1xi4',
    definitions: ['strategic partnership'],
    renderings: [{ en: 'strategic partnership', source: 'Foreign Ministry' }],
    source: source(url),
    sentence,
    ...extra,
  } satisfies GlossaryInput;
}

export function passage(zh: string, url = MFA_URL, extra: Partial<GlossaryInput> = {}) {
  return { type: 'passage', zh, source: source(url), ...extra } satisfies GlossaryInput;
}

/** The dictionary's part, faked: fixed readings so tests do not load CC-CEDICT. */
export const fakeReading: Reading = async (zh) => ({
  traditional: zh.replace(/关/g, '關').replace(/话/g, '話'),
  pinyin: `py(${zh.length})`,
});
