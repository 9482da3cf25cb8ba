import { h, render } from 'preact';
import { createHost, type Host } from './host';
import { DIALOG_CSS } from './styles';
import { themeAround } from './theme';
import { PublishDialog, type PublishDialogProps } from './PublishDialog';

/** The one publish dialog of a page (a body-level overlay of our own). */
export class DialogView {
  private host: Host | undefined;
  private mount: HTMLElement | undefined;

  open(props: Omit<PublishDialogProps, 'theme'>, near: Element | null): void {
    this.close();
    // The host itself is the full-viewport layer, above the site's own layers.
    this.host = createHost('dialog', DIALOG_CSS, 'display: block; position: fixed; inset: 0; z-index: 2147483647;');
    this.mount = document.createElement('div');
    this.host.root.appendChild(this.mount);
    (document.body ?? document.documentElement).appendChild(this.host.host);
    render(h(PublishDialog, { ...props, theme: themeAround(near) }), this.mount);
  }

  get isOpen(): boolean {
    return !!this.host;
  }

  close(): void {
    if (this.mount) render(null, this.mount);
    this.host?.host.remove();
    this.host = undefined;
    this.mount = undefined;
  }
}
