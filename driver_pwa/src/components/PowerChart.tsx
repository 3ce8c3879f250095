import { t } from "../lib/i18n";
import { kw } from "../lib/format";
export interface Point {
  t: number; // seconds
  kw: number;
}

/** A point of the chart: `kw` at the second of the session when the reading was taken. */
export function pointAt(startedAt: string, timestamp: string, kw: number): Point {
  return { t: Math.round((Date.parse(timestamp) - Date.parse(startedAt)) / 1000), kw };
}

/** The chart's points: `a` and `b` together, one per second of the session (`b`'s where both have
 * one), in time order, the newest 240. */
export function mergePoints(a: Point[], b: Point[]): Point[] {
  const byT = new Map<number, Point>();
  for (const p of [...a, ...b]) byT.set(p.t, p);
  return [...byT.values()].sort((x, y) => x.t - y.t).slice(-240);
}

/** A small SVG line chart of power over time (no canvas, so it renders anywhere). The first reading
 * is drawn at once, as a level line (a charger may send one a minute): "waiting" only before any. */
export function PowerChart({ points: given, width = 360, height = 110 }: { points: Point[]; width?: number; height?: number }) {
  const pad = 6;
  const points = given.length === 1 ? [given[0], { ...given[0], t: given[0].t + 1 }] : given;
  if (points.length < 2) {
    return (
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t("chart.waitingLabel")}>
        <text x={width / 2} y={height / 2} fill="#8a97ab" textAnchor="middle" fontSize="12">
          {t("chart.waiting")}
        </text>
      </svg>
    );
  }
  const t0 = points[0].t;
  const t1 = points[points.length - 1].t;
  const maxKw = Math.max(1, ...points.map((p) => p.kw)) * 1.1;
  const x = (t: number) => pad + ((t - t0) / Math.max(1, t1 - t0)) * (width - 2 * pad);
  const y = (kw: number) => height - pad - (kw / maxKw) * (height - 2 * pad);
  const line = points.map((p) => `${x(p.t).toFixed(1)},${y(p.kw).toFixed(1)}`).join(" ");
  const area = `${x(t0)},${height - pad} ${line} ${x(t1)},${height - pad}`;
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t("chart.latest", { kw: kw(points[points.length - 1].kw) })}>
      <defs>
        <linearGradient id="pw" x1="0" x2="0" y1="0" y2="1">
          <stop offset="0" stopColor="#00FF88" stopOpacity=".35" />
          <stop offset="1" stopColor="#00FF88" stopOpacity="0" />
        </linearGradient>
      </defs>
      <polygon points={area} fill="url(#pw)" />
      <polyline points={line} fill="none" stroke="#00FF88" strokeWidth="2" />
      <text x={width - pad} y={14} fill="#8a97ab" textAnchor="end" fontSize="11">
        {maxKw.toFixed(0)} kW
      </text>
    </svg>
  );
}
