/**
 * Building and re-rendering the ruby markup of one word:
 *   <ruby class="dz-word" data-dz-py="tong1 guo4">通过<rt class="dz-rt" aria-hidden="true">
 *     <span class="dz-s dz-t1">tōng</span><span class="dz-s dz-t4">guò</span></rt></ruby>
 * The word's text node is the only text child of the ruby, so lookups never see a split word.
 */
import { DZ } from './dom-labels';
import type { ReadingToken } from './pinyin';
import { formatSyllable, toneOf, type ToneStyle } from './syllable';

export interface DisplayOptions {
  tones: ToneStyle;
  /** Show 一/不 with their sandhi tones. */
  sandhi: boolean;
}

/** Fill `rt` with one span per syllable (word-level orthography: no spaces, ' before a/o/e). */
export function fillRt(doc: Document, rt: Element, py: string[], display: DisplayOptions): void {
  rt.replaceChildren();
  py.forEach((syllable, k) => {
    const span = doc.createElement('span');
    span.className = `${DZ.syllable} ${DZ.tonePrefix}${syllable ? toneOf(syllable) : 5}`;
    let text = syllable ? formatSyllable(syllable, display.tones) : '';
    if (k > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(text)) text = `'${text}`;
    span.textContent = text;
    rt.append(span);
  });
}

/** The syllables to display for a ruby, from its data attributes. */
export function syllablesOf(ruby: Element, display: DisplayOptions): string[] {
  const sandhi = display.sandhi ? ruby.getAttribute(DZ.attrSandhi) : null;
  const py = sandhi ?? ruby.getAttribute(DZ.attrPy) ?? '';
  return py ? py.split(' ') : [];
}

/** Create the ruby of a Han token. */
export function makeRuby(
  doc: Document,
  token: ReadingToken,
  display: DisplayOptions,
  known: boolean,
): HTMLElement {
  const ruby = doc.createElement('ruby');
  let cls: string = DZ.word;
  if (known) cls += ` ${DZ.known}`;
  if (token.term) cls += ` ${DZ.term}`;
  if (token.proper) cls += ` ${DZ.name}`;
  ruby.className = cls;
  ruby.setAttribute(DZ.attrPy, token.py.join(' '));
  if (token.sandhi) ruby.setAttribute(DZ.attrSandhi, token.sandhi.join(' '));
  ruby.append(doc.createTextNode(token.text));
  const rt = doc.createElement('rt');
  rt.className = DZ.rt;
  // The characters are read by screen readers; the pinyin would only double them.
  rt.setAttribute('aria-hidden', 'true');
  fillRt(doc, rt, syllablesOf(ruby, display), display);
  ruby.append(rt);
  return ruby;
}

/** The Chinese word of a ruby (its text without the rt). */
export function wordOf(ruby: Element): string {
  let text = '';
  for (const child of Array.from(ruby.childNodes)) {
    if (child.nodeType === 3) text += (child as Text).data;
  }
  return text;
}
