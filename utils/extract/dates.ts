/**
 * Dates as the sites write them → ISO YYYY-MM-DD, and the English month names shared with the
 * matcher's dates (utils/match/dates.ts). Validated (month 1–12, day within the month,
 * year 1949–2100) so that ids or phone numbers are not taken for dates.
 */

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * English month names and their abbreviations → 1–12 ("january", "jan", "sept"), full names
 * first so a regular expression built from the keys tries "june" before "jun".
 */
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = (() => {
  const months: Record<string, number> = {};
  MONTH_NAMES.forEach((name, i) => {
    months[name] = i + 1;
    months[name.slice(0, 3)] = i + 1;
  });
  months['sept'] = 9;
  return months;
})();

/** Build an ISO date when y/m/d make a real calendar day, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const NUMERIC = /(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/;
const COMPACT = /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/;
const EN_MDY =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*((?:19|20)\d{2})\b/i;
const EN_DMY =
  /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b/i;

/** The first date written in `text` in any of the sites' styles, as ISO, or null. */
export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const iso = isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
    if (iso) return iso;
  }
  // Xinhua's header: <span class="year"><em>2024</em></span> <span class="day">05/09</span>
  const spaced = /(?<!\d)((?:19|20)\d{2})\s+(\d{1,2})\/(\d{1,2})(?!\d)/.exec(text);
  if (spaced) {
    const iso = isoDate(Number(spaced[1]), Number(spaced[2]), Number(spaced[3]));
    if (iso) return iso;
  }
  const mdy = EN_MDY.exec(text);
  if (mdy) {
    const iso = isoDate(Number(mdy[3]), ENGLISH_MONTHS[mdy[1]!.toLowerCase()] ?? 0, Number(mdy[2]));
    if (iso) return iso;
  }
  const dmy = EN_DMY.exec(text);
  if (dmy) {
    const iso = isoDate(Number(dmy[3]), ENGLISH_MONTHS[dmy[2]!.toLowerCase()] ?? 0, Number(dmy[1]));
    if (iso) return iso;
  }
  return null;
}

/** A YYYYMMDD run in a URL path (`/20250619/…/c.html`, `t20251017_…`), as ISO, or null. */
export function dateFromUrlPath(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const compact = COMPACT.exec(path);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // Xinhua's older paths: /politics/2019-06/05/c_1124588552.htm; gov.cn English: /202506/20/.
  const split = /\/((?:19|20)\d{2})-?(\d{2})\/(\d{2})\//.exec(path);
  if (split) return isoDate(Number(split[1]), Number(split[2]), Number(split[3]));
  return null;
}

const EN_MONTH_DAY =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s*(\d{1,2})\b(?!\s*,?\s*\d{4})/i;
/** TRS (the ministry's content system) names uploaded images W0YYYYMMDD…: an upload date. */
const TRS_IMAGE = /W0((?:19|20)\d{2})(\d{2})(\d{2})\d/;

/**
 * A title giving month and day but no year ("… Press Conference on September 10"): complete the
 * year from an image the page uploaded on that same month and day, or give up (null).
 */
export function dateFromYearlessTitle(title: string, root: Element): string | null {
  const md = EN_MONTH_DAY.exec(title);
  if (!md) return null;
  const month = ENGLISH_MONTHS[md[1]!.toLowerCase()] ?? 0;
  const day = Number(md[2]);
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const m = TRS_IMAGE.exec(img.getAttribute('src') ?? '');
    if (m && Number(m[2]) === month && Number(m[3]) === day)
      return isoDate(Number(m[1]), month, day);
  }
  return null;
}
