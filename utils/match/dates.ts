/**
 * Dates that survive translation: 2019年3月27日 / 3月27日 ↔ "March 27, 2019" / "27 March 2019".
 * A date is kept as `MM-DD` (month and day are what both versions always say) plus the year when given.
 */
import { ENGLISH_MONTHS } from '../extract/dates';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './numerals';

export interface FoundDate {
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  year: number | null;
}

const NUM = `[0-9]+|[${CHINESE_NUMERAL_CHARS}]+`;
const ZH_DATE = new RegExp(`(?:(${NUM})\\s*年\\s*)?(${NUM})\\s*月\\s*(${NUM})\\s*[日号]`, 'g');
const MONTH_NAMES = Object.keys(ENGLISH_MONTHS).join('|');
// "March 27, 2019", "March 27", "June11, 2018" (the ministry's typo), "Sept. 3"
const EN_MDY = new RegExp(
  `\\b(${MONTH_NAMES})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4}))?`,
  'gi',
);
// "27 March 2019"
const EN_DMY = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\b\\.?(?:,?\\s*(\\d{4}))?`,
  'gi',
);

function toNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  return /^[0-9]+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

function valid(month: number | null, day: number | null, year: number | null): FoundDate | null {
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { month, day, year: year !== null && year >= 1900 && year <= 2100 ? year : null };
}

/** Dates written the Chinese way (Arabic or Chinese numerals; full-width digits are normalised first). */
export function findChineseDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.normalize('NFKC').matchAll(ZH_DATE)) {
    const date = valid(toNumber(m[2]), toNumber(m[3]), toNumber(m[1]));
    if (date) out.push(date);
  }
  return out;
}

/** Dates written the English way. */
export function findEnglishDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(EN_MDY)) {
    const date = valid(
      ENGLISH_MONTHS[m[1]!.toLowerCase()] ?? null,
      Number(m[2]),
      m[3] ? Number(m[3]) : null,
    );
    // "May 5" is a date; "may 5" inside a sentence rarely is, but both versions would say it anyway.
    if (date) out.push(date);
  }
  for (const m of text.matchAll(EN_DMY)) {
    const date = valid(
      ENGLISH_MONTHS[m[2]!.toLowerCase()] ?? null,
      Number(m[1]),
      m[3] ? Number(m[3]) : null,
    );
    if (date) out.push(date);
  }
  return out;
}

/** `MM-DD` key of a date. */
export function monthDayKey(date: FoundDate): string {
  return `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
