// The range helpers that keep the detectors linear on long drafts must give
// exactly what a scan of every hit or token would give.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inCharRange, inTokenRange, type Hit } from '../../../src/engine/lexicon';
import { normalize, prepare, sentenceFirst, sentenceLast } from '../../../src/engine/text';

// Hits in text order, as the lexicon produces them: non-decreasing first token.
const hitList = fc
  .array(fc.tuple(fc.nat(60), fc.nat(14)), { maxLength: 40 })
  .map((pairs) =>
    pairs
      .sort((a, b) => a[0] - b[0])
      .map(([first, len]): Hit => ({ tag: 't', first, last: first + len, start: first * 5, end: (first + len) * 5 + 3 })),
  );

describe('range queries over hit lists', () => {
  it('inTokenRange equals filtering every hit', () => {
    fc.assert(
      fc.property(hitList, fc.integer({ min: -20, max: 90 }), fc.nat(30), (list, from, span) => {
        const to = from + span;
        expect(inTokenRange(list, from, to)).toEqual(list.filter((h) => h.last >= from && h.first <= to));
      }),
    );
  });
  it('inCharRange equals filtering every hit', () => {
    fc.assert(
      fc.property(hitList, fc.integer({ min: -50, max: 400 }), fc.nat(80), (list, start, span) => {
        const end = start + span;
        expect(inCharRange(list, start, end)).toEqual(list.filter((h) => h.end >= start && h.start <= end));
      }),
    );
  });
  it('takes no list at all', () => {
    expect(inTokenRange(undefined, 0, 5)).toEqual([]);
    expect(inCharRange([], 0, 5)).toEqual([]);
  });
});

describe('sentence bounds', () => {
  it('are the first and last token of the same sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Jayden', 'got', 'a', 'Mr.', 'Smith', '.', '!', '\n', '3.5', 'R.', 'in', '?', ','), { maxLength: 60 }), (words) => {
        const doc = prepare(words.join(' '));
        const t = doc.tokens;
        for (let i = 0; i < t.length; i++) {
          let a = i;
          while (a > 0 && t[a - 1].sentence === t[i].sentence) a--;
          let b = i;
          while (b + 1 < t.length && t[b + 1].sentence === t[i].sentence) b++;
          expect([sentenceFirst(doc, i), sentenceLast(doc, i)]).toEqual([a, b]);
        }
      }),
    );
  });
});

describe('normalize', () => {
  // Folding works character by character: the whole text folds to its
  // characters' folds in order, and the offset map points at each one.
  it('equals folding each character on its own, with a matching offset map', () => {
    const chars = fc.constantFrom('a', 'B', '`', ' ', '.', 'É', 'ß', 'ñ', '\u200b', '\u00a0', '’', '“', '😀', '\ud800', 'İ', 'º', '각', 'Z', '7');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const raw = parts.join('');
        const { norm, map } = normalize(raw);
        let expected = '';
        const offsets: number[] = [];
        let at = 0;
        for (const p of parts) {
          const n = normalize(p).norm;
          expected += n;
          // A surrogate pair maps each half to itself; anything else maps every output character to its source.
          for (let k = 0; k < n.length; k++) offsets.push(n.length === p.length ? at + k : at);
          at += p.length;
        }
        expect(norm).toBe(expected);
        if (map) expect([...map]).toEqual([...offsets, raw.length]);
        else expect(norm.length).toBe(raw.length);
      }),
    );
  });
});
