// Text preparation for the detectors: one normalised copy of the draft
// (lower case, accents folded, zero-width characters dropped, typographic
// quotes made plain) plus a map back to the original UTF-16 offsets, so
// spans always point into the text the author sees.

export interface Token {
  /** Offsets into `norm`. */
  start: number;
  end: number;
  /** Normalised word. */
  text: string;
  /** The original text of the token started with an upper-case letter. */
  capitalized: boolean;
  /** Index of the sentence the token is in (for "same sentence" checks). */
  sentence: number;
  /** First token of its sentence or line. */
  sentenceStart: boolean;
}

export interface Doc {
  raw: string;
  norm: string;
  /** norm offset -> raw offset; null when the two are index-identical. */
  map: Int32Array | null;
  tokens: Token[];
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const COMBINING = /[\u0300-\u036f]/g;

// Characters that must vanish: zero-width, BOM, soft hyphen, bidi controls,
// variation selectors. Dropping them stops "f\u200bield trip" hiding a word.
function isInvisible(code: number): boolean {
  return (
    code === 0x00ad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff ||
    (code >= 0xfe00 && code <= 0xfe0f)
  );
}

function foldChar(ch: string): string {
  switch (ch) {
    case '\u2018':
    case '\u2019':
    case '\u02bc':
    case '\u00b4':
    case '`':
      return "'";
    case '\u201c':
    case '\u201d':
      return '"';
    case '\u00a0':
    case '\u2007':
    case '\u202f':
      return ' ';
    case '\u2010':
    case '\u2011':
    case '\u2012':
    case '\u2013':
    case '\u2014':
      return '-';
    case '\uff20':
      return '@';
    case '\u00df':
      return 'ss';
    // Ordinal indicators: "2º grado", "1ª vez".
    case '\u00ba':
      return 'o';
    case '\u00aa':
      return 'a';
  }
  const lower = ch.toLowerCase();
  // NFD then drop combining marks: "calificación" -> "calificacion".
  const folded = lower.normalize('NFD').replace(COMBINING, '');
  // Hangul syllables decompose into several jamo: keep such characters whole
  // (no character ever grows beyond two, which the offset map relies on).
  return folded.length <= lower.length && lower.length <= 2 ? folded : ch;
}

export function normalize(raw: string): { norm: string; map: Int32Array | null } {
  if (ASCII_ONLY.test(raw)) {
    let norm = raw.toLowerCase();
    if (norm.indexOf('`') >= 0) norm = norm.replace(/`/g, "'");
    return { norm, map: null };
  }
  const parts: string[] = [];
  // Folding may turn one character into two ("ß" -> "ss").
  const map = new Int32Array(raw.length * 2 + 1);
  let out = 0;
  let i = 0;
  while (i < raw.length) {
    // A run of ASCII is lower-cased as one slice (1:1, so its offsets map
    // straight through): most drafts are mostly ASCII, and one string per
    // character made long drafts slow and garbage-heavy.
    let j = i;
    while (j < raw.length && raw.charCodeAt(j) < 0x80) j++;
    if (j > i) {
      let run = raw.slice(i, j).toLowerCase();
      if (run.indexOf('`') >= 0) run = run.replace(/`/g, "'");
      parts.push(run);
      for (let k = i; k < j; k++) map[out++] = k;
      i = j;
      continue;
    }
    const code = raw.charCodeAt(i);
    if (isInvisible(code)) {
      i++;
      continue;
    }
    // Surrogate pairs (emoji and other astral characters) pass through whole.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < raw.length) {
      const next = raw.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        parts.push(raw.slice(i, i + 2));
        map[out++] = i;
        map[out++] = i + 1;
        i += 2;
        continue;
      }
    }
    const folded = foldChar(raw[i]);
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) map[out++] = i;
    i++;
  }
  const norm = parts.join('');
  map[out] = raw.length;
  return { norm, map: map.subarray(0, out + 1) };
}

/** Maps a [start, end) range of `norm` back to the raw text. */
export function toRawSpan(doc: Doc, start: number, end: number): [number, number] {
  if (!doc.map) return [start, end];
  const s = doc.map[Math.min(start, doc.map.length - 1)];
  // End is exclusive: map the last included character and step past it,
  // keeping surrogate pairs whole.
  if (end <= start) return [s, s];
  let e = doc.map[Math.min(end - 1, doc.map.length - 1)] + 1;
  const c = doc.raw.charCodeAt(e - 1);
  if (c >= 0xd800 && c <= 0xdbff && e < doc.raw.length) e++;
  return [s, e];
}

// Words: letters/digits with inner apostrophes, dots of abbreviations kept
// out; '@handles' and '#tags' keep their sigil so they can be told apart.
const TOKEN = /[@#]?[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function prepare(raw: string): Doc {
  const { norm, map } = normalize(raw);
  const tokens: Token[] = [];
  let sentence = 0;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(norm); m; m = TOKEN.exec(norm)) {
    const start = m.index;
    let sentenceStart = tokens.length === 0;
    // A sentence break between the previous token and this one.
    for (let i = last; i < start; i++) {
      const c = norm.charCodeAt(i);
      if (c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 10 /* \n */) {
        // "Mr. Smith" and "3.5" are not sentence ends.
        const prev = tokens[tokens.length - 1];
        if (c === 46 && prev && (ABBREVIATIONS.has(prev.text) || /\d$/.test(prev.text) && /^\d/.test(m[0]))) continue;
        // An initial before a lower-case word ("Kiara R. in 4th period") ends no sentence.
        if (c === 46 && prev && prev.text.length === 1 && !hasNewline(norm, i, start) && isLower(raw, map ? map[start] : start)) continue;
        sentence++;
        sentenceStart = true;
        break;
      }
    }
    const rawStart = map ? map[start] : start;
    const first = raw.charCodeAt(rawStart + (raw[rawStart] === '@' || raw[rawStart] === '#' ? 1 : 0));
    tokens.push({
      start,
      end: start + m[0].length,
      text: m[0],
      capitalized: first >= 65 && first <= 90 || (first > 127 && raw[rawStart] !== raw[rawStart].toLowerCase()),
      sentence,
      sentenceStart,
    });
    last = start + m[0].length;
  }
  return { raw, norm, map, tokens };
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function isLower(raw: string, at: number): boolean {
  const c = raw[at] ?? '';
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sr', 'sra', 'srta', 'st', 'ave', 'no', 'vs', 'jr', 'prof', 'coach', 'a', 'p', 'm']);

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Sentence bounds per token, computed once per draft: detectors that look at
// "the sentence before" or "the start of this sentence" would otherwise walk
// token by token, which is quadratic on a long unpunctuated draft.
const sentenceBounds = new WeakMap<Doc, { first: Int32Array; last: Int32Array }>();

function boundsOf(doc: Doc): { first: Int32Array; last: Int32Array } {
  let b = sentenceBounds.get(doc);
  if (b) return b;
  const t = doc.tokens;
  const first = new Int32Array(t.length);
  const last = new Int32Array(t.length);
  for (let i = 0; i < t.length; i++) first[i] = i > 0 && t[i - 1].sentence === t[i].sentence ? first[i - 1] : i;
  for (let i = t.length - 1; i >= 0; i--) last[i] = i + 1 < t.length && t[i + 1].sentence === t[i].sentence ? last[i + 1] : i;
  sentenceBounds.set(doc, (b = { first, last }));
  return b;
}

/** Index of the first token of token i's sentence. */
export function sentenceFirst(doc: Doc, i: number): number {
  return boundsOf(doc).first[i];
}

/** Index of the last token of token i's sentence. */
export function sentenceLast(doc: Doc, i: number): number {
  return boundsOf(doc).last[i];
}
