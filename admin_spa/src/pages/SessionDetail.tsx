import { useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useMutation, useQuery, useSubscription } from "urql";
import { SessionCostQuery, SessionMeterSubscription, SessionProgressSubscription, SessionQuery, StopChargingMutation } from "../ops/sessions";
import { Badge, DataTable, ErrorBox, Kpi, PageHeader } from "../components/ui";
import { TimeLineChart } from "../components/Charts";
import { CloseSessionButton } from "../components/CloseSession";
import { dateTime, duration, money, num, timeOnly } from "../lib/format";
import { describeError, userErrorsText } from "../lib/errors";

interface Point { timestamp: string; energyWh: number | null; powerW: number | null }

/** `a` and `b` by instant (b wins on the same instant), oldest first. */
export function mergePoints(a: Point[], b: Point[]): Point[] {
  const byTime = new Map<number, Point>();
  for (const p of [...a, ...b]) byTime.set(Date.parse(p.timestamp), p);
  return Array.from(byTime.entries()).sort(([x], [y]) => x - y).map(([, p]) => p);
}

/** The current time, ticking every `ms` while `on` (for a live elapsed time). */
export function useNow(on: boolean, ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!on) return;
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [on, ms]);
  return now;
}

/** At most one call per `ms`; a call inside the window runs once when it ends. */
function useThrottled(fn: () => void, ms: number): () => void {
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(fn);
  latest.current = fn;
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);
  return () => {
    const wait = last.current + ms - Date.now();
    if (wait <= 0) { last.current = Date.now(); latest.current(); return; }
    if (!timer.current) timer.current = setTimeout(() => { timer.current = null; last.current = Date.now(); latest.current(); }, wait);
  };
}

const FLAG_TEXT: Record<string, string> = {
  meter_stop_lt_start: "The meter stop is below the meter start.",
  future_timestamp: "A timestamp from the charger is in the future.",
  debt: "The wallet could not cover the cost: the driver owes the rest.",
  billing_failed: "Billing failed; the session is waiting to be billed again.",
  closed_by_operator: "Closed by an operator (the charger never ended it); billed on the last reading received.",
};

export function SessionDetailPage() {
  const id = decodeURIComponent(useParams().id ?? "");
  const [{ data, error }, refetch] = useQuery({ query: SessionQuery, variables: { id } });
  const s = data?.adminChargingSession;
  const active = s?.status === "ACTIVE";
  const [points, setPoints] = useState<Point[]>([]);
  // Stored samples (on load and each refetch) merged with the live readings, one point per instant.
  useEffect(() => {
    if (s) setPoints((old) => mergePoints(old, s.meterSamples.map((m) => ({ timestamp: m.timestamp, energyWh: m.energyWh ?? null, powerW: m.powerW ?? null }))));
  }, [s]);
  // Live chart: each MeterValues reading of this session adds a point (energy relative to the session start).
  // The running cost is priced by the server (tariff, membership, rewards): refetched as readings arrive.
  const [, refetchCost] = useQuery({ query: SessionCostQuery, variables: { id }, pause: true });
  const refreshCost = useThrottled(() => refetchCost({ requestPolicy: "network-only" }), 1500);
  const now = useNow(active);
  useSubscription({ query: SessionMeterSubscription, variables: { sessionId: id }, pause: !active }, (_p, ev) => {
    const r = ev.meterValues;
    refreshCost();
    if (r.timestamp && (r.energyWh != null || r.powerW != null)) {
      const ts = r.timestamp;
      const energy = r.energyWh == null ? null : Math.max(0, r.energyWh - (s?.meterStartWh ?? 0));
      setPoints((old) => mergePoints(old, [{ timestamp: ts, energyWh: energy, powerW: r.powerW ?? null }]));
    }
    return ev;
  });
  const [progress] = useSubscription({ query: SessionProgressSubscription, variables: { sessionId: id }, pause: !active }, (_p, ev) => {
    if (ev.sessionProgress.status.toUpperCase() !== s?.status) refetch({ requestPolicy: "network-only" });
    else refreshCost();
    return ev;
  });
  const p = progress.data?.sessionProgress;
  const [{ fetching: stopping }, stop] = useMutation(StopChargingMutation);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const chart = points.map((m) => ({ t: timeOnly(m.timestamp), power: m.powerW == null ? null : m.powerW / 1000, energy: m.energyWh == null ? null : m.energyWh / 1000 }));
  // While charging, the freshest of: the last meter reading charted, the progress event, the stored value.
  const last = points.length ? points[points.length - 1] : null;
  const energyWh = active ? Math.max(last?.energyWh ?? 0, p?.energyWh ?? 0, s?.energyWh ?? 0) : s?.energyWh;
  const powerW = active ? (last?.powerW ?? p?.powerW ?? s?.powerW) : s?.powerW;

  return (
    <div className="stack">
      <PageHeader title={`Session ${s?.transactionId ?? ""}`}>
        {s && <span data-testid="session-status"><Badge value={s.status} /></span>}
        {active && <button className="danger" data-testid="remote-stop" disabled={stopping} onClick={async () => {
          const r = await stop({ input: { sessionId: id } });
          const m = describeError(r.error)?.message ?? userErrorsText(r.data?.stopCharging.errors);
          setMsg(m ? { ok: false, text: m } : { ok: true, text: "Stop sent to the charger (RemoteStopTransaction)." });
        }}>■ Remote stop</button>}
        {active && s && <CloseSessionButton sessionId={s.id} onClosed={() => { setMsg({ ok: true, text: "Session closed and billed on its last reading." }); refetch({ requestPolicy: "network-only" }); }} />}
      </PageHeader>
      <ErrorBox error={error} what="Session" />
      {msg && <div className={`alert ${msg.ok ? "ok" : "error"}`} data-testid="stop-result">{msg.text}</div>}
      {s && (
        <>
          <div className="grid kpis">
            <Kpi label="Energy (kWh)" value={num((energyWh ?? 0) / 1000, 3)} testId="session-energy" />
            <Kpi label="Power (kW)" value={powerW == null ? "—" : num(powerW / 1000, 2)} />
            <Kpi label="Duration" value={duration(s.startedAt, s.stoppedAt ?? (active ? new Date(now).toISOString() : s.lastMeterAt))} testId="session-duration" />
            <Kpi label={s.billed ? "Cost" : "Cost so far"} value={money(s.billed ? s.cost : s.costSoFar)} testId="session-cost" />
          </div>
          <div className="card">
            <h3>Meter {active && <span className="small muted">● live</span>}</h3>
            <TimeLineChart testId="meter-chart" data={chart} xKey="t" series={[{ key: "power", name: "Power (kW)" }, { key: "energy", name: "Energy (kWh)", axis: "right", color: "#4FA3FF" }]} />
          </div>
          <div className="grid two">
            <div className="card">
              <h3>Details</h3>
              <table className="table"><tbody>
                <tr><th>Charger</th><td><Link to={`/chargers/${encodeURIComponent(s.chargePointId)}`}>{s.chargePointId}</Link> #{s.connectorId}</td></tr>
                <tr><th>Driver</th><td>{s.user ? <Link to={`/users/${encodeURIComponent(s.user.id)}`}>{s.user.email ?? s.user.name}</Link> : "—"} <code>{s.idTag}</code></td></tr>
                <tr><th>Started</th><td>{dateTime(s.startedAt)} {s.startSource && <span className="muted">({s.startSource})</span>}</td></tr>
                <tr><th>Started by</th><td data-testid="started-by">{s.startedBy ? <Link to={`/users/${encodeURIComponent(s.startedBy.id)}`}>{s.startedBy.email ?? s.startedBy.name}</Link> : s.startSource === "local" ? "at the charger" : "—"}{s.startedByApiKeyId && <span className="muted"> (API key)</span>}</td></tr>
                <tr><th>Stopped</th><td>{dateTime(s.stoppedAt)} {s.stopReason && <span className="muted">({s.stopReason})</span>}</td></tr>
                {s.evChargingNeeds && (
                  <tr data-testid="ev-needs"><th>The EV asked for</th><td>
                    {s.evChargingNeeds.energyAmountWh != null ? `${(s.evChargingNeeds.energyAmountWh / 1000).toFixed(1)} kWh` : "—"}
                    {s.evChargingNeeds.departureTime ? ` by ${dateTime(s.evChargingNeeds.departureTime)}` : ""}
                    <span className="muted"> ({s.evChargingNeeds.requestedEnergyTransfer})</span>
                  </td></tr>
                )}
                <tr><th>Receipt</th><td data-testid="receipt">{s.receipt ? <>{s.receipt.number} · {money(s.receipt.total)} <a href={s.receipt.pdfUrl} target="_blank" rel="noreferrer">PDF</a></> : "—"}</td></tr>
              </tbody></table>
              {s.flags.length > 0 && (
                <div style={{ marginTop: 12 }} data-testid="session-flags">
                  <h3>Sanity-check flags</h3>
                  {s.flags.map((f) => <div key={f} className="alert warn"><b>{f}</b>{FLAG_TEXT[f] ? `: ${FLAG_TEXT[f]}` : ""}</div>)}
                </div>
              )}
            </div>
            <div className="card">
              <h3>Cost lines</h3>
              <DataTable rows={s.costLines} rowKey={(l) => l.code + l.description} empty={s.billed ? "No charge." : "Not billed yet."} columns={[
                { key: "d", title: "Item", render: (l) => l.description },
                { key: "q", title: "Qty", render: (l) => l.quantityText },
                { key: "a", title: "Amount", render: (l) => money(l.amount) },
              ]} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
