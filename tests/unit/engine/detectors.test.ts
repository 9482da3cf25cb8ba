import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../../rules';
import { check, isWorkingTime, recipientStatus } from '../../../src/engine';
import { DEFAULT_WORKING_HOURS, type Draft } from '../../../src/schema';
import { categories, findings } from './helpers';

const IMG = { kind: 'image', name: 'IMG_0412.jpg', mimeType: 'image/jpeg', width: 4032, height: 3024 } as const;

describe('student-photo', () => {
  it('school context with an image is a student photo; a caption about faces alone needs many faces', () => {
    expect(categories('oklahoma-city-ps', { text: 'Science fair winners!! 🏆', attachments: [IMG] })).toContain('student-photo');
    expect(categories('oklahoma-city-ps', { text: '🥰🥰', attachments: [{ ...IMG, faces: 20 }] })).toContain('student-photo');
    expect(categories('oklahoma-city-ps', { text: '🥰🥰', attachments: [{ ...IMG, faces: 2 }] })).not.toContain('student-photo');
  });
  it('zero faces clears scenery; the own child at a birthday is not a student photo; consent on file clears it', () => {
    expect(categories('tulsa-ps', { text: 'Sunset after the field trip 🌅', attachments: [{ ...IMG, faces: 0 }] })).not.toContain('student-photo');
    expect(categories('tulsa-ps', { text: "My daughter's 7th birthday party 🎂", attachments: [{ ...IMG, faces: 6 }] })).not.toContain('student-photo');
    expect(categories('tulsa-ps', { text: 'Field trip! All students shown have media releases on file.', attachments: [IMG] })).not.toContain('student-photo');
    expect(categories('tulsa-ps', { text: 'Field trip!', attachments: [IMG] })).toContain('student-photo');
  });
  it('videos count; undecodable HEIC images still count from the text', () => {
    expect(categories('yelm-cs', { text: 'Recess dance party', attachments: [{ kind: 'video', name: 'clip.mov', mimeType: 'video/quicktime' }] })).toContain('student-photo');
    expect(categories('yelm-cs', { text: 'My kiddos at recess', attachments: [{ name: 'IMG_2231.HEIC', mimeType: 'image/heic' }] })).toContain('student-photo');
  });
  it('Tulsa exempts virtual instruction; other districts do not', () => {
    const draft = { text: 'Posting for our virtual instruction lesson: my class measuring plants', attachments: [IMG] };
    expect(categories('tulsa-ps', draft)).not.toContain('student-photo');
    expect(categories('metro-tech', draft)).toContain('student-photo');
  });
  it('reports an attachment finding with no text spans', () => {
    const f = findings('tulsa-ps', { text: 'Field trip!', attachments: [IMG] }).find((x) => x.category === 'student-photo');
    expect(f?.spans).toEqual([]);
  });
});

describe('confidential-data', () => {
  const has = (text: string) => categories('metro-tech', { text }).includes('confidential-data');
  it('a named student with a record, an ID, a date of birth or an SSN', () => {
    expect(has('Brayden S. got sent to the office again for vaping, 3rd time this month')).toBe(true);
    expect(has('Sofia has an IEP meeting Friday and her 504 needs updating')).toBe(true);
    expect(has('student ID 20451877 left a phone in my room')).toBe(true);
    expect(has('Happy birthday to my student Sofia Ramirez, born 03/14/2012!')).toBe(true);
    expect(has('Found a paper with SSN 123-45-6789 on it')).toBe(true);
    expect(has('La mamá de Valeria me dijo que tiene diabetes, ¿consejos para la clase?')).toBe(true);
  });
  it('class-level talk, invalid SSNs and public office numbers are not', () => {
    expect(has('Our 3rd graders crushed the test! So proud 💪')).toBe(false);
    expect(has('Grades are due Friday at 4pm, finalize in PowerSchool.')).toBe(false);
    expect(has('Order number 000-12-3456 shipped')).toBe(false);
    expect(has('Questions about enrollment? Call the front office at 405-555-0100.')).toBe(false);
    expect(has('Had a great day with my class today')).toBe(false);
  });
  it('district information not meant for the public', () => {
    expect(has('Keep this between us: Mr. Daniels is being put on admin leave pending the investigation.')).toBe(true);
    expect(has('My cousin got fired from Target lol')).toBe(false);
  });
  it('spans point at the record in the original text, past emoji and accents', () => {
    const text = '🎉🎉 ¡Jayden got a 42 on his test!';
    const f = findings('metro-tech', { text }).find((x) => x.category === 'confidential-data')!;
    const [s, e] = f.spans[0];
    expect(text.slice(s, e)).toContain('Jayden');
    expect(text.slice(s, e)).toContain('42');
  });
});

describe('student-connection', () => {
  const when = new Date('2026-10-07T12:00:00-05:00');
  it('reads current students from class years, grades and schools, as of the draft date', () => {
    expect(recipientStatus({ bio: 'Class of 2028 ⚽' }, when, [])).toBe('current');
    expect(recipientStatus({ bio: 'Class of 2026' }, when, [])).toBe('graduate');
    expect(recipientStatus({ bio: 'Class of 2026' }, new Date('2026-02-10T12:00:00Z'), [])).toBe('current');
    expect(recipientStatus({ details: ['Studies at Norman High School'] }, when, [])).toBe('current');
    expect(recipientStatus({ details: ['Studied at Norman High School', 'Studies at University of Oklahoma'] }, when, [])).toBe('graduate');
    expect(recipientStatus({ bio: '6th grade science teacher at Carver Middle School' }, when, [])).not.toBe('current');
    expect(recipientStatus({ bio: 'Mom of 3 | PTA at Wilson Elementary' }, when, [])).not.toBe('current');
    expect(recipientStatus({ bio: 'Practical Nursing student @ Metro Tech' }, when, ['metro tech'])).toBe('current');
  });
  it('relatives and emergencies are exceptions', () => {
    const rec = { name: 'Leo', bio: 'Class of 2029 | my tía is the best' };
    expect(categories('moore-norman-tc', { surface: 'profile', action: 'follow', recipient: { bio: 'Class of 2029' } })).toContain('student-connection');
    expect(categories('moore-norman-tc', { surface: 'message', text: 'Happy birthday to my favorite nephew!', recipient: rec })).not.toContain('student-connection');
    expect(categories('moore-norman-tc', { surface: 'message', text: 'Emergency: the bus broke down, are you safe? Stay with the group.', recipient: { bio: 'Class of 2029' } })).not.toContain('student-connection');
  });
  it('"DM me" offers to students and encouraging accounts; parents are not students', () => {
    expect(categories('metro-tech', { text: 'Students, DM me here if you need help with the homework tonight' })).toContain('student-connection');
    expect(categories('metro-tech', { text: 'All my students should make a TikTok account to follow our class page' })).toContain('student-connection');
    expect(categories('metro-tech', { text: 'Parents, message me with any questions about the field trip' })).not.toContain('student-connection');
  });
});

describe('working-hours', () => {
  const chicago = (iso: string) => isWorkingTime(new Date(iso), 'America/Chicago', DEFAULT_WORKING_HOURS);
  it('starts at 08:00 inclusive and ends at 15:30 exclusive, Monday to Friday', () => {
    expect(chicago('2026-10-07T07:59:00-05:00')).toBe(false);
    expect(chicago('2026-10-07T08:00:00-05:00')).toBe(true);
    expect(chicago('2026-10-07T15:29:59-05:00')).toBe(true);
    expect(chicago('2026-10-07T15:30:00-05:00')).toBe(false);
    expect(chicago('2026-10-10T10:00:00-05:00')).toBe(false); // Saturday
  });
  it('converts any offset, Z included, and follows daylight saving', () => {
    expect(chicago('2026-10-07T14:00:00Z')).toBe(true); // 09:00 CDT
    expect(chicago('2026-11-02T13:30:00Z')).toBe(false); // 07:30 CST after the switch
    expect(chicago('2026-10-26T13:30:00Z')).toBe(true); // 08:30 CDT
    expect(chicago('2026-10-07T09:00:00-07:00')).toBe(true); // 11:00 in Chicago
  });
  it('uses the district time zone: Yelm is on Pacific time', () => {
    // yelm-cs has no working-hours rule; settings can still change zone and hours for others.
    expect(categories('tulsa-ps', { text: 'hi', composedAt: '2026-10-07T07:30:00-07:00' })).toContain('working-hours');
    expect(categories('tulsa-ps', { text: 'hi', composedAt: '2026-10-07T07:30:00-07:00' }, { timeZone: 'America/Los_Angeles' })).not.toContain('working-hours');
    expect(categories('tulsa-ps', { text: 'hi', composedAt: '2026-10-10T10:00:00-05:00' }, { workingHours: { days: [6], start: '09:00', end: '12:00' } })).toContain('working-hours');
  });
});

describe('settings', () => {
  const draft = { text: 'Jayden Smith got a 42 on his algebra test', composedAt: '2026-10-07T10:00:00-05:00' };
  it('disabledCategories and disabledRules silence; severity overrides', () => {
    expect(categories('tulsa-ps', draft, { disabledCategories: ['working-hours'] })).toEqual(['confidential-data']);
    expect(categories('tulsa-ps', draft, { disabledRules: ['tulsa-ps/confidential-data'] })).toEqual(['working-hours']);
    expect(findings('tulsa-ps', draft, { severity: { 'confidential-data': 'warn' } })[0].severity).toBe('warn');
  });
  it('schools from settings identify the author as an employee', () => {
    const text = 'I teach at Sunnyvale Academy and I think the new bell schedule is a mistake.';
    expect(categories('tulsa-ps', { text })).not.toContain('personal-disclaimer');
    expect(categories('tulsa-ps', { text }, { schools: ['Sunnyvale Academy'] })).toContain('personal-disclaimer');
  });
});

describe('harmless drafts with tempting words stay silent', () => {
  const harmless = [
    'Our 3rd graders crushed the test today!! So proud of these kids 💪',
    'Drunk on coffee and lesson plans ☕😂',
    'My kids (the ones I birthed 😂) are driving me crazy this weekend',
    'You absolutely killed it at the recital, Mrs. Lee! 🎻',
    'Nothing but net — he hit three shots in a row at the varsity game 🏀',
    'Follow the official @TulsaSchools page for snow day updates',
    'Estoy muerta de cansancio pero feliz, me muero de risa con mis hijos',
    'Reminder: report cards go home Friday!',
    'Taking the trash out is my cardio lol',
  ];
  for (const text of harmless) {
    it(text, () => {
      for (const d of ['moore-norman-tc', 'oklahoma-city-ps', 'tulsa-ps', 'yelm-cs', 'metro-tech'] as const) {
        expect(categories(d, { text })).toEqual([]);
      }
    });
  }
});

describe('robustness', () => {
  const pack = BUILTIN_PACKS['moore-norman-tc'];
  it('never throws and keeps spans inside the text, on any Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 0, max: 30 }), (text, faces) => {
        const draft: Draft = { text, attachments: [{ kind: 'image', faces }], composedAt: '2026-10-07T10:00:00Z' };
        const out = check(draft, pack);
        for (const f of out) for (const [s, e] of f.spans) expect(s >= 0 && s < e && e <= text.length).toBe(true);
      }),
      { numRuns: 400 },
    );
    // 400 whole-engine runs: allow for a loaded machine (this checks behaviour, not speed).
  }, 30_000);
  it('handles zero-width characters hiding words, emoji, and a 100,000-character draft', () => {
    expect(categories('tulsa-ps', { text: 'Jay\u200bden got a 4\u200b2 on his te\u200bst', attachments: [] })).toContain('confidential-data');
    const huge = ('Field trip day 🚌 ' + 'a'.repeat(50) + ' \u200b😀 ').repeat(1500).slice(0, 100_000);
    expect(() => check({ text: huge, attachments: [IMG] }, pack)).not.toThrow();
  });
  it('survives drafts that are not what the schema says (from a buggy caller)', () => {
    expect(check({ text: 42 } as unknown as Draft, pack)).toEqual([]);
    expect(() => check({ text: 'hi', attachments: [null] } as unknown as Draft, pack)).not.toThrow();
  });
});
