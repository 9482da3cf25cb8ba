import type { Draft, ProfileAction } from '../schema/draft';
import type { Finding } from '../schema/finding';
import type { CheckResponse } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/types';
import { PanelView } from '../ui/panel';
import { isVisible } from './dom';

// Friend / follow / message buttons on profiles. Each visible button is
// checked ahead of time (so a click can be decided synchronously), keyed by
// what the page shows about the person; the engine decides whether that
// person is a current student.

export interface ProfileDraft {
  action: ProfileAction;
  draft: Draft;
  key: string;
}

export interface ProfileEnv {
  adapter: SiteAdapter;
  epoch(): number;
  check(draft: Draft): Promise<CheckResponse>;
  onResponse(response: CheckResponse): void;
  supportContact(): string | undefined;
}

const PRECHECK_DELAY_MS = 250;

export class ProfileWatch {
  private readonly results = new Map<string, Finding[]>();
  private readonly inflight = new Map<string, Promise<Finding[] | null>>();
  private readonly buttons = new Set<Element>();
  private readonly panels = new Map<Element, { view: PanelView; byAction: Map<string, Finding[]> }>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly env: ProfileEnv) {}

  draftFor(button: Element): ProfileDraft | null {
    const p = this.env.adapter.profile;
    const action = p.action(button);
    if (!action) return null;
    let recipient;
    try {
      recipient = p.recipient(button);
    } catch {
      recipient = {};
    }
    const draft: Draft = { site: this.env.adapter.site, surface: 'profile', text: '', action, recipient };
    return { action, draft, key: JSON.stringify([this.env.epoch(), draft]) };
  }

  known(key: string): Finding[] | undefined {
    return this.results.get(key);
  }

  /** A profile button appeared: check it once the page around it settles. */
  consider(button: Element): void {
    if (!this.env.adapter.profile.action(button)) return;
    this.buttons.add(button);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.precheckAll(), PRECHECK_DELAY_MS);
  }

  private precheckAll(): void {
    for (const b of this.buttons) {
      if (!b.isConnected) {
        this.buttons.delete(b);
        continue;
      }
      if (isVisible(b)) void this.checkButton(b);
    }
  }

  async check(pd: ProfileDraft): Promise<Finding[] | null> {
    const done = this.results.get(pd.key);
    if (done) return done;
    let p = this.inflight.get(pd.key);
    if (!p) {
      p = this.env.check(pd.draft).then((r) => {
        this.env.onResponse(r);
        if (r.status === 'error') return null;
        this.results.set(pd.key, r.findings);
        return r.findings;
      });
      this.inflight.set(pd.key, p);
      void p.finally(() => this.inflight.delete(pd.key));
    }
    return p;
  }

  private async checkButton(button: Element): Promise<void> {
    const pd = this.draftFor(button);
    if (!pd) return;
    const findings = await this.check(pd);
    if (findings) this.show(button, pd.action, findings);
  }

  private show(button: Element, action: ProfileAction, findings: Finding[]): void {
    if (!button.isConnected) return;
    const p = this.env.adapter.profile;
    const anchor = p.panelAnchor?.(button) ?? button.parentElement ?? button;
    let entry = this.panels.get(anchor);
    if (!entry) {
      if (findings.length === 0) return;
      entry = { view: new PanelView(() => (anchor.isConnected ? { anchor, where: 'after' } : null)), byAction: new Map() };
      this.panels.set(anchor, entry);
    }
    entry.byAction.set(action, findings);
    entry.view.render([...entry.byAction.values()].flat(), this.env.supportContact());
  }

  /** Settings changed: forget answers and check the visible buttons again. */
  refresh(): void {
    this.results.clear();
    for (const e of this.panels.values()) e.byAction.clear();
    this.precheckAll();
  }

  /** In-app navigation: another profile, so nothing carries over. */
  reset(): void {
    clearTimeout(this.timer);
    this.results.clear();
    this.buttons.clear();
    for (const e of this.panels.values()) e.view.destroy();
    this.panels.clear();
  }

  /** For the popup: the profile findings currently shown. */
  shown(): Finding[] {
    return [...this.panels.values()].flatMap((e) => [...e.byAction.values()].flat());
  }
}
