import { z } from 'zod';
import { CATEGORY_IDS } from './categories';

export const SEVERITIES = ['block', 'warn'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export const CitationSchema = z.object({
  section: z.string().min(1),
  quote: z.string().min(1),
});

/** A [start, end) range of UTF-16 offsets into the draft's text. */
export const SpanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const FindingSchema = z.object({
  category: z.enum(CATEGORY_IDS),
  rule: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  citation: CitationSchema,
  spans: z.array(SpanSchema),
  /** What the author must confirm to publish a `block` finding anyway. */
  confirm: z.string().optional(),
  /** The detector's sub-kinds that matched (not part of the CLI output). */
  kinds: z.array(z.string()).optional(),
});

export type Citation = z.infer<typeof CitationSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type Finding = z.infer<typeof FindingSchema>;

/** The CLI prints exactly these keys, in this order (check-cli.md). */
export function publicFinding(f: Finding) {
  return {
    category: f.category,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    citation: { section: f.citation.section, quote: f.citation.quote },
    spans: f.spans,
  };
}
