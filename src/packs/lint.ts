// Validating a rule pack, for `second-look lint-pack` and the options page's
// import alike: the schema, then what the schema cannot see (quotes that
// are not in the policy text). Every problem names its JSON path and the
// line of the text it is on.

import { jsonPath, PackSchema, type Pack } from '../schema';
import { parseJson } from './json';
import { linesOfPaths } from './locate';

export interface PackProblem {
  /** JSON path such as rules[3].citation.quote; '' for the whole text. */
  path: string;
  /** 1-based line in the pack's text, when known. */
  line?: number;
  message: string;
}

export interface LintResult {
  pack: Pack | null;
  /** The problems as one line each: "rules[1].severity (line 23): ...". */
  errors: string[];
  warnings: string[];
  problems: PackProblem[];
  warningProblems: PackProblem[];
}

export function formatProblem(p: PackProblem): string {
  const where = p.path && p.line ? `${p.path} (line ${p.line})` : p.path || (p.line ? `line ${p.line}` : '');
  return where ? `${where}: ${p.message}` : p.message;
}

function result(pack: Pack | null, problems: PackProblem[], warningProblems: PackProblem[] = []): LintResult {
  return { pack, problems, warningProblems, errors: problems.map(formatProblem), warnings: warningProblems.map(formatProblem) };
}

/** `policyText` is the policy's full text when known (file or inline). */
export function lintPackText(text: string, policyText?: (pack: Pack) => string | undefined): LintResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return result(null, [{ path: '', message: parsed.error }]);
  const checked = PackSchema.safeParse(parsed.value);
  if (!checked.success) {
    const lines = linesOfPaths(text, checked.error.issues.map((issue) => issue.path));
    return result(
      null,
      checked.error.issues.map((issue, i) => ({ path: jsonPath('', issue.path), line: lines[i], message: issue.message })),
    );
  }
  const pack = checked.data;
  const warnings: PackProblem[] = [];
  const policy = pack.policy.text ?? policyText?.(pack);
  if (policy === undefined) {
    warnings.push({ path: 'policy', message: 'no policy text (policy.text or policy.file), so quotes could not be checked' });
  } else {
    const missing = pack.rules.flatMap((rule, i) => (policy.includes(rule.citation.quote) ? [] : [['rules', i, 'citation', 'quote']]));
    const lines = linesOfPaths(text, missing);
    missing.forEach((at, i) => warnings.push({ path: jsonPath('', at), line: lines[i], message: 'not found verbatim in the policy text' }));
  }
  if (!pack.rules.length) warnings.push({ path: 'rules', message: 'the pack has no rules, so it reports nothing' });
  return result(pack, [], warnings);
}

// A custom pack (up to 2 MB) arrives with the settings, which are resolved on
// every check, and is used by both the settings resolver and the pack choice:
// lint each distinct text once.
const MAX_CACHED = 4;
const cache = new Map<string, LintResult>();

/** lintPackText, remembered for the last few distinct texts. */
export function lintPackTextCached(text: string): LintResult {
  const hit = cache.get(text);
  if (hit) return hit;
  const result = lintPackText(text);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(text, result);
  return result;
}
