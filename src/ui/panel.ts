import { h, render } from 'preact';
import type { Finding } from '../schema/finding';
import type { PanelPlacement } from '../sites/types';
import { createHost, type Host } from './host';
import { PANEL_CSS } from './styles';
import { themeAround, watchTheme, type Theme } from './theme';
import { WarningsPanel } from './WarningsPanel';

interface PanelProps {
  findings: Finding[];
  supportContact?: string;
  chooseDistrict?: () => void;
}

/**
 * The inline warnings next to one compose box (or one profile's buttons).
 * The host is created on the first finding and then kept (empty) while the
 * composer lives, so its aria-live region announces later changes. It sits
 * in the page flow beside the composer, so it never covers the site's
 * buttons, and it is re-inserted if the site re-renders around it.
 *
 * Checks run after nearly every keystroke, and most of them change nothing:
 * the panel re-renders only when what it shows changed, and reads the
 * site's theme only when it is created or the site may have switched theme.
 */
export class PanelView {
  private host: Host | undefined;
  private mount: HTMLElement | undefined;
  private props: PanelProps | undefined;
  private shown: string | undefined;
  private theme: Theme = 'light';
  private unwatch: (() => void) | undefined;

  constructor(private readonly placement: () => PanelPlacement | null) {}

  /** `chooseDistrict`: no district is chosen yet; the panel offers to choose one. */
  render(findings: Finding[], supportContact?: string, chooseDistrict?: () => void): void {
    if (!this.host && findings.length === 0 && !chooseDistrict) return;
    const where = this.placement();
    if (!where) return;
    const created = !this.host;
    if (!this.host) {
      this.host = createHost('warnings', PANEL_CSS);
      this.mount = document.createElement('div');
      this.host.root.appendChild(this.mount);
      this.unwatch = watchTheme(() => this.retheme());
    }
    this.place(where);
    // The very findings shown already (the worker answered `same`, see
    // messaging/checkPort.ts): nothing to compare or redraw.
    const prev = this.props;
    if (!created && prev && findings === prev.findings && supportContact === prev.supportContact && chooseDistrict === prev.chooseDistrict) return;
    this.props = { findings, supportContact, chooseDistrict };
    const key = JSON.stringify([findings, supportContact ?? null, !!chooseDistrict]);
    if (!created && key === this.shown) return;
    // New findings are a moment to look at the theme again too (a theme set
    // deeper than <html>/<body> is not watched).
    this.theme = themeAround(where.anchor);
    this.shown = key;
    this.draw();
  }

  /** The site may have switched light/dark: follow it. */
  retheme(): void {
    const where = this.host && this.placement();
    if (!where) return;
    const theme = themeAround(where.anchor);
    if (theme === this.theme) return;
    this.theme = theme;
    this.draw();
  }

  private draw(): void {
    if (!this.mount || !this.props) return;
    render(h(WarningsPanel, { ...this.props, theme: this.theme }), this.mount);
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
    this.unwatch?.();
    this.unwatch = undefined;
    if (this.mount) render(null, this.mount);
    this.host?.host.remove();
    this.host = undefined;
    this.mount = undefined;
    this.props = undefined;
    this.shown = undefined;
  }
}
