/**
 * Chinese numerals → numbers: 二〇二四 (digit by digit, as in years), 三十五, 一百二十, 两千, 5000万.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that can make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * Parse a Chinese numeral string; null when it is not a well-formed numeral.
 * Digit-by-digit strings without units (二〇二四) are read as positional digits.
 */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null;
  if (![...text].some((c) => c in SMALL_UNITS || c === '万' || c === '亿')) {
    let value = 0;
    for (const c of text) {
      const d = DIGITS[c];
      if (d === undefined) return null;
      value = value * 10 + d;
    }
    return value;
  }
  // 亿 multiplies everything before it (三万亿 = 3×10¹²); 万 multiplies the current section only
  // (一亿二千万 = 10⁸ + 2000×10⁴).
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of text) {
    const d = DIGITS[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
    } else if (c === '万') {
      wan += (section + (digit ?? 0)) * 1e4;
      section = 0;
    } else if (c === '亿') {
      yi = (yi + wan + section + (digit ?? 0)) * 1e8;
      wan = 0;
      section = 0;
    } else return null;
    digit = null;
  }
  return yi + wan + section + (digit ?? 0);
}
