import { z } from 'zod';
import { CATEGORY_IDS } from '../schema/categories';
import { DraftSchema, SITES, SURFACES } from '../schema/draft';
import type { Finding } from '../schema/finding';

// Messages between our content scripts, the background worker and the
// popup. The worker validates everything it receives with these schemas;
// content scripts import only the types (zod stays out of their bundles).

export const CHECK = 'sl:check';
export const AUDIT = 'sl:audit';
export const TAB_STATE = 'sl:tab-state';
export const OPEN_OPTIONS = 'sl:open-options';
/** Content script -> worker: count the faces in this (small) picture. */
export const FACES = 'sl:faces';
/** Worker -> the face counter page (offscreen document / hidden frame). */
export const FACES_DETECT = 'sl:faces-detect';

/** A downscaled picture (longest side 640 px) as JPEG/PNG comes to a few hundred KB at most. */
export const MAX_FACES_IMAGE_CHARS = 4_000_000;

export const CheckRequestSchema = z.object({ type: z.literal(CHECK), draft: DraftSchema });

/** What the audit log keeps: never text, names or file names. */
export const AuditEntryInputSchema = z.object({
  site: z.enum(SITES),
  surface: z.enum(SURFACES),
  category: z.enum(CATEGORY_IDS),
  rule: z.string().min(1).max(200),
});

export const AuditRequestSchema = z.object({
  type: z.literal(AUDIT),
  entries: z.array(AuditEntryInputSchema).min(1).max(50),
});

/** "Choose your district" pressed in a panel: open the options page. */
export const OpenOptionsRequestSchema = z.object({ type: z.literal(OPEN_OPTIONS) });

export const FacesRequestSchema = z.object({
  type: z.literal(FACES),
  image: z.string().max(MAX_FACES_IMAGE_CHARS).regex(/^data:image\/(?:jpeg|png|webp);base64,/),
});

export const BackgroundRequestSchema = z.discriminatedUnion('type', [CheckRequestSchema, AuditRequestSchema, OpenOptionsRequestSchema, FacesRequestSchema]);

export type CheckRequest = z.infer<typeof CheckRequestSchema>;
export type AuditEntryInput = z.infer<typeof AuditEntryInputSchema>;
export type AuditRequest = z.infer<typeof AuditRequestSchema>;
export type FacesRequest = z.infer<typeof FacesRequestSchema>;
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

export type CheckResponse =
  | { status: 'ok'; district: string; findings: Finding[]; allowConfirm: boolean; supportContact?: string }
  | { status: 'no-district'; findings: []; allowConfirm: boolean }
  | { status: 'error'; findings: []; error: string };

export type AuditResponse = { status: 'ok'; recorded: number } | { status: 'error'; error: string };
export type OpenOptionsResponse = { status: 'ok' };
/** Only the count comes back; 'unknown' says why in a few words, never with the picture. */
export type FacesResponse = { status: 'ok'; faces: number } | { status: 'unknown'; reason: string };
export type FacesDetectResponse = FacesResponse;

/** One composer or profile action the content script currently checks. */
export interface TabComposerState {
  surface: string;
  findings: Finding[];
}

/** The content script's answer to the popup. */
export interface TabState {
  site: string;
  status: CheckResponse['status'] | 'idle';
  composers: TabComposerState[];
}
