/** @jsxImportSource react */
// Initials in a coloured circle: stands in for profile pictures, which would
// otherwise be network requests.
const COLORS = ['#1877f2', '#e4405f', '#25f4ee', '#fe2c55', '#42b72a', '#f7b928', '#8a3ab9', '#0f1419'];

export function Avatar(props: { name: string; size?: number; className?: string; label?: string }) {
  const size = props.size ?? 40;
  const initials = props.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => [...w][0]!.toUpperCase())
    .join('');
  let h = 0;
  for (const c of props.name) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return (
    <span
      className={props.className ?? 'tp-avatar'}
      role="img"
      aria-label={props.label ?? props.name}
      style={{
        width: size,
        height: size,
        borderRadius: '50%',
        background: COLORS[h % COLORS.length],
        color: '#fff',
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        fontSize: Math.round(size * 0.4),
        fontWeight: 700,
        flex: 'none',
        fontFamily: 'system-ui, sans-serif',
      }}
    >
      {initials}
    </span>
  );
}
