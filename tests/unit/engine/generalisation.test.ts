// Behaviours added to make the engine generalise beyond the drafts it was
// tuned on: each test pairs a new phrasing that must fire with a near miss
// that must not.

import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../../rules';
import { check } from '../../../src/engine';
import { districtLexicon } from '../../../src/engine/district';
import { Lexicon } from '../../../src/engine/lexicon';
import { prepare } from '../../../src/engine/text';
import { categories } from './helpers';

const IMG = { kind: 'image', name: 'IMG_0412.jpg', mimeType: 'image/jpeg', width: 4032, height: 3024 } as const;

describe('text and lexicon', () => {
  it('a possessive matches the bare word; contractions do not', () => {
    const lex = new Lexicon({ fam: ['my son'], pron: ['fix it'] });
    expect(lex.match(prepare("my son's first day")).get('fam')).toHaveLength(1);
    expect(lex.match(prepare("fix it's broken")).get('pron')).toBeUndefined();
  });
  it('an initial before a lower-case word ends no sentence; before a capital it does', () => {
    const a = prepare('Kiara R. in 4th period').tokens;
    expect(a[a.length - 1].sentence).toBe(a[0].sentence);
    const b = prepare('I met Kiara R. She is new').tokens;
    expect(b[b.length - 1].sentence).toBeGreaterThan(b[0].sentence);
  });
  it('ordinal indicators fold to letters ("2º" -> "2o")', () => {
    expect(prepare('grupo de 2º').norm).toBe('grupo de 2o');
  });
  it('Hangul syllables (which NFD splits into jamo) do not break the check', () => {
    const errors: unknown[] = [];
    check({ text: '각\u0000Ⰰ 학생 사진', attachments: [{ kind: 'image', faces: 3 }] }, BUILTIN_PACKS['metro-tech'], {}, { onError: (_c, e) => errors.push(e) });
    expect(errors).toEqual([]);
    expect(prepare('각 ß').norm).toBe('각 ss');
  });
});

describe('short school names', () => {
  const tulsa = districtLexicon(BUILTIN_PACKS['tulsa-ps']);
  const found = (text: string) => tulsa.match(prepare(text), new Map()).map((h) => text.slice(h.start, h.end));
  it('count after "at"/"from" or before a school word', () => {
    expect(found('I teach at Hale')).toEqual(['Hale']);
    expect(found('Hale kids rock')).toEqual(['Hale']);
    expect(found('Edison cross country won')).toEqual(['Edison']);
    expect(found('Go Hale HS!')).toEqual(['Hale HS']);
    expect(tulsa.schools).toContain('hale');
  });
  it('not inside another proper name, uncapitalised, or without a school frame', () => {
    expect(found('Memorial Day sale')).toEqual([]);
    expect(found('at Memorial Hospital')).toEqual([]);
    expect(found('Edison invented the bulb')).toEqual([]);
    expect(found('we saw a whale at hale beach')).toEqual([]);
  });
  it('settings schools get short names too', () => {
    const lex = districtLexicon(BUILTIN_PACKS['tulsa-ps'], ['Carver Middle School']);
    expect(lex.match(prepare('my first year at Carver'), new Map())).toHaveLength(1);
  });
});

describe('student-photo', () => {
  const photo = (text: string, faces?: number) =>
    categories('oklahoma-city-ps', { text, attachments: [faces === undefined ? IMG : { ...IMG, faces }] }).includes('student-photo');
  it('teachers\u2019 words for pupils, clubs, school days and grade groups', () => {
    expect(photo('POV: you asked middle schoolers to explain rizz')).toBe(true);
    expect(photo('Our Mathletes brought home the trophy')).toBe(true);
    expect(photo('Picture day went... fine')).toBe(true);
    expect(photo('Our 5th-grade DARE graduates!!')).toBe(true);
    expect(photo('Paseo al zoológico con mi grupo de 2º')).toBe(true);
    expect(photo('The youngsters in my welding program')).toBe(true);
    expect(categories('tulsa-ps', { text: 'Hale kids showed up big for the food drive', attachments: [IMG] })).toContain('student-photo');
  });
  it('the own child or the author in an old photo is not; the own child\u2019s class party with a crowd is', () => {
    expect(photo("My son's first day of kindergarten!!", 1)).toBe(false);
    expect(photo('Throwback to my own senior prom, 1998', 2)).toBe(false);
    expect(photo("my daughter's 2nd grade Valentine's party, these kids were hyped", 14)).toBe(true);
    expect(photo('Sábado de Halloween en familia, mis niños de Spiderman y Elsa')).toBe(false);
  });
  it('colleagues in costume are not students', () => {
    expect(photo('The 4th grade team at our Halloween costume contest, we went as crayons', 5)).toBe(false);
    expect(photo('Mis compañeras de kinder en la posada', 4)).toBe(false);
  });
});
