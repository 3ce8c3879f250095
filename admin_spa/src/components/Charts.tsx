import { Area, AreaChart, Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ReactElement } from "react";

const AXIS = { stroke: "#8A97AB", fontSize: 11 };
const GRID = "#1E2D42";
const TT = { contentStyle: { background: "#0F1B2D", border: "1px solid #1E2D42", color: "#E8E8E8" } };
export const COLORS = ["#00FF88", "#4FA3FF", "#FFA500", "#FF4444", "#00AA55", "#B388FF", "#8A97AB"];

export interface Series { key: string; name: string; color?: string; axis?: "left" | "right" }

const MARGIN = { top: 8, right: 12, bottom: 0, left: 0 };

type ChartProps = { data: Array<Record<string, unknown>>; xKey: string; series: Series[]; height?: number };

/** The box a chart fills (full width, `height` tall); `chart` is the Recharts chart in it. */
function ChartBox({ height, testId, points, chart }: { height: number; testId?: string; points?: number; chart: ReactElement }) {
  return (
    <div data-testid={testId} data-points={points} style={{ width: "100%", height }}>
      <ResponsiveContainer>{chart}</ResponsiveContainer>
    </div>
  );
}

export function TimeLineChart({ data, xKey, series, height = 260, testId }: ChartProps & { testId?: string }) {
  const hasRight = series.some((s) => s.axis === "right");
  return (
    <ChartBox height={height} testId={testId} points={data.length} chart={
      <LineChart data={data} margin={MARGIN}>
        <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
        <XAxis dataKey={xKey} tick={AXIS} stroke={AXIS.stroke} minTickGap={30} />
        <YAxis yAxisId="left" tick={AXIS} stroke={AXIS.stroke} width={50} />
        {hasRight && <YAxis yAxisId="right" orientation="right" tick={AXIS} stroke={AXIS.stroke} width={50} />}
        <Tooltip {...TT} />
        <Legend />
        {series.map((s, i) => (
          <Line key={s.key} type="monotone" dataKey={s.key} name={s.name} yAxisId={s.axis ?? "left"} stroke={s.color ?? COLORS[i]} dot={false} isAnimationActive={false} strokeWidth={2} />
        ))}
      </LineChart>
    } />
  );
}

/** Bars (or, with `area`, filled areas) of `series` over `xKey`, on one value axis. */
function SeriesChart({ data, xKey, series, height = 240, area = false }: ChartProps & { area?: boolean }) {
  const Chart = area ? AreaChart : BarChart;
  return (
    <ChartBox height={height} chart={
      <Chart data={data} margin={MARGIN}>
        <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
        <XAxis dataKey={xKey} tick={AXIS} stroke={AXIS.stroke} />
        <YAxis tick={AXIS} stroke={AXIS.stroke} width={50} />
        <Tooltip {...TT} {...(area ? {} : { cursor: { fill: "rgba(255,255,255,.04)" } })} />
        {series.map((s, i) => area
          ? <Area key={s.key} type="monotone" dataKey={s.key} name={s.name} stroke={s.color ?? COLORS[i]} fill={s.color ?? COLORS[i]} fillOpacity={0.15} isAnimationActive={false} />
          : <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color ?? COLORS[i]} isAnimationActive={false} />)}
      </Chart>
    } />
  );
}

export function BarsChart(props: ChartProps) {
  return <SeriesChart {...props} />;
}

export function AreaSeriesChart(props: ChartProps) {
  return <SeriesChart {...props} area />;
}

export function DonutChart({ data, height = 240 }: { data: Array<{ name: string; value: number }>; height?: number }) {
  if (!data.some((d) => d.value > 0)) return <div className="chart-empty muted" style={{ height }}>No connectors yet.</div>;
  const color: Record<string, string> = { Available: "#00FF88", Charging: "#4FA3FF", Preparing: "#4FA3FF", Faulted: "#FF4444", Unavailable: "#8A97AB", Reserved: "#FFA500", SuspendedEV: "#FFA500", SuspendedEVSE: "#FFA500", Finishing: "#00AA55", Offline: "#555" };
  return (
    <ChartBox height={height} chart={
      <PieChart>
        <Pie data={data} dataKey="value" nameKey="name" innerRadius="55%" outerRadius="85%" isAnimationActive={false} stroke="#12192B">
          {data.map((d, i) => <Cell key={d.name} fill={color[d.name] ?? COLORS[i % COLORS.length]} />)}
        </Pie>
        <Tooltip {...TT} />
        <Legend />
      </PieChart>
    } />
  );
}
