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

// "Kaydens mom", "Jaylens IEP": a possessive written without its apostrophe,
// told apart from a plural by the family or record word after it.
const POSSESSED = /^(?:mom|moms|mama|dad|dads|papa|mother|father|parents|grandma|grandpa|grandmother|family|brother|sister|iep|504|grades|grade|behavior|mom's|dad's)$/;
// "my student Jesús", "mi alumna Valeria": the word after a student noun is a name.
const STUDENT_NOUN = /^(?:student|alumno|alumna|estudiante|kiddo|mentee)$/;
// "@mr.tatum", "@coach_d": a teacher's handle names an adult.
const TITLED_HANDLE = /^@(?:mr|mrs|ms|miss|mx|dr|coach|profe|maestra|maestro|sra|sr)(?:[._]|$)/;

const SCHOOL_TYPE_WORD = /^(?:middle|high|elementary|academy|school|hs|ms|es|jhs|prep|campus|university|college|primaria|secundaria)$/;

function stem(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}

const cache = new WeakMap<Ctx, PersonRef[]>();
const FUNCTION_TAGS = new Set(['target', 'studentAudience', 'scoreVerb', 'gender']);

export function personRefs(ctx: Ctx): PersonRef[] {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const out: PersonRef[] = [];
  const tokens = ctx.doc.tokens;
  const lexical = ctx.hits;
  // Words that are part of some lexicon phrase or a district/school name are
  // not names ("Memorial", "Honor Roll").
  const covered = new Uint8Array(tokens.length);
  for (const [tag, list] of lexical) {
    // Pronouns, articles and score verbs are never part of a proper name; they are also the most frequent hits.
    if (FUNCTION_TAGS.has(tag)) continue;
    for (const h of list) for (let i = h.first; i <= h.last; i++) covered[i] = 1;
  }
  // District and school names ("Kendall-Whittier", "Will Rogers") are places even when they contain first names.
  const place = new Uint8Array(tokens.length);
  for (const h of ctx.districtHits) for (let i = h.first; i <= h.last; i++) covered[i] = place[i] = 1;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text.charCodeAt(0) === 35 /* # */) continue;
    if (t.text.charCodeAt(0) === 64 /* @ */) {
      if (t.text.length > 2) out.push({ index: i, kind: 'handle', adult: isTitled(ctx, i) || TITLED_HANDLE.test(t.text) });
      continue;
    }
    const word = stem(t.text);
    const prev = i > 0 ? stem(tokens[i - 1].text) : '';
    // "Coach T": a single capital after a title is still a name.
    if (word.length === 1 && ADULT_TITLES.has(prev) && t.capitalized) {
      out.push({ index: i, kind: 'name', adult: true });
      continue;
    }
    // Initials: "A.T. went from a 52 to an 88".
    if (word.length === 1 && t.capitalized && isInitials(ctx, i)) {
      out.push({ index: i, kind: 'name', adult: ADULT_TITLES.has(prev) });
      continue;
    }
    const known = FIRST_NAMES.has(word) && !place[i];
    if (known && t.capitalized && STUDENT_NOUN.test(prev) && !covered[i]) {
      out.push({ index: i, kind: 'name', adult: false });
      continue;
    }
    const next0 = i + 1 < tokens.length ? tokens[i + 1].text : '';
    if (!known && t.capitalized && word.length > 3 && word.endsWith('s') && FIRST_NAMES.has(word.slice(0, -1)) && !AMBIGUOUS_NAMES.has(word.slice(0, -1)) && POSSESSED.test(next0)) {
      out.push({ index: i, kind: 'name', adult: false });
      continue;
    }
    // Only known first names and capitalised words can be names.
    if (!known && !t.capitalized) continue;
    if (word.length < 2 || /\d/.test(word) || NOT_NAMES.has(word)) continue;
    // "ALL CAPS", "OOTD", "KFOR": shouting and acronyms, not people.
    if (!known && word.length >= 3 && allCaps(ctx, t)) continue;
    const adult = ADULT_TITLES.has(prev);
    const next = i + 1 < tokens.length ? tokens[i + 1].text : '';
    // "Jefferson Middle", "Kendall-Whittier Elementary": a school, not a person.
    if (!adult && SCHOOL_TYPE_WORD.test(next)) continue;
    let isName = false;
    if (known) {
      // "Mia W." : a first name followed by an initial is a person even when ambiguous.
      const initial = next.length === 1 && tokens[i + 1].capitalized && ctx.doc.norm[tokens[i + 1].end] === '.';
      isName = !AMBIGUOUS_NAMES.has(word) || (t.capitalized && (!t.sentenceStart || NAME_VERBS.has(next) || initial));
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

// Dotted pairs that are not a person's initials.
const NOT_INITIALS = new Set(['us', 'am', 'pm', 'dc', 'uk', 'tv', 'ok', 'la', 'ny', 'nj', 'pe', 'ap', 'eu', 'un', 'jr', 'sr', 'ee', 'uu', 'it', 'hr', 'ot', 'pt', 'ps', 'rn', 'ad', 'bc', 'cd', 'ai', 'md', 'ma', 'ba', 'ms', 'ed']);

/** "A.T." or "J.R." (two single capitals joined by dots), first letter at i. */
function isInitials(ctx: Ctx, i: number): boolean {
  const tokens = ctx.doc.tokens;
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!b || b.text.length !== 1 || !b.capitalized || ctx.doc.norm.slice(a.end, b.start) !== '.') return false;
  if (ctx.doc.norm[b.end] !== '.') return false;
  const prevLetter = tokens[i - 1];
  // The second letter of a pair, or a longer dotted acronym ("U.S.A.").
  if (prevLetter && prevLetter.text.length === 1 && ctx.doc.norm.slice(prevLetter.end, a.start) === '.') return false;
  return !NOT_INITIALS.has(a.text + b.text);
}

function allCaps(ctx: Ctx, t: { start: number; end: number }): boolean {
  const { doc } = ctx;
  const raw = doc.raw.slice(doc.map ? doc.map[t.start] : t.start, doc.map ? doc.map[t.end - 1] + 1 : t.end).replace(/['’]s$/i, '');
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
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
