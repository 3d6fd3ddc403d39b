/**
 * What is under the pointer: a word ruby of the reading layer, or a Han character in plain text
 * (pinyin off, or text outside the annotated body). Uses caretPositionFromPoint (Firefox, recent
 * Chrome) or caretRangeFromPoint (Chrome, Safari).
 */
import { DZ } from './dom-labels';
import { HAN_RE } from './segment';

export interface Hit {
  /** Text to look the word up in (the paragraph without pinyin, or the text node). */
  text: string;
  offset: number;
  /** True for plain text: look up the longest match starting at `offset`. */
  exact: boolean;
  /** The word's ruby when the pointer is on one. */
  ruby: HTMLElement | null;
  /** The text node and offset under the pointer (for plain text). */
  node: Text;
  nodeOffset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** True when (x, y) is inside the box of character `i` of `node`. */
function charContains(doc: Document, node: Text, i: number, x: number, y: number): boolean {
  if (i < 0 || i >= node.data.length) return false;
  const range = doc.createRange();
  range.setStart(node, i);
  range.setEnd(node, i + 1);
  const r = range.getBoundingClientRect();
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}

/** The paragraph's text without pinyin, and where `target` starts in it. */
export function textAround(container: Element, target: Node): { text: string; offset: number } {
  let text = '';
  let offset = -1;
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c === target) offset = text.length;
      if (c.nodeType === 3) text += (c as Text).data;
      else if (c.nodeType === 1 && (c as Element).tagName.toUpperCase() !== 'RT') walk(c);
    }
  };
  walk(container);
  return { text, offset };
}

/** Where each of `targets` starts in the text of `container` without pinyin (one walk). */
export function offsetsIn(
  container: Element,
  targets: readonly Node[],
): { text: string; offsets: number[] } {
  const index = new Map(targets.map((t, i) => [t, i]));
  const offsets = targets.map(() => -1);
  let text = '';
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      const i = index.get(c);
      if (i !== undefined) offsets[i] = text.length;
      if (c.nodeType === 3) text += (c as Text).data;
      else if (c.nodeType === 1 && (c as Element).tagName.toUpperCase() !== 'RT') walk(c);
    }
  };
  walk(container);
  return { text, offsets };
}

/**
 * A point on one of our rubies but beside its characters: the room a ruby makes for pinyin wider
 * than its characters (the base text is centred in it; in Firefox the ruby's box starts 4 px
 * before the first character of 赞赏). It is the word's, on the line of its characters: the
 * nearest character's index, else -1 (the pinyin above it stays no word).
 */
function besideInRuby(doc: Document, node: Text, i: number, x: number, y: number): number {
  const ruby = node.parentElement;
  if (!ruby?.matches(`ruby.${DZ.word}`) || !node.data.length) return -1;
  const k = Math.min(Math.max(i, 0), node.data.length - 1);
  const range = doc.createRange();
  range.setStart(node, k);
  range.setEnd(node, k + 1);
  const char = range.getBoundingClientRect();
  const box = ruby.getBoundingClientRect();
  const onLine = y >= char.top && y <= char.bottom;
  return onLine && x >= box.left && x <= box.right ? k : -1;
}

/** The block whose text is the lookup context of a word. */
export const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, td, div, article, section, blockquote';

export function hitTest(doc: Document, x: number, y: number): Hit | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  const node = caret.node as Text;
  // The caret is the insertion point nearest to the pointer: the character is after or before it.
  let i = caret.offset;
  if (!charContains(doc, node, i, x, y)) {
    if (charContains(doc, node, i - 1, x, y)) i -= 1;
    else if ((i = besideInRuby(doc, node, i, x, y)) < 0) return null;
  }
  if (!HAN_RE.test(node.data.charAt(i))) return null;
  const parent = node.parentElement;
  if (!parent || parent.closest('rt, input, textarea, [contenteditable="true"]')) return null;
  const ruby = parent.closest<HTMLElement>(`ruby.${DZ.word}`);
  if (ruby) {
    const block = ruby.parentElement?.closest(BLOCK) ?? ruby.parentElement ?? ruby;
    const around = textAround(block, ruby);
    if (around.offset < 0) return null;
    return { text: around.text, offset: around.offset, exact: false, ruby, node, nodeOffset: i };
  }
  return { text: node.data, offset: i, exact: true, ruby: null, node, nodeOffset: i };
}
