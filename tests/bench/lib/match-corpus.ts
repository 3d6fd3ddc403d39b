/**
 * Loads the evaluation material for the matcher from ../shared/corpus at run time (never copied
 * into the project): the 2018–2020 ministry pages as Articles, their gold pairing, the pairs and
 * distractors, and the seed statement. Fails with a clear message when ../shared is missing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../../utils/article';
import { findChineseDates, findEnglishDates } from '../../../utils/match/dates';
import { articleId } from '../../../utils/match/urls';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SHARED = path.resolve(projectRoot, '..', 'shared');
export const CORPUS = path.join(SHARED, 'corpus');

export function requireCorpus(): void {
  if (!existsSync(path.join(CORPUS, 'mfa-2018-2020', 'parsed.json'))) {
    throw new Error(
      `match-eval needs the shared corpus at ${CORPUS} (../shared/corpus relative to the project root); it is missing.`,
    );
  }
}

interface ParsedPage {
  url: string;
  lang: 'zh' | 'en';
  title: string;
  date: string;
  paragraphs: string[];
}

interface RawArticle {
  title: string;
  date: string | null;
  url: string;
  paragraphs: string[];
}

export function toArticle(
  raw: RawArticle,
  lang: 'zh' | 'en',
  kind: Article['kind'] = 'other',
): Article {
  return {
    url: raw.url,
    lang,
    site: 'mfa',
    kind,
    title: raw.title,
    date: raw.date || null,
    speakers: [],
    source: null,
    paragraphs: raw.paragraphs.map((text) => ({ text })),
  };
}

export interface MfaEnglish {
  article: Article;
  /** Date read from the title (year inferred from neighbouring ids when the title omits it). */
  date: string;
  isPressConference: boolean;
  isRemarks: boolean;
}

export interface MfaChinese {
  article: Article;
  date: string;
  isPressConference: boolean;
  titleDate: string | null;
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** All ministry articles of the set, with dates derived for the gold pairing. */
export function loadMfa(): { zh: MfaChinese[]; en: MfaEnglish[] } {
  const pages = JSON.parse(
    readFileSync(path.join(CORPUS, 'mfa-2018-2020', 'parsed.json'), 'utf8'),
  ) as ParsedPage[];
  const zh: MfaChinese[] = [];
  const enRaw: { page: ParsedPage; id: number; month: number; day: number; year: number | null }[] =
    [];
  for (const page of pages) {
    if (!page.title || !page.paragraphs.length) continue;
    if (page.lang === 'zh') {
      const d = findChineseDates(page.title)[0];
      const titleDate = d && d.year ? iso(d.year, d.month, d.day) : null;
      zh.push({
        article: toArticle(
          { ...page, date: page.date || null },
          'zh',
          /记者会/.test(page.title) ? 'press-conference' : 'remarks',
        ),
        date: page.date,
        isPressConference: /例行记者会/.test(page.title),
        titleDate,
      });
    } else {
      const d = findEnglishDates(page.title)[0];
      const id = articleId(page.url)?.id;
      if (!d || id === undefined) continue; // topical remarks without a date: no date-based gold
      enRaw.push({ page, id, month: d.month, day: d.day, year: d.year });
    }
  }
  // Titles such as "… Press Conference on September 10" omit the year: ids grow with time, so take
  // the year of the nearest id whose title has one.
  const dated = enRaw.filter((e) => e.year !== null).sort((a, b) => a.id - b.id);
  const en: MfaEnglish[] = [];
  for (const e of enRaw) {
    let year = e.year;
    if (year === null) {
      let nearest = dated[0]!;
      for (const d of dated) if (Math.abs(d.id - e.id) < Math.abs(nearest.id - e.id)) nearest = d;
      year = nearest.year!;
    }
    const title = e.page.title;
    en.push({
      article: toArticle({ ...e.page, date: null }, 'en', 'other'),
      date: iso(year, e.month, e.day),
      isPressConference: /Regular Press Conference|Daily Briefing Online/.test(title),
      isRemarks: /'s Remarks on/.test(title),
    });
  }
  // English pages without a date in the title are still candidates (they are real same-period pages).
  for (const page of pages) {
    if (page.lang !== 'en' || !page.title || findEnglishDates(page.title).length) continue;
    const id = articleId(page.url)!.id;
    const nearest = dated.reduce((a, b) => (Math.abs(b.id - id) < Math.abs(a.id - id) ? b : a));
    en.push({
      article: toArticle({ ...page, date: null }, 'en', 'remarks'),
      date: iso(nearest.year!, nearest.month, nearest.day),
      isPressConference: false,
      isRemarks: true,
    });
  }
  return { zh, en };
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000);
}

/** Remove the date from an English title ("… Press Conference on March 27, 2019" → "… Press Conference"). */
export function stripTitleDate(title: string): string {
  return title
    .replace(
      /\s*(?:on\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*\d{1,2}(?:,\s*\d{4})?/g,
      '',
    )
    .trim();
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
/** Every English date form the ministry writes, and bare years: what `stripEnglishDates` removes. */
const ENGLISH_DATES = new RegExp(
  [
    `(?:on\\s+)?${MONTH}\\s*\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s*\\d{4})?`, // March 27(, 2019)
    `(?:on\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s*\\d{4})?`, // 27 March (2019)
    `${MONTH}\\s+\\d{4}`, // March 2019
    `\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}`, // 2019-03-27
    `\\d{1,2}/\\d{1,2}/\\d{2,4}`, // 3/27/2019
    `(?:19|20)\\d{2}`, // bare years
  ]
    .map((p) => `\\b${p}\\b`)
    .join('|'),
  'gi',
);

/** The text with every date removed (titles and bodies of English candidates in the hardest test). */
export function stripEnglishDates(text: string): string {
  return text.replace(ENGLISH_DATES, '').replace(/ {2,}/g, ' ').trim();
}

export interface PairFile {
  id: string;
  zh: RawArticle;
  en: RawArticle;
}

/** The pairs p*.json and distractors d*.json. */
export function loadPairs(): { pairs: PairFile[]; distractors: (RawArticle & { id: string })[] } {
  const dir = path.join(CORPUS, 'pairs');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const read = (f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown;
  return {
    pairs: files.filter((f) => f.startsWith('p')).map((f) => read(f) as PairFile),
    distractors: files
      .filter((f) => f.startsWith('d'))
      .map((f) => read(f) as RawArticle & { id: string }),
  };
}

/** The seed statement (Xinhua readout) in both languages. */
export function loadSeed(): { zh: RawArticle; en: RawArticle } {
  const dir = path.join(CORPUS, 'seed');
  const read = (f: string) =>
    JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as RawArticle & { url?: string };
  const zh = read('zh.json');
  const en = read('en.json');
  return {
    zh: { ...zh, url: zh.url ?? 'https://www.news.cn/politics/leaders/20250620/seed/c.html' },
    en: { ...en, url: en.url ?? 'https://english.news.cn/20250619/seed/c.html' },
  };
}
