/**
 * The side-by-side view's CSS, applied inside its shadow root only: a fixed panel over the page
 * (the page's own layout is never touched), two columns that stack in a narrow view, and the
 * reading layer's ruby and tone styles for the pinyin.
 */
import { READING_CSS } from '../../utils/reading/dom-labels';

export const SIDE_BY_SIDE_CSS = `
:host {
  /* WXT resets the host with all: initial !important; the placement has to win over it. */
  position: fixed !important;
  inset: 12px !important;
  z-index: 2147483647 !important;
  display: block !important;
  /* A layout boundary and its own layer: the view's changes never lay out or repaint the page. */
  contain: strict !important;
  will-change: transform !important;
}
.view {
  --fg: #1d1d1f; --muted: #6b6b70; --bg: #ffffff; --line: #dcdce0; --accent: #b22222;
  --hl: #fff3c4; --hl-line: #e0a800; --gap: #f6f6f8; --moved: #1565c0;
  box-sizing: border-box; height: 100%; max-width: 1280px; margin: 0 auto;
  display: flex; flex-direction: column;
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 8px 40px rgba(0, 0, 0, 0.28);
  font: 14px/1.6 system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'PingFang SC', sans-serif;
  container-type: inline-size;
  container-name: sbs;
  /* Its own layout and paint: the page behind is not laid out again for it. */
  contain: layout paint style;
}
@media (prefers-color-scheme: dark) {
  .view {
    --fg: #ececf0; --muted: #a0a0a8; --bg: #1e1e22; --line: #3a3a40; --accent: #ff6b6b;
    --hl: #4a3f12; --hl-line: #e0a800; --gap: #26262b; --moved: #90caf9;
  }
}
header { display: flex; align-items: baseline; gap: 12px; padding: 10px 14px; border-bottom: 1px solid var(--line); }
h2 { font-size: 15px; margin: 0; color: var(--accent); white-space: nowrap; }
.titles { margin: 0; flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tools { display: flex; gap: 8px; align-items: center; position: relative; }
.summary { margin: 0; padding: 6px 14px; border-bottom: 1px solid var(--line); font-size: 13px; }
.notice { margin: 0; padding: 0 14px; font-size: 12px; min-height: 0; }
.notice:not(:empty) { padding: 4px 14px; }
.body { overflow: auto; flex: 1; padding: 0 14px 14px; overscroll-behavior: contain; }
.muted { color: var(--muted); }
.error { color: var(--accent); }
a { color: var(--accent); }
p { margin: 8px 0; }
button {
  font: inherit; font-size: 12px; color: var(--fg); background: transparent; cursor: pointer;
  border: 1px solid var(--line); border-radius: 6px; padding: 1px 8px;
}
button:hover { border-color: var(--accent); }
.close { font-size: 14px; padding: 0 8px; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
[hidden] { display: none !important; }
.menu {
  position: absolute; right: 36px; top: 100%; margin: 4px 0 0; padding: 4px; list-style: none;
  background: var(--bg); border: 1px solid var(--line); border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.2); z-index: 5; min-width: 240px;
}
.menu button { display: block; width: 100%; text-align: left; border: 0; padding: 4px 8px; font-size: 13px; }
.menu button:hover, .menu button:focus { background: var(--gap); }
.unknown { max-width: 64ch; }
.unknown .options { padding-left: 18px; }
.manual { border-top: 1px solid var(--line); padding-top: 8px; margin: 8px 0; display: grid; gap: 6px; }
.manual form { display: flex; gap: 6px; align-items: end; }
.manual label { display: grid; gap: 2px; flex: 1; color: var(--muted); font-size: 12px; }
.manual input { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 2px 6px; }
.tabs { list-style: none; padding: 0; margin: 0; display: grid; gap: 4px; }
.heads, .row { display: grid; grid-template-columns: 1fr 1fr; column-gap: 20px; }
.heads { position: sticky; top: 0; background: var(--bg); color: var(--muted); font-size: 12px; padding: 6px 0 4px; border-bottom: 1px solid var(--line); z-index: 1; }
.rows { list-style: none; margin: 0; padding: 0; }
.row {
  position: relative; padding: 8px 0 6px; border-bottom: 1px solid var(--line); scroll-margin: 40px;
  /* Rows out of sight are not laid out or painted: a long statement stays cheap. */
  content-visibility: auto; contain-intrinsic-size: auto 84px;
}
.row:focus { outline: none; }
.row:focus-visible { box-shadow: inset 3px 0 0 var(--accent); }
.cell { min-width: 0; overflow-wrap: break-word; }
.cell.zh { font-size: 16px; line-height: 2; }
.seg { border-radius: 3px; transition: background-color 0.1s; }
.seg.hl { background: var(--hl); box-shadow: 0 0 0 2px var(--hl); }
.gap { display: inline-block; font-size: 12px; font-style: italic; color: var(--muted); background: var(--gap); border-radius: 4px; padding: 0 6px; }
.moved { color: var(--moved); border-color: currentColor; }
.badge {
  display: inline-block; min-width: 1.4em; text-align: center; font-size: 11px; font-weight: 700;
  color: var(--bg); background: var(--moved); border-radius: 999px; padding: 0 4px; line-height: 1.5;
}
.row.moved-zh .cell.zh, .row.moved-en .cell.en { box-shadow: inset 3px 0 0 var(--moved); padding-left: 8px; }
.actions { grid-column: 1 / -1; display: flex; gap: 6px; justify-content: flex-end; opacity: 0; height: 0; overflow: hidden; }
.row:hover .actions, .row:focus-within .actions { opacity: 1; height: auto; overflow: visible; margin-top: 4px; }
/* Narrow: one column, the English under its Chinese. */
@container sbs (max-width: 720px) {
  .heads { display: none; }
  .row { grid-template-columns: 1fr; row-gap: 4px; }
  .cell.en { padding-left: 10px; border-left: 2px solid var(--line); }
}
${READING_CSS}
`;
