import { lintPackTextCached } from '../packs/lint';

// customPack is a whole rule pack in a string (up to 2 MB). The schema of
// the settings only sees a string; whether it is a usable pack is decided
// here, once per distinct text: settings are resolved on every check.

export type CustomPackCheck = { ok: true; packId: string } | { ok: false; message: string };

const MAX_CACHED = 4;
const cache = new Map<string, CustomPackCheck>();

/** Lints the pack text with the same rules as `second-look lint-pack`; problems name their JSON path and line. */
export function checkCustomPack(text: string): CustomPackCheck {
  const hit = cache.get(text);
  if (hit) return hit;
  const lint = lintPackTextCached(text);
  const result: CustomPackCheck = lint.pack ? { ok: true, packId: lint.pack.id } : { ok: false, message: `not a valid rule pack: ${lint.errors.join('; ')}` };
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(text, result);
  return result;
}
