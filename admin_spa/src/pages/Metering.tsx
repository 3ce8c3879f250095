import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { MeterValuesQuery } from "../ops/sessions";
import { ChargersQuery } from "../ops/chargers";
import { ErrorBox, PageHeader } from "../components/ui";
import { TimeLineChart } from "../components/Charts";
import { downloadCsv, toCsv } from "../lib/csv";
import { Icon } from "../components/Icons";

const LIMIT = 5000;
const MEASURANDS = ["", "Energy.Active.Import.Register", "Power.Active.Import", "Current.Import", "Voltage", "SoC", "Temperature"];

function localInput(d: Date): string {
  const off = d.getTimezoneOffset() * 60000;
  return new Date(d.getTime() - off).toISOString().slice(0, 16);
}

export function MeteringPage() {
  const [chargerId, setChargerId] = useState("");
  const [connectorId, setConnectorId] = useState("");
  const [measurand, setMeasurand] = useState("");
  const [from, setFrom] = useState(() => localInput(new Date(Date.now() - 24 * 3600 * 1000)));
  const [to, setTo] = useState(() => localInput(new Date(Date.now() + 60 * 1000)));
  const [{ data: chargers }] = useQuery({ query: ChargersQuery, variables: { first: 100 } });
  const valid = Boolean(chargerId && from && to && new Date(from) < new Date(to));
  const [{ data, error, fetching }] = useQuery({
    query: MeterValuesQuery,
    variables: { chargerId, since: new Date(from).toISOString(), until: new Date(to).toISOString(), measurand: measurand || null, limit: LIMIT },
    pause: !valid,
  });
  const rows = useMemo(() => (data?.meterValues ?? []).filter((r) => !connectorId || r.connectorId === Number(connectorId)), [data, connectorId]);
  const measurands = useMemo(() => Array.from(new Set(rows.map((r) => r.measurand))), [rows]);
  const chart = useMemo(() => {
    const byTs = new Map<string, Record<string, unknown>>();
    for (const r of rows) {
      if (r.value == null) continue;
      const row = byTs.get(r.timestamp) ?? { t: new Date(r.timestamp).toLocaleString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", day: "2-digit", month: "short" }) };
      const key = r.phase ? `${r.measurand} ${r.phase}` : r.measurand;
      row[key] = r.value;
      byTs.set(r.timestamp, row);
    }
    return Array.from(byTs.entries()).sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v);
  }, [rows]);
  const cpid = chargers?.chargers.nodes.find((c) => c.id === chargerId)?.chargePointId ?? "charger";
  const exportCsv = () => downloadCsv(`meter-values-${cpid}-${from.slice(0, 10)}-${to.slice(0, 10)}.csv`,
    toCsv(["timestamp", "connectorId", "transactionId", "measurand", "phase", "unit", "rawValue", "value"],
      rows.map((r) => [r.timestamp, r.connectorId, r.transactionId, r.measurand, r.phase, r.unit, r.rawValue, r.value])));

  return (
    <div className="stack">
      <PageHeader title="Metering"><button onClick={exportCsv} disabled={!rows.length}><Icon name="download" size={14} /> CSV</button></PageHeader>
      <div className="row">
        <select aria-label="Charger" value={chargerId} onChange={(e) => setChargerId(e.target.value)} data-testid="metering-charger">
          <option value="">— charger —</option>
          {(chargers?.chargers.nodes ?? []).map((c) => <option key={c.id} value={c.id}>{c.chargePointId}</option>)}
        </select>
        <input aria-label="Connector" placeholder="Connector (all)" value={connectorId} onChange={(e) => setConnectorId(e.target.value.replace(/\D/g, ""))} style={{ width: 130 }} />
        <select aria-label="Measurand" value={measurand} onChange={(e) => setMeasurand(e.target.value)}>
          {MEASURANDS.map((m) => <option key={m} value={m}>{m || "All measurands"}</option>)}
        </select>
        <label className="field inline">From <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
        <label className="field inline">To <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} /></label>
        {fetching && <span className="muted small">loading…</span>}
      </div>
      {chargerId && !valid && <div className="alert warn">The start must be before the end.</div>}
      <ErrorBox error={error} what="Meter values" />
      {!chargerId && <div className="muted">Choose a charger and a time range.</div>}
      {data && data.meterValues.length >= LIMIT && <div className="alert warn">Only the first {LIMIT} values are shown: narrow the range.</div>}
      {measurands.map((m) => {
        const keys = Array.from(new Set(rows.filter((r) => r.measurand === m).map((r) => (r.phase ? `${m} ${r.phase}` : m))));
        const unit = rows.find((r) => r.measurand === m)?.unit ?? "";
        return (
          <div className="card" key={m}><h3>{m} {unit && <span className="muted small">({unit})</span>}</h3>
            <TimeLineChart data={chart.filter((r) => keys.some((k) => r[k] !== undefined))} xKey="t" series={keys.map((k) => ({ key: k, name: k }))} />
          </div>
        );
      })}
      {valid && data && rows.length === 0 && <div className="muted">No meter values in this range.</div>}
    </div>
  );
}
