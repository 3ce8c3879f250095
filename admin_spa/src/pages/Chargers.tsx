import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useMutation, useQuery, useSubscription } from "urql";
import { ApproveChargerMutation, ChargersQuery, ChargerStatusSubscription } from "../ops/chargers";
import type { AdminChargerFieldsFragment as Charger } from "../gql/graphql";
import { Badge, DataTable, ErrorBox, PageHeader, Pager } from "../components/ui";
import { usePaged } from "../components/usePaged";
import { dateTime } from "../lib/format";
import { describeError, userErrorsText } from "../lib/errors";
import { AuthorizationKeyBox } from "../components/AuthorizationKey";

const STATUSES = ["Available", "Preparing", "Charging", "SuspendedEV", "SuspendedEVSE", "Finishing", "Reserved", "Unavailable", "Faulted"];

export function ChargersPage() {
  const [search, setSearch] = useState("");
  const [online, setOnline] = useState("");
  const [status, setStatus] = useState("");
  const [reg, setReg] = useState("");
  const paged = usePaged();
  const filter = { search: search || null, online: online === "" ? null : online === "yes", registrationStatus: reg || null };
  const [{ data, error }, refetch] = useQuery({ query: ChargersQuery, variables: { first: 50, after: paged.after, ...filter } });
  // Live: every charger status event refreshes the page of rows.
  useSubscription({ query: ChargerStatusSubscription, variables: {} }, (_p, ev) => { refetch({ requestPolicy: "network-only" }); return ev; });
  const [, approve] = useMutation(ApproveChargerMutation);
  const [msg, setMsg] = useState<string | null>(null);
  const navigate = useNavigate();
  const conn = data?.chargers;

  const [approvedKey, setApprovedKey] = useState<{ chargePointId: string; key: string; delivery: string | null } | null>(null);

  const doApprove = async (c: Charger, ok: boolean) => {
    const r = await approve({ input: { id: c.id, approved: ok } });
    const p = r.data?.approveCharger;
    const failed = describeError(r.error)?.message ?? userErrorsText(p?.errors);
    const boot = p?.bootTrigger ? ` TriggerMessage BootNotification: ${p.bootTrigger}.` : "";
    setMsg(failed ?? (ok ? `${c.chargePointId} approved.${boot}` : `${c.chargePointId} rejected.`));
    setApprovedKey(!failed && p?.authorizationKey ? { chargePointId: c.chargePointId, key: p.authorizationKey, delivery: p.keyDelivery ?? null } : null);
  };

  return (
    <div>
      <PageHeader title="Chargers">
        <Link to="/chargers/import"><button>Import CSV</button></Link>
        <Link to="/chargers/new"><button className="primary">+ Register charger</button></Link>
      </PageHeader>
      <div className="row" style={{ marginBottom: 12 }}>
        <input placeholder="Search id, name, address…" value={search} onChange={(e) => { setSearch(e.target.value); paged.reset(); }} aria-label="Search chargers" style={{ width: 280 }} />
        <select value={online} onChange={(e) => { setOnline(e.target.value); paged.reset(); }} aria-label="Connection"><option value="">Online + offline</option><option value="yes">Online</option><option value="no">Offline</option></select>
        <select value={status} onChange={(e) => { setStatus(e.target.value); paged.reset(); }} aria-label="Connector status"><option value="">Any status</option>{STATUSES.map((s) => <option key={s}>{s}</option>)}</select>
        <select value={reg} onChange={(e) => { setReg(e.target.value); paged.reset(); }} aria-label="Registration"><option value="">Any registration</option><option>Accepted</option><option>Pending</option><option>Rejected</option></select>
      </div>
      {msg && <div className="alert ok">{msg}</div>}
      {approvedKey && (
        <div className="card" style={{ marginBottom: 12 }}>
          <h3>{approvedKey.chargePointId} approved: from now on it must authenticate</h3>
          <AuthorizationKeyBox chargePointId={approvedKey.chargePointId} authorizationKey={approvedKey.key} delivery={approvedKey.delivery} />
        </div>
      )}
      <ErrorBox error={error} what="Chargers" />
      <DataTable<Charger>
        rows={conn?.nodes.filter((c) => !status || c.connectors.some((k) => k.status === status))}
        rowKey={(c) => c.id}
        onRowClick={(c) => navigate(`/chargers/${encodeURIComponent(c.chargePointId)}`)}
        columns={[
          { key: "online", title: "", render: (c) => <span className={`dot ${c.online ? "on" : ""}`} data-testid={`online-${c.chargePointId}`} data-online={c.online} title={c.online ? "online" : "offline"} /> },
          { key: "id", title: "Charge point", render: (c) => <div><b>{c.chargePointId}</b><div className="small muted">{c.name}</div></div> },
          { key: "conn", title: "Connectors", render: (c) => <div className="row">{c.connectors.filter((k) => k.connectorId > 0).map((k) => <span key={k.id} title={k.errorCode ?? ""}>#{k.connectorId} <Badge value={k.status} /></span>)}</div> },
          { key: "reg", title: "Registration", render: (c) => <Badge value={c.registrationStatus} /> },
          { key: "model", title: "Model", render: (c) => <span className="small">{[c.vendor, c.model].filter(Boolean).join(" ")}<div className="muted">{c.firmwareVersion}</div></span> },
          { key: "where", title: "Location", render: (c) => <span className="small">{[c.address, c.city].filter(Boolean).join(", ")}</span> },
          { key: "hb", title: "Last heartbeat", render: (c) => <span className="small">{dateTime(c.lastHeartbeatAt)}</span> },
          { key: "act", title: "", render: (c) => c.registrationStatus === "Pending" || !c.approved ? (
            <div className="row" onClick={(e) => e.stopPropagation()}>
              <button className="primary" onClick={() => doApprove(c, true)}>Approve</button>
              <button className="danger" onClick={() => doApprove(c, false)}>Reject</button>
            </div>) : null },
        ]}
      />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={paged.page > 1} onNext={() => paged.next(conn?.pageInfo.endCursor)} onPrev={paged.prev} />
    </div>
  );
}
