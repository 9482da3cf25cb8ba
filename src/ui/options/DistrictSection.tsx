import { useRef, useState } from 'preact/hooks';
import type { ResolvedSettings } from '../../settings/resolve';
import { saveUserSettings } from '../../settings/storage';
import { DISTRICTS, districtName } from '../districts';

/**
 * The district picker, or the district shown as locked when district IT set
 * it. The form (select#district, Save, the one role="status") is what the
 * e2e helpers drive in Firefox, where they can only script the page.
 */
export function DistrictSection({
  resolved,
  managedDistrict,
  awaitingDistrictIt,
}: {
  resolved: ResolvedSettings;
  managedDistrict?: string;
  /** Force-installed, and district IT's settings have not arrived yet. */
  awaitingDistrictIt?: boolean;
}) {
  const current = resolved.settings.district ?? '';
  const [choice, setChoice] = useState(current);
  const [saved, setSaved] = useState(false);
  // Follow a district changed elsewhere (another tab), but only on a real
  // change: an effect run after the first paint would undo a choice made
  // in the meantime (a deferred effect can run 100 ms late in a hidden tab).
  const last = useRef(current);
  if (last.current !== current) {
    last.current = current;
    if (choice !== current) setChoice(current);
  }

  if (resolved.districtLocked) {
    return (
      <section aria-labelledby="district-h">
        <h2 id="district-h">Your district</h2>
        <p data-testid="district-locked">
          <strong>{districtName(current)}</strong> — set by your district’s IT department. It cannot be changed here.
        </p>
      </section>
    );
  }

  if (awaitingDistrictIt) {
    return (
      <section aria-labelledby="district-h">
        <h2 id="district-h">Your district</h2>
        <p role="status" data-testid="district-waiting">
          Your district’s IT department installed Second Look. Waiting for its settings, which usually arrive within a few seconds…
        </p>
      </section>
    );
  }

  const save = async (e: Event) => {
    e.preventDefault();
    if (!choice) return;
    await saveUserSettings({ district: choice });
    setSaved(true);
  };

  return (
    <section aria-labelledby="district-h">
      <h2 id="district-h">Your district</h2>
      {!current && (
        <p class="callout" data-testid="first-run">
          <strong>Choose your district to start.</strong> Until you do, Second Look shows no findings.
        </p>
      )}
      {managedDistrict && DISTRICTS.some((d) => d.id === managedDistrict) && (
        <p class="muted">Your district’s IT department suggests {districtName(managedDistrict)}; you may choose another.</p>
      )}
      <form onSubmit={save} class="row">
        <label for="district">District policy</label>
        <select
          id="district"
          name="district"
          value={choice}
          onChange={(e) => {
            setChoice((e.currentTarget as HTMLSelectElement).value);
            setSaved(false);
          }}
        >
          <option value="" disabled>
            Choose your district…
          </option>
          {DISTRICTS.map((d) => (
            <option value={d.id} key={d.id}>
              {d.name}
            </option>
          ))}
        </select>
        <button class="primary" type="submit" disabled={!choice}>
          Save
        </button>
        <span role="status">{saved ? 'Saved.' : ''}</span>
      </form>
    </section>
  );
}
