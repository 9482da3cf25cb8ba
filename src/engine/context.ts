// What every detector gets: the prepared text, the lexicon hits, the draft
// and the district's identity (its names, abbreviations and schools).

import type { Draft, Pack, WorkingHours } from '../schema';
import type { Hit } from './lexicon';
import type { Doc } from './text';

export type Span = [number, number];
/** Kind -> spans in doc.norm (empty for attachment/time/profile findings). */
export type Detection = Partial<Record<string, Span[]>>;

export interface Ctx {
  doc: Doc;
  hits: Map<string, Hit[]>;
  draft: Draft;
  pack: Pack;
  /** Mentions of the district or one of its schools (norm offsets). */
  districtHits: Hit[];
  /** The author says they work for the district (set by the identity detector); an empty list when only a message to their own pupil says so. */
  employeeIdentity: Span[] | null;
  now: Date;
  timeZone: string;
  workingHours: WorkingHours;
  /** Lower-cased school names from the pack and settings. */
  schools: string[];
}

export function spanOf(h: { start: number; end: number }): Span {
  return [h.start, h.end];
}

export function add(d: Detection, kind: string, spans: Span[] = []): void {
  const list = d[kind];
  if (list) list.push(...spans);
  else d[kind] = [...spans];
}

/** Text of the tokens first..last (inclusive), normalised. */
export function tokenText(ctx: Ctx, first: number, last: number): string {
  const t = ctx.doc.tokens;
  if (first < 0 || last >= t.length || first > last) return '';
  return ctx.doc.norm.slice(t[first].start, t[last].end);
}

export function isMedia(a: NonNullable<Draft['attachments']>[number]): 'image' | 'video' | null {
  if (a.kind === 'image' || a.kind === 'video') return a.kind;
  if (a.kind === 'other') return null;
  const mime = (a.mimeType ?? '').toLowerCase();
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('video/')) return 'video';
  const name = (a.name ?? '').toLowerCase();
  if (/\.(jpe?g|png|gif|webp|heic|heif|avif|bmp|tiff?)$/.test(name)) return 'image';
  if (/\.(mp4|mov|m4v|webm|mkv|avi|3gp)$/.test(name)) return 'video';
  return null;
}
