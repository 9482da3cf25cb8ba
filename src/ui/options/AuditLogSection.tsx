import { useEffect, useRef, useState } from 'preact/hooks';
import type { AuditEntry } from '../../background/audit';
import { auditCsvFileName, auditToCsv } from '../../audit/csv';
import { clearAuditLog, watchAuditLog } from '../../audit/store';
import type { ResolvedSettings } from '../../settings/resolve';
import { categoryLabel, SITE_LABELS, SURFACE_LABELS } from './labels';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Hands the CSV to the browser as a download from a Blob URL: nothing leaves the device. */
function download(csv: string, name: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The local audit log: each confirmed `block` finding, newest first; export and clear. */
export function AuditLogSection({ resolved }: { resolved: ResolvedSettings }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => watchAuditLog(setEntries), []);
  // Keyboard focus follows the confirmation: into it, then back to the
  // Clear button (or the heading, once there is nothing left to clear).
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) (clearRef.current && !clearRef.current.disabled ? clearRef.current : headingRef.current)?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const off = resolved.settings.auditLog === 'off';
  const clear = async () => {
    await clearAuditLog();
    setNote('The audit log was cleared.');
    setConfirming(false);
  };

  return (
    <section aria-labelledby="audit-h">
      <h2 id="audit-h" tabIndex={-1} ref={headingRef}>
        Audit log
      </h2>
      {off ? (
        <p class="callout" data-testid="audit-off">
          <strong>Off</strong> — {resolved.sources.auditLog === 'managed' ? 'your district turned it off.' : 'turned off in your settings.'} Nothing new
          is recorded.
        </p>
      ) : (
        <p>
          Each time you confirm a “Not allowed” finding and post anyway, Second Look records when, where and which rule — never the draft, names or
          file names. It is kept on this device only (the latest 500).
        </p>
      )}
      {entries === null ? (
        <p class="muted">Loading…</p>
      ) : entries.length === 0 ? (
        <p data-testid="audit-empty">No entries.</p>
      ) : (
        <div class="scroll" tabIndex={0} role="region" aria-labelledby="audit-caption">
          <table class="audit" data-testid="audit">
            <caption id="audit-caption">
              {entries.length === 1 ? 'One entry' : `${entries.length} entries`}, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Site</th>
                <th scope="col">Where</th>
                <th scope="col">Category</th>
                <th scope="col">Rule</th>
              </tr>
            </thead>
            <tbody>
              {[...entries].reverse().map((e, i) => (
                <tr key={`${e.t}-${i}`}>
                  <td>
                    <time dateTime={e.t}>{Number.isNaN(Date.parse(e.t)) ? e.t : when.format(new Date(e.t))}</time>
                  </td>
                  <td>{SITE_LABELS[e.site] ?? e.site}</td>
                  <td>{SURFACE_LABELS[e.surface] ?? e.surface}</td>
                  <td>{categoryLabel(e.category)}</td>
                  <td>
                    <code>{e.rule}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="row">
        <button type="button" disabled={!entries?.length} onClick={() => download(auditToCsv(entries ?? []), auditCsvFileName(new Date()))}>
          Export CSV
        </button>
        {!confirming && (
          <button type="button" ref={clearRef} disabled={!entries?.length} onClick={() => (setNote(''), setConfirming(true))}>
            Clear log…
          </button>
        )}
      </p>
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="clear-q" data-testid="clear-confirm">
          <p id="clear-q">
            Delete all {entries?.length} entries from this device? This cannot be undone; export them first if your district needs them.
          </p>
          <p class="row">
            <button type="button" class="danger" onClick={clear}>
              Delete entries
            </button>
            <button type="button" ref={cancelRef} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </p>
        </div>
      )}
      <p aria-live="polite">{note}</p>
    </section>
  );
}
