/**
 * The aligned corpus of the term scripts (terms-mine, terms-discover): the ministry's same-day
 * regular press conferences of 2018–2020 (one Chinese and one English transcript on the date in
 * the title) and corpus/pairs, read from ../shared at run time (never copied).
 */
import type { Article } from '../../../utils/article';
import { loadMfa, loadPairs, requireCorpus, toArticle, type MfaEnglish } from './match-corpus';

export interface MinedPair {
  id: string;
  zh: Article;
  en: Article;
  year: number;
}

/** The aligned corpus: ministry press conferences by date, and the pairs. */
export function minedPairs(): MinedPair[] {
  requireCorpus();
  const out: MinedPair[] = [];
  const { zh, en } = loadMfa();
  const enByDate = new Map<string, MfaEnglish[]>();
  for (const e of en)
    if (e.isPressConference) enByDate.set(e.date, [...(enByDate.get(e.date) ?? []), e]);
  for (const z of zh) {
    const match = z.isPressConference && z.titleDate ? enByDate.get(z.titleDate) : undefined;
    if (match?.length !== 1) continue;
    out.push({
      id: `mfa ${z.titleDate}`,
      zh: z.article,
      en: match[0]!.article,
      year: Number(z.titleDate!.slice(0, 4)),
    });
  }
  for (const pair of loadPairs().pairs) {
    const year = Number((pair.zh.date ?? pair.en.date ?? '').slice(0, 4));
    if (!year) continue;
    out.push({
      id: `pairs/${pair.id}`,
      zh: toArticle(pair.zh, 'zh'),
      en: toArticle(pair.en, 'en'),
      year,
    });
  }
  return out;
}

/** Source id of an article URL: mfa-en/t1618558, or host/last-segment for other sites. */
export function sourceIdOf(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const last = u.pathname
    .split('/')
    .filter(Boolean)
    .pop()
    ?.replace(/\.\w+$/, '');
  if (!last || !/^[\w.-]+$/.test(last)) return null;
  if (/(fmprc|mfa)\.gov\.cn$/.test(u.hostname) && /^t\d+$/.test(last)) return `mfa-en/${last}`;
  return `${u.hostname.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}/${last}`;
}
