import { h, render } from 'preact';
import type { Finding } from '../schema/finding';
import type { PanelPlacement } from '../sites/types';
import { createHost, type Host } from './host';
import { PANEL_CSS } from './styles';
import { themeAround } from './theme';
import { WarningsPanel } from './WarningsPanel';

/**
 * The inline warnings next to one compose box (or one profile's buttons).
 * The host is created on the first finding and then kept (empty) while the
 * composer lives, so its aria-live region announces later changes. It sits
 * in the page flow beside the composer, so it never covers the site's
 * buttons, and it is re-inserted if the site re-renders around it.
 */
export class PanelView {
  private host: Host | undefined;
  private mount: HTMLElement | undefined;

  constructor(private readonly placement: () => PanelPlacement | null) {}

  /** `chooseDistrict`: no district is chosen yet; the panel offers to choose one. */
  render(findings: Finding[], supportContact?: string, chooseDistrict?: () => void): void {
    if (!this.host && findings.length === 0 && !chooseDistrict) return;
    const where = this.placement();
    if (!where) return;
    if (!this.host) {
      this.host = createHost('warnings', PANEL_CSS);
      this.mount = document.createElement('div');
      this.host.root.appendChild(this.mount);
    }
    this.place(where);
    render(h(WarningsPanel, { findings, supportContact, chooseDistrict, theme: themeAround(where.anchor) }), this.mount!);
  }

  private place({ anchor, where }: PanelPlacement): void {
    const host = this.host!.host;
    const neighbour = where === 'after' ? anchor.nextSibling : anchor.previousSibling;
    if (neighbour !== host && anchor.parentNode) anchor[where](host);
  }

  get element(): HTMLElement | undefined {
    return this.host?.host;
  }

  destroy(): void {
    if (this.mount) render(null, this.mount);
    this.host?.host.remove();
    this.host = undefined;
    this.mount = undefined;
  }
}
