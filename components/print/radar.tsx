/** The three U on a 0–1 radar as plain SVG: prints without any script. */
export function RadarSvg({ values, labels, size = 180 }: { values: number[]; labels: string[]; size?: number }) {
  const c = size / 2;
  const r = size * 0.32;
  const angle = (i: number) => -Math.PI / 2 + (i * 2 * Math.PI) / values.length;
  const point = (i: number, v: number) => [c + r * v * Math.cos(angle(i)), c + r * v * Math.sin(angle(i))] as const;
  const polygon = (v: (i: number) => number) =>
    values
      .map((_, i) => point(i, v(i)))
      .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
      .join(" ");
  return (
    <svg viewBox={`0 0 ${size} ${size}`} width={size} height={size} role="img" aria-label={labels.join(", ")}>
      {[0.2, 0.4, 0.6, 0.8, 1].map((ring) => (
        <polygon key={ring} points={polygon(() => ring)} fill="none" stroke="#cbd5e1" strokeWidth={0.6} />
      ))}
      {values.map((_, i) => {
        const [x, y] = point(i, 1);
        return <line key={i} x1={c} y1={c} x2={x} y2={y} stroke="#cbd5e1" strokeWidth={0.6} />;
      })}
      <polygon
        points={polygon((i) => Math.max(0, Math.min(1, values[i])))}
        fill="#3b82f6"
        fillOpacity={0.35}
        stroke="#1d4ed8"
        strokeWidth={1.2}
      />
      {labels.map((label, i) => {
        const [x, y] = point(i, 1.28);
        return (
          <text key={label} x={x} y={y} fontSize={8} textAnchor="middle" dominantBaseline="middle" fill="#0f172a">
            {label}
          </text>
        );
      })}
    </svg>
  );
}
