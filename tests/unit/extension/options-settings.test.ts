// Settings rules the options page relies on (src/settings/resolve.ts).
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../../src/settings/resolve';

describe('a teacher\'s own customPack', () => {
  const own = '{"schemaVersion":1}';
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
    const r = resolveSettings({ managed: { customPack: '{"district":1}' }, local: { customPack: own } });
    expect(r.settings.customPack).toBe('{"district":1}');
    expect(r.sources.customPack).toBe('managed');
  });
});
