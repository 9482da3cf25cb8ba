import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS, DISTRICT_IDS, getBuiltinPack } from '../../rules';
import { CATEGORY_IDS, KINDS, PackSchema, type CategoryId, type Rule } from '../../src/schema';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RULES = join(ROOT, 'rules');
// CI clones have the shared contracts beside the repo; locally they may be missing.
const SHARED_POLICIES = join(ROOT, '..', 'shared', 'policies');

const SOURCE_FILES: Record<string, string> = {
  'moore-norman-tc': 'moore-norman-tc-policy-403.txt',
  'oklahoma-city-ps': 'oklahoma-city-ps-guidelines.txt',
  'tulsa-ps': 'tulsa-ps-policy-4414.txt',
  'yelm-cs': 'yelm-cs-policy-4007.txt',
  'metro-tech': 'metro-tech-bp-8007.txt',
};

const TIME_ZONES: Record<string, string> = {
  'moore-norman-tc': 'America/Chicago',
  'oklahoma-city-ps': 'America/Chicago',
  'tulsa-ps': 'America/Chicago',
  'yelm-cs': 'America/Los_Angeles',
  'metro-tech': 'America/Chicago',
};

type Cell = 'block' | 'warn' | '—' | Record<string, 'block' | 'warn'>;

const ANY = (sev: 'block' | 'warn'): Cell => sev;
const NONE: Cell = '—';

// The category/severity table of ../shared/spec/categories.md, written out by
// hand. Columns: moore-norman-tc, oklahoma-city-ps, tulsa-ps, yelm-cs, metro-tech.
const TABLE: Record<CategoryId, Record<string, Cell>> = {
  'student-photo': {
    'moore-norman-tc': ANY('block'), // Expectations 3, 6
    'oklahoma-city-ps': ANY('block'), // B.3.i
    'tulsa-ps': ANY('block'), // Employees d
    'yelm-cs': ANY('block'), // Responsibilities: Privacy
    'metro-tech': ANY('block'), // Expectations 3, 5
  },
  'confidential-data': {
    'moore-norman-tc': ANY('block'), // Expectations 6, 7, 9d
    'oklahoma-city-ps': ANY('block'), // B.3.h, B.3.i, C.2.c
    'tulsa-ps': ANY('block'), // Employees d
    'yelm-cs': ANY('block'), // Responsibilities: Confidentiality, Privacy
    'metro-tech': ANY('block'), // Expectations 5, 6
  },
  'student-connection': {
    'moore-norman-tc': ANY('block'), // Personal Use 5, 6; Expectations 1, 2
    'oklahoma-city-ps': ANY('warn'), // C.1
    'tulsa-ps': {
      // Boundaries c
      'private-message': 'block',
      'contact-offer': 'block',
      // Boundaries d, e
      follow: 'warn',
      'friend-request': 'warn',
      'account-encouragement': 'warn',
    },
    'yelm-cs': NONE,
    'metro-tech': {
      // Expectations 2
      'private-message': 'block',
      'contact-offer': 'block',
      // Expectations 1
      'friend-request': 'warn',
      follow: 'warn',
      'account-encouragement': 'warn',
    },
  },
  'inappropriate-content': {
    'moore-norman-tc': ANY('warn'), // Expectations 9a, 9c; Staff-Student Relationships
    'oklahoma-city-ps': ANY('block'), // B.3.h
    'tulsa-ps': ANY('block'), // Employees h, only when the author identifies as an employee
    'yelm-cs': ANY('warn'), // User-generated Content
    'metro-tech': ANY('warn'), // Official Use (removal), Professional Conduct
  },
  harassment: {
    'moore-norman-tc': ANY('warn'), // Expectations 9b; Professional Conduct
    'oklahoma-city-ps': ANY('block'), // B.3.h
    'tulsa-ps': ANY('block'), // Employees g
    'yelm-cs': ANY('warn'), // User-generated Content
    'metro-tech': ANY('warn'), // Professional Conduct
  },
  'official-capacity': {
    'moore-norman-tc': ANY('block'), // Official Use of Social Media
    'oklahoma-city-ps': ANY('warn'), // C.2.d
    'tulsa-ps': NONE,
    'yelm-cs': ANY('block'), // Creating and Administering Accounts
    'metro-tech': ANY('block'), // Official Use of Social Media
  },
  'personal-disclaimer': {
    'moore-norman-tc': ANY('warn'), // Expectations 10
    'oklahoma-city-ps': NONE,
    'tulsa-ps': ANY('warn'), // Employees e
    'yelm-cs': NONE,
    'metro-tech': NONE,
  },
  'colleague-media': {
    'moore-norman-tc': ANY('warn'), // Expectations 4
    'oklahoma-city-ps': ANY('warn'), // B.3.k, C.2.b
    'tulsa-ps': NONE,
    'yelm-cs': NONE,
    'metro-tech': NONE,
  },
  'workplace-complaint': {
    'moore-norman-tc': NONE,
    'oklahoma-city-ps': NONE, // C.2.e: may be protected labor activity
    'tulsa-ps': ANY('warn'), // Employees f
    'yelm-cs': NONE,
    'metro-tech': NONE,
  },
  'working-hours': {
    'moore-norman-tc': ANY('warn'), // Professional Conduct
    'oklahoma-city-ps': NONE,
    'tulsa-ps': ANY('warn'), // Employees a
    'yelm-cs': NONE,
    'metro-tech': ANY('warn'), // Professional Conduct
  },
  copyright: {
    'moore-norman-tc': ANY('warn'), // Expectations 8
    'oklahoma-city-ps': ANY('warn'), // D.1
    'tulsa-ps': NONE,
    'yelm-cs': ANY('warn'), // Standards
    'metro-tech': ANY('warn'), // Expectations 7
  },
};

/** The section each rule must cite, per the table (a rule may cite one of several). */
const SECTIONS: Record<CategoryId, Record<string, string[]>> = {
  'student-photo': {
    'moore-norman-tc': ['Expectations 3', 'Expectations 6'],
    'oklahoma-city-ps': ['B.3.i'],
    'tulsa-ps': ['Employees d'],
    'yelm-cs': ['Responsibilities: Privacy'],
    'metro-tech': ['Expectations 3', 'Expectations 5'],
  },
  'confidential-data': {
    'moore-norman-tc': ['Expectations 6', 'Expectations 7', 'Expectations 9d'],
    'oklahoma-city-ps': ['B.3.h', 'B.3.i', 'C.2.c'],
    'tulsa-ps': ['Employees d'],
    'yelm-cs': ['Responsibilities: Confidentiality', 'Responsibilities: Privacy'],
    'metro-tech': ['Expectations 5', 'Expectations 6'],
  },
  'student-connection': {
    'moore-norman-tc': ['Personal Use 5', 'Personal Use 6', 'Expectations 1', 'Expectations 2'],
    'oklahoma-city-ps': ['C.1'],
    'tulsa-ps': ['Boundaries c', 'Boundaries d', 'Boundaries e'],
    'metro-tech': ['Expectations 1', 'Expectations 2'],
  },
  'inappropriate-content': {
    'moore-norman-tc': ['Expectations 9a', 'Expectations 9c', 'Staff-Student Relationships'],
    'oklahoma-city-ps': ['B.3.h'],
    'tulsa-ps': ['Employees h'],
    'yelm-cs': ['User-generated Content'],
    'metro-tech': ['Official Use of Social Media', 'Professional Conduct'],
  },
  harassment: {
    'moore-norman-tc': ['Expectations 9b', 'Professional Conduct'],
    'oklahoma-city-ps': ['B.3.h'],
    'tulsa-ps': ['Employees g'],
    'yelm-cs': ['User-generated Content'],
    'metro-tech': ['Professional Conduct'],
  },
  'official-capacity': {
    'moore-norman-tc': ['Official Use of Social Media'],
    'oklahoma-city-ps': ['C.2.d'],
    'yelm-cs': ['Creating and Administering Accounts'],
    'metro-tech': ['Official Use of Social Media'],
  },
  'personal-disclaimer': {
    'moore-norman-tc': ['Expectations 10'],
    'tulsa-ps': ['Employees e'],
  },
  'colleague-media': {
    'moore-norman-tc': ['Expectations 4'],
    'oklahoma-city-ps': ['B.3.k', 'C.2.b'],
  },
  'workplace-complaint': {
    'tulsa-ps': ['Employees f'],
  },
  'working-hours': {
    'moore-norman-tc': ['Professional Conduct'],
    'tulsa-ps': ['Employees a'],
    'metro-tech': ['Professional Conduct'],
  },
  copyright: {
    'moore-norman-tc': ['Expectations 8'],
    'oklahoma-city-ps': ['D.1'],
    'yelm-cs': ['Standards'],
    'metro-tech': ['Expectations 7'],
  },
};

function rulesFor(rules: Rule[], category: CategoryId, kind: string): Rule[] {
  return rules.filter((r) => r.category === category && (!r.kinds || r.kinds.includes(kind)));
}

function readPackJson(id: string): unknown {
  return JSON.parse(readFileSync(join(RULES, id, 'pack.json'), 'utf8'));
}

describe('built-in rule packs', () => {
  it('lists the five districts in order', () => {
    expect(DISTRICT_IDS).toEqual(['moore-norman-tc', 'oklahoma-city-ps', 'tulsa-ps', 'yelm-cs', 'metro-tech']);
    expect(Object.keys(BUILTIN_PACKS).sort()).toEqual([...DISTRICT_IDS].sort());
    expect(getBuiltinPack('tulsa-ps')).toBe(BUILTIN_PACKS['tulsa-ps']);
    expect(getBuiltinPack('nowhere-ps')).toBeUndefined();
  });

  it('the table covers every category', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...CATEGORY_IDS].sort());
    for (const row of Object.values(TABLE)) expect(Object.keys(row).sort()).toEqual([...DISTRICT_IDS].sort());
  });

  describe.each([...DISTRICT_IDS])('%s', (id) => {
    const pack = BUILTIN_PACKS[id];
    const policyPath = join(RULES, id, 'policy.txt');
    const policy = readFileSync(policyPath, 'utf8');

    it('parses with PackSchema (the raw JSON file, too)', () => {
      expect(() => PackSchema.parse(readPackJson(id))).not.toThrow();
      expect(pack.schemaVersion).toBe(1);
      expect(pack.id).toBe(id);
      expect(pack.policy.file).toBe('policy.txt');
      expect(pack.timeZone).toBe(TIME_ZONES[id]);
      expect(pack.workingHours).toBeUndefined();
      expect(pack.identity.names.length).toBeGreaterThan(0);
      expect(pack.identity.abbreviations.length).toBeGreaterThan(0);
      expect(pack.identity.schools.length).toBeGreaterThan(0);
    });

    it('quotes every citation verbatim from its policy.txt', () => {
      for (const rule of pack.rules) {
        expect(policy.includes(rule.citation.quote), `${rule.id}: quote not in ${policyPath}`).toBe(true);
      }
    });

    it.skipIf(!existsSync(SHARED_POLICIES))('policy.txt is identical to the shared policy', () => {
      const source = readFileSync(join(SHARED_POLICIES, SOURCE_FILES[id]));
      expect(readFileSync(policyPath).equals(source)).toBe(true);
    });

    it('matches every cell of the categories.md table', () => {
      for (const category of CATEGORY_IDS) {
        const cell = TABLE[category][id];
        const inCategory = pack.rules.filter((r) => r.category === category);
        if (cell === '—') {
          expect(inCategory.map((r) => r.id), `${id} must not report ${category}`).toEqual([]);
          continue;
        }
        for (const kind of KINDS[category]) {
          const expected = typeof cell === 'string' ? cell : cell[kind];
          expect(expected, `table entry for ${id} ${category} ${kind}`).toBeDefined();
          const covering = rulesFor(pack.rules, category, kind);
          expect(covering.length, `${id}: no rule for ${category} / ${kind}`).toBeGreaterThan(0);
          for (const r of covering) expect(r.severity, `${r.id} for kind ${kind}`).toBe(expected);
        }
        for (const r of inCategory) {
          expect(SECTIONS[category][id], `${r.id} cites ${r.citation.section}`).toContain(r.citation.section);
        }
      }
    });

    it('only Tulsa inappropriate-content requires employee identity', () => {
      for (const r of pack.rules) {
        const expected = id === 'tulsa-ps' && r.category === 'inappropriate-content';
        expect(r.requiresEmployeeIdentity === true, r.id).toBe(expected);
      }
    });

    it('has a confirm on every block rule, and only there', () => {
      for (const r of pack.rules) {
        if (r.severity === 'block') expect(r.confirm?.trim(), `${r.id} needs a confirm`).toBeTruthy();
        else expect(r.confirm, `${r.id} is warn`).toBeUndefined();
      }
    });

    it('has unique rule ids that start with the pack id and name the category', () => {
      const ids = pack.rules.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const r of pack.rules) {
        expect(r.id.startsWith(`${id}/${r.category}`), r.id).toBe(true);
        expect(r.id).toMatch(new RegExp(`^${id}/${r.category}(-[a-z0-9-]+)?$`));
      }
    });

    it('keeps the rules of a category together, most severe first', () => {
      const seen: string[] = [];
      pack.rules.forEach((r, i) => {
        const prev = pack.rules[i - 1];
        if (prev && prev.category !== r.category) {
          expect(seen, `${r.category} rules are not contiguous`).not.toContain(r.category);
          seen.push(prev.category);
        }
        if (prev && prev.category === r.category && prev.severity === 'warn') {
          expect(r.severity, `${r.id} (block) comes after a warn rule`).toBe('warn');
        }
      });
    });
  });
});
