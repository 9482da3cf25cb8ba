// pushState navigation, as all four sites do: a link click changes the URL
// without a page load and the app re-renders the new route.
import { useEffect, useState } from 'react';

const EVENT = 'acc:navigate';

export function navigate(url: string): void {
  history.pushState({}, '', url);
  window.dispatchEvent(new Event(EVENT));
}

export function useLocation(): URL {
  const [href, setHref] = useState(location.href);
  useEffect(() => {
    const update = () => setHref(location.href);
    window.addEventListener('popstate', update);
    window.addEventListener(EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(EVENT, update);
    };
  }, []);
  return new URL(href);
}

/** An in-app link. */
export function linkProps(url: string): { href: string; onClick(e: MouseEvent): void } {
  return {
    href: url,
    onClick(e: MouseEvent) {
      e.preventDefault();
      navigate(url);
    },
  };
}

export function later(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
