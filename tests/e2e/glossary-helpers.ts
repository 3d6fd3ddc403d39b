/** Helpers shared by the glossary end-to-end test and the demo (npm start). */
import type { Page } from 'playwright-core';

/** The in-page "Save to glossary" button and its status, in the host's closed shadow root. */
export const SAVE_BUTTON = ['#dz-glossary-save-host', 'button'];
export const SAVE_STATUS = ['#dz-glossary-save-host', '[role=status]'];

/**
 * Where `wanted` is on the page (its first and last characters, pinyin excluded). Plain
 * JavaScript text: evaluated as is, whatever the TypeScript transform adds to functions.
 */
export const LOCATE_TEXT = `(wanted) => {
  const body = document.querySelector('#News_Body_Txt_A, .news-main, article') || document.body;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement && n.parentElement.closest('rt') ? 2 : 1),
  });
  const nodes = [];
  let all = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n);
    all += n.data;
  }
  const at = all.indexOf(wanted);
  if (at < 0) return null;
  const rectAt = (offset) => {
    let pos = 0;
    for (const node of nodes) {
      if (offset < pos + node.data.length) {
        const r = document.createRange();
        r.setStart(node, offset - pos);
        r.setEnd(node, offset - pos + 1);
        return r.getBoundingClientRect();
      }
      pos += node.data.length;
    }
    throw new Error('offset out of range');
  };
  let pos = 0;
  for (const node of nodes) {
    if (at < pos + node.data.length) {
      node.parentElement.scrollIntoView({ block: 'center' });
      break;
    }
    pos += node.data.length;
  }
  const first = rectAt(at);
  const last = rectAt(at + wanted.length - 1);
  return {
    x1: first.left + 1,
    y1: first.top + first.height / 2,
    x2: last.right - 1,
    y2: last.top + last.height / 2,
  };
}`;

/** The selected text without its pinyin (rt), as Duizhao reads it. Plain JavaScript text. */
export const SELECTED_TEXT = `(() => {
  const sel = getSelection();
  if (!sel || sel.rangeCount === 0) return '';
  // Every range: Firefox splits a selection around the pinyin (user-select: none).
  let out = '';
  for (let i = 0; i < sel.rangeCount; i++) {
    const range = sel.getRangeAt(i);
    const root = range.commonAncestorContainer;
    if (root.nodeType === 3) {
      out += root.data.slice(range.startOffset, range.endOffset);
      continue;
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement && n.parentElement.closest('rt') ? 2 : 1),
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!range.intersectsNode(n)) continue;
      const start = n === range.startContainer ? range.startOffset : 0;
      const end = n === range.endContainer ? range.endOffset : n.data.length;
      out += n.data.slice(start, end);
    }
  }
  return out;
})()`;

type Span = { x1: number; y1: number; x2: number; y2: number };

/**
 * Select `text` inside the statement with a real mouse drag (trusted events), once the text has
 * stopped moving (the page may still be getting its pinyin); dragged again if the selection
 * came out different.
 */
export async function selectWithMouse(page: Page, text: string) {
  const locate = async () =>
    (await page.evaluate(`(${LOCATE_TEXT})(${JSON.stringify(text)})`)) as Span | null;
  let selected = '';
  for (let attempt = 0; attempt < 5; attempt++) {
    let box = await locate();
    for (let i = 0; i < 50 && box; i++) {
      await page.waitForTimeout(100);
      const again = await locate();
      if (JSON.stringify(again) === JSON.stringify(box)) break;
      box = again;
    }
    if (!box) throw new Error(`"${text}" is not on the page`);
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move(box.x2, box.y2, { steps: 8 });
    await page.mouse.up();
    selected = (await page.evaluate(SELECTED_TEXT)) as string;
    if (selected === text) return;
    await page.mouse.click(5, 5);
  }
  throw new Error(`selecting "${text}" with the mouse selected "${selected}"`);
}
