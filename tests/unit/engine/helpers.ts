import { BUILTIN_PACKS } from '../../../rules';
import { check } from '../../../src/engine';
import type { CategoryId, Draft, Settings } from '../../../src/schema';

export const EVENING = '2026-10-07T19:30:00-05:00'; // a Wednesday evening in Chicago

export function findings(district: keyof typeof BUILTIN_PACKS, draft: Partial<Draft>, settings: Settings = {}) {
  return check({ text: '', composedAt: EVENING, ...draft } as Draft, BUILTIN_PACKS[district], settings);
}

export function categories(district: keyof typeof BUILTIN_PACKS, draft: Partial<Draft>, settings: Settings = {}): CategoryId[] {
  return findings(district, draft, settings).map((f) => f.category);
}
