// Styles for the in-page UI, inside our shadow roots only. Light and dark
// via [data-theme] (set from the site's background, see theme.ts).

const BASE = `
:host { all: initial; }
* { box-sizing: border-box; }
.sl { --bg: #fff; --fg: #1c1e21; --muted: #5b616b; --line: #d7dbe0; --block: #b42318; --block-bg: #fdecea; --warn: #8a5300; --warn-bg: #fff5e0; --accent: #1b5fc1;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); }
.sl[data-theme="dark"] { --bg: #1f2125; --fg: #e7e9ea; --muted: #a9b0b8; --line: #3a3f45; --block: #ff8a80; --block-bg: #3a1d1b; --warn: #ffc86b; --warn-bg: #3a2d14; --accent: #8ab4f8; }
button { font: inherit; cursor: pointer; border-radius: 6px; padding: 6px 12px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); }
button:focus-visible, summary:focus-visible, input:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
button[disabled] { opacity: .5; cursor: not-allowed; }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { border-left: 3px solid var(--warn); background: var(--warn-bg); padding: 6px 8px; margin: 4px 0; border-radius: 4px; }
.finding[data-severity="block"] { border-left-color: var(--block); background: var(--block-bg); }
.sev { font-weight: 600; text-transform: uppercase; font-size: 11px; letter-spacing: .03em; margin-right: 6px; color: var(--warn); }
.finding[data-severity="block"] .sev { color: var(--block); }
.cite { color: var(--muted); }
details { margin-top: 2px; }
summary { cursor: pointer; color: var(--accent); width: fit-content; }
blockquote { margin: 4px 0 0; padding: 4px 8px; border-left: 2px solid var(--line); color: var(--fg); white-space: pre-wrap; }
.support { color: var(--muted); margin: 4px 0 0; }
`;

export const PANEL_CSS = `${BASE}
.panel { margin: 6px 0; max-height: 40vh; overflow: auto; }
.panel:empty { display: none; }
.title { font-weight: 600; margin: 0 0 2px; font-size: 12px; color: var(--muted); }
.notice { color: var(--muted); margin: 2px 0; }
.notice button { padding: 2px 8px; margin-left: 4px; }
`;

export const DIALOG_CSS = `${BASE}
.backdrop { position: absolute; inset: 0; background: rgba(0,0,0,.45); display: flex; align-items: center; justify-content: center; padding: 16px; }
.dialog { background: var(--bg); color: var(--fg); border-radius: 12px; max-width: 520px; width: 100%; max-height: 90vh; overflow: auto; padding: 18px 20px; box-shadow: 0 12px 40px rgba(0,0,0,.35); }
h2 { font-size: 17px; margin: 0 0 6px; }
.lead { margin: 0 0 8px; color: var(--muted); }
label.confirm { display: flex; gap: 8px; align-items: flex-start; margin-top: 6px; }
.actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 14px; flex-wrap: wrap; }
.primary { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
.sl[data-theme="dark"] .primary { color: #0b1b33; }
`;
