/** Helpers shared by the glossary end-to-end test and the demo (npm start). */
import type { Page } from 'playwright-core';

/** The in-page "Save to glossary" button (open shadow root, playwright pierces it). */
export const SAVE_BUTTON = '#dz-glossary-save-host button';

/** Select `text` inside the statement with a real mouse drag (trusted events). */
/**
 * Where `wanted` is on the page (its first and last characters, pinyin excluded). Plain
 * JavaScript text: evaluated as is, whatever the TypeScript transform adds to functions.
 */
const LOCATE_TEXT = `(wanted) => {
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

/** Select `text` inside the statement with a real mouse drag (trusted events). */
export async function selectWithMouse(page: Page, text: string) {
  const box = (await page.evaluate(`(${LOCATE_TEXT})(${JSON.stringify(text)})`)) as {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
  } | null;
  if (!box) throw new Error(`"${text}" is not on the page`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}
