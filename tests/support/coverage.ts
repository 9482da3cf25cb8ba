// Which district's policy covers which category: the "—" cells of the table
// in ../shared/spec/categories.md, written out independently of the packs so
// that the evaluation measures the packs instead of trusting them.

import type { CategoryId } from '../../src/schema';

export const DISTRICTS = ['moore-norman-tc', 'oklahoma-city-ps', 'tulsa-ps', 'yelm-cs', 'metro-tech'] as const;
export type District = (typeof DISTRICTS)[number];

const ONLY: Partial<Record<CategoryId, District[]>> = {
  'student-connection': ['moore-norman-tc', 'oklahoma-city-ps', 'tulsa-ps', 'metro-tech'],
  'official-capacity': ['moore-norman-tc', 'oklahoma-city-ps', 'yelm-cs', 'metro-tech'],
  'personal-disclaimer': ['moore-norman-tc', 'tulsa-ps'],
  'colleague-media': ['moore-norman-tc', 'oklahoma-city-ps'],
  'workplace-complaint': ['tulsa-ps'],
  'working-hours': ['moore-norman-tc', 'tulsa-ps', 'metro-tech'],
  copyright: ['moore-norman-tc', 'oklahoma-city-ps', 'yelm-cs', 'metro-tech'],
};

export function covers(district: District, category: CategoryId): boolean {
  const only = ONLY[category];
  return !only || only.includes(district);
}

export interface LabelledDraft {
  draft: import('../../src/schema').Draft;
  district: District | 'any';
  labels: CategoryId[];
  identifiesAsEmployee?: boolean;
  note?: string;
}

/** The categories a district's pack should report for a labelled draft. */
export function expectedFor(item: LabelledDraft, district: District): Set<CategoryId> {
  const out = new Set<CategoryId>();
  for (const c of item.labels) {
    if (!covers(district, c)) continue;
    // Tulsa Employees h applies only when the author identifies as an employee.
    if (district === 'tulsa-ps' && c === 'inappropriate-content' && !item.identifiesAsEmployee) continue;
    out.add(c);
  }
  return out;
}
