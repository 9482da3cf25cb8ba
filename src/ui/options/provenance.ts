import type { PackChoice } from '../../background/pack';
import { DEFAULT_WORKING_HOURS, type WorkingHours } from '../../schema/time';
import type { SettingKey } from '../../schema/settings';
import type { ResolvedSettings, SettingSource, SettingsIssue } from '../../settings/resolve';
import { districtName } from '../districts';
import { categoryLabel, SEVERITY_LABELS, weekdays } from './labels';

// What the options page shows under "Settings in force": every setting in
// plain words with where its value comes from (district IT, the teacher,
// the default). Pure, so the wording is unit-tested.

export interface SettingRow {
  key: SettingKey;
  label: string;
  value: string;
  source: SettingSource;
}

const hours = (w: WorkingHours) => `${weekdays(w.days)}, ${w.start}–${w.end}`;
const list = (items: readonly string[] | undefined, none: string) => (items?.length ? items.join('; ') : none);

export function describeSettings(resolved: ResolvedSettings, choice: PackChoice): SettingRow[] {
  const s = resolved.settings;
  const src = (key: SettingKey): SettingSource => resolved.sources[key] ?? 'default';
  const pack = choice.status === 'ok' ? choice.pack : undefined;
  const packOwn = pack ? ` (from the ${pack.name} policy pack)` : '';
  const rows: SettingRow[] = [
    {
      key: 'district',
      label: 'District',
      value: s.district ? `${districtName(s.district)} (${s.district})` : 'Not chosen yet',
      source: src('district'),
    },
    {
      key: 'lockDistrict',
      label: 'District locked',
      value: resolved.districtLocked ? 'Yes: only your district’s IT department can change it' : 'No: you can choose it',
      source: src('lockDistrict'),
    },
    {
      key: 'customPack',
      label: 'Custom rule pack',
      value:
        s.customPack === undefined
          ? 'None: the built-in policy of the district is used'
          : choice.status === 'ok' && choice.source === 'custom'
            ? `${choice.pack.name} (${choice.pack.id}), ${choice.pack.rules.length} rules, schema version ${choice.pack.schemaVersion}`
            : 'Not usable (see Problems)',
      source: src('customPack'),
    },
    {
      key: 'allowConfirm',
      label: 'Confirm and post anyway',
      value:
        s.allowConfirm === false
          ? 'Off: a “Not allowed” finding holds the post until the draft is edited'
          : 'On: you can confirm what the policy asks for and post',
      source: src('allowConfirm'),
    },
    {
      key: 'auditLog',
      label: 'Audit log',
      value: s.auditLog === 'off' ? 'Off: nothing is recorded' : 'On: kept on this device only',
      source: src('auditLog'),
    },
    {
      key: 'disabledCategories',
      label: 'Categories never reported',
      value: list(s.disabledCategories?.map(categoryLabel), 'None'),
      source: src('disabledCategories'),
    },
    { key: 'disabledRules', label: 'Rules never reported', value: list(s.disabledRules, 'None'), source: src('disabledRules') },
    {
      key: 'severity',
      label: 'Severity changes',
      value: list(
        Object.entries(s.severity ?? {}).map(([c, sev]) => `${categoryLabel(c)}: ${SEVERITY_LABELS[sev as 'block' | 'warn']}`),
        'None: as the policy pack says',
      ),
      source: src('severity'),
    },
    {
      key: 'schools',
      label: 'Schools and campuses',
      value: s.schools?.length ? s.schools.join('; ') : pack ? `${pack.identity.schools.length} listed in the ${pack.name} policy pack` : 'None',
      source: src('schools'),
    },
    {
      key: 'workingHours',
      label: 'Working hours',
      value: s.workingHours ? hours(s.workingHours) : `${hours(pack?.workingHours ?? DEFAULT_WORKING_HOURS)}${packOwn}`,
      source: src('workingHours'),
    },
    { key: 'timeZone', label: 'Time zone', value: s.timeZone ?? (pack ? `${pack.timeZone}${packOwn}` : 'The district’s'), source: src('timeZone') },
    { key: 'supportContact', label: 'Support contact', value: s.supportContact ?? 'None', source: src('supportContact') },
  ];
  return rows;
}

export interface Problem {
  source: 'managed' | 'user';
  key: string;
  /** What is wrong in one phrase, when `messages` lists the details. */
  lead?: string;
  /** One entry per thing that is wrong (a broken pack can have many). */
  messages: string[];
}

// A pack's problems arrive as one "; "-joined line; each starts with a JSON
// path and its line, which is where to split them for a list.
const NEXT_PACK_PROBLEM = /; (?=[\w$.[\]-]+ \(line \d+\): )/;
const NOT_A_PACK = /^not a valid rule pack: /;

/** "auditLog: Invalid option" under the heading auditLog says the key twice. */
function unprefixed(message: string, key: string): string {
  return message.startsWith(`${key}: `) ? message.slice(key.length + 2) : message;
}

/** Every ignored setting, by key, plus a configured pack the worker could not use. */
export function describeProblems(resolved: ResolvedSettings, choice: PackChoice): Problem[] {
  const out: Problem[] = resolved.issues.map((i: SettingsIssue) => {
    const message = unprefixed(i.message, i.key);
    if (i.key !== 'customPack') return { source: i.source, key: i.key, messages: [message] };
    const lead = NOT_A_PACK.test(message) ? 'not a valid rule pack' : undefined;
    return { source: i.source, key: i.key, ...(lead ? { lead } : {}), messages: message.replace(NOT_A_PACK, '').split(NEXT_PACK_PROBLEM) };
  });
  if (choice.issue && !out.some((p) => p.key === 'customPack' || p.key === 'district')) {
    const key = resolved.settings.customPack ? 'customPack' : 'district';
    const source = resolved.sources[key] === 'managed' ? 'managed' : 'user';
    out.push({ source, key, messages: choice.issue.replace(/^(customPack|district): /, '').split(NEXT_PACK_PROBLEM) });
  }
  return out;
}
