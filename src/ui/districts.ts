import { BUILTIN_PACKS, DISTRICT_IDS, getBuiltinPack } from '../../rules';

/** The built-in districts as the options page lists them. */
export const DISTRICTS = DISTRICT_IDS.map((id) => ({ id, name: BUILTIN_PACKS[id].name }));

export function districtName(id: string | undefined): string | undefined {
  return id ? (getBuiltinPack(id)?.name ?? id) : undefined;
}
