/** The panel's CSS, applied inside its shadow root only. */
export const ENGLISH_PANEL_CSS = `
:host {
  /* WXT resets the host with all: initial !important; the placement has to win over it. */
  position: fixed !important;
  right: 16px !important;
  bottom: 16px !important;
  z-index: 2147483646 !important;
}
.panel {
  --fg: #1d1d1f; --muted: #6b6b70; --bg: #ffffff; --line: #dcdce0; --accent: #b22222;
  box-sizing: border-box;
  width: 300px;
  max-height: 70vh;
  display: flex;
  flex-direction: column;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--line);
  border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 13px/1.5 system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'PingFang SC', sans-serif;
}
.panel.open { width: min(440px, calc(100vw - 32px)); }
/* Wider: room to read the English alongside the page (half the window, nearly its full height). */
.panel.open.wide { width: min(720px, max(440px, 50vw), calc(100vw - 32px)); max-height: calc(100vh - 32px); }
@media (prefers-color-scheme: dark) {
  .panel { --fg: #ececf0; --muted: #a0a0a8; --bg: #1e1e22; --line: #3a3a40; --accent: #ff6b6b; }
}
header { display: flex; align-items: center; gap: 8px; padding: 8px 10px; border-bottom: 1px solid var(--line); }
.panel:not(.open) header { border-bottom: 0; }
.toggle { font-weight: 600; color: var(--accent); border: 0; background: none; padding: 0; }
.chevron { display: inline-block; width: 1em; }
.size { font-size: 12px; padding: 0 8px; }
.size[aria-pressed='true'] { border-color: var(--accent); color: var(--accent); }
.summary { color: var(--muted); margin-left: auto; font-size: 12px; }
.body { overflow: auto; padding: 8px 12px 12px; }
button {
  font: inherit; color: var(--fg); background: transparent; cursor: pointer;
  border: 1px solid var(--line); border-radius: 6px; padding: 2px 10px;
}
button:hover:not(:disabled) { border-color: var(--accent); }
button:disabled { opacity: 0.5; cursor: default; }
.toggle, .toggle:hover { border: 0; }
button:focus-visible, a:focus-visible, input:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
a { color: var(--accent); }
p { margin: 0 0 8px; }
.muted { color: var(--muted); }
.match { margin: 0 0 8px; }
.match a { font-weight: 600; }
.match .facts { margin: 2px 0 0; font-size: 12px; display: flex; align-items: center; gap: 4px; flex-wrap: wrap; }
.match meter { width: 64px; height: 8px; }
[hidden] { display: none !important; }
.options { padding-left: 18px; margin: 0 0 8px; }
.options li { margin-bottom: 10px; }
.searched { margin-bottom: 8px; color: var(--muted); }
.searched ul { margin: 4px 0; padding-left: 18px; word-break: break-all; }
.manual { border-top: 1px solid var(--line); padding-top: 8px; margin-top: 4px; display: grid; gap: 6px; }
.manual form { display: flex; gap: 6px; align-items: end; }
.manual label { display: grid; gap: 2px; flex: 1; color: var(--muted); font-size: 12px; }
.manual input {
  font: inherit; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-radius: 6px; padding: 2px 6px;
}
.tabs { list-style: none; padding: 0; margin: 0; display: grid; gap: 4px; }
.error { color: var(--accent); }
.english-text {
  border-top: 1px solid var(--line); padding-top: 8px;
  /* Reading text: a little larger and airier than the controls, lines no longer than ~75 chars. */
  font-size: 14px; line-height: 1.6; max-width: 68ch; hyphens: auto; overflow-wrap: break-word;
}
.english-text h3 { font-size: 15px; line-height: 1.4; margin: 0 0 10px; }
.english-text p { margin: 0 0 10px; }
.english-text .role-question { font-weight: 600; }
`;
