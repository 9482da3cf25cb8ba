import type { Finding } from '../schema/finding';
import { FindingItem, uniqueByRule } from './FindingItem';

export interface WarningsPanelProps {
  findings: Finding[];
  supportContact?: string;
  theme: 'light' | 'dark';
}

/**
 * The compact inline list next to a compose box. The live region stays
 * mounted while the composer lives, so screen readers announce findings
 * as they come and go.
 */
export function WarningsPanel({ findings, supportContact, theme }: WarningsPanelProps) {
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
      </div>
    </div>
  );
}
