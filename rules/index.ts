// The five built-in district rule packs. Each pack is plain JSON next to the
// district's policy text (rules/<id>/pack.json, rules/<id>/policy.txt) and is
// validated with the same schema as a district's own custom pack, at module
// load, so a broken built-in pack fails loudly (in tests, the CLI and the
// extension) instead of silently checking nothing.
import { PackSchema, type Pack } from '../src/schema';
import mooreNormanTc from './moore-norman-tc/pack.json';
import oklahomaCityPs from './oklahoma-city-ps/pack.json';
import tulsaPs from './tulsa-ps/pack.json';
import yelmCs from './yelm-cs/pack.json';
import metroTech from './metro-tech/pack.json';

/** The built-in district ids, in the order they are listed to users. */
export const DISTRICT_IDS = ['moore-norman-tc', 'oklahoma-city-ps', 'tulsa-ps', 'yelm-cs', 'metro-tech'] as const;

export type DistrictId = (typeof DISTRICT_IDS)[number];

function load(id: DistrictId, json: unknown): Pack {
  const result = PackSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new Error(`Built-in rule pack rules/${id}/pack.json is invalid:\n${problems}`);
  }
  if (result.data.id !== id) {
    throw new Error(`Built-in rule pack rules/${id}/pack.json has id "${result.data.id}"`);
  }
  return result.data;
}

export const BUILTIN_PACKS: Readonly<Record<DistrictId, Pack>> = Object.freeze({
  'moore-norman-tc': load('moore-norman-tc', mooreNormanTc),
  'oklahoma-city-ps': load('oklahoma-city-ps', oklahomaCityPs),
  'tulsa-ps': load('tulsa-ps', tulsaPs),
  'yelm-cs': load('yelm-cs', yelmCs),
  'metro-tech': load('metro-tech', metroTech),
});

export function isDistrictId(id: string): id is DistrictId {
  return (DISTRICT_IDS as readonly string[]).includes(id);
}

/** The built-in pack for a district id, or undefined for an unknown id. */
export function getBuiltinPack(id: string): Pack | undefined {
  return isDistrictId(id) ? BUILTIN_PACKS[id] : undefined;
}
