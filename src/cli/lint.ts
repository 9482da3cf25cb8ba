// Validating a rule pack: the schema, then what the schema cannot see
// (quotes that are not in the policy text).

import { formatIssues, PackSchema, type Pack } from '../schema';
import { parseJson } from './json';

export interface LintResult {
  pack: Pack | null;
  errors: string[];
  warnings: string[];
}

/** `policyText` is the policy's full text when known (file or inline). */
export function lintPackText(text: string, policyText?: (pack: Pack) => string | undefined): LintResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { pack: null, errors: [parsed.error], warnings: [] };
  const result = PackSchema.safeParse(parsed.value);
  if (!result.success) {
    return { pack: null, errors: formatIssues(result.error).split('; '), warnings: [] };
  }
  const pack = result.data;
  const warnings: string[] = [];
  const policy = pack.policy.text ?? policyText?.(pack);
  if (policy === undefined) {
    warnings.push('policy: no policy text (policy.text or policy.file), so quotes could not be checked');
  } else {
    pack.rules.forEach((rule, i) => {
      if (!policy.includes(rule.citation.quote)) {
        warnings.push(`rules[${i}].citation.quote: not found verbatim in the policy text`);
      }
    });
  }
  const categories = new Set(pack.rules.map((r) => r.category));
  if (!categories.size) warnings.push('rules: the pack has no rules, so it reports nothing');
  return { pack, errors: [], warnings };
}
