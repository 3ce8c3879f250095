import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { MeterValuesQuery } from "../pending/sessions";
import { ChargersQuery } from "../pending/chargers";
import { ErrorBox, PageHeader } from "../components/ui";
import { TimeLineChart } from "../components/Charts";
import { downloadCsv, toCsv } from "../lib/csv";

function localInput(d: Date): string {
  const off = d.getTimezoneOffset() * 60000;
  return new Date(d.getTime() - off).toISOString().slice(0, 16);
}

export function MeteringPage() {
  const [cpid, setCpid] = useState("");
  const [connectorId, setConnectorId] = useState("");
  const [from, setFrom] = useState(() => localInput(new Date(Date.now() - 24 * 3600 * 1000)));
  const [to, setTo] = useState(() => localInput(new Date()));
  const [{ data: chargers }] = useQuery({ query: ChargersQuery, variables: { first: 100 } });
  const valid = cpid && from && to && new Date(from) < new Date(to);
  const [{ data, error, fetching }] = useQuery({
    query: MeterValuesQuery,
    variables: { chargePointId: cpid, from: new Date(from).toISOString(), to: new Date(to).toISOString(), connectorId: connectorId ? Number(connectorId) : null },
    pause: !valid,
  });
  const rows = data?.meterValues ?? [];
  const measurands = useMemo(() => Array.from(new Set(rows.map((r) => r.measurand))), [rows]);
  const chart = useMemo(() => {
    const byTs = new Map<string, Record<string, unknown>>();
    for (const r of rows) {
      if (r.phase) continue;
      const k = r.timestamp;
      const row = byTs.get(k) ?? { t: new Date(k).toLocaleString("en-GB", { hour: "2-digit", minute: "2-digit", day: "2-digit", month: "short" }) };
      row[r.measurand] = Number(r.value);
      byTs.set(k, row);
    }
    return Array.from(byTs.entries()).sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v);
  }, [rows]);
  const exportCsv = () => downloadCsv(`meter-values-${cpid}-${from.slice(0, 10)}-${to.slice(0, 10)}.csv`,
    toCsv(["timestamp", "connectorId", "transactionId", "measurand", "phase", "unit", "value"], rows.map((r) => [r.timestamp, r.connectorId, r.transactionId, r.measurand, r.phase, r.unit, r.value])));

  return (
    <div className="stack">
      <PageHeader title="Metering"><button onClick={exportCsv} disabled={!rows.length}>⬇ CSV</button></PageHeader>
      <div className="row">
        <select aria-label="Charger" value={cpid} onChange={(e) => setCpid(e.target.value)}>
          <option value="">— charger —</option>
          {(chargers?.chargers.nodes ?? []).map((c) => <option key={c.id} value={c.chargePointId}>{c.chargePointId}</option>)}
        </select>
        <input aria-label="Connector" placeholder="Connector (all)" value={connectorId} onChange={(e) => setConnectorId(e.target.value.replace(/\D/g, ""))} style={{ width: 130 }} />
        <label className="field inline">From <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
        <label className="field inline">To <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} /></label>
        {fetching && <span className="muted small">loading…</span>}
      </div>
      {cpid && !valid && <div className="alert warn">The start must be before the end.</div>}
      <ErrorBox error={error} what="Meter values" />
      {!cpid && <div className="muted">Choose a charger and a time range.</div>}
      {measurands.map((m) => (
        <div className="card" key={m}><h3>{m}</h3><TimeLineChart data={chart.filter((r) => r[m] !== undefined)} xKey="t" series={[{ key: m, name: `${m} (${rows.find((r) => r.measurand === m)?.unit ?? ""})` }]} /></div>
      ))}
      {valid && data && rows.length === 0 && <div className="muted">No meter values in this range.</div>}
    </div>
  );
}
