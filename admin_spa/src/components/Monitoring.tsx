import { useState } from "react";
import { useMutation, useQuery } from "urql";
import {
  ClearVariableMonitoringMutation, DeviceEventsQuery, GetMonitoringReportMutation, MonitorsQuery,
  SetMonitoringBaseMutation, SetMonitoringLevelMutation, SetVariableMonitoringMutation,
} from "../ops/monitoring";
import { describeError, userErrorsText } from "../lib/errors";
import { dateTime } from "../lib/format";
import { Badge, DataTable, ErrorBox } from "./ui";
import { FormView, type FormField, type Values } from "./Form";
import type { MonitorType, MonitoringBase } from "../gql/graphql";

const where = (e: { component: string; componentInstance?: string | null; evseId?: number | null; connectorId?: number | null; variable: string; variableInstance?: string | null }) =>
  `${e.component}${e.componentInstance ? `[${e.componentInstance}]` : ""}${e.evseId != null ? ` (EVSE ${e.evseId}${e.connectorId != null ? `/${e.connectorId}` : ""})` : ""}.${e.variable}${e.variableInstance ? `[${e.variableInstance}]` : ""}`;

/** The events an OCPP 2.0.1 station notified (NotifyEvent), newest first. */
export function DeviceEventsTable({ chargerId }: { chargerId: string }) {
  const [{ data, error }, refetch] = useQuery({ query: DeviceEventsQuery, variables: { chargerId } });
  return (
    <div className="stack" data-testid="device-events">
      <div className="spread"><h3 style={{ margin: 0 }}>Device events (NotifyEvent)</h3><button onClick={() => refetch({ requestPolicy: "network-only" })}>Refresh</button></div>
      <ErrorBox error={error} what="Device events" />
      <DataTable rows={data?.chargerDeviceEvents ?? []} rowKey={(e) => `${e.eventId}-${e.at}`} empty="No events notified." columns={[
        { key: "at", title: "At", render: (e) => dateTime(e.at) },
        { key: "w", title: "Variable", render: (e) => <code>{where(e)}</code> },
        { key: "v", title: "Value", render: (e) => <code>{e.actualValue}</code> },
        { key: "t", title: "Trigger", render: (e) => `${e.trigger}${e.cleared ? " (cleared)" : ""}` },
        { key: "n", title: "Source", render: (e) => `${e.notificationType}${e.variableMonitoringId != null ? ` #${e.variableMonitoringId}` : ""}` },
        { key: "c", title: "Code", render: (e) => [e.techCode, e.techInfo].filter(Boolean).join(": ") },
      ]} />
    </div>
  );
}

const MONITOR_FIELDS: FormField[] = [
  { name: "component", label: "Component", required: true },
  { name: "evseId", label: "EVSE", kind: "number", min: 0 },
  { name: "variable", label: "Variable", required: true },
  { name: "type", label: "Type", kind: "select", required: true,
    options: ["UPPER_THRESHOLD", "LOWER_THRESHOLD", "DELTA", "PERIODIC", "PERIODIC_CLOCK_ALIGNED"] },
  { name: "value", label: "Value", kind: "decimal", required: true, help: "Threshold, delta, or interval in seconds" },
  { name: "severity", label: "Severity (0 danger … 9 debug)", kind: "number", required: true, min: 0 },
  { name: "transaction", label: "Only during a transaction", kind: "checkbox" },
];

/** The monitors on an OCPP 2.0.1 station's variables and the monitoring commands. */
export function MonitoringPanel({ chargerId }: { chargerId: string }) {
  const [{ data, error }, refetch] = useQuery({ query: MonitorsQuery, variables: { chargerId } });
  const [, setMonitor] = useMutation(SetVariableMonitoringMutation);
  const [, clearMonitor] = useMutation(ClearVariableMonitoringMutation);
  const [, setBase] = useMutation(SetMonitoringBaseMutation);
  const [, setLevel] = useMutation(SetMonitoringLevelMutation);
  const [, getReport] = useMutation(GetMonitoringReportMutation);
  const [result, setResult] = useState<{ status?: string | null; error?: string | null } | null>(null);
  const [level, setLevelValue] = useState("9");
  const [base, setBaseValue] = useState("ALL");
  const reload = () => refetch({ requestPolicy: "network-only" });

  if (data && data.charger?.ocppVersion !== "2.0.1")
    return <div className="card"><p className="muted">Variable monitoring is an OCPP 2.0.1 feature; this charger speaks OCPP {data.charger?.ocppVersion ?? "1.6"}.</p></div>;

  type Answer = { status?: string | null; errors?: Parameters<typeof userErrorsText>[0] } | null | undefined;
  const report = (what: string, r: { error?: Parameters<typeof describeError>[0] }, p: Answer) => {
    const err = describeError(r.error)?.message ?? userErrorsText(p?.errors);
    setResult({ status: p?.status ? `${what}: ${p.status}` : null, error: err });
    reload();
  };

  const add = async (v: Values) => {
    const r = await setMonitor({ input: {
      chargerId, component: String(v.component).trim(), variable: String(v.variable).trim(),
      evseId: String(v.evseId ?? "").trim() ? Number(v.evseId) : null, type: v.type as MonitorType,
      value: Number(v.value), severity: Number(v.severity), transaction: Boolean(v.transaction),
    } });
    report("SetVariableMonitoring", r, r.data?.setVariableMonitoring);
  };

  return (
    <div className="stack" data-testid="monitoring">
      <div className="card stack">
        <div className="spread">
          <h3 style={{ margin: 0 }}>Monitors</h3>
          <span className="row">
            <button onClick={async () => { const r = await getReport({ input: { chargerId } }); report("GetMonitoringReport", r, r.data?.getMonitoringReport); }}>Read from the station</button>
            <button onClick={reload}>Refresh</button>
          </span>
        </div>
        {result?.error && <div className="alert error" role="alert">{result.error}</div>}
        {result?.status && <div className="small" data-testid="monitoring-result">{result.status}</div>}
        <ErrorBox error={error} what="Monitors" />
        <DataTable rows={data?.variableMonitors ?? []} rowKey={(m) => String(m.monitorId)} empty="No monitors known: read them from the station." columns={[
          { key: "id", title: "Id", render: (m) => m.monitorId },
          { key: "w", title: "Variable", render: (m) => <code>{where(m)}</code> },
          { key: "t", title: "Type", render: (m) => m.type },
          { key: "v", title: "Value", render: (m) => m.value },
          { key: "s", title: "Severity", render: (m) => m.severity },
          { key: "tx", title: "Transaction only", render: (m) => (m.transaction ? "yes" : "") },
          { key: "x", title: "", render: (m) => <button aria-label={`Clear monitor ${m.monitorId}`} onClick={async () => { const r = await clearMonitor({ input: { chargerId, monitorIds: [m.monitorId] } }); report("ClearVariableMonitoring", r, r.data?.clearVariableMonitoring); }}>Clear</button> },
        ]} />
        <div className="row">
          <label className="field inline">Report severities up to
            <select aria-label="Monitoring level" value={level} onChange={(e) => setLevelValue(e.target.value)}>
              {Array.from({ length: 10 }, (_, n) => <option key={n} value={String(n)}>{n}</option>)}
            </select>
          </label>
          <button onClick={async () => { const r = await setLevel({ input: { chargerId, severity: Number(level) } }); report("SetMonitoringLevel", r, r.data?.setMonitoringLevel); }}>Set level</button>
          <label className="field inline">Monitoring base
            <select aria-label="Monitoring base" value={base} onChange={(e) => setBaseValue(e.target.value)}>
              <option value="ALL">All</option><option value="FACTORY_DEFAULT">Factory default</option><option value="HARD_WIRED_ONLY">Hard-wired only</option>
            </select>
          </label>
          <button onClick={async () => { const r = await setBase({ input: { chargerId, monitoringBase: base as MonitoringBase } }); report("SetMonitoringBase", r, r.data?.setMonitoringBase); }}>Set base</button>
        </div>
      </div>
      <div className="card stack">
        <h3 style={{ margin: 0 }}>New monitor (SetVariableMonitoring)</h3>
        <FormView fields={MONITOR_FIELDS} initial={{ type: "UPPER_THRESHOLD", severity: "4" }} onSubmit={add} submitLabel="Set monitor" />
      </div>
      <div className="card"><DeviceEventsTable chargerId={chargerId} /></div>
    </div>
  );
}
