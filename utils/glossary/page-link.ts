/** Addresses shared by the glossary's writer (background) and its page. */

/** The glossary page in the built extension (entrypoints/glossary/). */
export const GLOSSARY_PAGE = '/glossary.html';

/** BroadcastChannel on which the background announces every change to the glossary. */
export const GLOSSARY_CHANNEL = 'duizhao-glossary';

/** Longest text put whole into a text fragment; longer passages use its first and last clause. */
const WHOLE_FRAGMENT_CHARS = 120;
const CLAUSE = /[，。；：！？、,.;:!?\n]/;

/**
 * The statement's address with a text fragment (`#:~:text=`) that scrolls to and highlights
 * `text` (Chrome, Edge, Safari, Firefox 131 and later; older browsers open the page at the top).
 * Long passages are matched from their first clause to their last (textStart,textEnd).
 */
export function sourceLink(url: string, text: string): string {
  const base = url.split('#')[0]!;
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return base;
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  if (clean.length <= WHOLE_FRAGMENT_CHARS) return `${base}#:~:text=${enc(clean)}`;
  const lines = clean.split('\n');
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const startCut = first.search(CLAUSE);
  const start = first.slice(0, startCut > 0 ? startCut : Math.min(first.length, 40));
  let endAt = -1;
  for (let i = last.length - 2; i >= 0; i--) {
    if (CLAUSE.test(last.charAt(i))) {
      endAt = i + 1;
      break;
    }
  }
  const end = last
    .slice(endAt > 0 ? endAt : Math.max(0, last.length - 40))
    .replace(/[。！？.!?]$/, '');
  if (!end || start.length + end.length >= clean.length) return `${base}#:~:text=${enc(clean)}`;
  return `${base}#:~:text=${enc(start)},${enc(end)}`;
}
