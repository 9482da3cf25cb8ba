import { useEffect, useState } from 'preact/hooks';
import type { ResolvedSettings } from '../../settings/resolve';
import { saveUserSettings, watchSettings } from '../../settings/storage';
import { DISTRICTS, districtName } from '../districts';

/**
 * Minimal options: choose the district unless district IT locked it. The
 * choice is stored under storage.local `userSettings`.
 */
export function OptionsApp() {
  const [resolved, setResolved] = useState<ResolvedSettings | null>(null);
  const [choice, setChoice] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(
    () =>
      watchSettings((r) => {
        setResolved(r);
        setChoice(r.settings.district ?? '');
      }),
    [],
  );

  if (!resolved) return <main class="options"><p class="muted">Loading…</p></main>;
  const locked = resolved.districtLocked;

  const save = async (e: Event) => {
    e.preventDefault();
    if (locked || !choice) return;
    await saveUserSettings({ district: choice });
    setSaved(true);
  };

  return (
    <main class="options">
      <h1>Second Look</h1>
      <p class="muted">Checks your posts, comments and messages against your district’s social-media policy, on this device only.</p>
      <h2>Your district</h2>
      {locked ? (
        <p data-testid="district-locked">
          <strong>{districtName(resolved.settings.district)}</strong> — set by your district’s IT department.
        </p>
      ) : (
        <form onSubmit={save}>
          <label for="district">District policy </label>
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
          </select>{' '}
          <button class="primary" type="submit" disabled={!choice}>
            Save
          </button>
          {saved && <span role="status"> Saved.</span>}
        </form>
      )}
      {resolved.issues.length > 0 && (
        <>
          <h2>Settings that were ignored</h2>
          {resolved.issues.map((i) => (
            <p class="issue" key={`${i.source}:${i.key}`}>
              “{i.key}” ({i.source === 'managed' ? 'set by your district' : 'your setting'}): {i.message}
            </p>
          ))}
        </>
      )}
    </main>
  );
}
