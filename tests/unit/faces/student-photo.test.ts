import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../../rules';
import { check } from '../../../src/engine';
import type { Draft } from '../../../src/schema';

// How the engine uses the face count (issue 5): many faces plus school
// context is a strong student-photo signal, many faces alone still are;
// zero faces clears a photo of scenery; one adult face without school
// context is not a student photo; an unknown count leaves it to the text.

const IMG = { kind: 'image', name: 'IMG_0412.jpg', mimeType: 'image/jpeg', width: 4032, height: 3024 } as const;

function studentPhoto(text: string, faces?: number): boolean {
  const draft: Draft = { text, attachments: [faces === undefined ? IMG : { ...IMG, faces }], composedAt: '2026-10-07T19:00:00-05:00' };
  return check(draft, BUILTIN_PACKS['tulsa-ps']).some((f) => f.category === 'student-photo');
}

describe('student photo from the face count', () => {
  it('many faces with school context, even with scenery words, is a student photo', () => {
    expect(studentPhoto('Field trip to the lake with my 3rd hour class!', 20)).toBe(true);
    expect(studentPhoto('Science fair winners 🏆', 12)).toBe(true);
  });

  it('a photo of 20 faces is recognised when the caption is silent; a few faces are not enough', () => {
    expect(studentPhoto('What a day!', 20)).toBe(true);
    expect(studentPhoto('', 8)).toBe(true);
    expect(studentPhoto('What a day!', 2)).toBe(false);
    // Unknown (HEIC, no detector): a silent caption stays silent.
    expect(studentPhoto('What a day!')).toBe(false);
  });

  it('zero faces clears a photo of scenery, even with school context; unknown does not', () => {
    expect(studentPhoto('Field trip with my 3rd hour class!', 0)).toBe(false);
    expect(studentPhoto('Field trip with my 3rd hour class!')).toBe(true);
  });

  it('one adult face without school context is not a student photo; with selfie words neither', () => {
    expect(studentPhoto('New haircut, who dis', 1)).toBe(false);
    expect(studentPhoto('Me before my 3rd hour class 😎 selfie', 1)).toBe(false);
  });
});
