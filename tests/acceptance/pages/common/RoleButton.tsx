/** @jsxImportSource react */
// A `div[role=button]`. `keyboard: 'no-click'` activates on Enter/Space
// straight from keydown without a click event (fact sheet §8 q7 is open on
// whether Meta's buttons do this); `'click'` calls el.click() like a native
// button would.
import type { ReactNode } from 'react';

export interface RoleButtonProps {
  label?: string;
  disabled?: boolean;
  keyboard?: 'no-click' | 'click';
  onActivate(via: 'click' | 'keyboard'): void;
  children?: ReactNode;
  [attr: string]: unknown;
}

export function RoleButton({ label, disabled, keyboard = 'no-click', onActivate, children, ...rest }: RoleButtonProps) {
  return (
    <div
      {...rest}
      role="button"
      tabIndex={disabled ? -1 : 0}
      aria-label={label}
      aria-disabled={disabled ? 'true' : undefined}
      className={`acc-btn ${(rest.className as string) ?? ''}`}
      onClick={() => !disabled && onActivate('click')}
      onKeyDown={(e: KeyboardEvent) => {
        if (disabled || (e.key !== 'Enter' && e.key !== ' ')) return;
        e.preventDefault();
        if (keyboard === 'click') (e.currentTarget as HTMLElement).click();
        else onActivate('keyboard');
      }}
    >
      {children}
    </div>
  );
}
