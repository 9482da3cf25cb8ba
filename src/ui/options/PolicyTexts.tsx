import { POLICY_TEXTS } from '../../../rules/policy-texts';
import type { PackChoice } from '../../background/pack';
import { BUILTIN_PACKS, DISTRICT_IDS } from '../../../rules';

/** Each district's full policy, the one in force first (a custom pack's own text before all). */
export function PolicyTexts({ choice }: { choice: PackChoice }) {
  const current = choice.status === 'ok' ? choice.pack.id : undefined;
  const ids = [...DISTRICT_IDS].sort((a, b) => Number(b === current) - Number(a === current));
  const custom = choice.status === 'ok' && choice.source === 'custom' ? choice.pack : undefined;
  return (
    <section aria-labelledby="policies-h">
      <h2 id="policies-h">District policies</h2>
      <p>The full text of each policy, as the district published it. Every warning quotes one of these.</p>
      {custom && (
        <details class="policy" data-district={custom.id} open>
          <summary>
            {custom.name} — {custom.policy.title} <span class="tag">in force (custom pack)</span>
          </summary>
          {custom.policy.text ? (
            <pre tabIndex={0} role="region" aria-label={`${custom.name} policy text`}>
              {custom.policy.text}
            </pre>
          ) : <p class="muted">This pack carries no policy text.</p>}
          {custom.policy.url && <p class="muted">Published at {custom.policy.url}</p>}
        </details>
      )}
      {ids.map((id) => (
        <details class="policy" data-district={id} key={id}>
          <summary>
            {BUILTIN_PACKS[id].name} — {BUILTIN_PACKS[id].policy.title}
            {id === current && !custom && <span class="tag">in force</span>}
          </summary>
          <pre tabIndex={0} role="region" aria-label={`${BUILTIN_PACKS[id].name} policy text`}>
            {POLICY_TEXTS[id]}
          </pre>
        </details>
      ))}
    </section>
  );
}
