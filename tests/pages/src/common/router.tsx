/** @jsxImportSource react */
// Tiny pushState router, shared by the four site copies. Like the real sites
// it never reloads the document: links call history.pushState and the app
// re-renders for the new location (popstate handles Back/Forward).
import { useEffect, useState } from 'react';
import { surfaceFor, type Site } from '../../routes.mjs';

export interface Route {
  surface: string;
  pathname: string;
  segments: string[];
  query: URLSearchParams;
  hash: string;
}

function current(site: Site): Route {
  const fallback = document.body.dataset.surface;
  let surface = surfaceFor(site, location.pathname);
  // Opened outside the routed hosts (e.g. file://): use the HTML's own surface.
  if (surface === 'notfound' && location.protocol === 'file:' && fallback) surface = fallback;
  return {
    surface,
    pathname: location.pathname,
    segments: location.pathname.split('/').filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(location.search),
    hash: location.hash,
  };
}

const EVENT = 'test-page:navigate';

export function navigate(url: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.__testPage.navigations++;
  window.dispatchEvent(new Event(EVENT));
}

export function useRoute(site: Site): Route {
  const [route, setRoute] = useState(() => current(site));
  useEffect(() => {
    const update = () => setRoute(current(site));
    window.addEventListener('popstate', update);
    window.addEventListener(EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(EVENT, update);
    };
  }, [site]);
  return route;
}

/** An <a> that navigates in-app (pushState) on a plain left click. */
export function Link(props: { href: string; className?: string; children?: any; [k: string]: any }) {
  const { href, children, ...rest } = props;
  return (
    <a
      {...rest}
      href={href}
      onClick={(e: MouseEvent) => {
        if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
