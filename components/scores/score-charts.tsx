/**
 * The score panel's two charts as plain SVG rendered on the server: a radar of the three U and
 * the history of D and U. A charting library cost the project page 120 KB of JavaScript for
 * two static pictures; these need none. The caller supplies the text alternative and the data
 * table, so nothing here has to be interactive.
 */

export type RadarPoint = { dimension: string; U: number };
export type HistoryPoint = { label: string; D: number; TECHNOLOGY: number; INSTITUTIONAL: number; RESOURCE: number };

const GRID = "#cbd5e1";
const AXIS_TEXT = "#475569";
const round = (n: number) => Math.round(n * 10) / 10;
const clamp01 = (n: number) => Math.min(1, Math.max(0, Number.isFinite(n) ? n : 0));

const VIEW_W = 360;
/** Width of a line at 12 px, roughly: a CJK character is square, a Latin or Cyrillic one about 0.6 of that. */
const textWidth = (line: string) => [...line].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 7), 0);

/** A dimension's name in lines of at most 14 characters, broken between words. */
function axisNameLines(name: string): string[] {
  const lines: string[] = [];
  for (const word of name.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= 14) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The three U on a 0–1 radar. */
export function ScoreRadar({ data, label, alt }: { data: RadarPoint[]; label: string; alt: string }) {
  const [cx, cy, radius] = [180, 128, 92];
  const at = (i: number, r: number) => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / data.length;
    return [round(cx + r * Math.cos(angle)), round(cy + r * Math.sin(angle))] as const;
  };
  const ring = (fraction: number) => data.map((_, i) => at(i, radius * fraction).join(",")).join(" ");
  return (
    <svg role="img" aria-label={alt} viewBox={`0 0 ${VIEW_W} 256`} className="h-64 w-full" data-testid="score-radar">
      <g fill="none" stroke={GRID}>
        {[0.2, 0.4, 0.6, 0.8, 1].map((f) => (
          <polygon key={f} points={ring(f)} />
        ))}
        {data.map((_, i) => (
          <line key={i} x1={cx} y1={cy} x2={at(i, radius)[0]} y2={at(i, radius)[1]} />
        ))}
      </g>
      <g fontSize="10" fill={AXIS_TEXT}>
        {[0.5, 1].map((f) => (
          <text key={f} x={cx + 4} y={round(cy - radius * f + 10)}>
            {f}
          </text>
        ))}
      </g>
      <polygon
        points={data.map((d, i) => at(i, radius * clamp01(d.U)).join(",")).join(" ")}
        fill="#3b82f6"
        fillOpacity={0.35}
        stroke="#1d4ed8"
      >
        <title>{label}</title>
      </polygon>
      <g fontSize="12" fill="#0f172a">
        {data.map((d, i) => {
          const [x, y] = at(i, radius + 14);
          // The top name sits above its corner; the lower ones under theirs, a word or two a
          // line, so that "Институциональное соответствие" fits beside the radar on a phone.
          const lines = y < cy ? [d.dimension] : axisNameLines(d.dimension);
          const half = Math.max(...lines.map(textWidth)) / 2;
          const left = Math.min(Math.max(x, half + 2), VIEW_W - half - 2);
          return (
            <text key={d.dimension} x={left} y={y < cy ? y : y + 4} textAnchor="middle">
              {lines.map((line, n) => (
                <tspan key={n} x={left} dy={n === 0 ? 0 : 14}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
    </svg>
  );
}

const LINES = [
  { key: "D", color: "#0f172a", width: 3 },
  { key: "TECHNOLOGY", color: "#1d4ed8", width: 1.5 },
  { key: "INSTITUTIONAL", color: "#b45309", width: 1.5 },
  { key: "RESOURCE", color: "#15803d", width: 1.5 },
] as const;
const [W, H, LEFT, RIGHT, TOP, BOTTOM] = [640, 220, 34, 12, 8, 26];
/** Few enough time labels that they never overlap. */
const MAX_LABELS = 5;

/** D and the three U over time, one point per snapshot. */
export function ScoreHistoryChart({
  data,
  names,
  alt,
}: {
  data: HistoryPoint[];
  names: Record<(typeof LINES)[number]["key"], string>;
  alt: string;
}) {
  const x = (i: number) => round(data.length < 2 ? LEFT + (W - LEFT - RIGHT) / 2 : LEFT + (i * (W - LEFT - RIGHT)) / (data.length - 1));
  const y = (v: number) => round(TOP + (1 - clamp01(v)) * (H - TOP - BOTTOM));
  const step = Math.max(1, Math.ceil(data.length / MAX_LABELS));
  const labelled = data.map((_, i) => i).filter((i) => i % step === 0 || i === data.length - 1);
  return (
    <div>
      <svg role="img" aria-label={alt} viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" data-testid="score-history-chart">
        <defs>
          {LINES.map((line) => (
            <marker
              key={line.key}
              id={`score-dot-${line.key}`}
              viewBox="0 0 6 6"
              refX="3"
              refY="3"
              markerWidth="6"
              markerHeight="6"
              markerUnits="userSpaceOnUse"
            >
              <circle cx="3" cy="3" r="2.5" fill="#fff" stroke={line.color} />
            </marker>
          ))}
        </defs>
        <g fontSize="10" fill={AXIS_TEXT}>
          {[0, 0.25, 0.5, 0.75, 1].map((v) => (
            <g key={v}>
              <line x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} stroke={v === 0 ? "#94a3b8" : "#e2e8f0"} />
              <text x={LEFT - 6} y={y(v) + 3} textAnchor="end">
                {v}
              </text>
            </g>
          ))}
          {labelled.map((i) => (
            <text
              key={i}
              x={x(i)}
              y={H - 8}
              textAnchor={data.length < 2 ? "middle" : i === 0 ? "start" : i === data.length - 1 ? "end" : "middle"}
            >
              {data[i].label}
            </text>
          ))}
        </g>
        {LINES.map((line) => (
          <polyline
            key={line.key}
            fill="none"
            stroke={line.color}
            strokeWidth={line.width}
            strokeLinejoin="round"
            points={data.map((d, i) => `${x(i)},${y(d[line.key])}`).join(" ")}
            markerStart={`url(#score-dot-${line.key})`}
            markerMid={`url(#score-dot-${line.key})`}
            markerEnd={`url(#score-dot-${line.key})`}
          >
            <title>{names[line.key]}</title>
          </polyline>
        ))}
      </svg>
      <ul className="mt-1 flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs" aria-hidden>
        {LINES.map((line) => (
          <li key={line.key} className="flex items-center gap-1.5" style={{ color: line.color }}>
            <span className="inline-block h-0.5 w-4" style={{ backgroundColor: line.color }} />
            {names[line.key]}
          </li>
        ))}
      </ul>
    </div>
  );
}
