// Every cell of the categories.md table, through the engine: a draft that
// plainly runs into a category is reported by every district that covers it
// (with the table's severity) and by no district whose cell is "—".
import { describe, expect, it } from 'vitest';
import { DISTRICT_IDS } from '../../../rules';
import type { CategoryId, Draft } from '../../../src/schema';
import { covers } from '../../support/coverage';
import { findings } from './helpers';

const PHOTO = { kind: 'image', name: 'IMG_4412.JPG', mimeType: 'image/jpeg', width: 4032, height: 3024 } as const;

// One clear draft per category. Identity is in the district-specific drafts below.
const CLEAR: Record<Exclude<CategoryId, 'personal-disclaimer'>, Partial<Draft>> = {
  'student-photo': { text: 'Field trip with my 3rd hour class! 🦒', attachments: [{ ...PHOTO, faces: 14 }] },
  'confidential-data': { text: 'Jayden Smith got a 42 on his algebra test, and his student ID is 20451877.' },
  'student-connection': {
    surface: 'profile',
    action: 'friend-request',
    recipient: { name: 'Kaylee M', bio: 'Class of 2028 🎶 choir' },
  },
  'inappropriate-content': { text: 'Got absolutely wasted last night, so hungover today 🍻' },
  harassment: { text: 'That mom at pickup is a complete idiot and I will tell her so.' },
  'official-capacity': { text: 'OFFICIAL ANNOUNCEMENT: schools will be closed tomorrow, speaking on behalf of the district.' },
  'colleague-media': { text: 'Me and my coworkers at the staff party 🎉', attachments: [{ ...PHOTO, faces: 5 }] },
  'workplace-complaint': { text: 'So underpaid and overworked, and admin does not care about teachers at all.' },
  'working-hours': { text: 'Coffee time ☕', composedAt: '2026-10-07T10:15:00-05:00' },
  copyright: { text: 'Not my photo, found this online, no copyright intended 📸' },
};

describe('each category is reported exactly where the table covers it', () => {
  for (const [category, draft] of Object.entries(CLEAR) as [CategoryId, Partial<Draft>][]) {
    for (const district of DISTRICT_IDS) {
      const expected = covers(district, category) && !(district === 'tulsa-ps' && category === 'inappropriate-content');
      it(`${category} / ${district}: ${expected ? 'reported' : 'silent'}`, () => {
        const got = findings(district, draft).map((f) => f.category);
        expect(got.includes(category)).toBe(expected);
      });
    }
  }
});

describe('severities per the table', () => {
  const sev = (district: (typeof DISTRICT_IDS)[number], draft: Partial<Draft>, category: CategoryId) =>
    findings(district, draft).find((f) => f.category === category)?.severity;
  const student = { name: 'Dez Carter', bio: 'Junior at Will Rogers College HS 🏀' };

  it('tulsa-ps: a private message to a student is block, a follow is warn', () => {
    expect(sev('tulsa-ps', { surface: 'message', text: 'hey, how was practice?', recipient: student }, 'student-connection')).toBe('block');
    expect(sev('tulsa-ps', { surface: 'profile', action: 'follow', recipient: student }, 'student-connection')).toBe('warn');
  });
  it('metro-tech: a message is block, friending is warn', () => {
    expect(sev('metro-tech', { surface: 'message', text: 'hey', recipient: student }, 'student-connection')).toBe('block');
    expect(sev('metro-tech', { surface: 'profile', action: 'friend-request', recipient: student }, 'student-connection')).toBe('warn');
  });
  it('oklahoma-city-ps: contact with students is warn; moore-norman-tc: block; yelm-cs: silent', () => {
    const draft = { surface: 'profile', action: 'friend-request', recipient: student } as const;
    expect(sev('oklahoma-city-ps', draft, 'student-connection')).toBe('warn');
    expect(sev('moore-norman-tc', draft, 'student-connection')).toBe('block');
    expect(sev('yelm-cs', draft, 'student-connection')).toBeUndefined();
  });
  it('copyright is warn everywhere it applies', () => {
    for (const d of ['moore-norman-tc', 'oklahoma-city-ps', 'yelm-cs', 'metro-tech'] as const) {
      expect(sev(d, CLEAR.copyright, 'copyright')).toBe('warn');
    }
  });
  it('every block finding carries what to confirm', () => {
    for (const d of DISTRICT_IDS) {
      for (const f of findings(d, CLEAR['student-photo'])) if (f.severity === 'block') expect(f.confirm).toBeTruthy();
    }
  });
});

describe('twin cases: one draft, two districts', () => {
  const drunk = { text: 'TPS teacher by day, getting wasted by night 🍻 hungover again' };
  const drunkAnon = { text: 'Getting wasted tonight 🍻 hungover again tomorrow' };
  it('tulsa-ps blocks inappropriate content only when the author identifies as an employee', () => {
    expect(findings('tulsa-ps', drunk).find((f) => f.category === 'inappropriate-content')?.severity).toBe('block');
    expect(findings('tulsa-ps', drunkAnon).map((f) => f.category)).not.toContain('inappropriate-content');
    expect(findings('oklahoma-city-ps', drunkAnon).map((f) => f.category)).toContain('inappropriate-content');
  });
  it('a workplace complaint is a Tulsa warning and silent in Oklahoma City (protected labor activity)', () => {
    expect(findings('tulsa-ps', CLEAR['workplace-complaint']).map((f) => f.category)).toContain('workplace-complaint');
    expect(findings('oklahoma-city-ps', CLEAR['workplace-complaint']).map((f) => f.category)).not.toContain('workplace-complaint');
  });
  it('personal-disclaimer: Moore Norman and Tulsa warn about their own employees without a disclaimer', () => {
    const mntc = { text: 'As a proud MNTC instructor I think the new attendance policy is unfair.' };
    expect(findings('moore-norman-tc', mntc).map((f) => f.category)).toContain('personal-disclaimer');
    expect(findings('moore-norman-tc', { text: mntc.text + ' Views are my own.' }).map((f) => f.category)).not.toContain('personal-disclaimer');
    // Tulsa's pack does not treat an MNTC instructor as its employee.
    expect(findings('tulsa-ps', mntc).map((f) => f.category)).not.toContain('personal-disclaimer');
  });
});

describe('citations', () => {
  it('every finding quotes its rule and names a section', () => {
    for (const d of DISTRICT_IDS) {
      for (const draft of Object.values(CLEAR)) {
        for (const f of findings(d, draft)) {
          expect(f.citation.section.length).toBeGreaterThan(0);
          expect(f.citation.quote.length).toBeGreaterThan(10);
          expect(f.rule.startsWith(`${d}/`)).toBe(true);
        }
      }
    }
  });
});
