import type { Problem, SettingRow } from './provenance';
import { SOURCE_LABELS } from './labels';

/** Every setting in force, with where it comes from. */
export function SettingsSection({ rows }: { rows: SettingRow[] }) {
  const byDistrict = rows.filter((r) => r.source === 'managed');
  return (
    <section aria-labelledby="settings-h">
      <h2 id="settings-h">Settings in force</h2>
      <p data-testid="managed-summary">
        {byDistrict.length
          ? `Your district’s IT department set ${byDistrict.length === 1 ? 'one value' : `${byDistrict.length} values`} on this device (marked “Your district”); they cannot be changed here.`
          : 'Your district’s IT department has not set anything on this device.'}
      </p>
      <table class="settings" data-testid="settings">
        <caption class="sr-only">Settings in force and who set them</caption>
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">Value</th>
            <th scope="col">Set by</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-key={r.key} data-source={r.source}>
              <th scope="row">
                {r.label}
                <code class="key">{r.key}</code>
              </th>
              <td>{r.value}</td>
              <td>
                <span class={`source source-${r.source}`}>{SOURCE_LABELS[r.source]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Ignored values, by key: district IT and the teacher both need to see these. */
export function ProblemsSection({ problems }: { problems: Problem[] }) {
  if (!problems.length) return null;
  return (
    <section aria-labelledby="problems-h" class="problems" data-testid="problems">
      <h2 id="problems-h">Problems</h2>
      <p>
        {problems.length === 1 ? 'One setting was' : `${problems.length} settings were`} ignored. Second Look keeps working with the next valid
        value (yours, then the default).
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.source}:${p.key}:${i}`} data-key={p.key} data-source={p.source}>
            <code>{p.key}</code> ({p.source === 'managed' ? 'set by your district — tell your IT department' : 'your setting'}):{' '}
            {p.lead && `${p.lead}: `}
            {p.messages.length === 1 ? (
              p.messages[0]
            ) : (
              <ul>
                {p.messages.map((m, j) => (
                  <li key={j}>{m}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
