import { z } from 'zod';

// A draft as in ../shared/spec/check-cli.md. Only `text` is required.
// Unknown keys are dropped rather than rejected so that newer content
// scripts and older CLIs (or the reverse) keep working together.

export const SITES = ['facebook', 'x', 'instagram', 'tiktok'] as const;
export const SURFACES = ['post', 'comment', 'message', 'profile'] as const;
export const ACTIONS = ['friend-request', 'follow', 'message'] as const;

/** Longest draft we analyse; Facebook's own limit is 63,206 characters. */
export const MAX_TEXT_LENGTH = 500_000;

// ISO 8601 date-time with seconds optional and an explicit offset or Z.
const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

export const AttachmentSchema = z.object({
  kind: z.enum(['image', 'video', 'other']).optional(),
  name: z.string().max(1000).optional(),
  mimeType: z.string().max(200).optional(),
  size: z.number().nonnegative().optional(),
  width: z.number().nonnegative().optional(),
  height: z.number().nonnegative().optional(),
  /** Faces counted on the device; missing when unknown. */
  faces: z.number().int().nonnegative().optional(),
});

export const RecipientSchema = z.object({
  name: z.string().max(1000).optional(),
  handle: z.string().max(1000).optional(),
  bio: z.string().max(10_000).optional(),
  details: z.array(z.string().max(2000)).max(200).optional(),
});

export const DraftSchema = z.object({
  id: z.string().max(1000).optional(),
  site: z.enum(SITES).optional(),
  surface: z.enum(SURFACES).optional(),
  text: z.string().max(MAX_TEXT_LENGTH, `text is longer than ${MAX_TEXT_LENGTH} characters`),
  attachments: z.array(AttachmentSchema).max(100).optional(),
  action: z.enum(ACTIONS).optional(),
  recipient: RecipientSchema.optional(),
  composedAt: z
    .string()
    .regex(ISO_WITH_OFFSET, 'must be an ISO 8601 date-time with an offset or Z, e.g. 2026-10-06T10:15:00-05:00')
    .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date')
    .optional(),
});

export type Attachment = z.infer<typeof AttachmentSchema>;
export type Recipient = z.infer<typeof RecipientSchema>;
export type Draft = z.infer<typeof DraftSchema>;
export type Site = (typeof SITES)[number];
export type Surface = (typeof SURFACES)[number];
export type ProfileAction = (typeof ACTIONS)[number];
