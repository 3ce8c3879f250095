import { Link } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { ChargerSecurityQuery, ExpiringCertificatesQuery } from "../ops/security";
import { commandRequest } from "../ops/ocpp";
import { SECURITY_COMMANDS } from "../lib/ocppCommands";
import { Badge, DataTable, ErrorBox } from "./ui";
import { CommandPicker } from "./CommandForm";
import { dateTime } from "../lib/format";
import { SecurityProfileCard } from "./SecurityProfile";

/** The charger page's Security tab: its security events, certificates and log uploads, and the security
 * commands (certificates, GetLog, ExtendedTriggerMessage). */
export function ChargerSecurityPanel({ chargerId, chargePointId, profile, ocppVersion, onChanged }: {
  chargerId: string; chargePointId: string; profile: number; ocppVersion: string | null | undefined; onChanged: () => void;
}) {
  const [{ data, error }, refetch] = useQuery({ query: ChargerSecurityQuery, variables: { chargerId }, requestPolicy: "cache-and-network" });
  const sec = data?.chargerSecurity;
  const reload = () => refetch({ requestPolicy: "network-only" });
  const signed = (sec?.certificates ?? []).filter((c) => c.source === "signed");
  const installed = (sec?.certificates ?? []).filter((c) => c.source === "installed");
  const ending = signed[0]?.expiresSoon ? signed[0] : null;
  return (
    <div className="stack" data-testid="charger-security">
      <ErrorBox error={error} what="Security" />
      {ending && (
        <div className="alert error" role="alert" data-testid="certificate-expiry-warning">
          The charger's certificate (serial {ending.serialNumber}) ends {dateTime(ending.notAfter)}.
          <RenewButton chargerId={chargerId} onDone={reload} />
        </div>
      )}
      <SecurityProfileCard chargerId={chargerId} chargePointId={chargePointId} profile={profile} ocppVersion={ocppVersion} onRaised={onChanged} />
      <div className="grid two">
        <div className="card">
          <h3>Security events</h3>
          <DataTable rows={sec?.events} rowKey={(e) => e.id} empty="No security events." columns={[
            { key: "t", title: "Event", render: (e) => <span>{e.type} {e.alert && <Badge value="alert" kind="err" />}{e.critical && <Badge value="critical" kind="warn" />}</span> },
            { key: "i", title: "Details", render: (e) => <span className="small">{e.techInfo ?? ""}</span> },
            { key: "o", title: "At", render: (e) => <span className="small">{dateTime(e.occurredAt)}</span> },
          ]} />
        </div>
        <div className="card">
          <h3>Commands</h3>
          <CommandPicker chargerId={chargerId} chargePointId={chargePointId} actions={SECURITY_COMMANDS} onSent={reload} />
        </div>
      </div>
      <div className="card">
        <h3>Certificates</h3>
        <DataTable rows={[...signed, ...installed]} rowKey={(c) => c.id} empty="No certificates known: none signed by the platform's CA yet, none reported installed." columns={[
          { key: "s", title: "Source", render: (c) => (c.source === "signed" ? "Signed by the platform's CA" : "Installed") },
          { key: "t", title: "Type", render: (c) => c.certificateType },
          { key: "n", title: "Serial", render: (c) => <span className="small mono">{c.serialNumber}</span> },
          { key: "j", title: "Subject", render: (c) => <span className="small">{c.subject ?? ""}</span> },
          { key: "e", title: "Valid until", render: (c) => (c.notAfter ? <span className="small">{dateTime(c.notAfter)} {c.expiresSoon && <Badge value="ends soon" kind="err" />}</span> : "—") },
          { key: "h", title: "Hash data", render: (c) => <span className="small mono" title={`${c.issuerNameHash} / ${c.issuerKeyHash}`}>{c.hashAlgorithm} {c.issuerNameHash.slice(0, 12)}…</span> },
        ]} />
      </div>
      <div className="card">
        <h3>Log uploads (GetLog)</h3>
        <DataTable rows={sec?.logRequests} rowKey={(r) => r.id} empty="No log uploads asked." columns={[
          { key: "r", title: "Request", render: (r) => r.requestId },
          { key: "k", title: "Log", render: (r) => r.logType },
          { key: "s", title: "Status", render: (r) => <Badge value={r.status} /> },
          { key: "h", title: "Progress", render: (r) => <span className="small">{r.history.map((h) => h.status).join(" → ")}</span> },
          { key: "f", title: "File", render: (r) => <span className="small mono">{r.fileName ?? ""}</span> },
          { key: "l", title: "Upload to", render: (r) => <span className="small mono">{r.location}</span> },
          { key: "c", title: "Asked", render: (r) => <span className="small">{dateTime(r.createdAt)}</span> },
        ]} />
      </div>
    </div>
  );
}

/** Renew a charger's certificate: ExtendedTriggerMessage SignChargePointCertificate (a 2.0.1 station:
 * TriggerMessage SignChargingStationCertificate); the charger then sends a new CSR. */
function RenewButton({ chargerId, onDone }: { chargerId: string; onDone?: () => void }) {
  const req = commandRequest("ExtendedTriggerMessage", chargerId, { requestedMessage: "SignChargePointCertificate" });
  const [state, send] = useMutation(req.doc);
  const answer = state.data?.[req.field];
  return (
    <span className="row">
      <button type="button" disabled={state.fetching} onClick={async () => { await send(req.variables); onDone?.(); }}>Renew now</button>
      {answer && <Badge value={answer.status ?? answer.errors[0]?.code} />}
    </span>
  );
}

/** Chargers whose certificate from the platform's CA ends soon (for the diagnostics page). */
export function ExpiringCertificatesCard() {
  const [{ data, error }, refetch] = useQuery({ query: ExpiringCertificatesQuery });
  const rows = data?.expiringChargerCertificates ?? [];
  return (
    <div className="card" data-testid="expiring-certificates">
      <h3>Charger certificates ending soon</h3>
      <ErrorBox error={error} what="Certificates" />
      <DataTable rows={rows} rowKey={(r) => r.chargerId} empty="No charger certificate ends soon." columns={[
        { key: "c", title: "Charger", render: (r) => <Link to={`/chargers/${encodeURIComponent(r.chargePointId)}?tab=Security`}>{r.chargePointId}</Link> },
        { key: "n", title: "Serial", render: (r) => <span className="small mono">{r.serialNumber}</span> },
        { key: "e", title: "Valid until", render: (r) => <span className="small">{dateTime(r.notAfter)}</span> },
        { key: "r", title: "", render: (r) => <RenewButton chargerId={r.chargerId} onDone={() => refetch({ requestPolicy: "network-only" })} /> },
      ]} />
    </div>
  );
}
