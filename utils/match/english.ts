/**
 * English tokens for cross-lingual matching: lower-cased, lightly stemmed content words, interned
 * as small integers so that sets of them are cheap to build and to probe.
 */

/** Function words that every English text contains: they say nothing about which text it is. */
const STOPWORDS = new Set(
  (
    'a an the and or but nor of to in on at by for from with without into onto over under about as than ' +
    "then that this these those there here it its it's is are was were be been being am do does did done " +
    'have has had having will would shall should can could may might must not no yes so such very too also ' +
    'just only even ever i me my we us our you your he him his she her they them their what which who whom ' +
    'whose when where why how all any both each few more most other some own same s t up down out off again ' +
    'further once one someone something sb sth etc oneself person thing way kind used use make made get got ' +
    'let lit fig old variant surname see abbr cl pr'
  ).split(/\s+/),
);

const interned = new Map<string, number>();

/** A stable small integer for a stem (shared by every document of the process). */
export function internStem(stem: string): number {
  let id = interned.get(stem);
  if (id === undefined) {
    id = interned.size;
    interned.set(stem, id);
  }
  return id;
}

/** The id of a stem if it was ever seen, else -1 (a stem never seen cannot be in any document). */
export function stemId(stem: string): number {
  return interned.get(stem) ?? -1;
}

/**
 * A light suffix stripper: enough to meet "sanctions"/"sanction", "talks"/"talk",
 * "cooperation"/"cooperate" halfway, without a full Porter stemmer's cost.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us'))
    w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 6 && w.endsWith('ation')) w = w.slice(0, -5);
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const WORD = /[a-z][a-z'-]*[a-z]|[a-z]/g;

/** The content words of a text, in order, lower-cased and stemmed (stopwords dropped). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    let word = match[0];
    if (word.includes("'")) word = word.replace(/'s$/, '').replace(/'/g, '');
    if (word.includes('-')) {
      // "China-US" → "china", "us": each half is a word the dictionary knows.
      for (const part of word.split('-')) if (part && !STOPWORDS.has(part)) out.push(stem(part));
      continue;
    }
    if (!STOPWORDS.has(word)) out.push(stem(word));
  }
  return out;
}

/** Number of English words in a text (for the length ratio; whitespace-separated is close enough). */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}
