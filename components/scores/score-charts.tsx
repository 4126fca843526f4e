"use client";

import {
  Legend,
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type RadarPoint = { dimension: string; U: number };
export type HistoryPoint = { label: string; D: number; TECHNOLOGY: number; INSTITUTIONAL: number; RESOURCE: number };

/** The three U on a 0–1 radar. The caller supplies the text alternative and the data table. */
export function ScoreRadar({ data, label, alt }: { data: RadarPoint[]; label: string; alt: string }) {
  return (
    <div role="img" aria-label={alt} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={data} outerRadius="62%" margin={{ top: 16, right: 48, bottom: 16, left: 48 }}>
          <PolarGrid />
          <PolarAngleAxis dataKey="dimension" tick={{ fontSize: 12 }} />
          <PolarRadiusAxis domain={[0, 1]} tickCount={6} tick={{ fontSize: 10 }} />
          <Radar name={label} dataKey="U" stroke="#1d4ed8" fill="#3b82f6" fillOpacity={0.35} isAnimationActive={false} />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}

const LINES = [
  { key: "D", color: "#0f172a", width: 3 },
  { key: "TECHNOLOGY", color: "#1d4ed8", width: 1.5 },
  { key: "INSTITUTIONAL", color: "#b45309", width: 1.5 },
  { key: "RESOURCE", color: "#15803d", width: 1.5 },
] as const;

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
  return (
    <div role="img" aria-label={alt} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <XAxis dataKey="label" tick={{ fontSize: 10 }} />
          <YAxis domain={[0, 1]} tick={{ fontSize: 10 }} />
          <Tooltip formatter={(value) => (typeof value === "number" ? value.toFixed(3) : String(value))} />
          <Legend />
          {LINES.map((line) => (
            <Line
              key={line.key}
              type="monotone"
              dataKey={line.key}
              name={names[line.key]}
              stroke={line.color}
              strokeWidth={line.width}
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
