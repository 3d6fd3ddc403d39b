/**
 * Pinyin syllables in Duizhao's internal form: lowercase letters with ü and a tone number 1–5
 * (5 = neutral), e.g. "lüe4", "de5". Conversions to tone marks / numbers for display.
 */
import { boundedMemo } from './memo';

export type ToneStyle = 'marks' | 'numbers';

const MARKS: Record<string, string> = {
  a: 'āáǎàa',
  e: 'ēéěèe',
  i: 'īíǐìi',
  o: 'ōóǒòo',
  u: 'ūúǔùu',
  ü: 'ǖǘǚǜü',
};

const SYLLABLE = /^([a-zü]+)([1-5])$/;

/**
 * A letter with a tone mark → the letter and its tone (ā → a, 1), with the syllabic m and n of
 * 呣 (ḿ) and 嗯 (ń, ň, ǹ); and the combining marks that carry a tone where no precomposed letter
 * exists (m̀) → the tone alone.
 */
const MARKED = new Map<string, [string, number]>([
  ...Object.entries(MARKS).flatMap(([base, marks]) =>
    Array.from(marks.slice(0, 4)).map((m, i): [string, [string, number]] => [m, [base, i + 1]]),
  ),
  ['ḿ', ['m', 2]],
  ['ń', ['n', 2]],
  ['ň', ['n', 3]],
  ['ǹ', ['n', 4]],
  ['\u0304', ['', 1]],
  ['\u0301', ['', 2]],
  ['\u030c', ['', 3]],
  ['\u0300', ['', 4]],
]);

/** One word or syllable with tone marks → its letters and the tone of its last mark (5: none). */
function unmark(word: string): [string, number] {
  let tone = 5;
  let plain = '';
  for (const ch of word.toLowerCase().normalize('NFC')) {
    const marked = MARKED.get(ch);
    if (marked) {
      tone = marked[1];
      plain += marked[0];
    } else plain += ch;
  }
  return [plain, tone];
}

/**
 * Distinct syllables kept by each memo below: there are about 1,300 with their tones, and a
 * statement of 40,000 characters asks for 25,000; bounded, should something else be passed in.
 */
const SYLLABLES_MAX = 8192;

/**
 * A syllable with tone marks, as pinyin-pro writes it ("lǜ", "de", "ǹg"), in the internal form
 * ("lü4", "de5", "ng4"); null if it is not a syllable (a character pinyin-pro does not know is
 * returned as itself). Asking pinyin-pro for numbered syllables instead ran its tone conversion
 * for every character: 5 times the cost of the marks and this lookup (Node, 80,000 characters
 * of real statements, the same syllables).
 */
export const syllableFromMarks: (marked: string) => string | null = boundedMemo(
  SYLLABLES_MAX,
  (marked: string) => {
    const [plain, tone] = unmark(marked);
    return normaliseSyllable(plain + String(tone));
  },
);

/**
 * Normalise a numbered syllable from pinyin-pro ("de0", "lü4") or CC-CEDICT ("Zhong1", "lu:4");
 * memoised (CC-CEDICT's readings of every word read).
 */
export const normaliseSyllable: (raw: string) => string | null = boundedMemo(
  SYLLABLES_MAX,
  (raw: string) => {
    let s = raw.toLowerCase().replace(/u:/g, 'ü').replace(/v/g, 'ü');
    if (/^[a-zü]+0$/.test(s)) s = s.slice(0, -1) + '5';
    else if (/^[a-zü]+$/.test(s)) s += '5';
    return SYLLABLE.test(s) ? s : null;
  },
);

/** Tone number (1–5) of a normalised syllable. */
export function toneOf(syllable: string): number {
  const t = Number(syllable.slice(-1));
  return t >= 1 && t <= 5 ? t : 5;
}

/**
 * Put the tone mark on the right vowel (a/e first, then the o of "ou", else the last vowel);
 * memoised: the regex and the vowel search cost more than the lookup.
 */
export const toMarks: (syllable: string) => string = boundedMemo(SYLLABLES_MAX, markVowel);

function markVowel(syllable: string): string {
  const m = SYLLABLE.exec(syllable);
  if (!m) return syllable;
  const letters = m[1]!;
  const tone = Number(m[2]);
  if (tone === 5) return letters;
  let at = letters.search(/[ae]/);
  if (at < 0) at = letters.indexOf('ou');
  if (at < 0) {
    for (let i = letters.length - 1; i >= 0; i--) {
      if (MARKS[letters[i]!]) {
        at = i;
        break;
      }
    }
  }
  if (at < 0) return letters; // syllabic consonants like "m", "ng", "r"
  const mark = MARKS[letters[at]!]![tone - 1]!;
  return letters.slice(0, at) + mark + letters.slice(at + 1);
}

/** Display form of a syllable: tone marks ("yīng") or numbers ("ying1"; neutral → "de5"). */
export function formatSyllable(syllable: string, style: ToneStyle, capitalise = false): string {
  const out = style === 'marks' ? toMarks(syllable) : syllable;
  return capitalise ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/** Parse a space-separated pinyin string with tone marks ("Xí Jìnpíng" style allowed per syllable). */
export function fromMarks(text: string): string[] {
  const out: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    if (!word) continue;
    const [plain, tone] = unmark(word);
    out.push(plain + String(tone));
  }
  return out;
}
