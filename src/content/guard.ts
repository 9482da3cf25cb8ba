import type { Finding } from '../schema/finding';

// The publish guard: decides, synchronously inside the site's own event,
// whether a publish attempt goes through. Pure state machine, no DOM, so it
// is unit-tested on its own; the runtime supplies the effects.
//
//   idle --attempt, fresh & clean-----------------------> idle (allow)
//   idle --attempt, fresh & block-----------------------> dialog (hold)
//   idle --attempt, stale (typed since the last check)--> checking (hold)
//   checking --result clean / check failed--------------> releasing -> idle
//   checking --result block-----------------------------> dialog
//   dialog --back---------------------------------------> idle (focus editor)
//   dialog --confirm (allowed)--------------------------> releasing -> idle
//   releasing: the one event we re-dispatch passes untouched
//   any attempt while checking/dialog is held (no double publish)

export type Verdict = 'allow' | 'hold';

export interface GuardEffects<A> {
  /** Runs a check on the latest draft now (no debounce). null: check failed. */
  checkNow(attempt: A): Promise<Finding[] | null>;
  showDialog(attempt: A, blocking: Finding[]): void;
  closeDialog(): void;
  /** Re-triggers the site's own publish action, synchronously, once. */
  retrigger(attempt: A): void;
  /** Records the confirmed findings in the audit log. */
  audit(attempt: A, blocking: Finding[]): void;
  /** Gives the editor its focus back after "Go back and edit". */
  refocus(attempt: A): void;
}

export type GuardState<A> =
  | { kind: 'idle' }
  | { kind: 'checking'; attempt: A }
  | { kind: 'dialog'; attempt: A; blocking: Finding[] }
  | { kind: 'releasing'; attempt: A };

export const blockingOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'block');

export interface AttemptOptions {
  /**
   * For gestures we are not sure publish ('maybe' keys): only a block holds
   * them; a stale check lets them through rather than inventing a publish.
   */
  onlyIfBlocked?: boolean;
}

export class PublishGuard<A> {
  state: GuardState<A> = { kind: 'idle' };

  constructor(private readonly fx: GuardEffects<A>) {}

  /** True while our own re-dispatched event is on its way to the site. */
  get releasing(): boolean {
    return this.state.kind === 'releasing';
  }

  /**
   * @param known the findings for exactly the current draft, or undefined
   *   when the draft changed since the last check (or one is pending).
   */
  attempt(attempt: A, known: Finding[] | undefined, options: AttemptOptions = {}): Verdict {
    if (this.state.kind === 'releasing') return 'allow';
    if (this.state.kind !== 'idle') return 'hold';
    if (known === undefined) {
      if (options.onlyIfBlocked) return 'allow';
      this.state = { kind: 'checking', attempt };
      void this.fx.checkNow(attempt).then(
        (findings) => this.onChecked(attempt, findings),
        () => this.onChecked(attempt, null),
      );
      return 'hold';
    }
    const blocking = blockingOf(known);
    if (blocking.length === 0) return 'allow';
    this.openDialog(attempt, blocking);
    return 'hold';
  }

  private onChecked(attempt: A, findings: Finding[] | null): void {
    if (this.state.kind !== 'checking' || this.state.attempt !== attempt) return;
    const blocking = findings ? blockingOf(findings) : [];
    // A failed check must not trap the teacher's post: the extension being
    // broken is not a policy finding. (The check is retried once before.)
    if (blocking.length === 0) this.release(attempt);
    else this.openDialog(attempt, blocking);
  }

  private openDialog(attempt: A, blocking: Finding[]): void {
    this.state = { kind: 'dialog', attempt, blocking };
    this.fx.showDialog(attempt, blocking);
  }

  private release(attempt: A): void {
    this.state = { kind: 'releasing', attempt };
    try {
      this.fx.retrigger(attempt);
    } finally {
      this.state = { kind: 'idle' };
    }
  }

  back(): void {
    if (this.state.kind !== 'dialog') return;
    const { attempt } = this.state;
    this.state = { kind: 'idle' };
    this.fx.closeDialog();
    this.fx.refocus(attempt);
  }

  /** The author confirmed what the policy asks; only valid when confirm is allowed. */
  confirm(allowConfirm: boolean): void {
    if (this.state.kind !== 'dialog' || !allowConfirm) return;
    const { attempt, blocking } = this.state;
    this.fx.closeDialog();
    this.fx.audit(attempt, blocking);
    this.release(attempt);
  }

  /** Page navigated or the composer went away: drop whatever was pending. */
  reset(): void {
    if (this.state.kind === 'dialog') this.fx.closeDialog();
    this.state = { kind: 'idle' };
  }
}
