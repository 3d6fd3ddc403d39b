/** CSS of the word popup, injected into its shadow root (the page's CSS cannot reach it). */
export const WORD_POPUP_CSS = `
:host { all: initial; }
.dz-popup {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: max-content; max-width: min(380px, calc(100vw - 16px)); min-width: 200px; overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #1f2328; background: #ffffff; border: 1px solid #d0d7de; border-radius: 8px;
  box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 10px 12px;
}
.dz-head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.dz-hanzi { font-size: 22px; font-weight: 600; }
.dz-trad { font-size: 16px; color: #57606a; }
.dz-py { font-size: 15px; }
.dz-entry { margin-top: 6px; }
.dz-entry-py { color: #57606a; font-size: 12px; }
.dz-defs { margin: 2px 0 0; padding-left: 18px; }
.dz-defs li { margin: 1px 0; }
.dz-official { margin-top: 8px; padding: 6px 8px; border-left: 3px solid #1a7f37; background: #f0fff4; border-radius: 4px; }
.dz-official-label { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #1a7f37; }
.dz-official-en { font-weight: 600; }
.dz-source { font-size: 11px; color: #57606a; word-break: break-all; }
.dz-rendering + .dz-rendering { margin-top: 4px; }
.dz-usage { font-size: 11px; color: #57606a; }
.dz-usage a { color: #0969da; }
.dz-name { margin-top: 6px; font-size: 13px; }
.dz-in-statement { margin-top: 6px; font-size: 13px; }
.dz-in-statement q { font-style: italic; }
.dz-actions { display: flex; gap: 6px; margin-top: 8px; }
.dz-actions button {
  font: inherit; font-size: 12px; padding: 3px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #d0d7de; background: #f6f8fa; color: inherit;
}
.dz-actions button:hover { background: #eaeef2; }
.dz-status { font-size: 12px; color: #57606a; margin-left: auto; align-self: center; }
.dz-empty { color: #57606a; }
.dz-t1 { color: #d32f2f; } .dz-t2 { color: #e67e00; } .dz-t3 { color: #2e7d32; }
.dz-t4 { color: #1565c0; } .dz-t5 { color: #757575; }
.dz-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .dz-popup { color: #e6edf3; background: #161b22; border-color: #30363d; box-shadow: 0 8px 24px rgba(0,0,0,.5); }
  .dz-trad, .dz-entry-py, .dz-source, .dz-status, .dz-empty { color: #8b949e; }
  .dz-official { background: #0f2a1a; border-left-color: #3fb950; }
  .dz-official-label { color: #3fb950; }
  .dz-actions button { background: #21262d; border-color: #30363d; }
  .dz-actions button:hover { background: #30363d; }
  .dz-t1 { color: #ff8a80; } .dz-t2 { color: #ffcc80; } .dz-t3 { color: #a5d6a7; }
  .dz-t4 { color: #90caf9; } .dz-t5 { color: #bdbdbd; }
}
`;
