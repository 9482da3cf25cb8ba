// Page chrome shared by the four acceptance apps: base CSS, light/dark theme
// (?theme=dark), language (?lang=xx), and mounting.
import { createElement } from 'react';
import { render } from 'react-dom';
import { installHooks, markReady } from './hooks';

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.35 system-ui,sans-serif;background:var(--bg);color:var(--fg)}
:root{--bg:#f0f2f5;--card:#fff;--fg:#050505;--muted:#65676b;--line:#ced0d4;--accent:#1877f2}
html.acc-dark{--bg:#18191a;--card:#242526;--fg:#e4e6eb;--muted:#b0b3b8;--line:#3e4042;--accent:#2d88ff}
a{color:var(--accent);text-decoration:none}
.acc-card{background:var(--card);border-radius:8px;margin:12px auto;padding:12px;max-width:640px;border:1px solid var(--line)}
.acc-btn,button{display:inline-flex;align-items:center;gap:4px;cursor:pointer;padding:6px 12px;border-radius:6px;border:1px solid var(--line);background:var(--card);color:var(--fg);font:inherit;margin:2px}
.acc-btn[aria-disabled=true],button:disabled{opacity:.45;cursor:not-allowed}
.acc-editable{min-height:40px;padding:8px;border:1px solid var(--line);border-radius:6px;outline:none;white-space:pre-wrap;background:var(--card);color:var(--fg)}
.acc-editable p{margin:0}
.acc-placeholder{position:absolute;top:9px;left:9px;color:var(--muted);pointer-events:none}
.acc-draft{border:1px solid var(--line);border-radius:6px;padding:8px;min-height:40px;position:relative}
.public-DraftEditorPlaceholder-root{position:absolute;color:var(--muted);pointer-events:none}
.DraftEditor-root{position:relative}
textarea{width:100%;font:inherit;padding:8px;border:1px solid var(--line);border-radius:6px;background:var(--card);color:var(--fg);resize:none}
[role=dialog]{position:fixed;inset:60px auto auto 50%;transform:translateX(-50%);width:560px;max-height:80vh;overflow:auto;background:var(--card);border-radius:8px;box-shadow:0 12px 28px rgba(0,0,0,.3);padding:12px;z-index:10}
.acc-overlay{position:fixed;inset:0;background:rgba(0,0,0,.5);z-index:9}
.acc-hidden-editors{position:absolute;width:0;height:0;overflow:hidden}
.acc-hidden-editors *{padding:0!important;border:0!important;min-height:0!important}
img.acc-preview,video.acc-preview{max-width:120px;max-height:120px;display:block;margin:6px 0}
nav.acc-nav{display:flex;gap:12px;padding:8px 16px;background:var(--card);border-bottom:1px solid var(--line)}
`;

export function params(): URLSearchParams {
  return new URLSearchParams(location.search);
}

export function boot(app: () => unknown, extraCss = '', darkClass = ''): void {
  installHooks();
  const style = document.createElement('style');
  style.textContent = CSS + extraCss;
  document.head.append(style);
  const p = params();
  if (p.get('theme') === 'dark') {
    document.documentElement.classList.add('acc-dark');
    if (darkClass) document.documentElement.classList.add(darkClass);
  }
  if (p.get('lang')) document.documentElement.lang = p.get('lang')!;
  const mount = document.createElement('div');
  mount.id = 'acc-root';
  document.body.append(mount);
  render(createElement(app), mount);
  markReady();
}

/** Object URLs for file previews, as the sites show them. */
export function previewUrl(file: File): string {
  return URL.createObjectURL(file);
}
