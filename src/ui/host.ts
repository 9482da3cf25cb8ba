import { OUR_ATTR } from '../content/dom';

// Every element we add to a page is one of these: a shadow host marked
// data-second-look (ui-contract.md) with an open shadow root, so site CSS
// cannot reach in and tests / assistive tech can.

const TAG = 'second-look-ui';

// Events from inside our UI stop at the host: the site's own handlers (close
// the dialog on an outside click, keyboard shortcuts, focus traps) must not
// react to the author using our panel or dialog.
const CONTAINED_EVENTS = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'touchstart', 'touchend', 'keydown', 'keyup', 'keypress', 'input', 'change', 'beforeinput',
  'focusin', 'focusout', 'paste', 'copy', 'cut', 'wheel',
] as const;

export interface Host {
  host: HTMLElement;
  root: ShadowRoot;
}

export function createHost(kind: string, css: string, hostStyle = 'display: block;'): Host {
  const host = document.createElement(TAG);
  host.setAttribute(OUR_ATTR, kind);
  // Inline so no site rule on unknown elements can hide or restyle the host.
  host.setAttribute('style', `all: initial; ${hostStyle}`);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  root.appendChild(style);
  const stop = (e: Event) => e.stopPropagation();
  for (const type of CONTAINED_EVENTS) host.addEventListener(type, stop);
  return { host, root };
}
