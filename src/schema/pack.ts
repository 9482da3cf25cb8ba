import { z } from 'zod';
import { CATEGORY_IDS, KINDS, type CategoryId } from './categories';
import { CitationSchema, SeveritySchema } from './finding';
import { TimeZoneSchema, WorkingHoursSchema } from './time';

// A rule pack: one district's policy as data. The built-in packs in rules/
// and a district's own `customPack` are validated by this one schema.

export const PACK_SCHEMA_VERSION = 1;

export const RULE_EXCEPTIONS = ['virtual-instruction'] as const;

export const RuleSchema = z
  .object({
    /** Stable id, conventionally "<pack id>/<category>[-<detail>]". */
    id: z.string().min(1).max(200),
    category: z.enum(CATEGORY_IDS),
    severity: SeveritySchema,
    /** Shown to the teacher: what the draft runs into, in plain words. */
    message: z.string().min(1).max(1000),
    /** Section of the policy and a verbatim quote from it. */
    citation: CitationSchema,
    /** For `block`: what the author confirms to publish anyway. */
    confirm: z.string().min(1).max(500).optional(),
    /**
     * Limit the rule to some of the category's kinds (see categories.ts);
     * missing means every kind.
     */
    kinds: z.array(z.string()).min(1).optional(),
    /**
     * Only when the author identifies as an employee of the district in the
     * draft (Tulsa Employees h).
     */
    requiresEmployeeIdentity: z.boolean().optional(),
    /**
     * Situations the policy itself exempts, e.g. Tulsa Employees d does not
     * apply to images posted for virtual instruction.
     */
    exceptions: z.array(z.enum(RULE_EXCEPTIONS)).optional(),
    /** Extra phrases (plain text, case-insensitive) that also trigger this rule. */
    phrases: z.array(z.string().min(2).max(200)).max(500).optional(),
  })
  .superRefine((rule, ctx) => {
    const allowed: readonly string[] = KINDS[rule.category as CategoryId];
    rule.kinds?.forEach((k, i) => {
      if (!allowed.includes(k)) {
        ctx.addIssue({
          code: 'custom',
          path: ['kinds', i],
          message: `"${k}" is not a kind of ${rule.category}; expected one of ${allowed.join(', ')}`,
        });
      }
    });
  });

export const PackSchema = z
  .object({
    schemaVersion: z.literal(PACK_SCHEMA_VERSION),
    /** Lower-case id, e.g. "tulsa-ps". */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be lower-case letters, digits and dashes'),
    name: z.string().min(1).max(200),
    policy: z.object({
      title: z.string().min(1).max(300),
      /** The policy's full text file, relative to the pack (built-in packs). */
      file: z.string().max(300).optional(),
      /** Or the full text inline (custom packs). */
      text: z.string().max(500_000).optional(),
      url: z.string().url().optional(),
    }),
    timeZone: TimeZoneSchema,
    workingHours: WorkingHoursSchema.optional(),
    /** How the district is named, so the engine recognises it in drafts. */
    identity: z.object({
      names: z.array(z.string().min(2).max(200)).min(1),
      abbreviations: z.array(z.string().min(2).max(20)).default([]),
      schools: z.array(z.string().min(2).max(200)).default([]),
      /** Places whose name before a job word means this district ("Tulsa teacher"). */
      places: z.array(z.string().min(2).max(100)).default([]),
    }),
    rules: z.array(RuleSchema).max(500),
  })
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id "${r.id}"` });
      seen.add(r.id);
    });
  });

export type Rule = z.infer<typeof RuleSchema>;
export type Pack = z.infer<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;
