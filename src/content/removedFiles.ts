import type { Attachment } from '../schema/draft';

// The site shows fewer previews than we have files: the author removed some,
// and the site does not say which. First the previews' own pixel sizes are
// matched with the files' (the sites show a picked file through a blob: URL
// of the file itself). Where that cannot tell (two photos of one size, a
// preview not loaded yet), the riskiest files are kept: keeping a sunset and
// dropping a class photo would drop the warning too. Pictures and videos
// rank before other files, then by faces counted (a count not known yet
// between one face and none). At worst a warning stays until the author
// edits the draft.

/** A file not described yet (its metadata still being read) ranks as a picture with no count. */
function risk(a: Attachment | undefined): number {
  if (a && a.kind !== 'image' && a.kind !== 'video') return 0;
  return 1 + (a?.faces === undefined ? 0.5 : Math.min(a.faces, 1000));
}

/** The `shown` riskiest of `files`, in their original order; `describe` gives each one's metadata when known. */
export function keepRiskiest<T>(files: readonly T[], shown: number, describe: (f: T) => Attachment | undefined): T[] {
  if (shown >= files.length) return [...files];
  if (shown <= 0) return [];
  const ranked = files.map((f, i) => ({ i, r: risk(describe(f)) })).sort((x, y) => y.r - x.r || x.i - y.i);
  const kept = new Set(ranked.slice(0, shown).map((x) => x.i));
  return files.filter((_, i) => kept.has(i));
}

const sizeKey = (w: number | undefined, h: number | undefined) => (w && h ? `${Math.round(w)}x${Math.round(h)}` : undefined);

/** Pixel sizes of the loaded blob: previews in `scope` (read only; by tag name, since elements in a frame fail `instanceof`). */
export function previewSizes(scope: Element): string[] {
  const sizes: string[] = [];
  for (const el of scope.querySelectorAll('img[src^="blob:"], video[src^="blob:"]')) {
    const media = el as HTMLImageElement & HTMLVideoElement;
    const key = el.localName === 'img' ? sizeKey(media.naturalWidth, media.naturalHeight) : sizeKey(media.videoWidth, media.videoHeight);
    if (key) sizes.push(key);
  }
  return sizes;
}

/**
 * The `shown` files still in the draft. Every size a preview shows keeps
 * one file of that size (its riskiest; a site may show one file twice, as a
 * large preview and a thumbnail); the places left go to the riskiest other
 * files of a size shown (photos of one size), then to the riskiest of the
 * rest (previews still loading, or drawn at another size).
 */
export function keepShown<T>(files: readonly T[], shown: number, describe: (f: T) => Attachment | undefined, sizes: readonly string[]): T[] {
  if (shown >= files.length) return [...files];
  const present = new Set(sizes);
  const bySize = new Map<string, T[]>();
  const unmatched: T[] = [];
  for (const f of files) {
    const a = describe(f);
    const key = sizeKey(a?.width, a?.height);
    if (key !== undefined && present.has(key)) bySize.set(key, [...(bySize.get(key) ?? []), f]);
    else unmatched.push(f);
  }
  if (bySize.size > shown) return keepRiskiest(files, shown, describe);
  const kept = new Set<T>();
  for (const group of bySize.values()) kept.add(keepRiskiest(group, 1, describe)[0]!);
  const sameSize = [...bySize.values()].flat().filter((f) => !kept.has(f));
  for (const f of keepRiskiest(sameSize, shown - kept.size, describe)) kept.add(f);
  for (const f of keepRiskiest(unmatched, shown - kept.size, describe)) kept.add(f);
  return files.filter((f) => kept.has(f));
}

/**
 * Our files, after the site's previews of them had their say. `seen` is the
 * most previews shown for them so far: a count that rises (previews still
 * appearing) is no removal; one below `seen` is, and keepShown decides
 * which files went.
 */
export function followPreviewCount<T>(
  tracked: { files: T[]; seen: number },
  shown: number,
  describe: (f: T) => Attachment | undefined,
  scope: Element,
): { files: T[]; seen: number } {
  if (shown >= tracked.seen) return { files: tracked.files, seen: Math.min(shown, tracked.files.length) };
  return { files: keepShown(tracked.files, shown, describe, previewSizes(scope)), seen: shown };
}
