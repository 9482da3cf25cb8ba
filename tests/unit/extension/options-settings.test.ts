// Settings rules the options page relies on (src/settings/resolve.ts).
import { describe, expect, it } from 'vitest';
import { getBuiltinPack } from '../../../rules';
import { resolveSettings } from '../../../src/settings/resolve';

/** A valid pack as text (an invalid one is dropped before these rules apply). */
const packText = (id: string) => JSON.stringify({ ...getBuiltinPack('yelm-cs')!, id, name: id });

describe('a teacher\'s own customPack', () => {
  const own = packText('my-own');
  it('is ignored, and reported, while district IT locks the district', () => {
    const r = resolveSettings({ managed: { district: 'tulsa-ps' }, local: { district: 'yelm-cs', customPack: own } });
    expect(r.settings.customPack).toBeUndefined();
    expect(r.sources.customPack).toBeUndefined();
    expect(r.issues).toEqual([{ source: 'user', key: 'customPack', message: expect.stringContaining('not used') }]);
  });
  it('applies when the district is the teacher\'s choice or explicitly unlocked', () => {
    expect(resolveSettings({ local: { customPack: own } }).settings.customPack).toBe(own);
    const unlocked = resolveSettings({ managed: { district: 'tulsa-ps', lockDistrict: false }, local: { customPack: own } });
    expect(unlocked.settings.customPack).toBe(own);
    expect(unlocked.issues).toEqual([]);
  });
  it('never replaces the district\'s own customPack', () => {
    const districts = packText('district-own');
    const r = resolveSettings({ managed: { customPack: districts }, local: { customPack: own } });
    expect(r.settings.customPack).toBe(districts);
    expect(r.sources.customPack).toBe('managed');
  });
});
