/**
 * Numbers that survive translation, in a canonical form: 5000万 ↔ "50 million", 1.2亿 ↔ "120 million",
 * 3.5% / 百分之三点五 ↔ "3.5 percent". Numbers below 10 are ignored (too common to tell texts apart);
 * dates are removed first so that 6月19日 does not count as 6 and 19.
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './numerals';

/** Canonical key: the value to 6 significant digits, `%` suffix for percentages. */
export function numberKey(value: number, percent = false): string {
  return String(Number(value.toPrecision(6))) + (percent ? '%' : '');
}

function keep(value: number, percent: boolean): boolean {
  return Number.isFinite(value) && (percent ? value > 0 : value >= 10);
}

const ZH_DATE_LIKE = new RegExp(
  `(?:[0-9${CHINESE_NUMERAL_CHARS}]+\\s*年\\s*)?[0-9${CHINESE_NUMERAL_CHARS}]+\\s*月(?:\\s*[0-9${CHINESE_NUMERAL_CHARS}]+\\s*[日号])?|[0-9]+\\s*日`,
  'g',
);
const ZH_DIGITS = /([0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)\s*(多|余)?\s*(万亿|万|亿)?\s*(%)?/g;
const ZH_PERCENT_WORDS = new RegExp(`百分之([${CHINESE_NUMERAL_CHARS}点]+)`, 'g');
const ZH_NUMERAL_WORDS = new RegExp(`[${CHINESE_NUMERAL_CHARS}]{2,}`, 'g');
const ZH_MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };

/** Numbers in a Chinese text, as canonical keys. */
export function findChineseNumbers(text: string): string[] {
  const out: string[] = [];
  const normalised = text.normalize('NFKC').replace(ZH_DATE_LIKE, ' ');
  const withoutPercentWords = normalised.replace(ZH_PERCENT_WORDS, (_, num: string) => {
    const [whole, fraction] = num.split('点');
    const intPart = parseChineseNumeral(whole ?? '');
    if (intPart !== null) {
      const frac = fraction
        ? Number(`0.${[...fraction].map((c) => parseChineseNumeral(c) ?? 0).join('')}`)
        : 0;
      out.push(numberKey(intPart + frac, true));
    }
    return ' ';
  });
  for (const m of withoutPercentWords.matchAll(ZH_DIGITS)) {
    const value = Number(m[1]!.replace(/,/g, '')) * (m[3] ? ZH_MULTIPLIER[m[3]]! : 1);
    const percent = m[4] === '%';
    if (keep(value, percent)) out.push(numberKey(value, percent));
  }
  for (const m of withoutPercentWords.matchAll(ZH_NUMERAL_WORDS)) {
    // 千万 ("by all means") and 万万 are words, not numbers.
    if (m[0] === '千万' || m[0] === '万万' || m[0] === '万一') continue;
    const value = parseChineseNumeral(m[0]);
    if (value !== null && keep(value, false)) out.push(numberKey(value));
  }
  return out;
}

const EN_MULTIPLIER: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const EN_NUMBER =
  /(?<![\w.])([0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)\s*(thousand|million|billion|trillion)?\s*(%|per\s*cent|percent)?/gi;
const MONTH_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*[0-9]{1,2}(?:st|nd|rd|th)?\b|\b[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi;

/** Numbers in an English text, as canonical keys. */
export function findEnglishNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.replace(MONTH_DAY, ' ').matchAll(EN_NUMBER)) {
    const multiplier = m[2] ? EN_MULTIPLIER[m[2].toLowerCase()]! : 1;
    const value = Number(m[1]!.replace(/,/g, '')) * multiplier;
    const percent = m[3] !== undefined;
    if (keep(value, percent)) out.push(numberKey(value, percent));
  }
  return out;
}
