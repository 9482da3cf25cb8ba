import { z } from 'zod';
import { CATEGORY_IDS } from './categories';
import { SeveritySchema } from './finding';
import { TimeZoneSchema, WorkingHoursSchema } from './time';

// The settings district IT can set through managed policy and the teacher
// through the options page: ../shared/spec/managed-policy.md. Key names are
// a contract.

export const DISTRICT_ID = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be a district id such as "tulsa-ps"');

export const SETTINGS_SHAPE = {
  district: DISTRICT_ID,
  lockDistrict: z.boolean(),
  allowConfirm: z.boolean(),
  disabledCategories: z.array(z.enum(CATEGORY_IDS)),
  /** Rule ids never reported (finer than disabledCategories). */
  disabledRules: z.array(z.string().min(1)),
  severity: z.partialRecord(z.enum(CATEGORY_IDS), SeveritySchema),
  schools: z.array(z.string().min(2).max(200)).max(1000),
  workingHours: WorkingHoursSchema,
  timeZone: TimeZoneSchema,
  /** A rule pack as a JSON string; validated separately with PackSchema. */
  customPack: z.string().max(2_000_000),
  auditLog: z.enum(['local', 'off']),
  supportContact: z.string().max(500),
} as const;

export const SettingsSchema = z.object(SETTINGS_SHAPE).partial();
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof typeof SETTINGS_SHAPE;
export const SETTING_KEYS = Object.keys(SETTINGS_SHAPE) as SettingKey[];

export interface SettingIssue {
  key: string;
  message: string;
}

/**
 * Validates each key on its own, so that one bad value is dropped (and
 * reported) while the others still apply: an invalid managed value must
 * never disable the extension.
 */
export function parseSettingsLenient(raw: unknown): { settings: Settings; issues: SettingIssue[] } {
  const settings: Record<string, unknown> = {};
  const issues: SettingIssue[] = [];
  if (raw === undefined || raw === null) return { settings, issues };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings, issues: [{ key: '(settings)', message: 'expected an object of settings' }] };
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const schema = (SETTINGS_SHAPE as Record<string, z.ZodType>)[key];
    if (!schema) {
      issues.push({ key, message: `unknown setting "${key}"; known settings: ${SETTING_KEYS.join(', ')}` });
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) settings[key] = result.data;
    else issues.push({ key, message: formatIssues(result.error, key) });
  }
  return { settings: settings as Settings, issues };
}

/** "path: message; path: message" with JSON paths such as rules[3].citation.quote */
export function formatIssues(error: z.ZodError, prefix = ''): string {
  return error.issues
    .map((issue) => {
      const path = jsonPath(prefix, issue.path);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

export function jsonPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}
