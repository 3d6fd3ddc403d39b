/**
 * Body container → paragraphs. Walks the DOM once: block elements (p, div, li, h2…) start a new
 * paragraph, `<br>` splits one, inline elements (b, strong, span, a, font) join their text to the
 * paragraph around them. Each paragraph keeps the element that holds its text, so the page can be
 * annotated in place; `<br>`-split runs share their container.
 */
import { cleanText } from './text';

export interface Block {
  text: string;
  el: Element;
  /** True when every character of the run sits inside <b>/<strong> (questions are set in bold). */
  bold: boolean;
  /** Characters of the run that sit inside links. */
  linkChars: number;
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
  'TD',
  'TH',
  'DL',
  'DT',
  'DD',
  'CENTER',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'HEADER',
  'FOOTER',
  'MAIN',
  'ASIDE',
  'NAV',
  'FORM',
  'HR',
  'ADDRESS',
]);

/** Never text of the statement. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'SVG',
  'CANVAS',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
  'INPUT',
  'IMG',
  'MAP',
  'HEAD',
]);

const BOLD_TAGS = new Set(['B', 'STRONG']);
const NON_SPACE = /\S/;

/** Recursion guard: pathological nesting (malformed pages) must not blow the stack. */
const MAX_DEPTH = 200;

export interface BlockOptions {
  /** Elements to leave out (share bars, editor lines, hidden mobile copies…). */
  skip?: (el: Element) => boolean;
}

/** Split `root` into text blocks in document order. Empty/whitespace-only runs are dropped. */
export function collectBlocks(root: Element, options: BlockOptions = {}): Block[] {
  const blocks: Block[] = [];
  let text = '';
  // Whether the block has visible bold / other text; only link text is counted (link density).
  // Counting every text node's visible characters made a copy of each without its white space:
  // the walk's own time (18 ms) was the largest part of recognising a 40,000-character
  // statement in a new renderer (Chromium profile, 2026-12-03).
  let hasBold = false;
  let hasPlain = false;
  let linkChars = 0;
  let owner: Element = root;

  const flush = () => {
    const clean = cleanText(text);
    // A lone punctuation mark (a stray "、" after the last <p>) is not a paragraph; a "***"
    // separator line is kept, as the page shows it.
    if (clean && (clean.length > 1 || /[\p{L}\p{N}]/u.test(clean))) {
      blocks.push({ text: clean, el: owner, bold: hasBold && !hasPlain, linkChars });
    }
    text = '';
    hasBold = hasPlain = false;
    linkChars = 0;
  };

  const walk = (node: Node, bold: boolean, inLink: boolean, depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = child.nodeValue ?? '';
        text += data;
        if (inLink) {
          const visible = data.replace(/\s+/g, '').length;
          linkChars += visible;
          if (bold) hasBold ||= visible > 0;
          else hasPlain ||= visible > 0;
        } else if (bold) hasBold ||= NON_SPACE.test(data);
        else hasPlain ||= NON_SPACE.test(data);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || options.skip?.(el)) continue;
      if (tag === 'BR') {
        flush();
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        const outer = owner;
        owner = el;
        walk(el, bold, inLink, depth + 1);
        flush();
        owner = outer;
        continue;
      }
      walk(el, bold || BOLD_TAGS.has(tag), inLink || tag === 'A', depth + 1);
    }
  };

  walk(root, false, false, 0);
  flush();
  return blocks;
}
