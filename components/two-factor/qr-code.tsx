/** A QR code drawn from the module path the server computed (no image, nothing for the CSP to allow). */
export function QrCode({ size, path, label }: { size: number; path: string; label: string }) {
  const quiet = 4;
  return (
    <svg
      viewBox={`${-quiet} ${-quiet} ${size + 2 * quiet} ${size + 2 * quiet}`}
      role="img"
      aria-label={label}
      className="h-48 w-48 rounded border border-slate-200 bg-white"
      shapeRendering="crispEdges"
      data-testid="two-factor-qr"
    >
      <rect x={-quiet} y={-quiet} width={size + 2 * quiet} height={size + 2 * quiet} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
