import { useState } from 'preact/hooks';
import { lintPackText, type LintResult, type PackProblem } from '../../packs/lint';
import { SETTINGS_SHAPE } from '../../schema/settings';
import type { ResolvedSettings } from '../../settings/resolve';
import { removeCustomPack, saveCustomPack } from './userSettings';

const MAX_PACK_CHARS = SETTINGS_SHAPE.customPack.maxLength ?? 2_000_000;

function ProblemList({ problems, testid }: { problems: PackProblem[]; testid: string }) {
  return (
    <ul data-testid={testid}>
      {problems.map((p, i) => (
        <li key={i}>
          {p.path && <code>{p.path}</code>}
          {p.line !== undefined && <span class="line"> line {p.line}</span>}
          {p.path || p.line !== undefined ? ': ' : ''}
          {p.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * Import of a rule pack of the teacher's own. Careful by design: a pack
 * replaces the district's policy, so it is refused while district IT locks
 * the district or supplies its own pack (resolve.ts also ignores a stored
 * one then), and it is kept on this device only.
 */
export function CustomPackSection({ resolved, userPack }: { resolved: ResolvedSettings; userPack: string | undefined }) {
  const [text, setText] = useState('');
  const [lint, setLint] = useState<LintResult | null>(null);
  const [note, setNote] = useState('');
  const byDistrict = resolved.sources.customPack === 'managed';
  const blockedBy = byDistrict
    ? 'Your district’s IT department supplies its own rule pack, so a pack of your own cannot replace it.'
    : resolved.districtLocked
      ? 'Your district’s IT department set the district on this device. A pack of your own would replace its policy, so importing one is turned off.'
      : null;

  const checkText = (value: string) => {
    setNote('');
    if (!value.trim()) return setLint(null);
    if (value.length > MAX_PACK_CHARS) {
      return setLint({ pack: null, errors: [], warnings: [], warningProblems: [], problems: [{ path: '', message: `the pack is larger than ${MAX_PACK_CHARS.toLocaleString('en-US')} characters` }] });
    }
    setLint(lintPackText(value));
  };
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const value = await file.text();
    setText(value);
    checkText(value);
  };
  const use = async () => {
    if (!lint?.pack || blockedBy) return;
    await saveCustomPack(text);
    setNote(`Saved. Second Look now checks your drafts against “${lint.pack.name}”.`);
    setText('');
    setLint(null);
  };
  const remove = async () => {
    await removeCustomPack();
    setNote('Your pack was removed. Second Look checks against the built-in policy of your district again.');
  };

  return (
    <section aria-labelledby="pack-h">
      <h2 id="pack-h">Custom rule pack</h2>
      <p>
        A rule pack is a district policy as data (the format of <code>rules/</code>; check one with <code>npx second-look lint-pack</code>). A pack
        you import here replaces the built-in policy of your district on this device only. Use one only when your district gave it to you.
      </p>
      {userPack !== undefined && (
        <p data-testid="own-pack">
          {resolved.sources.customPack === 'user' ? 'Your own pack is in use.' : 'Your own pack is stored but not used (see Problems).'}{' '}
          <button type="button" onClick={remove}>
            Remove my pack
          </button>
        </p>
      )}
      {blockedBy ? (
        <p class="callout" data-testid="pack-import-off">
          {blockedBy}
        </p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            checkText(text);
          }}
        >
          <p class="row">
            <label for="pack-file">Pack file (JSON)</label>
            <input id="pack-file" type="file" accept=".json,application/json" onChange={onFile} />
          </p>
          <p>
            <label for="pack-text">Or paste the pack’s JSON</label>
          </p>
          <textarea
            id="pack-text"
            rows={8}
            spellcheck={false}
            value={text}
            onInput={(e) => {
              setText((e.currentTarget as HTMLTextAreaElement).value);
              setLint(null);
            }}
          />
          <p class="row">
            <button type="submit" disabled={!text.trim()}>
              Check pack
            </button>
            {lint?.pack && (
              <button type="button" class="primary" onClick={use}>
                Use this pack
              </button>
            )}
          </p>
        </form>
      )}
      <div aria-live="polite" data-testid="pack-result">
        {note && <p>{note}</p>}
        {lint && !lint.pack && (
          <div class="bad">
            <p>
              <strong>This pack cannot be used.</strong> {lint.problems.length === 1 ? 'One problem' : `${lint.problems.length} problems`}:
            </p>
            <ProblemList problems={lint.problems} testid="pack-errors" />
          </div>
        )}
        {lint?.pack && (
          <div class="good">
            <p>
              <strong>Valid:</strong> {lint.pack.name} (<code>{lint.pack.id}</code>), {lint.pack.rules.length} rules.
            </p>
            {lint.warningProblems.length > 0 && (
              <>
                <p>Worth a look before you use it:</p>
                <ProblemList problems={lint.warningProblems} testid="pack-warnings" />
              </>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
