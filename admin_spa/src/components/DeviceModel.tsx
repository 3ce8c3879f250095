import { useEffect, useState } from "react";
import { useMutation, useQuery } from "urql";
import { DeviceModelQuery, GetBaseReportMutation, SetDeviceVariableMutation, SetNetworkProfileMutation } from "../ops/deviceModel";
import { describeError, userErrorsText } from "../lib/errors";
import { dateTime } from "../lib/format";
import { Badge, DataTable, ErrorBox } from "./ui";
import { FormView, type FormField } from "./Form";
import type { AttributeType, OcppInterface, ReportBase } from "../gql/graphql";

type Variable = {
  component: string; componentInstance?: string | null; evseId?: number | null; connectorId?: number | null;
  variable: string; variableInstance?: string | null; attributeType: string; value?: string | null;
  mutability?: string | null; dataType?: string | null; unit?: string | null; minLimit?: number | null;
  maxLimit?: number | null; valuesList?: string | null;
};
type Result = { status?: string | null; error?: string | null };

const BASES = [
  { value: "FULL_INVENTORY", label: "Full inventory" },
  { value: "CONFIGURATION_INVENTORY", label: "Configuration" },
  { value: "SUMMARY_INVENTORY", label: "Summary" },
];
const RUNNING = ["Requested", "Accepted", "Receiving"];

const rowKey = (v: Variable) =>
  [v.component, v.componentInstance, v.evseId, v.connectorId, v.variable, v.variableInstance, v.attributeType].join("|");

const named = (name: string, instance?: string | null) => (instance ? `${name}[${instance}]` : name);

function where(v: Variable) {
  if (v.evseId == null) return null;
  return <span className="small muted"> EVSE {v.evseId}{v.connectorId != null ? ` · connector ${v.connectorId}` : ""}</span>;
}

function limits(v: Variable) {
  const parts = [v.dataType, v.unit, v.minLimit != null || v.maxLimit != null ? `${v.minLimit ?? ""}…${v.maxLimit ?? ""}` : null, v.valuesList];
  return parts.filter(Boolean).join(" · ");
}

const NETWORK_FIELDS: FormField[] = [
  { name: "configurationSlot", label: "Configuration slot", kind: "number", required: true, min: 0 },
  { name: "ocppCsmsUrl", label: "Central system URL", required: true, full: true, help: "e.g. wss://csms.example.com/ocpp/" },
  { name: "securityProfile", label: "Security profile", kind: "select", required: true, options: ["0", "1", "2", "3"] },
  { name: "messageTimeout", label: "Message timeout (s)", kind: "number", required: true, min: 1 },
  { name: "ocppInterface", label: "Interface", kind: "select", required: true,
    options: ["WIRED0", "WIRED1", "WIRED2", "WIRED3", "WIRELESS0", "WIRELESS1", "WIRELESS2", "WIRELESS3"] },
];

/** An OCPP 2.0.1 station's device model: its reports (GetBaseReport), the variables browsable by
 * component and variable, a writable attribute editable (SetVariables; the stored value follows an
 * Accepted), and SetNetworkProfile. */
export function DeviceModelPanel({ chargerId }: { chargerId: string }) {
  const [component, setComponent] = useState("");
  const [variable, setVariable] = useState("");
  const [{ data, error, fetching }, refetch] = useQuery({
    query: DeviceModelQuery,
    variables: { chargerId, component: component.trim() || null, variable: variable.trim() || null },
  });
  const [asking, askReport] = useMutation(GetBaseReportMutation);
  const [, setVariableMutation] = useMutation(SetDeviceVariableMutation);
  const [network, setNetworkProfile] = useMutation(SetNetworkProfileMutation);
  const [reportResult, setReportResult] = useState<Result | null>(null);
  const [networkResult, setNetworkResult] = useState<Result | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState("");
  const [results, setResults] = useState<Record<string, Result>>({});
  const reload = () => refetch({ requestPolicy: "network-only" });
  const reports = data?.chargerDeviceModel.reports ?? [];
  const running = reports.some((r) => RUNNING.includes(r.status));

  // While a report is still arriving (NotifyReport parts), look again every two seconds.
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => refetch({ requestPolicy: "network-only" }), 2000);
    return () => clearInterval(t);
  }, [running, refetch]);

  if (data && data.charger?.ocppVersion !== "2.0.1")
    return <div className="card"><p className="muted">The device model is reported by OCPP 2.0.1 chargers; this charger speaks OCPP {data.charger?.ocppVersion ?? "1.6"} (see Configuration).</p></div>;

  const ask = async (reportBase: string) => {
    const r = await askReport({ input: { chargerId, reportBase: reportBase as ReportBase } });
    const p = r.data?.getBaseReport;
    setReportResult({ status: p?.status, error: describeError(r.error)?.message ?? userErrorsText(p?.errors) });
    reload();
  };

  const save = async (v: Variable) => {
    const key = rowKey(v);
    const r = await setVariableMutation({
      input: {
        chargerId, component: v.component, componentInstance: v.componentInstance ?? null, evseId: v.evseId ?? null,
        connectorId: v.connectorId ?? null, variable: v.variable, variableInstance: v.variableInstance ?? null,
        attributeType: v.attributeType.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase() as AttributeType, value: draft,
      },
    });
    const p = r.data?.setDeviceVariable;
    const err = describeError(r.error)?.message ?? userErrorsText(p?.errors);
    setResults({ ...results, [key]: { status: p?.status, error: err } });
    if (!err) { setEditing(null); reload(); }
  };

  const sendNetworkProfile = async (values: Record<string, string | boolean>) => {
    const r = await setNetworkProfile({
      input: {
        chargerId, configurationSlot: Number(values.configurationSlot), ocppCsmsUrl: String(values.ocppCsmsUrl).trim(),
        securityProfile: Number(values.securityProfile), messageTimeout: Number(values.messageTimeout),
        ocppInterface: values.ocppInterface as OcppInterface,
      },
    });
    const p = r.data?.setNetworkProfile;
    setNetworkResult({ status: p?.status, error: describeError(r.error)?.message ?? userErrorsText(p?.errors) });
  };

  return (
    <div className="stack" data-testid="device-model">
      <div className="card stack">
        <div className="spread">
          <h3 style={{ margin: 0 }}>Reports</h3>
          <span className="row">
            {BASES.map((b) => <button key={b.value} onClick={() => ask(b.value)} disabled={asking.fetching}>Get {b.label.toLowerCase()}</button>)}
            <button onClick={reload}>Refresh</button>
          </span>
        </div>
        {reportResult?.error && <div className="alert error" role="alert">{reportResult.error}</div>}
        {reportResult?.status && <div className="small">The station answered <Badge value={reportResult.status} kind={reportResult.status === "Accepted" ? "ok" : "warn"} /></div>}
        <DataTable rows={reports} rowKey={(r) => r.id} empty="No report asked for yet." columns={[
          { key: "id", title: "Request", render: (r) => r.requestId },
          { key: "k", title: "Report", render: (r) => r.kind },
          { key: "s", title: "Status", render: (r) => <Badge value={r.status} kind={r.status === "Complete" ? "ok" : RUNNING.includes(r.status) ? "warn" : "err"} /> },
          { key: "p", title: "Parts", render: (r) => r.parts },
          { key: "a", title: "Asked", render: (r) => dateTime(r.requestedAt) },
          { key: "c", title: "Completed", render: (r) => (r.completedAt ? dateTime(r.completedAt) : "") },
        ]} />
      </div>
      <div className="card stack" data-testid="device-variables">
        <div className="spread">
          <h3 style={{ margin: 0 }}>Variables</h3>
          <span className="row">
            <input aria-label="Filter by component" placeholder="Component" value={component} onChange={(e) => setComponent(e.target.value)} />
            <input aria-label="Filter by variable" placeholder="Variable" value={variable} onChange={(e) => setVariable(e.target.value)} />
          </span>
        </div>
        <ErrorBox error={error} what="Device model" />
        <DataTable<Variable> rows={data?.chargerDeviceModel.variables ?? []} rowKey={rowKey} loading={fetching && !data}
          empty={component || variable ? "No variable matches." : "No device model reported yet: get the full inventory."} columns={[
          { key: "c", title: "Component", render: (v) => <span><code>{named(v.component, v.componentInstance)}</code>{where(v)}</span> },
          { key: "v", title: "Variable", render: (v) => <code>{named(v.variable, v.variableInstance)}</code> },
          { key: "t", title: "Attribute", render: (v) => v.attributeType },
          { key: "val", title: "Value", render: (v) => (editing === rowKey(v)
            ? <input aria-label={`New value of ${v.component}.${v.variable}`} value={draft} autoFocus onChange={(e) => setDraft(e.target.value)}
                onKeyDown={(e) => { if (e.key === "Enter") save(v); if (e.key === "Escape") setEditing(null); }} />
            : <code>{v.value ?? ""}</code>) },
          { key: "d", title: "Type and limits", render: (v) => <span className="small muted">{limits(v)}</span> },
          { key: "m", title: "", render: (v) => (v.mutability === "ReadOnly"
            ? <span className="badge off" title="The station does not allow changing this attribute">read-only</span>
            : /password/i.test(v.variable)
            ? <span className="badge off" title="Set by New AuthorizationKey on the Overview tab">key rotation</span>
            : editing === rowKey(v)
              ? <span className="row"><button className="primary" onClick={() => save(v)}>Save</button><button onClick={() => setEditing(null)}>Cancel</button></span>
              : <button onClick={() => { setEditing(rowKey(v)); setDraft(v.value ?? ""); }} aria-label={`Edit ${v.component}.${v.variable}`}>Edit</button>) },
          { key: "r", title: "Last change", render: (v) => { const r = results[rowKey(v)]; if (!r) return null; return r.error ? <span className="err small">{r.error}</span> : <Badge value={r.status ?? "?"} kind={r.status === "Accepted" ? "ok" : r.status === "RebootRequired" ? "warn" : "err"} />; } },
        ]} />
      </div>
      <div className="card stack">
        <h3 style={{ margin: 0 }}>Network profile (SetNetworkProfile)</h3>
        <p className="small muted">Stores a connection profile in a slot of the station. It is used once the slot is listed in OCPPCommCtrlr.NetworkConfigurationPriority and the station is reset.</p>
        {networkResult?.status && <div className="small" data-testid="network-profile-result">The station answered <Badge value={networkResult.status} kind={networkResult.status === "Accepted" ? "ok" : "err"} /></div>}
        <FormView fields={NETWORK_FIELDS} initial={{ configurationSlot: "1", securityProfile: "2", messageTimeout: "30", ocppInterface: "WIRED0" }}
          onSubmit={sendNetworkProfile} submitLabel="Send network profile" busy={network.fetching} serverError={networkResult?.error} />
      </div>
    </div>
  );
}
