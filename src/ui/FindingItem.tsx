import type { Finding } from '../schema/finding';

/**
 * One finding: severity, message, the cited section, and the clause itself
 * behind a disclosure. Carries data-category / data-severity (ui-contract.md).
 */
export function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li class="finding" data-category={finding.category} data-severity={finding.severity} data-rule={finding.rule}>
      <span class="sev">{finding.severity === 'block' ? 'Not allowed' : 'Careful'}</span>
      {' '}
      <span class="msg">{finding.message}</span> <span class="cite">(Policy: {finding.citation.section})</span>
      <details>
        <summary>Read the policy text</summary>
        <blockquote>{finding.citation.quote}</blockquote>
      </details>
    </li>
  );
}

/** One entry per rule: a rule hit in two composers of a thread shows once. */
export function uniqueByRule(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => (seen.has(f.rule) ? false : (seen.add(f.rule), true)));
}
