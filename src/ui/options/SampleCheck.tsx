import { useState } from 'preact/hooks';
import type { PackChoice } from '../../background/pack';
import { check } from '../../engine';
import { SITES, SURFACES, type Draft } from '../../schema/draft';
import type { Finding } from '../../schema/finding';
import type { Settings } from '../../schema/settings';
import { categoryLabel, SEVERITY_LABELS, SITE_LABELS, SURFACE_LABELS } from './labels';

/**
 * Try a draft against the pack and settings in force, right here (the same
 * engine the worker runs). The text lives in this component's state only:
 * never stored, never logged.
 */
export function SampleCheck({ choice, settings }: { choice: PackChoice; settings: Settings }) {
  const [text, setText] = useState('');
  const [site, setSite] = useState('');
  const [surface, setSurface] = useState('post');
  const [findings, setFindings] = useState<Finding[] | null>(null);

  if (choice.status !== 'ok') {
    return (
      <section aria-labelledby="sample-h">
        <h2 id="sample-h">Try a draft</h2>
        <p class="muted">Choose your district first: there is no policy to check against yet.</p>
      </section>
    );
  }
  const run = (e: Event) => {
    e.preventDefault();
    // The field itself, not the last render's state: a submit right after typing sees it all.
    const current = (e.currentTarget as HTMLFormElement).querySelector('textarea')?.value ?? text;
    const draft: Draft = { text: current, surface: surface as Draft['surface'], ...(site ? { site: site as Draft['site'] } : {}) };
    setFindings(check(draft, choice.pack, settings, { now: new Date() }));
  };

  return (
    <section aria-labelledby="sample-h">
      <h2 id="sample-h">Try a draft</h2>
      <p>
        Write or paste a draft to see what Second Look would say about it under {choice.pack.name}
        {choice.source === 'custom' ? ' (custom pack)' : ''}. The draft stays in this page: it is not saved anywhere.
      </p>
      <form onSubmit={run}>
        <label for="sample-text">Sample draft</label>
        <textarea
          id="sample-text"
          rows={4}
          value={text}
          onInput={(e) => {
            setText((e.currentTarget as HTMLTextAreaElement).value);
            setFindings(null);
          }}
        />
        <p class="row">
          <label for="sample-site">Site</label>
          <select id="sample-site" value={site} onChange={(e) => setSite((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">Any</option>
            {SITES.map((s) => (
              <option key={s} value={s}>
                {SITE_LABELS[s]}
              </option>
            ))}
          </select>
          <label for="sample-surface">Where</label>
          <select id="sample-surface" value={surface} onChange={(e) => setSurface((e.currentTarget as HTMLSelectElement).value)}>
            {SURFACES.filter((s) => s !== 'profile').map((s) => (
              <option key={s} value={s}>
                {SURFACE_LABELS[s]}
              </option>
            ))}
          </select>
          <button type="submit" class="primary" disabled={!text.trim()}>
            Check draft
          </button>
        </p>
      </form>
      <div aria-live="polite" data-testid="sample-result">
        {findings !== null &&
          (findings.length === 0 ? (
            <p>Nothing to flag under this policy.</p>
          ) : (
            <ul class="findings">
              {findings.map((f) => (
                <li class="finding" key={f.rule} data-category={f.category} data-severity={f.severity} data-rule={f.rule}>
                  <p>
                    <span class="sev">{SEVERITY_LABELS[f.severity]}</span> <strong>{categoryLabel(f.category)}</strong>
                  </p>
                  <p class="msg">{f.message}</p>
                  <p class="cite">
                    Policy {f.citation.section} (rule <code>{f.rule}</code>):
                  </p>
                  <blockquote>{f.citation.quote}</blockquote>
                </li>
              ))}
            </ul>
          ))}
      </div>
    </section>
  );
}
