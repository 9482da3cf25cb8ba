/** @jsxImportSource react */
// `div[role=button]`, as Meta (Facebook, Instagram) and TikTok render most
// controls. Keyboard activation (Enter / Space while focused) calls the
// handler straight from the keydown listener, WITHOUT dispatching a `click`
// event: whether Comet's buttons emit a click on keyboard activation is an
// open question (site-dom-facts §8.7), and this is the harder case for an
// extension that only listens for clicks.
export function DivButton(props: {
  onActivate: (via: 'click' | 'keyboard') => void;
  label?: string;
  disabled?: boolean;
  className?: string;
  children?: any;
  [attr: string]: any;
}) {
  const { onActivate, label, disabled, className, children, ...rest } = props;
  return (
    <div
      role="button"
      tabIndex={disabled ? -1 : 0}
      aria-label={label}
      aria-disabled={disabled ? 'true' : undefined}
      className={className}
      {...rest}
      onClick={(e: MouseEvent) => {
        e.preventDefault();
        if (!disabled) onActivate('click');
      }}
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        if (!disabled) onActivate('keyboard');
      }}
    >
      {children}
    </div>
  );
}
