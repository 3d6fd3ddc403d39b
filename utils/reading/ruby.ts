/**
 * Building and re-rendering the ruby markup of one reading unit (a word, a name or a set phrase):
 * one <ruby class="dz-word"> per unit, holding one base text + <rt> pair per written word (or per
 * character in character mode), so the pinyin is written word by word (utils/reading/
 * orthography.ts) while the unit stays one element for the popup, the highlight and known words:
 *   <ruby class="dz-word dz-term" data-dz-py="wai4 jiao1 bu4 fa1 yan2 ren2" data-dz-w="3c 3">
 *     外交部<rt class="dz-rt" aria-hidden="true">Wàijiāobù</rt>
 *     发言人<rt class="dz-rt" aria-hidden="true">fāyánrén</rt></ruby>
 * With tone colours, each rt holds one span per syllable instead, classed by tone:
 *   <rt …><span class="dz-s dz-t4">Wài</span><span class="dz-s dz-t1">jiāo</span>…</rt>
 * Only base text is text outside the rts, so the unit's Chinese is its text without the rts.
 */
import { DZ } from './dom-labels';
import {
  checkedWritten,
  decodeWritten,
  encodeWritten,
  writtenSyllables,
  type WrittenWord,
} from './orthography';
import type { ReadingToken } from './pinyin';
import type { PinyinOver } from './settings';
import { toneOf, type ToneStyle } from './syllable';

export interface DisplayOptions {
  tones: ToneStyle;
  /** Show 一/不 with their sandhi tones. */
  sandhi: boolean;
  /** Pinyin over each written word (default) or over each character. */
  over?: PinyinOver;
  /**
   * One span per syllable, classed by tone, for the tone colours; without, each rt holds its
   * text alone: one text to lay out and shape instead of one per syllable (the whole
   * annotation of 40,000 characters took 2.0 s instead of 2.5 s, median of 6 loads, Chromium).
   */
  colors?: boolean;
}

/** The tone class number of a numbered syllable (5 for none: the 、 inside a phrase). */
export const toneNumber = (syllable: string): number => (syllable ? toneOf(syllable) : 5);

/**
 * An rt holding the written syllables (capitals, apostrophes, hyphen already in), as one span
 * per syllable with `colors`, else as its text alone.
 */
function makeRt(
  doc: Document,
  syllables: readonly string[],
  texts: readonly string[],
  colors: boolean | undefined,
): HTMLElement {
  const rt = cloneOf(doc, 'rt', () => {
    const el = doc.createElement('rt');
    el.className = DZ.rt;
    // The characters are read by screen readers; the pinyin would only double them.
    el.setAttribute('aria-hidden', 'true');
    return el;
  });
  if (!colors) {
    rt.append(texts.join(''));
    return rt;
  }
  syllables.forEach((syllable, k) => {
    const span = doc.createElement('span');
    span.className = `${DZ.syllable} ${DZ.tonePrefix}${toneNumber(syllable)}`;
    span.textContent = texts[k] ?? '';
    rt.append(span);
  });
  return rt;
}

/** The syllables to display for a ruby, from its data attributes. */
export function syllablesOf(ruby: Element, display: DisplayOptions): string[] {
  const sandhi = display.sandhi ? ruby.getAttribute(DZ.attrSandhi) : null;
  const py = sandhi ?? ruby.getAttribute(DZ.attrPy) ?? '';
  return py ? py.split(' ') : [];
}

/** One base text of a unit and the syllables written over it. */
export interface RubyPiece {
  base: string;
  /** Its numbered syllables (for the tone classes). */
  py: readonly string[];
  /** The same syllables as written (capitals, apostrophes, an idiom's hyphen). */
  texts: readonly string[];
}

/**
 * How a unit's pinyin is written over it (shared by this layer and the side-by-side view): one
 * piece per written word, words joined by a hyphen sharing one (yīrú-jìwǎng), or one per
 * character in character mode; `words` as checked for `py` (orthography.ts). Where the syllables
 * do not match the characters one to one, the whole unit under its syllables as they are.
 */
export function rubyPieces(
  word: string,
  py: readonly string[],
  words: readonly WrittenWord[],
  display: Pick<DisplayOptions, 'tones' | 'over'>,
): RubyPiece[] {
  const chars = Array.from(word);
  if (py.length !== chars.length) return [{ base: word, py, texts: py }];
  if (display.over === 'characters') {
    const texts = writtenSyllables(py, words, display.tones, { apostrophe: false }).flat();
    return chars.map((base, i) => ({ base, py: [py[i]!], texts: [texts[i]!] }));
  }
  const texts = writtenSyllables(py, words, display.tones);
  const pieces: RubyPiece[] = [];
  let at = 0;
  for (let i = 0; i < words.length;) {
    let n = 0;
    const written: string[] = [];
    for (;;) {
      const w = words[i]!;
      const part = [...texts[i]!];
      if (w.hyphen && i < words.length - 1) part[part.length - 1] += '-';
      written.push(...part);
      n += w.n;
      i++;
      if (!w.hyphen || i >= words.length) break;
    }
    pieces.push({
      base: n === chars.length ? word : chars.slice(at, at + n).join(''),
      py: py.slice(at, at + n),
      texts: written,
    });
    at += n;
  }
  return pieces;
}

/**
 * (Re)build the content of a unit's ruby from its data attributes (or, when it is being made,
 * from its token, which they were written from): its Chinese `word` as base text, split per
 * written word (or per character) with an rt over each piece.
 */
export function renderRuby(
  doc: Document,
  ruby: Element,
  word: string,
  display: DisplayOptions,
  token?: ReadingToken,
): void {
  const py = token ? (display.sandhi && token.sandhi) || token.py : syllablesOf(ruby, display);
  // A ruby being made is empty: nothing to remove.
  if (ruby.hasChildNodes()) ruby.replaceChildren();
  const words = token
    ? checkedWritten(token.written, py.length)
    : decodeWritten(ruby.getAttribute(DZ.attrWritten), py.length);
  // Strings appended: one call for each text node instead of createTextNode and append.
  for (const piece of rubyPieces(word, py, words, display))
    ruby.append(piece.base, makeRt(doc, piece.py, piece.texts, display.colors));
}

/**
 * Elements to clone, by document and kind: a clone comes with its class, language and
 * aria-hidden, which building each ruby and rt set one by one. With that, strings appended and
 * the tone marks looked up (syllable.ts toMarks), the rubies of a 40,000-character statement
 * took 15 % less script time (plain Chromium, medians of 4 batches of 9: 248–302 ms against
 * 290–358; 2026-12-03).
 */
const prototypes = new WeakMap<Document, Map<string, HTMLElement>>();

function cloneOf(doc: Document, key: string, build: () => HTMLElement): HTMLElement {
  let byKey = prototypes.get(doc);
  if (!byKey) prototypes.set(doc, (byKey = new Map()));
  let prototype = byKey.get(key);
  if (!prototype) byKey.set(key, (prototype = build()));
  return prototype.cloneNode(false) as HTMLElement;
}

/** Create the ruby of a Han token, declaring `lang` when given (annotate.ts rubyLang). */
export function makeRuby(
  doc: Document,
  token: ReadingToken,
  display: DisplayOptions,
  lang?: string,
): HTMLElement {
  let cls: string = DZ.word;
  if (token.term) cls += ` ${DZ.term}`;
  if (token.proper) cls += ` ${DZ.name}`;
  const ruby = cloneOf(doc, `ruby ${cls} ${lang ?? ''}`, () => {
    const el = doc.createElement('ruby');
    el.className = cls;
    if (lang) el.lang = lang;
    return el;
  });
  ruby.setAttribute(DZ.attrHanzi, token.text);
  ruby.setAttribute(DZ.attrPy, token.py.join(' '));
  if (token.sandhi) ruby.setAttribute(DZ.attrSandhi, token.sandhi.join(' '));
  const written = encodeWritten(token.written);
  if (written) ruby.setAttribute(DZ.attrWritten, written);
  renderRuby(doc, ruby, token.text, display, token);
  return ruby;
}

/**
 * The Chinese of a unit's ruby (its text without the rts): the attribute makeRuby wrote it to
 * (reading the base texts back cost 140 ms of script on a 40,000-character statement, Chromium
 * profile), else its text outside the rts.
 */
export function wordOf(ruby: Element): string {
  const hanzi = ruby.getAttribute(DZ.attrHanzi);
  if (hanzi !== null) return hanzi;
  let text = '';
  for (const child of Array.from(ruby.childNodes)) {
    if (child.nodeType === 3) text += (child as Text).data;
  }
  return text;
}
