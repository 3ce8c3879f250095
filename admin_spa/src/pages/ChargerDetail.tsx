import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { useMutation, useQuery, useSubscription } from "urql";
import { ChargerExtrasQuery, ChargerQuery, ChargerStatusSubscription, UpdateChargerMutation } from "../ops/chargers";
import { Badge, DataTable, ErrorBox, PageHeader, Tabs } from "../components/ui";
import { AuthorizationKeyBox } from "../components/AuthorizationKey";
import { CommandForm, CommandPicker } from "../components/CommandForm";
import { ConfigurationTable } from "../components/ConfigurationTable";
import { DeviceModelPanel } from "../components/DeviceModel";
import { DisplayMessagesPanel } from "../components/DisplayMessages";
import { CustomerInformationPanel } from "../components/CustomerInformation";
import { DeviceEventsTable, MonitoringPanel } from "../components/Monitoring";
import { ConnectionEventsTable, ConnectionSummaryCard } from "../components/ConnectionEvents";
import { CommandHistory } from "./Operations";
import { OcppLogView } from "../components/OcppLogView";
import { StickerSheet } from "../components/QrSticker";
import { ChargerSettingsPanel, DriverPreview } from "../components/ChargerSettingsPanel";
import { usePlatformUrls } from "../ops/platform";
import { dateTime } from "../lib/format";
import { ChargerCasesPanel } from "../components/ProblemReports";
import { describeError, userErrorsText } from "../lib/errors";
import { ChargerSecurityPanel } from "../components/ChargerSecurity";

/** One line for what an OCPP 2.0.1 station reported (its message is OCPP JSON). */
function stationReportText(kind: string, payload: unknown): string {
  const p = (payload ?? {}) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (kind === "ChargingProfiles") {
    return (p.chargingProfile ?? []).map((q: Record<string, any>) => { // eslint-disable-line @typescript-eslint/no-explicit-any
      const s0 = q.chargingSchedule?.[0];
      const first = s0?.chargingSchedulePeriod?.[0];
      return `#${q.id} ${q.chargingProfilePurpose} (stack ${q.stackLevel}${first ? `, ${first.limit} ${s0.chargingRateUnit}` : ""})`;
    }).join("; ") + ` · source ${p.chargingLimitSource}${p.tbc ? " · more to come" : ""}`;
  }
  if (kind === "ChargingLimit") {
    const source = p.chargingLimit?.chargingLimitSource ?? p.chargingLimitSource;
    return p.chargingLimit ? `limit set by ${source}${p.chargingLimit.isGridCritical ? " (grid critical)" : ""}` : `limit of ${source} cleared`;
  }
  const needs = p.chargingNeeds ?? {};
  const energy = (needs.acChargingParameters ?? needs.dcChargingParameters ?? {}).energyAmount;
  return `${needs.requestedEnergyTransfer ?? ""}${energy != null ? ` · ${energy} Wh` : ""}${needs.departureTime ? ` · departs ${dateTime(needs.departureTime)}` : ""}`;
}

const TABS = ["Overview", "Settings", "Driver preview", "Configuration", "Device model", "Display messages", "Monitoring", "Customer information", "Firmware & diagnostics", "Reservations", "Charging profiles", "Commands", "Connections", "Message log", "Security", "QR stickers"];

export function ChargerDetailPage() {
  const cpid = decodeURIComponent(useParams().cpid ?? "");
  // The tab is in the URL (a link opens it; back returns to the previous one). Changing tabs drops the
  // other parameters: they are the filters and sort of the tab's own list (commands, connections).
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((t) => t === params.get("tab")) ?? "Overview";
  const setTab = (t: string) => setParams(t === "Overview" ? {} : { tab: t });
  const [{ data, error }, refetch] = useQuery({ query: ChargerQuery, variables: { chargePointId: cpid } });
  const c0 = data?.chargerByChargePointId;
  const [extras, refetchExtras] = useQuery({ query: ChargerExtrasQuery, variables: { chargerId: c0?.id ?? "" }, pause: !c0 });
  useSubscription({ query: ChargerStatusSubscription, variables: { chargerId: c0?.id ?? null }, pause: !c0 }, (_p, ev) => { refetch({ requestPolicy: "network-only" }); return ev; });
  const x = extras.data;
  const [, rotate] = useMutation(UpdateChargerMutation);
  const [newKey, setNewKey] = useState<string | null>(null);
  const [msg, setMsg] = useState<string | null>(null);
  const urls = usePlatformUrls();
  const c = data?.chargerByChargePointId;
  const is201 = c?.ocppVersion === "2.0.1";
  const reload = () => { refetch({ requestPolicy: "network-only" }); refetchExtras({ requestPolicy: "network-only" }); };

  return (
    <div>
      <PageHeader title={`Charger ${cpid}`}>
        {c && <span className={`dot ${c.online ? "on" : ""}`} />}{c && <span>{c.online ? "online" : "offline"}</span>}
        <Link to={`/operations?charger=${encodeURIComponent(cpid)}`}><button>Operations</button></Link>
      </PageHeader>
      <ErrorBox error={error} what="Charger" />
      <ErrorBox error={extras.error} what="Charger details" />
      {data && !c && <div className="alert error">No charger {cpid}.</div>}
      <Tabs tabs={TABS} value={tab} onChange={setTab} />
      {msg && <div className="alert ok">{msg}</div>}
      {tab === "Overview" && (
        <div className="grid two">
          <div className="card">
            <h3>Connectors</h3>
            <DataTable rows={c?.connectors ?? []} rowKey={(k) => k.id} columns={[
              { key: "n", title: "#", render: (k) => k.connectorId },
              { key: "s", title: "Status", render: (k) => <Badge value={k.status} /> },
              { key: "e", title: "Error", render: (k) => (k.errorCode && k.errorCode !== "NoError" ? <Badge value={k.errorCode} kind="err" /> : <span className="muted">—</span>) },
              { key: "t", title: "Type / power", render: (k) => `${k.connectorType ?? ""} ${k.maxPowerKw ? k.maxPowerKw + " kW" : ""}` },
              { key: "ts", title: "Since", render: (k) => <span className="small">{dateTime(k.statusAt)}</span> },
            ]} />
          </div>
          <div className="card">
            <h3>Identity</h3>
            <table className="table"><tbody>
              {c && ([
                ["Registration", <Badge key="r" value={c.registrationStatus} />],
                ["Protocol", c.ocppVersion ? <span key="p" data-testid="charger-protocol">OCPP {c.ocppVersion}</span> : <span key="p" className="muted" data-testid="charger-protocol">not connected yet</span>],
                ["Name", c.name], ["Vendor / model", [c.vendor, c.model].filter(Boolean).join(" ")],
                ["Serial", c.serialNumber], ["Firmware", c.firmwareVersion], ["Availability", c.availability], ["Security profile", c.securityProfile],
                ["Last boot", dateTime(c.lastBootAt)], ["Last heartbeat", dateTime(c.lastHeartbeatAt)], ["Address", [c.address, c.city].filter(Boolean).join(", ")],
                ["Local list version", c.localListVersion], ["Node", c.nodeId],
              ] as Array<[string, React.ReactNode]>).map(([k, v]) => <tr key={k}><th style={{ width: 180 }}>{k}</th><td>{v ?? "—"}</td></tr>)}
            </tbody></table>
            <div className="row" style={{ marginTop: 12 }}>
              <button onClick={async () => {
                if (!c || !window.confirm("Generate a new AuthorizationKey? The charger must be reconfigured.")) return;
                const r = await rotate({ input: { id: c.id, rotateAuthorizationKey: true } });
                const m = describeError(r.error)?.message ?? userErrorsText(r.data?.updateCharger.errors);
                if (m) setMsg(m); else setNewKey(r.data?.updateCharger.authorizationKey ?? null);
              }}>New AuthorizationKey</button>
            </div>
            {newKey && <div style={{ marginTop: 10 }}><AuthorizationKeyBox chargePointId={cpid} authorizationKey={newKey} /></div>}
          </div>
        </div>
      )}
      {tab === "Overview" && c && <ChargerCasesPanel chargerId={c.id} />}
      {tab === "Settings" && c && <ChargerSettingsPanel charger={c} onSaved={reload} />}
      {tab === "Driver preview" && c && <DriverPreview chargerId={c.id} />}
      {tab === "Configuration" && (
        <div className="card"><ConfigurationTable chargerId={c?.id ?? ""} keys={x?.chargerConfiguration ?? []} onChanged={reload} /></div>
      )}
      {tab === "Device model" && c && <DeviceModelPanel chargerId={c.id} />}
      {tab === "Display messages" && c && <DisplayMessagesPanel chargerId={c.id} />}
      {tab === "Monitoring" && c && <MonitoringPanel chargerId={c.id} />}
      {tab === "Customer information" && c && <CustomerInformationPanel chargerId={c.id} />}
      {tab === "Firmware & diagnostics" && (
        <div className="grid two">
          <div className="card">
            <h3>Jobs</h3>
            <DataTable rows={[...(x?.firmwareJobs ?? []).map((j) => ({ ...j, kind: "Firmware" })), ...(x?.diagnosticsJobs ?? []).map((j) => ({ ...j, kind: "Diagnostics" }))]} rowKey={(j) => j.id} empty="No firmware or diagnostics jobs." columns={[
              { key: "k", title: "Kind", render: (j) => j.kind },
              { key: "s", title: "Status", render: (j) => <Badge value={j.status} /> },
              { key: "l", title: "Location", render: (j) => <span className="small mono">{j.location}</span> },
              { key: "u", title: "Created", render: (j) => <span className="small">{dateTime(j.createdAt)}</span> },
            ]} />
          </div>
          <div className="card">
            <CommandPicker chargerId={c?.id ?? ""} chargePointId={cpid} actions={["UpdateFirmware", "GetDiagnostics"]} onSent={reload} />
          </div>
        </div>
      )}
      {tab === "Reservations" && (
        <div className="grid two">
          <div className="card">
            <DataTable rows={x?.reservations.nodes ?? []} rowKey={(r) => r.id} empty="No reservations." columns={[
              { key: "i", title: "Id", render: (r) => r.reservationId },
              { key: "c", title: "Connector", render: (r) => r.connectorId },
              { key: "t", title: "Id tag", render: (r) => <code>{r.idTag}</code> },
              { key: "e", title: "Expires", render: (r) => dateTime(r.expiresAt) },
              { key: "s", title: "Status", render: (r) => <Badge value={r.status} /> },
            ]} />
          </div>
          <div className="stack">
            <div className="card"><h3>Reserve</h3><CommandForm chargerId={c?.id ?? ""} chargePointId={cpid} action="ReserveNow" onSent={reload} /></div>
            <div className="card"><h3>Cancel</h3><CommandForm chargerId={c?.id ?? ""} chargePointId={cpid} action="CancelReservation" onSent={reload} /></div>
          </div>
        </div>
      )}
      {tab === "Charging profiles" && (
        <div className="stack">
          <div className="grid two">
            <div className="card">
              <DataTable rows={x?.chargingProfiles ?? []} rowKey={(p) => p.id} empty="No charging profiles." columns={[
                { key: "i", title: "Id", render: (p) => p.chargingProfileId },
                { key: "c", title: "Connector", render: (p) => p.connectorId },
                { key: "p", title: "Purpose", render: (p) => p.purpose },
                { key: "s", title: "Stack", render: (p) => p.stackLevel },
                { key: "j", title: "Profile", render: (p) => <code className="small">{JSON.stringify(p.schedule).slice(0, 100)}</code> },
              ]} />
            </div>
            <div className="card"><CommandPicker chargerId={c?.id ?? ""} chargePointId={cpid} actions={["SetChargingProfile", "ClearChargingProfile", "GetCompositeSchedule", ...(is201 ? ["GetChargingProfiles"] : [])]} onSent={reload} /></div>
          </div>
          {is201 && (
            <div className="card" data-testid="station-reports">
              <h3>Reported by the station</h3>
              <DataTable rows={x?.stationReports ?? []} rowKey={(r) => r.id} empty="No reports (GetChargingProfiles asks for one)." columns={[
                { key: "k", title: "Kind", render: (r) => r.kind },
                { key: "e", title: "EVSE", render: (r) => r.evseId ?? "—" },
                { key: "q", title: "Request", render: (r) => r.requestId ?? "—" },
                { key: "p", title: "Report", render: (r) => <span className="small">{stationReportText(r.kind, r.payload)}</span> },
                { key: "t", title: "Received", render: (r) => <span className="small">{dateTime(r.receivedAt)}</span> },
              ]} />
            </div>
          )}
        </div>
      )}
      {tab === "Commands" && is201 && (
        <div className="card" style={{ marginBottom: 16 }}><CommandForm chargerId={c?.id ?? ""} chargePointId={cpid} action="GetTransactionStatus" onSent={reload} /></div>
      )}
      {tab === "Commands" && <div className="card">{c && <CommandHistory chargerId={c.id} />}</div>}
      {tab === "Connections" && c && (
        <div className="stack">
          <ConnectionSummaryCard chargerId={c.id} />
          <div className="card"><h3>Connections, disconnections and refusals</h3><ConnectionEventsTable chargerId={c.id} showCharger={false} /></div>
        </div>
      )}
      {tab === "Message log" && <div className="card"><OcppLogView chargePointId={cpid} chargerId={c?.id} compact /></div>}
      {tab === "Security" && c && <ChargerSecurityPanel chargerId={c.id} chargePointId={cpid} profile={c.securityProfile} ocppVersion={c.ocppVersion} onChanged={reload} />}
      {tab === "Message log" && c && <div className="card"><DeviceEventsTable chargerId={c.id} /></div>}
      {tab === "QR stickers" && (
        <div className="card"><StickerSheet publicUrl={urls.publicUrl} chargePointId={cpid} name={c?.name}
          connectorIds={(c?.connectors ?? []).filter((k) => k.connectorId > 0).map((k) => k.connectorId)} /></div>
      )}
    </div>
  );
}
