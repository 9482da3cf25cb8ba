import { DISTRICT_IDS, isDistrictId } from '../../rules';
import { parseSettingsLenient, type Settings, type SettingKey } from '../schema/settings';
import { checkCustomPack } from './custom-pack';

// Pure merge of the three places settings come from. Kept free of browser
// APIs so the precedence rules (managed-policy.md) are unit-testable.

export type SettingSource = 'managed' | 'user' | 'default';

export interface SettingsIssue {
  source: 'managed' | 'user';
  key: string;
  message: string;
}

export interface ResolvedSettings {
  settings: Settings;
  /** Where each key that has a value came from (the options page shows it). */
  sources: Partial<Record<SettingKey, SettingSource>>;
  /** True when district IT set the district and did not unlock it. */
  districtLocked: boolean;
  issues: SettingsIssue[];
}

export const DEFAULT_SETTINGS: Settings = { allowConfirm: true, auditLog: 'local' };

export interface RawSettingSources {
  /** storage.managed contents (district IT). */
  managed?: unknown;
  /** storage.local `userSettings` (the teacher on this device). */
  local?: unknown;
  /** storage.sync `userSettings` (the teacher's synced choice). */
  sync?: unknown;
}

/**
 * Managed values win over the teacher's, which win over the defaults; the
 * district is the exception that proves the rule: a managed district that
 * is explicitly unlocked (lockDistrict: false) is only a default the teacher
 * may change.
 */
export function resolveSettings(raw: RawSettingSources): ResolvedSettings {
  const managed = parseSettingsLenient(raw.managed);
  const local = parseSettingsLenient(raw.local);
  const sync = parseSettingsLenient(raw.sync);
  const issues: SettingsIssue[] = [
    ...managed.issues.map((i) => ({ source: 'managed' as const, ...i })),
    ...local.issues.map((i) => ({ source: 'user' as const, ...i })),
    ...sync.issues.map((i) => ({ source: 'user' as const, ...i })),
  ];
  dropUnusable([
    { parsed: managed, source: 'managed' },
    { parsed: local, source: 'user' },
    { parsed: sync, source: 'user' },
  ], issues);
  const user: Settings = { ...sync.settings, ...local.settings };
  const settings: Settings = {};
  const sources: ResolvedSettings['sources'] = {};
  const put = (key: SettingKey, value: unknown, source: SettingSource) => {
    (settings as Record<string, unknown>)[key] = value;
    sources[key] = source;
  };

  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) put(key as SettingKey, value, 'default');
  for (const [key, value] of Object.entries(user)) put(key as SettingKey, value, 'user');
  for (const [key, value] of Object.entries(managed.settings)) put(key as SettingKey, value, 'managed');

  const m = managed.settings;
  const districtLocked = m.district !== undefined && m.lockDistrict !== false;
  if (m.district !== undefined && !districtLocked && user.district !== undefined) {
    put('district', user.district, 'user');
  }
  // A teacher's own pack replaces the district's policy, which is exactly
  // what a locked district rules out: ignore it (and say so) while locked.
  if (districtLocked && sources.customPack === 'user') {
    delete settings.customPack;
    delete sources.customPack;
    issues.push({ source: 'user', key: 'customPack', message: 'not used: your district set the district on this device, so only its policy applies' });
  }
  // lockDistrict only means something to the options page; report it as
  // resolved rather than leaving the teacher's own copy (meaningless) in force.
  put('lockDistrict', districtLocked, m.lockDistrict !== undefined ? 'managed' : 'default');

  return { settings, sources, districtLocked, issues };
}

interface ParsedSource {
  parsed: { settings: Settings };
  source: 'managed' | 'user';
}

/**
 * What the per-key schema cannot see: a customPack string that is not a
 * valid pack, a well-formed district id that names no district we have.
 * Such a value is dropped from its source (so the next source applies, as
 * with any invalid value) and reported by key.
 */
function dropUnusable(sources: ParsedSource[], issues: SettingsIssue[]): void {
  const customIds = new Set<string>();
  for (const { parsed, source } of sources) {
    const text = parsed.settings.customPack;
    if (text === undefined) continue;
    const check = checkCustomPack(text);
    if (check.ok) customIds.add(check.packId);
    else {
      delete parsed.settings.customPack;
      issues.push({ source, key: 'customPack', message: check.message });
    }
  }
  for (const { parsed, source } of sources) {
    const district = parsed.settings.district;
    if (district === undefined || isDistrictId(district) || customIds.has(district)) continue;
    delete parsed.settings.district;
    issues.push({
      source,
      key: 'district',
      message: `unknown district "${district}"; built-in districts: ${DISTRICT_IDS.join(', ')} (a district's own pack goes in customPack)`,
    });
  }
}
