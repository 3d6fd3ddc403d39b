/**
 * Known words stay out of the page's DOM. A word's ruby carries its own Chinese (public: it is
 * the statement's text), and the rule that hides the pinyin of the known ones is a stylesheet
 * the background injects into the tab (scripting.insertCSS): such a sheet is in neither
 * `document.styleSheets` nor `adoptedStyleSheets`, so no page script can list the user's known
 * words. Only the words of this page are in it, which keeps it small.
 */
import { DZ } from './dom-labels';

/** A CSS string literal (double quotes) of `text`. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * The page's character pairs, for the text last asked about (it changes rarely). Made only when
 * there are known words to look for: on a 40,000-character statement it took 40 ms of the
 * page's thread (Chromium profile, 2026-12-03).
 */
let indexed: { text: string; pairs: Set<string> } | null = null;
function pairsOf(text: string): Set<string> {
  if (indexed?.text !== text) {
    const pairs = new Set<string>();
    for (let i = 0; i + 1 < text.length; i++) pairs.add(text.slice(i, i + 2));
    indexed = { text, pairs };
  }
  return indexed.pairs;
}

/**
 * The known words that occur in `pageText`, sorted (one rule each). A word whose first two
 * characters never meet on the page is ruled out without searching the text: thousands of
 * known words against a long statement stay a few milliseconds on the page's thread.
 */
export function knownOnPage(known: Iterable<string>, pageText: string): string[] {
  let pairs: Set<string> | undefined;
  const found = new Set<string>();
  for (const word of known) {
    if (!word) continue;
    if (word.length > 1 && !(pairs ??= pairsOf(pageText)).has(word.slice(0, 2))) continue;
    if (pageText.includes(word)) found.add(word);
  }
  return [...found].sort();
}

/**
 * The stylesheet that hides the pinyin of `words` while "unknown words only" is on (the
 * `dz-hide-known` class on <html>); empty for no words.
 */
export function knownWordsCss(words: readonly string[]): string {
  if (words.length === 0) return '';
  const selectors = words.map(
    (w) => `.${DZ.hideKnown} ruby.${DZ.word}[${DZ.attrHanzi}=${cssString(w)}] > rt.${DZ.rt}`,
  );
  return `${selectors.join(',\n')} { visibility: hidden; }\n`;
}
