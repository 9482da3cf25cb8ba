import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../schema/finding';
import { FindingItem, uniqueByRule } from './FindingItem';

export interface PublishDialogProps {
  blocking: Finding[];
  allowConfirm: boolean;
  supportContact?: string;
  /** "Publish anyway", "Send anyway", "Follow anyway" ... */
  confirmLabel: string;
  theme: 'light' | 'dark';
  onBack(): void;
  onConfirm(): void;
}

const DEFAULT_CONFIRM = 'I have checked this against my district’s policy and it is allowed.';

/**
 * The alert dialog shown when a publish action is held. "Go back and edit"
 * has the focus; Tab stays inside; Escape goes back. The confirm button is
 * only enabled once every statement the policy asks for is ticked.
 */
export function PublishDialog({ blocking, allowConfirm, supportContact, confirmLabel, theme, onBack, onConfirm }: PublishDialogProps) {
  const items = uniqueByRule(blocking);
  const statements = [...new Set(items.map((f) => f.confirm ?? DEFAULT_CONFIRM))];
  const [ticked, setTicked] = useState<boolean[]>(() => statements.map(() => false));
  const dialog = useRef<HTMLDivElement>(null);
  const back = useRef<HTMLButtonElement>(null);

  // Layout effect: "Go back and edit" has the focus by the time the dialog
  // is painted, so a keypress or a screen reader never finds it unfocused.
  // The host may not be focusable yet at that moment (shown a frame later),
  // so the effect after paint tries again unless a button already has it.
  useLayoutEffect(() => {
    back.current?.focus();
  }, []);
  useEffect(() => {
    const root = dialog.current?.getRootNode() as ShadowRoot | Document | undefined;
    if (!dialog.current?.contains(root?.activeElement ?? null)) back.current?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onBack();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    const focusable = Array.from(
      dialog.current.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled]), summary'),
    );
    if (focusable.length === 0) return;
    const root = dialog.current.getRootNode() as ShadowRoot;
    const i = focusable.indexOf(root.activeElement as HTMLElement);
    const next = e.shiftKey ? (i <= 0 ? focusable.length - 1 : i - 1) : i === focusable.length - 1 ? 0 : i + 1;
    e.preventDefault();
    focusable[next].focus();
  };

  const allTicked = ticked.every(Boolean);
  return (
    <div class="sl" data-theme={theme}>
      <div class="backdrop">
        <div
          ref={dialog}
          class="dialog"
          role="alertdialog"
          aria-modal="true"
          aria-labelledby="sl-title"
          aria-describedby="sl-lead"
          onKeyDown={onKeyDown}
        >
          <h2 id="sl-title">Second Look: this goes against your district’s policy</h2>
          <p id="sl-lead" class="lead">
            {allowConfirm
              ? 'Please edit it, or confirm what the policy asks for before you go ahead.'
              : 'Your district requires you to edit this before it can go out.'}
          </p>
          <ul class="findings">
            {items.map((f) => (
              <FindingItem key={f.rule} finding={f} />
            ))}
          </ul>
          {supportContact && <p class="support">Questions? {supportContact}</p>}
          {allowConfirm &&
            statements.map((s, i) => (
              <label class="confirm" key={s}>
                <input
                  type="checkbox"
                  data-confirm-statement=""
                  checked={ticked[i]}
                  onChange={(e) => {
                    const next = ticked.slice();
                    next[i] = (e.currentTarget as HTMLInputElement).checked;
                    setTicked(next);
                  }}
                />
                <span>{s}</span>
              </label>
            ))}
          <div class="actions">
            <button ref={back} class="primary" type="button" data-action="back" onClick={onBack}>
              Go back and edit
            </button>
            {allowConfirm && (
              <button type="button" data-action="confirm" disabled={!allTicked} onClick={onConfirm}>
                {confirmLabel}
              </button>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
