import type { Finding } from '../schema/finding';
import { FindingItem, uniqueByRule } from './FindingItem';

export interface WarningsPanelProps {
  findings: Finding[];
  supportContact?: string;
  /** Set when no district is chosen yet: nothing is checked until one is. */
  chooseDistrict?: () => void;
  theme: 'light' | 'dark';
}

/**
 * The compact inline list next to a compose box. The live region stays
 * mounted while the composer lives, so screen readers announce findings
 * as they come and go.
 */
export function WarningsPanel({ findings, supportContact, chooseDistrict, theme }: WarningsPanelProps) {
  const items = uniqueByRule(findings);
  return (
    <div class="sl" data-theme={theme}>
      <div class="panel" role="region" aria-label="Second Look policy check">
        {items.length > 0 && <p class="title">Second Look: your district's social-media policy</p>}
        <ul class="findings" aria-live="polite" aria-relevant="additions removals">
          {items.map((f) => (
            <FindingItem key={f.rule} finding={f} />
          ))}
        </ul>
        {items.length > 0 && supportContact && <p class="support">Questions? {supportContact}</p>}
        {chooseDistrict && (
          <p class="notice">
            Second Look is not checking this draft: no district policy is chosen yet.{' '}
            <button
              type="button"
              data-action="choose-district"
              onClick={(e) => {
                // Only the teacher's own click: the page could click into our open shadow root.
                if (e.isTrusted) chooseDistrict();
              }}
            >
              Choose your district
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
