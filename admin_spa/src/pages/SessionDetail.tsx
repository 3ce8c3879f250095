import { useEffect, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useMutation, useQuery, useSubscription } from "urql";
import { RemoteStopMutation, SessionQuery, SessionUpdatedSubscription } from "../pending/sessions";
import type { MeterSample } from "../pending/types";
import { Badge, DataTable, ErrorBox, Kpi, PageHeader } from "../components/ui";
import { TimeLineChart } from "../components/Charts";
import { dateTime, duration, money, num, timeOnly } from "../lib/format";
import { describeError, userErrorsText } from "../lib/errors";

export function SessionDetailPage() {
  const id = decodeURIComponent(useParams().id ?? "");
  const [{ data, error }, refetch] = useQuery({ query: SessionQuery, variables: { id } });
  const [samples, setSamples] = useState<MeterSample[]>([]);
  useEffect(() => { if (data?.chargingSession) setSamples(data.chargingSession.meterSamples); }, [data]);
  useSubscription({ query: SessionUpdatedSubscription, variables: { id } }, (_p, ev) => {
    const s = ev.sessionUpdated.lastSample;
    if (s) setSamples((old) => (old.some((o) => o.timestamp === s.timestamp) ? old : [...old, s]));
    if (ev.sessionUpdated.status !== data?.chargingSession?.status) refetch({ requestPolicy: "network-only" });
    return ev;
  });
  const [{ fetching: stopping }, stop] = useMutation(RemoteStopMutation);
  const [msg, setMsg] = useState<string | null>(null);
  const s = data?.chargingSession;
  const active = s && ["ACTIVE", "active", "STARTING", "Charging"].includes(s.status);
  const chart = samples.map((m) => ({ t: timeOnly(m.timestamp), power: Number(m.powerKw ?? 0), energy: Number(m.energyKwh ?? 0) }));

  return (
    <div className="stack">
      <PageHeader title={`Session ${s?.transactionId ?? ""}`}>
        {s && <Badge value={s.status} />}
        {active && <button className="danger" disabled={stopping} onClick={async () => {
          const r = await stop({ input: { sessionId: id } });
          setMsg(describeError(r.error)?.message ?? userErrorsText(r.data?.remoteStopSession.errors) ?? "Stop requested.");
        }}>■ Remote stop</button>}
      </PageHeader>
      <ErrorBox error={error} what="Session" />
      {msg && <div className="alert ok" data-testid="stop-result">{msg}</div>}
      {s && (
        <>
          <div className="grid kpis">
            <Kpi label="Energy (kWh)" value={num(s.energyKwh, 3)} testId="session-energy" />
            <Kpi label="Power (kW)" value={num(s.powerKw, 2)} />
            <Kpi label="Duration" value={duration(s.startedAt, s.stoppedAt)} />
            <Kpi label="Cost" value={money(s.cost)} />
          </div>
          <div className="card">
            <h3>Meter (live)</h3>
            <TimeLineChart testId="meter-chart" data={chart} xKey="t" series={[{ key: "power", name: "Power (kW)" }, { key: "energy", name: "Energy (kWh)", axis: "right", color: "#4FA3FF" }]} />
          </div>
          <div className="grid two">
            <div className="card">
              <h3>Details</h3>
              <table className="table"><tbody>
                <tr><th>Charger</th><td>{s.charger && <Link to={`/chargers/${encodeURIComponent(s.charger.chargePointId)}`}>{s.charger.chargePointId}</Link>} #{s.connectorId}</td></tr>
                <tr><th>Driver</th><td>{s.user ? <Link to={`/users/${encodeURIComponent(s.user.id)}`}>{s.user.email ?? s.user.name}</Link> : "—"} <code>{s.idTag}</code></td></tr>
                <tr><th>Started</th><td>{dateTime(s.startedAt)}</td></tr>
                <tr><th>Stopped</th><td>{dateTime(s.stoppedAt)} {s.stopReason && <span className="muted">({s.stopReason})</span>}</td></tr>
                <tr><th>Receipt</th><td data-testid="receipt">{s.receipt ? <>{s.receipt.number} · {money(s.receipt.total)} {s.receipt.pdfUrl && <a href={s.receipt.pdfUrl} target="_blank" rel="noreferrer">PDF</a>}</> : "—"}</td></tr>
              </tbody></table>
              {s.flags.length > 0 && (
                <div style={{ marginTop: 12 }}>
                  <h3>Sanity-check flags</h3>
                  {s.flags.map((f) => <div key={f.code} className="alert warn"><b>{f.code}</b>: {f.message}</div>)}
                </div>
              )}
            </div>
            <div className="card">
              <h3>Cost lines</h3>
              <DataTable rows={s.costLines} rowKey={(l) => l.description} empty="No cost lines yet." columns={[
                { key: "d", title: "Item", render: (l) => l.description },
                { key: "q", title: "Qty", render: (l) => num(l.quantity, 3) },
                { key: "u", title: "Unit price", render: (l) => money(l.unitPrice) },
                { key: "a", title: "Amount", render: (l) => money(l.amount) },
              ]} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
