// Finding references to individual people in a draft: first names, unknown
// capitalised words in the middle of a sentence, @handles, "Jayden S.".
// Titles ("Mrs. Garcia", "Coach Ray") mark adults, who are not students.

import type { Ctx } from './context';
import { ADULT_TITLES, AMBIGUOUS_NAMES, FIRST_NAMES, NOT_NAMES } from './words/names';

export interface PersonRef {
  /** Token index. */
  index: number;
  kind: 'name' | 'handle';
  adult: boolean;
}

const NAME_VERBS = new Set([
  'got', 'gets', 'failed', 'fails', 'has', 'had', 'is', 'was', 'scored', 'earned', 'made', 'missed', 'needs',
  'saco', 'tiene', 'reprobo', 'esta', 'and', 'y', 'just', 'still', 'finally', 'did', 'didnt', "didn't", 'will',
]);

function stem(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}

const cache = new WeakMap<Ctx, PersonRef[]>();

export function personRefs(ctx: Ctx): PersonRef[] {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const out: PersonRef[] = [];
  const tokens = ctx.doc.tokens;
  const lexical = ctx.hits;
  // Words that are part of some lexicon phrase or a district/school name are
  // not names ("Memorial", "Honor Roll").
  const covered = new Uint8Array(tokens.length);
  for (const list of lexical.values()) for (const h of list) for (let i = h.first; i <= h.last; i++) covered[i] = 1;
  for (const h of ctx.districtHits) for (let i = h.first; i <= h.last; i++) covered[i] = 1;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text.charCodeAt(0) === 35 /* # */) continue;
    if (t.text.charCodeAt(0) === 64 /* @ */) {
      if (t.text.length > 2) out.push({ index: i, kind: 'handle', adult: isTitled(ctx, i) });
      continue;
    }
    const word = stem(t.text);
    const prev = i > 0 ? stem(tokens[i - 1].text) : '';
    // "Coach T": a single capital after a title is still a name.
    if (word.length === 1 && ADULT_TITLES.has(prev) && t.capitalized) {
      out.push({ index: i, kind: 'name', adult: true });
      continue;
    }
    if (word.length < 2 || /\d/.test(word) || NOT_NAMES.has(word)) continue;
    const adult = ADULT_TITLES.has(prev);
    const next = i + 1 < tokens.length ? tokens[i + 1].text : '';
    let isName = false;
    if (FIRST_NAMES.has(word)) {
      isName = !AMBIGUOUS_NAMES.has(word) || (t.capitalized && (!t.sentenceStart || NAME_VERBS.has(next)));
    } else if (t.capitalized && !covered[i]) {
      // An unknown capitalised word: a name in mid-sentence, or at the start
      // when a name-like verb follows ("Kaylani failed ...").
      isName = !t.sentenceStart || NAME_VERBS.has(next) || t.text.endsWith("'s");
      // "Jayden Smith": a following surname is part of the same reference.
    }
    // "Coach Ramirez", "Ms. Dawson": a capitalised word after a title is a name.
    if (adult && (t.capitalized || FIRST_NAMES.has(word))) isName = true;
    else if (adult) isName = false;
    if (isName) out.push({ index: i, kind: 'name', adult });
  }
  cache.set(ctx, out);
  return out;
}

function isTitled(ctx: Ctx, i: number): boolean {
  const prev = i > 0 ? stem(ctx.doc.tokens[i - 1].text) : '';
  return ADULT_TITLES.has(prev);
}

/** Student-like references within `window` tokens of [first, last]. */
export function studentRefsNear(ctx: Ctx, first: number, last: number, window: number, sameSentence = true): PersonRef[] {
  const sentence = ctx.doc.tokens[first]?.sentence;
  return refsNear(ctx, first, last, window).filter(
    (p) => !p.adult && (!sameSentence || ctx.doc.tokens[p.index].sentence === sentence || Math.abs(p.index - first) <= 4),
  );
}

/** All person references within `window` tokens of [first, last]. */
export function refsNear(ctx: Ctx, first: number, last: number, window: number): PersonRef[] {
  const refs = personRefs(ctx);
  // Refs are in token order: binary search to the window, so many queries on
  // a long draft stay linear overall.
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid].index < first - window) lo = mid + 1;
    else hi = mid;
  }
  const out: PersonRef[] = [];
  for (let k = lo; k < refs.length && refs[k].index <= last + window; k++) {
    out.push(refs[k]);
  }
  return out;
}
