// Light or dark: follow the site's own background where it paints one
// (Facebook/X/Instagram/TikTok dark modes do), else the OS preference.

function parseRgb(color: string): [number, number, number, number] | null {
  const m = /rgba?\(([^)]+)\)/.exec(color);
  if (!m) return null;
  const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  if (parts.length < 3 || parts.some(Number.isNaN)) return null;
  return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
}

/** Relative luminance (0 black .. 1 white) of an sRGB colour. */
export function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function isDarkBackground(color: string): boolean | null {
  const rgb = parseRgb(color);
  if (!rgb || rgb[3] < 0.5) return null;
  return luminance(rgb[0], rgb[1], rgb[2]) < 0.2;
}

export function themeAround(el: Element | null): 'light' | 'dark' {
  const view = (el?.ownerDocument ?? document).defaultView;
  if (view?.getComputedStyle) {
    for (let p: Element | null = el; p; p = p.parentElement) {
      const dark = isDarkBackground(view.getComputedStyle(p).backgroundColor);
      if (dark !== null) return dark ? 'dark' : 'light';
    }
  }
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
