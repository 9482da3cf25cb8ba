import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../src/schema/categories';
import { SEVERITIES } from '../../../src/schema/finding';
import { SETTING_KEYS, SETTINGS_SHAPE, parseSettingsLenient } from '../../../src/schema/settings';

// public/managed_schema.json is what Chrome checks managed values against
// before we see them; our zod schema (src/schema/settings.ts) is what we
// check them against (and all Firefox has). They must cover the same keys,
// and Chrome's must never be stricter than ours (Chrome would silently drop
// a value we consider valid).

interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  properties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  title?: string;
  description?: string;
}

const schema = JSON.parse(readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8')) as ChromeSchema;
const props = schema.properties!;

/** The subset of JSON Schema that Chrome's policy schema uses, as Chrome applies it. */
function chromeAccepts(s: ChromeSchema, value: unknown): boolean {
  switch (s.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || (s.type === 'integer' && !Number.isInteger(value))) return false;
      if (s.minimum !== undefined && value < s.minimum) return false;
      if (s.maximum !== undefined && value > s.maximum) return false;
      return s.enum ? s.enum.includes(value) : true;
    case 'string':
      if (typeof value !== 'string') return false;
      if (s.enum && !s.enum.includes(value)) return false;
      return s.pattern ? new RegExp(s.pattern, 'u').test(value) : true;
    case 'array':
      return Array.isArray(value) && value.every((v) => chromeAccepts(s.items!, v));
    case 'object':
      if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
      return Object.entries(value).every(([k, v]) => !s.properties?.[k] || chromeAccepts(s.properties[k]!, v));
  }
}

const zodAccepts = (key: string, value: unknown) => parseSettingsLenient({ [key]: value }).issues.length === 0;

describe('managed_schema.json', () => {
  it('covers every settings key, and only those', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(props).sort()).toEqual([...SETTING_KEYS].sort());
    expect(Object.keys(SETTINGS_SHAPE).sort()).toEqual(Object.keys(props).sort());
  });

  it('documents every key for chrome://policy and admin consoles', () => {
    for (const [key, s] of Object.entries(props)) {
      expect(s.title, key).toBeTruthy();
      expect(s.description, key).toBeTruthy();
    }
  });

  it('lists the same category ids, severities and audit-log values as the code', () => {
    expect(props.disabledCategories!.items!.enum).toEqual([...CATEGORY_IDS]);
    expect(Object.keys(props.severity!.properties!)).toEqual([...CATEGORY_IDS]);
    for (const c of CATEGORY_IDS) expect(props.severity!.properties![c]!.enum).toEqual([...SEVERITIES]);
    expect(props.auditLog!.enum).toEqual(['local', 'off']);
  });

  it('rejects, like our schema, values of the wrong type or out of range', () => {
    const bad: Array<[string, unknown]> = [
      ['district', 'Tulsa PS'],
      ['district', 42],
      ['lockDistrict', 'true'],
      ['allowConfirm', 0],
      ['disabledCategories', ['harassment', 'gossip']],
      ['disabledCategories', 'harassment'],
      ['severity', { harassment: 'never' }],
      ['severity', ['harassment']],
      ['workingHours', { days: [1, 8], start: '08:00', end: '15:30' }],
      ['workingHours', { days: [1.5], start: '08:00', end: '15:30' }],
      ['workingHours', { days: [1], start: '8am', end: '15:30' }],
      ['workingHours', { days: [1], start: '08:00', end: '25:00' }],
      ['timeZone', 'Central Time (US)'],
      ['auditLog', 'sometimes'],
      ['customPack', { schemaVersion: 1 }],
      ['supportContact', 5],
      ['schools', 'Memorial High School'],
    ];
    for (const [key, value] of bad) {
      expect(chromeAccepts(props[key]!, value), `${key}: ${JSON.stringify(value)}`).toBe(false);
      expect(zodAccepts(key, value), `${key}: ${JSON.stringify(value)}`).toBe(false);
    }
  });

  it('every time zone the browser knows fits the timeZone pattern', () => {
    for (const tz of [...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/GMT+5', 'America/Port-au-Prince']) {
      expect(chromeAccepts(props.timeZone!, tz), tz).toBe(true);
    }
  });

  it('is never stricter than our own schema (property test)', () => {
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const values: Record<string, fc.Arbitrary<unknown>> = {
      district: fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,62}$/),
      lockDistrict: fc.boolean(),
      allowConfirm: fc.boolean(),
      disabledCategories: fc.array(fc.constantFrom(...CATEGORY_IDS)),
      disabledRules: fc.array(fc.string({ minLength: 1 })),
      severity: fc.dictionary(fc.constantFrom(...CATEGORY_IDS), fc.constantFrom(...SEVERITIES)),
      schools: fc.array(fc.string({ minLength: 2, maxLength: 200 }), { maxLength: 20 }),
      workingHours: fc.record({ days: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }), start: time, end: time }),
      timeZone: fc.constantFrom(...Intl.supportedValuesOf('timeZone')),
      customPack: fc.string(),
      auditLog: fc.constantFrom('local', 'off'),
      supportContact: fc.string({ maxLength: 500 }),
    };
    expect(Object.keys(values).sort()).toEqual([...SETTING_KEYS].sort());
    for (const [key, arb] of Object.entries(values)) {
      fc.assert(
        fc.property(arb, (value) => {
          if (zodAccepts(key, value)) expect(chromeAccepts(props[key]!, value), `${key}: ${JSON.stringify(value)}`).toBe(true);
        }),
        { numRuns: 200 },
      );
    }
  });
});
