/**
 * The Paperscope icon as inline SVG (same drawing as `assets/icon.svg`).
 * Inline on purpose: an asset URL inside a content script would resolve
 * against the host site and cost a request.
 */
export function Logo({ size = 16 }: { size?: number }) {
  return (
    <svg class="ps-logo" viewBox="0 0 128 128" width={size} height={size} aria-hidden="true">
      <rect x="4" y="4" width="120" height="120" rx="26" fill="#0f766e" />
      <path d="M30 22h44l20 20v64a4 4 0 0 1-4 4H30a4 4 0 0 1-4-4V26a4 4 0 0 1 4-4z" fill="#f0fdfa" />
      <path d="M74 22v16a4 4 0 0 0 4 4h16z" fill="#99f6e4" />
      <rect x="36" y="50" width="30" height="6" rx="3" fill="#5eead4" />
      <rect x="36" y="62" width="22" height="6" rx="3" fill="#5eead4" />
      <rect x="36" y="74" width="18" height="6" rx="3" fill="#5eead4" />
      <circle cx="76" cy="78" r="17" fill="none" stroke="#134e4a" stroke-width="9" />
      <path d="M88 91l15 15" stroke="#134e4a" stroke-width="11" stroke-linecap="round" />
    </svg>
  );
}
