import { useQuery, useSubscription } from "urql";
import { DashboardQuery, DashboardSubscription, type DashboardStats } from "../pending/dashboard";
import { ChargerStatusSubscription } from "../pending/chargers";
import { ErrorBox, Kpi, PageHeader } from "../components/ui";
import { BarsChart, DonutChart, AreaSeriesChart } from "../components/Charts";
import { money, num } from "../lib/format";

export function DashboardPage() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: DashboardQuery, variables: { days: 30 } });
  const [live] = useSubscription({ query: DashboardSubscription });
  // Any charger status change: refresh the counters (the subscription above carries them when available).
  useSubscription({ query: ChargerStatusSubscription, variables: {} }, (_prev, ev) => {
    if (!live.data) refetch({ requestPolicy: "network-only" });
    return ev;
  });
  const s: DashboardStats | undefined = live.data?.dashboardStats ?? data?.dashboardStats;
  const days = (data?.dailyStats ?? []).map((d) => ({ date: d.date.slice(5), energy: Number(d.energyKwh), revenue: Number(d.revenue.amount), sessions: d.sessions }));
  return (
    <div className="stack">
      <PageHeader title="Dashboard">
        <span className="small muted">{live.data ? "● live" : fetching ? "loading…" : ""}</span>
      </PageHeader>
      <ErrorBox error={error} what="Dashboard" />
      <div className="grid kpis">
        <Kpi testId="kpi-online" label="Chargers online" value={s ? s.chargersOnline : "—"} />
        <Kpi testId="kpi-offline" label="Offline" value={s ? s.chargersOffline : "—"} />
        <Kpi testId="kpi-faulted" label="Faulted" value={s ? s.chargersFaulted : "—"} />
        <Kpi testId="kpi-active" label="Sessions active" value={s ? s.sessionsActive : "—"} />
        <Kpi testId="kpi-power" label="Power now (kW)" value={s ? num(s.powerNowKw, 1) : "—"} />
        <Kpi testId="kpi-energy" label="Energy today (kWh)" value={s ? num(s.energyTodayKwh, 1) : "—"} />
        <Kpi testId="kpi-revenue" label="Revenue today" value={s ? money(s.revenueToday) : "—"} />
      </div>
      <div className="grid two">
        <div className="card"><h3>Energy per day (kWh)</h3><AreaSeriesChart data={days} xKey="date" series={[{ key: "energy", name: "kWh" }]} /></div>
        <div className="card"><h3>Revenue per day</h3><BarsChart data={days} xKey="date" series={[{ key: "revenue", name: "Revenue", color: "#00D977" }]} /></div>
        <div className="card"><h3>Sessions per day</h3><BarsChart data={days} xKey="date" series={[{ key: "sessions", name: "Sessions", color: "#4FA3FF" }]} /></div>
        <div className="card"><h3>Connector status</h3><DonutChart data={(s?.statusBreakdown ?? []).map((b) => ({ name: b.status, value: b.count }))} /></div>
      </div>
    </div>
  );
}
