// School context in a draft: school words, grade levels ("3rd hour", "5to
// grado"), school names, career programs and the district's schools with
// their pupils ("Hale kids"). Shared by the detectors that need to know
// whether a draft is about school; computed once per draft.

import { spanOf, type Ctx, type Span } from './context';
import { PUPILS_AND_TEAMS } from './district';

const GRADE_LEVEL = /\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth)[ -](?:hour|period|block|grade|graders)\b|\bperiod \d{1,2}\b|\b(?:room|rm) \d{1,3}[a-z]?\b|\b(?:\d{1,2}(?:o|ro|do|to|vo|no)|primer|segundo|tercer|cuarto|quinto|sexto) (?:grado|periodo|hora)\b|\b(?:grupo|salon|clase|ninos|ninas|alumnos|alumnas|chicos|estudiantes|los|las) de (?:\d{1,2}(?:o|ro|do|to|vo|no)?|primero|segundo|tercero|cuarto|quinto|sexto|kinder|prepa|secundaria|primaria)\b/g;

// Career-tech programs are classes: "my welding program", "nursing cohort"
// (the trade from the lexicon, the group word right after it).
const PROGRAM_GROUP = /^(?:program|class|students|lab|shop|cohort|kids|crew)$/;


// Any school named in the text: "Eliot Elementary", "Taft MS".
const SCHOOL_NAME = /\b[a-z]{3,} (?:elementary|middle school|high school|hs|ms|academy)\b/g;

const cache = new WeakMap<Ctx, Span[]>();

/** School context anywhere in the draft (norm offsets, one per mention, in text order). */
export function schoolContext(ctx: Ctx): Span[] {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const spans: Span[] = (ctx.hits.get('school') ?? []).map(spanOf);
  for (const m of ctx.doc.norm.matchAll(GRADE_LEVEL)) spans.push([m.index, m.index + m[0].length]);
  for (const m of ctx.doc.norm.matchAll(SCHOOL_NAME)) spans.push([m.index, m.index + m[0].length]);
  for (const h of ctx.hits.get('trade') ?? []) {
    const next = ctx.doc.tokens[h.last + 1];
    if (next && PROGRAM_GROUP.test(next.text)) spans.push([h.start, next.end]);
  }
  for (const h of ctx.districtHits) {
    const next = ctx.doc.tokens[h.last + 1];
    if (next && PUPILS_AND_TEAMS.has(next.text)) spans.push([h.start, next.end]);
  }
  // One mention is one piece of context, however many phrases it matches.
  const seen = new Set<number>();
  const out = spans.filter(([s]) => !seen.has(s) && !!seen.add(s)).sort((a, b) => a[0] - b[0]);
  cache.set(ctx, out);
  return out;
}

/** Whether some school context lies within `window` tokens of tokens [first, last]. */
export function schoolNear(ctx: Ctx, first: number, last: number, window: number): boolean {
  const spans = schoolContext(ctx);
  const tokens = ctx.doc.tokens;
  if (!tokens.length || !spans.length) return false;
  const from = tokens[Math.max(0, first - window)].start;
  const to = tokens[Math.min(tokens.length - 1, last + window)].end;
  // Spans are sorted: binary search to the window.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo][0] <= to;
}
