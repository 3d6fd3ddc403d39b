/**
 * Every class, attribute and id Duizhao's reading layer puts into a page, in one place. All carry
 * the `dz-` prefix so they cannot collide with the page's own names.
 */
/**
 * The language declared on the Chinese text Duizhao writes (ruby on a page that declares none,
 * the word popup, side by side, the glossary, the toolbar popup): Chinese in simplified script,
 * the script the official sites publish in. The interface's own Chinese (a setting) is zh-CN.
 */
export const CHINESE_TEXT_LANG = 'zh-Hans';

export const DZ = {
  /** `<ruby class="dz-word">` wrapping one word. */
  word: 'dz-word',
  /** `<rt class="dz-rt">` holding the word's pinyin. */
  rt: 'dz-rt',
  /** `<span class="dz-s dz-tN">` one syllable in the rt, N = tone 1–5 (with tone colours only). */
  syllable: 'dz-s',
  tonePrefix: 'dz-t',
  /** On a word that is an official set formulation or a gazetteer name. */
  term: 'dz-term',
  name: 'dz-name',
  /** On a statement paragraph rendered only near the viewport (utils/reading/annotate.ts). */
  contained: 'dz-cv',
  /** The word the keyboard cursor / popup is on. */
  focus: 'dz-focus',
  /** On the root element (<html>) while the layer runs; carries the display settings. */
  active: 'dz-reading',
  hideAll: 'dz-hide-rt',
  hideKnown: 'dz-hide-known',
  colors: 'dz-colors',
  /** Data attributes on a word: numbered syllables and sandhi variant (space separated). */
  attrPy: 'data-dz-py',
  attrSandhi: 'data-dz-sd',
  /** Data attribute on a word: its Chinese (what the known-word sheet selects by). */
  attrHanzi: 'data-dz-h',
  /** Data attribute on a word: its written words (utils/reading/orthography.ts encodeWritten). */
  attrWritten: 'data-dz-w',
  /** Id of the fallback <style> element (when adoptedStyleSheets is unavailable). */
  styleId: 'dz-reading-style',
  /** CSS custom property for the ruby size (percent of the text size). */
  sizeVar: '--dz-rt-size',
  /** Host element of the popup's shadow root. */
  popupHost: 'dz-popup-host',
} as const;

/**
 * Stylesheet of the reading layer. Colours are the common Pleco/MDBG tone scheme. Every rt has a
 * little room on both sides, so that written words stay apart where their pinyin is wider than
 * their characters: without it the rts of neighbouring units touched ("yìngGuówùyuàn zǒnglǐ",
 * npm start's screenshot), and only the words inside one unit were spaced.
 */
export const READING_CSS = `
ruby.${DZ.word} { ruby-position: over; ruby-align: center; }
rt.${DZ.rt} {
  padding-inline: 0.15em;
  font-size: var(${DZ.sizeVar}, 55%); line-height: 1; font-weight: normal; font-style: normal;
  text-transform: none; letter-spacing: 0; white-space: nowrap;
  user-select: none; -webkit-user-select: none; pointer-events: none;
}
.${DZ.hideAll} rt.${DZ.rt} { display: none; }
.${DZ.colors} .${DZ.tonePrefix}1 { color: #d32f2f; }
.${DZ.colors} .${DZ.tonePrefix}2 { color: #e67e00; }
.${DZ.colors} .${DZ.tonePrefix}3 { color: #2e7d32; }
.${DZ.colors} .${DZ.tonePrefix}4 { color: #1565c0; }
.${DZ.colors} .${DZ.tonePrefix}5 { color: #757575; }
@media (prefers-color-scheme: dark) {
  .${DZ.colors} .${DZ.tonePrefix}1 { color: #ff8a80; }
  .${DZ.colors} .${DZ.tonePrefix}2 { color: #ffcc80; }
  .${DZ.colors} .${DZ.tonePrefix}3 { color: #a5d6a7; }
  .${DZ.colors} .${DZ.tonePrefix}4 { color: #90caf9; }
  .${DZ.colors} .${DZ.tonePrefix}5 { color: #bdbdbd; }
}
/* Skipped while far from the viewport; the focus outline is not clipped at the paragraph's edge. */
.${DZ.contained} { content-visibility: auto; overflow-clip-margin: 4px; }
ruby.${DZ.word}.${DZ.focus} { outline: 2px solid #1a73e8; outline-offset: 1px; border-radius: 2px; }
`;
