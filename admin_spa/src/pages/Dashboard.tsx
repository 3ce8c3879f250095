import { useQuery, useSubscription } from "urql";
import { DashboardQuery, DashboardSubscription } from "../ops/dashboard";
import { ErrorBox, Kpi, PageHeader } from "../components/ui";
import { BarsChart, DonutChart, AreaSeriesChart } from "../components/Charts";
import { money, num } from "../lib/format";

export function DashboardPage() {
  const [{ data, error }] = useQuery({ query: DashboardQuery, variables: { days: 30 } });
  const [live] = useSubscription({ query: DashboardSubscription });
  const s = live.data?.dashboardStats ?? data?.dashboardStats;
  const days = (data?.dailyStats ?? []).map((d) => ({ date: d.date.slice(5), energy: Number(d.energyKwh), revenue: Number(d.revenue.amount), sessions: d.sessions }));
  return (
    <div className="stack">
      <PageHeader title="Dashboard">
        <span className="small muted" data-testid="live-indicator">{live.data ? "● live" : ""}</span>
      </PageHeader>
      <ErrorBox error={error} what="Dashboard" />
      <ErrorBox error={live.error} what="Live counters" />
      <div className="grid kpis">
        <Kpi testId="kpi-online" label="Chargers online" value={s ? s.chargersOnline : "—"} />
        <Kpi testId="kpi-offline" label="Offline" value={s ? s.chargersOffline : "—"} />
        <Kpi testId="kpi-charging" label="Charging" value={s ? s.chargersCharging : "—"} />
        <Kpi testId="kpi-faulted" label="Faulted" value={s ? s.chargersFaulted : "—"} />
        <Kpi testId="kpi-faults" label="Open faults" value={s ? s.openFaults : "—"} />
        <Kpi testId="kpi-active" label="Sessions active" value={s ? s.sessionsActive : "—"} />
        <Kpi testId="kpi-power" label="Power now (kW)" value={s ? num(s.powerW / 1000, 1) : "—"} />
        <Kpi testId="kpi-energy" label="Energy today (kWh)" value={s ? num(s.energyTodayWh / 1000, 1) : "—"} />
        <Kpi testId="kpi-revenue" label="Revenue today" value={s ? money(s.revenueToday) : "—"} />
      </div>
      <div className="grid two">
        <div className="card"><h3>Energy per day (kWh)</h3><AreaSeriesChart data={days} xKey="date" series={[{ key: "energy", name: "kWh" }]} /></div>
        <div className="card"><h3>Revenue per day</h3><BarsChart data={days} xKey="date" series={[{ key: "revenue", name: "Revenue", color: "#00D977" }]} /></div>
        <div className="card"><h3>Sessions per day</h3><BarsChart data={days} xKey="date" series={[{ key: "sessions", name: "Sessions", color: "#4FA3FF" }]} /></div>
        <div className="card"><h3>Connector status</h3><DonutChart data={(data?.connectorStatusBreakdown ?? []).map((b) => ({ name: b.status, value: b.count }))} /></div>
      </div>
    </div>
  );
}
