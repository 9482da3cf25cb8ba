// A phrase lexicon matched over tokens in one pass: a Map lookup per token
// instead of hundreds of regex alternations, so time stays linear in the
// text whatever the lexicon's size. A word ending in "*" matches by prefix
// ("suspend*" matches "suspended", "suspension").

import { normalize, type Doc } from './text';

export interface Hit {
  tag: string;
  /** Token indices, inclusive. */
  first: number;
  last: number;
  /** Offsets into doc.norm. */
  start: number;
  end: number;
}

interface Word {
  text: string;
  prefix: boolean;
}

interface Entry {
  tag: string;
  words: Word[];
}

const WORD = /[@#]?[\p{L}\p{N}]+(?:'[\p{L}]+)*\*?/gu;

function splitPhrase(phrase: string): Word[] {
  const { norm } = normalize(phrase);
  const words: Word[] = [];
  for (const m of norm.matchAll(WORD)) {
    const w = m[0];
    words.push(w.endsWith('*') ? { text: w.slice(0, -1), prefix: true } : { text: w, prefix: false });
  }
  return words;
}

// Entries sharing a first word, split by their second word: common first
// words ("my", "the", "his") head hundreds of phrases, and only those whose
// second word matches the next token need comparing.
interface Bucket {
  /** One-word phrases and phrases whose second word is a prefix. */
  rest: Entry[];
  bySecond: Map<string, Entry[]>;
}

export class Lexicon {
  private exact = new Map<string, Bucket>();
  private prefix = new Map<string, Bucket>();
  private prefixLengths: number[] = [];

  constructor(groups: Record<string, readonly string[]> = {}) {
    for (const [tag, phrases] of Object.entries(groups)) this.add(tag, phrases);
  }

  add(tag: string, phrases: readonly string[]): this {
    const lengths = new Set(this.prefixLengths);
    for (const phrase of phrases) {
      const words = splitPhrase(phrase);
      if (words.length === 0) continue;
      const entry: Entry = { tag, words };
      const head = words[0];
      const map = head.prefix ? this.prefix : this.exact;
      if (head.prefix) lengths.add(head.text.length);
      let bucket = map.get(head.text);
      if (!bucket) map.set(head.text, (bucket = { rest: [], bySecond: new Map() }));
      const second = words[1];
      if (!second || second.prefix) bucket.rest.push(entry);
      else {
        const list = bucket.bySecond.get(second.text);
        if (list) list.push(entry);
        else bucket.bySecond.set(second.text, [entry]);
      }
    }
    this.prefixLengths = [...lengths].sort((a, b) => a - b);
    return this;
  }

  /** All matches, grouped by tag, in text order. */
  match(doc: Doc): Map<string, Hit[]> {
    const hits = new Map<string, Hit[]>();
    const tokens = doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const text = tokens[i].text;
      this.tryHead(doc, i, text, hits);
      // "my son's", "MNTC's": a possessive also matches the bare word.
      if (isPossessiveShape(text)) {
        const bare = possessiveStem(text);
        if (bare) this.tryHead(doc, i, bare, hits);
      }
      // "#fieldtrip" also counts as "fieldtrip".
      if (text.charCodeAt(0) === 35 /* # */ && text.length > 1) this.tryHead(doc, i, text.slice(1), hits);
    }
    return hits;
  }

  private tryHead(doc: Doc, i: number, text: string, hits: Map<string, Hit[]>) {
    const exact = this.exact.get(text);
    if (exact) this.extendBucket(doc, i, exact, hits);
    for (const len of this.prefixLengths) {
      if (len > text.length) break;
      const bucket = this.prefix.get(text.slice(0, len));
      if (bucket) this.extendBucket(doc, i, bucket, hits);
    }
  }

  private extendBucket(doc: Doc, i: number, bucket: Bucket, hits: Map<string, Hit[]>) {
    if (bucket.rest.length) this.extend(doc, i, bucket.rest, hits);
    if (!bucket.bySecond.size || i + 1 >= doc.tokens.length) return;
    const next = doc.tokens[i + 1].text;
    const list = bucket.bySecond.get(next);
    if (list) this.extend(doc, i, list, hits);
    if (isPossessiveShape(next)) {
      const bare = possessiveStem(next);
      const more = bare ? bucket.bySecond.get(bare) : undefined;
      if (more) this.extend(doc, i, more, hits);
    }
  }

  private extend(doc: Doc, i: number, entries: Entry[], hits: Map<string, Hit[]>) {
    const tokens = doc.tokens;
    outer: for (const entry of entries) {
      const n = entry.words.length;
      if (i + n > tokens.length) continue;
      for (let k = 1; k < n; k++) {
        const w = entry.words[k];
        const t = tokens[i + k].text;
        if (w.prefix ? !t.startsWith(w.text) : t !== w.text && !(t.length === w.text.length + 2 && isPossessiveShape(t) && possessiveStem(t) === w.text)) continue outer;
      }
      const hit: Hit = { tag: entry.tag, first: i, last: i + n - 1, start: tokens[i].start, end: tokens[i + n - 1].end };
      const list = hits.get(entry.tag);
      if (list) list.push(hit);
      else hits.set(entry.tag, [hit]);
    }
  }
}

function isPossessiveShape(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 115 /* s */ && text.charCodeAt(text.length - 2) === 39 /* ' */;
}

// "it's", "that's", "let's" are contractions, not possessives.
const NOT_POSSESSIVE = new Set(['it', 'that', 'he', 'she', 'let', 'what', 'there', 'here', 'who', 'where', 'how', 'when', 'why', 'everyone', 'everybody', 'nobody', 'somebody', 'someone', 'today', 'this', 'one']);

/** "son's" -> "son"; null for words that are not possessives. */
export function possessiveStem(text: string): string | null {
  if (text.length < 4 || !text.endsWith("'s")) return null;
  const stem = text.slice(0, -2);
  return NOT_POSSESSIVE.has(stem) ? null : stem;
}

/** Hits of `tag` whose tokens lie within `window` tokens of [first, last]. */
export function near(hits: Map<string, Hit[]>, tag: string, first: number, last: number, window: number): Hit[] {
  const list = hits.get(tag);
  if (!list) return [];
  const out: Hit[] = [];
  // Hits are in text order: skip to the window by binary search so that
  // many queries over a long draft stay O(log n) each.
  let lo = 0;
  let hi = list.length;
  const from = first - window - MAX_PHRASE_WORDS;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].first < from) lo = mid + 1;
    else hi = mid;
  }
  for (let j = lo; j < list.length; j++) {
    const h = list[j];
    if (h.last >= first - window && h.first <= last + window) out.push(h);
    else if (h.first > last + window) break;
  }
  return out;
}

const MAX_PHRASE_WORDS = 12;

// The longest hit of a list, in tokens and in characters, so that range
// queries can binary-search to where the range starts and stay exact. Lists
// are never changed once matched.
const extents = new WeakMap<readonly Hit[], { tokens: number; chars: number }>();

function extentOf(list: readonly Hit[]): { tokens: number; chars: number } {
  let e = extents.get(list);
  if (!e) {
    e = { tokens: 0, chars: 0 };
    for (const h of list) {
      if (h.last - h.first > e.tokens) e.tokens = h.last - h.first;
      if (h.end - h.start > e.chars) e.chars = h.end - h.start;
    }
    extents.set(list, e);
  }
  return e;
}

/**
 * Hits of a list in text order whose tokens touch [from, to] (h.last >= from
 * and h.first <= to), in list order: "is the district named within 8 tokens"
 * without scanning every mention for every word.
 */
export function inTokenRange(list: readonly Hit[] | undefined, from: number, to: number): Hit[] {
  if (!list?.length) return [];
  const lowest = from - extentOf(list).tokens;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].first < lowest) lo = mid + 1;
    else hi = mid;
  }
  const out: Hit[] = [];
  for (let j = lo; j < list.length && list[j].first <= to; j++) if (list[j].last >= from) out.push(list[j]);
  return out;
}

/** Hits of a list in text order whose characters touch [start, end] (h.end >= start and h.start <= end), in list order. */
export function inCharRange(list: readonly Hit[] | undefined, start: number, end: number): Hit[] {
  if (!list?.length) return [];
  const lowest = start - extentOf(list).chars;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < lowest) lo = mid + 1;
    else hi = mid;
  }
  const out: Hit[] = [];
  for (let j = lo; j < list.length && list[j].start <= end; j++) if (list[j].end >= start) out.push(list[j]);
  return out;
}

export function has(hits: Map<string, Hit[]>, tag: string): boolean {
  const l = hits.get(tag);
  return !!l && l.length > 0;
}
