// The rule engine: runs every detector over a draft, then maps what they
// found through the district pack's rules and the settings into findings.
// Pure (no browser APIs), shared by the background worker and the CLI, and
// it never throws: a failing detector is skipped, not fatal.

import { CATEGORY_IDS, DEFAULT_WORKING_HOURS, type CategoryId, type Draft, type Finding, type Pack, type Rule, type Settings } from '../schema';
import type { Ctx, Detection, Span } from './context';
import { detectConfidential, WORDS as CONFIDENTIAL } from './detectors/confidential';
import { detectCopyright, WORDS as COPYRIGHT } from './detectors/copyright';
import { detectHarassment, WORDS as HARASSMENT } from './detectors/harassment';
import { detectDisclaimer, employeeIdentity, WORDS as IDENTITY } from './detectors/identity';
import { detectInappropriate, WORDS as INAPPROPRIATE } from './detectors/inappropriate';
import { detectOfficialCapacity, WORDS as OFFICIAL } from './detectors/officialCapacity';
import { detectStudentConnection, WORDS as CONNECTION } from './detectors/studentConnection';
import { detectStudentPhoto, WORDS as PHOTO } from './detectors/studentPhoto';
import { detectWorkingHours } from './detectors/workingHours';
import { detectColleagueMedia, detectWorkplaceComplaint, WORDS as WORKPLACE } from './detectors/workplace';
import { Lexicon, type Hit } from './lexicon';
import { prepare, toRawSpan, type Doc } from './text';
import { CONTEXT_WORDS } from './words/context';
import { districtLexicon } from './district';

export { isWorkingTime, wallClock } from './detectors/workingHours';
export { recipientStatus } from './detectors/studentConnection';

export interface CheckOptions {
  /** The time used when the draft has no composedAt ("now"). */
  now?: Date;
  /** Called when a detector fails; the check goes on without it. */
  onError?: (category: CategoryId | 'engine', error: unknown) => void;
}

// One lexicon for every detector: a single pass over the tokens.
export const LEXICON = new Lexicon();
for (const words of [CONTEXT_WORDS, CONFIDENTIAL, PHOTO, CONNECTION, INAPPROPRIATE, HARASSMENT, IDENTITY, OFFICIAL, WORKPLACE, COPYRIGHT]) {
  for (const [tag, phrases] of Object.entries(words)) LEXICON.add(tag, phrases as readonly string[]);
}

const DETECTORS: Record<CategoryId, (ctx: Ctx) => Detection | null> = {
  'student-photo': detectStudentPhoto,
  'confidential-data': detectConfidential,
  'student-connection': detectStudentConnection,
  'inappropriate-content': detectInappropriate,
  harassment: detectHarassment,
  'official-capacity': detectOfficialCapacity,
  'personal-disclaimer': detectDisclaimer,
  'colleague-media': detectColleagueMedia,
  'workplace-complaint': detectWorkplaceComplaint,
  'working-hours': detectWorkingHours,
  copyright: detectCopyright,
};

const SEVERITY_RANK = { block: 2, warn: 1 } as const;

/**
 * Checks a draft against a pack. Returns one finding per category that the
 * pack covers and the draft runs into, in the order of categories.md.
 */
export function check(draft: Draft, pack: Pack, settings: Settings = {}, options: CheckOptions = {}): Finding[] {
  try {
    return run(draft, pack, settings, options);
  } catch (error) {
    options.onError?.('engine', error);
    return [];
  }
}

function run(draft: Draft, pack: Pack, settings: Settings, options: CheckOptions): Finding[] {
  const text = typeof draft.text === 'string' ? draft.text : '';
  const disabledCategories = new Set(settings.disabledCategories ?? []);
  const disabledRules = new Set(settings.disabledRules ?? []);
  const active = pack.rules.filter((r) => !disabledRules.has(r.id) && !disabledCategories.has(r.category));
  if (!active.length) return [];

  const doc = prepare(text);
  const hits = LEXICON.match(doc);
  const district = districtLexicon(pack, settings.schools);
  const districtHits = district.match(doc, hits);
  const ctx: Ctx = {
    doc,
    hits,
    draft: { ...draft, text },
    pack,
    districtHits,
    employeeIdentity: null,
    now: options.now ?? new Date(),
    timeZone: settings.timeZone ?? pack.timeZone,
    workingHours: settings.workingHours ?? pack.workingHours ?? DEFAULT_WORKING_HOURS,
    schools: district.schools,
  };
  ctx.employeeIdentity = safe(() => employeeIdentity(ctx), null);
  const ruleHits = district.ruleHits(doc);

  const findings: Finding[] = [];
  for (const category of CATEGORY_IDS) {
    const rules = active.filter((r) => r.category === category);
    if (!rules.length) continue;
    let detection: Detection | null = null;
    try {
      detection = DETECTORS[category](ctx);
    } catch (error) {
      options.onError?.(category, error);
    }
    const finding = toFinding(ctx, category, rules, detection, ruleHits, settings);
    if (finding) findings.push(finding);
  }
  return findings;
}

function ruleApplies(rule: Rule, ctx: Ctx): boolean {
  if (rule.requiresEmployeeIdentity && !ctx.employeeIdentity) return false;
  if (rule.exceptions?.includes('virtual-instruction') && ctx.hits.has('virtualInstruction')) return false;
  return true;
}

function toFinding(
  ctx: Ctx,
  category: CategoryId,
  rules: Rule[],
  detection: Detection | null,
  ruleHits: Map<string, Hit[]>,
  settings: Settings,
): Finding | null {
  const matched = new Map<Rule, { kinds: Set<string>; spans: Span[] }>();
  const note = (rule: Rule, kind: string, spans: Span[]) => {
    const m = matched.get(rule) ?? { kinds: new Set<string>(), spans: [] };
    m.kinds.add(kind);
    m.spans.push(...spans);
    matched.set(rule, m);
  };
  for (const [kind, spans] of Object.entries(detection ?? {})) {
    const rule = rules.find((r) => (!r.kinds || r.kinds.includes(kind)) && ruleApplies(r, ctx));
    if (rule) note(rule, kind, spans ?? []);
  }
  // A district's own phrases for a rule.
  for (const rule of rules) {
    const extra = ruleHits.get(rule.id);
    if (extra?.length && ruleApplies(rule, ctx)) note(rule, 'phrase', extra.map((h) => [h.start, h.end] as Span));
  }
  if (!matched.size) return null;

  // The most severe matching rule speaks for the category; ties go to pack order.
  let best: Rule | null = null;
  for (const rule of rules) {
    if (!matched.has(rule)) continue;
    if (!best || SEVERITY_RANK[rule.severity] > SEVERITY_RANK[best.severity]) best = rule;
  }
  const chosen = best as Rule;
  const kinds = new Set<string>();
  const spans: Span[] = [];
  for (const m of matched.values()) {
    m.kinds.forEach((k) => kinds.add(k));
    spans.push(...m.spans);
  }
  const severity = settings.severity?.[category] ?? chosen.severity;
  return {
    category,
    rule: chosen.id,
    severity,
    message: chosen.message,
    citation: { section: chosen.citation.section, quote: chosen.citation.quote },
    spans: mergeSpans(ctx.doc, spans),
    ...(severity === 'block' ? { confirm: chosen.confirm ?? defaultConfirm(category) } : {}),
    kinds: [...kinds],
  };
}

function defaultConfirm(category: CategoryId): string {
  return category === 'student-photo'
    ? 'A signed media consent form is on file for every student shown.'
    : 'I have checked this against the policy and it is allowed.';
}

/** Norm spans -> sorted, merged raw UTF-16 spans. */
function mergeSpans(doc: Doc, spans: Span[]): Span[] {
  const raw = spans.map(([s, e]) => toRawSpan(doc, s, e)).filter(([s, e]) => e > s);
  raw.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  for (const span of raw) {
    const last = out[out.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push([span[0], span[1]]);
  }
  return out;
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
