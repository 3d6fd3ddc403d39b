/**
 * The pieces of text of a page element that the reading layer reads: its text nodes with Han
 * characters (outside form fields, code, ruby and the like), each cut at clause punctuation into
 * pieces of at most ~300 characters. Shared by the annotator and by the content script, which
 * asks for the first paragraphs' readings before the annotator starts (reader-handoff.ts):
 * both must cut the same text the same way for the early answer to be used.
 */
import { HAN_RE } from './segment';

/** Elements whose text is never annotated. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'RUBY',
  'RT',
  'RP',
  'CODE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'TEMPLATE',
  'IFRAME',
  'CANVAS',
]);

/** Split a long text at clause punctuation into pieces of at most ~`max` chars. */
export function splitForReading(text: string, max = 300): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = Math.max(
        ...['。', '；', '！', '？', '，', '、', '\n', '.', ';', ','].map((p) =>
          window.lastIndexOf(p),
        ),
      );
      if (cut > max / 3) end = start + cut + 1;
    }
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

/** Text nodes under `el` that contain Han characters and are not in skipped elements. */
export function readableTextNodes(el: Element): Text[] {
  const out: Text[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (HAN_RE.test((child as Text).data)) out.push(child as Text);
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (SKIP.has(element.tagName.toUpperCase())) continue;
        if (element.getAttribute('contenteditable') === 'true') continue;
        walk(element);
      }
    }
  };
  walk(el);
  return out;
}

/** The pieces of text of `el`, in order, as the annotator reads them. */
export function readingPieces(el: Element): string[] {
  return readableTextNodes(el).flatMap((node) => splitForReading(node.data));
}

/**
 * The first of `elements` (in order) whose pieces total at most `maxChars` characters (at least
 * one element), with their pieces: what one early message asks for.
 */
export function leadingPieces(
  elements: readonly Element[],
  maxChars: number,
): { element: Element; texts: string[] }[] {
  const out: { element: Element; texts: string[] }[] = [];
  let size = 0;
  for (const element of elements) {
    const texts = readingPieces(element);
    const chars = texts.reduce((n, t) => n + t.length, 0);
    if (out.length && size + chars > maxChars) break;
    if (chars) out.push({ element, texts });
    size += chars;
  }
  return out;
}
