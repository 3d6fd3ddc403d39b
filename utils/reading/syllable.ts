/**
 * Pinyin syllables in Duizhao's internal form: lowercase letters with ü and a tone number 1–5
 * (5 = neutral), e.g. "lüe4", "de5". Conversions to tone marks / numbers for display.
 */

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

/** A vowel with a tone mark → the vowel and its tone (ā → a, 1). */
const MARKED = new Map<string, [string, number]>(
  Object.entries(MARKS).flatMap(([base, marks]) =>
    Array.from(marks.slice(0, 4)).map((m, i): [string, [string, number]] => [m, [base, i + 1]]),
  ),
);

/** Normalise a numbered syllable from pinyin-pro ("de0", "lü4") or CC-CEDICT ("Zhong1", "lu:4"). */
export function normaliseSyllable(raw: string): string | null {
  let s = raw.toLowerCase().replace(/u:/g, 'ü').replace(/v/g, 'ü');
  if (/^[a-zü]+0$/.test(s)) s = s.slice(0, -1) + '5';
  else if (/^[a-zü]+$/.test(s)) s += '5';
  return SYLLABLE.test(s) ? s : null;
}

/** Tone number (1–5) of a normalised syllable. */
export function toneOf(syllable: string): number {
  const t = Number(syllable.slice(-1));
  return t >= 1 && t <= 5 ? t : 5;
}

/**
 * Syllables already given tone marks (there are about 1,300 distinct syllables with their
 * tones; a statement of 40,000 characters asks for 25,000): the regex and the vowel search cost
 * more than the lookup. Bounded, should something else be passed in.
 */
const withMarks = new Map<string, string>();
const WITH_MARKS_MAX = 8192;

/** Put the tone mark on the right vowel (a/e first, then the o of "ou", else the last vowel). */
export function toMarks(syllable: string): string {
  let out = withMarks.get(syllable);
  if (out === undefined) {
    out = markVowel(syllable);
    if (withMarks.size >= WITH_MARKS_MAX) withMarks.clear();
    withMarks.set(syllable, out);
  }
  return out;
}

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
    let tone = 5;
    let plain = '';
    for (const ch of word.toLowerCase().normalize('NFC')) {
      const marked = MARKED.get(ch);
      if (marked) {
        tone = marked[1];
        plain += marked[0];
      } else plain += ch;
    }
    out.push(plain + String(tone));
  }
  return out;
}
