import { useState } from "react";
import { Link } from "react-router-dom";
import { useMutation, useQuery, useSubscription } from "urql";
import { ApproveChargerMutation, ChargersQuery, ChargerStatusSubscription, CONNECTOR_STATUSES } from "../ops/chargers";
import type { AdminChargerFieldsFragment as Charger, ChargerOrder } from "../gql/graphql";
import { Badge, DataTable, PageHeader, Pager, type Column } from "../components/ui";
import { CsvButton, useListState } from "../components/listing";
import { dateTime } from "../lib/format";
import { describeError, userErrorsText } from "../lib/errors";
import { AuthorizationKeyBox } from "../components/AuthorizationKey";

const COLUMNS: Column<Charger>[] = [
  { key: "online", title: "Online", render: (c) => <span className={`dot ${c.online ? "on" : ""}`} data-testid={`online-${c.chargePointId}`} data-online={c.online} role="img" aria-label={c.online ? "online" : "offline"} title={c.online ? "online" : "offline"} />, csv: (c) => c.online },
  { key: "id", title: "Charge point", sort: "CHARGE_POINT_ID", render: (c) => <div><b>{c.chargePointId}</b><div className="small muted">{c.name}</div></div>, csv: (c) => c.chargePointId },
  { key: "name", title: "Name", hidden: true, render: (c) => c.name, csv: (c) => c.name },
  { key: "conn", title: "Connectors", render: (c) => <div className="row">{c.connectors.filter((k) => k.connectorId > 0).map((k) => <span key={k.id} title={k.errorCode ?? ""}>#{k.connectorId} <Badge value={k.status} /></span>)}</div>,
    csv: (c) => c.connectors.filter((k) => k.connectorId > 0).map((k) => `#${k.connectorId} ${k.status}`).join(" ") },
  { key: "reg", title: "Registration", sort: "REGISTRATION_STATUS", render: (c) => <Badge value={c.registrationStatus} />, csv: (c) => c.registrationStatus },
  { key: "model", title: "Model", render: (c) => <span className="small">{[c.vendor, c.model].filter(Boolean).join(" ")}<div className="muted">{c.firmwareVersion}</div></span>, csv: (c) => [c.vendor, c.model].filter(Boolean).join(" ") },
  { key: "where", title: "Location", sort: "CITY", render: (c) => <span className="small">{[c.address, c.city].filter(Boolean).join(", ")}</span>, csv: (c) => [c.address, c.city].filter(Boolean).join(", ") },
  { key: "hb", title: "Last heartbeat", sort: "LAST_HEARTBEAT_AT", render: (c) => <span className="small">{dateTime(c.lastHeartbeatAt)}</span>, csv: (c) => c.lastHeartbeatAt },
];

export function ChargersPage() {
  const list = useListState();
  const online = list.get("online");
  const status = list.get("status");
  const variables = {
    search: list.get("q") || null, online: online === "" ? null : online === "yes", registrationStatus: list.get("registration") || null,
    connectorStatus: status || null, orderBy: list.sort as ChargerOrder | null,
  };
  const [{ data, error, fetching }, refetch] = useQuery({ query: ChargersQuery, variables: { ...variables, first: list.pageSize, after: list.after } });
  // Live: every charger status event refreshes the page of rows.
  useSubscription({ query: ChargerStatusSubscription, variables: {} }, (_p, ev) => { refetch({ requestPolicy: "network-only" }); return ev; });
  const [, approve] = useMutation(ApproveChargerMutation);
  const [msg, setMsg] = useState<string | null>(null);
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
        <CsvButton filename="chargers.csv" columns={COLUMNS} query={ChargersQuery} variables={variables} pick={(d) => d.chargers} />
        <Link to="/chargers/import"><button>Import CSV</button></Link>
        <Link to="/chargers/new"><button className="primary">+ Register charger</button></Link>
      </PageHeader>
      <div className="row" style={{ marginBottom: 12 }}>
        <input placeholder="Search id, name, address…" value={list.get("q")} onChange={(e) => list.set({ q: e.target.value }, true)} aria-label="Search chargers" style={{ width: 280 }} />
        <select value={online} onChange={(e) => list.set({ online: e.target.value })} aria-label="Connection"><option value="">Online + offline</option><option value="yes">Online</option><option value="no">Offline</option></select>
        <select value={status} onChange={(e) => list.set({ status: e.target.value })} aria-label="Connector status"><option value="">Any status</option>{CONNECTOR_STATUSES.map((s) => <option key={s}>{s}</option>)}</select>
        <select value={list.get("registration")} onChange={(e) => list.set({ registration: e.target.value })} aria-label="Registration"><option value="">Any registration</option><option>Accepted</option><option>Pending</option><option>Rejected</option></select>
      </div>
      {msg && <div className="alert ok">{msg}</div>}
      {approvedKey && (
        <div className="card" style={{ marginBottom: 12 }}>
          <h3>{approvedKey.chargePointId} approved: from now on it must authenticate</h3>
          <AuthorizationKeyBox chargePointId={approvedKey.chargePointId} authorizationKey={approvedKey.key} delivery={approvedKey.delivery} />
        </div>
      )}
      <DataTable<Charger>
        rows={conn?.nodes}
        loading={fetching} error={error} caption="Chargers" rowKey={(c) => c.id} linkColumn="id"
        rowHref={(c) => `/chargers/${encodeURIComponent(c.chargePointId)}`} sort={list.sort} onSort={list.toggleSort}
        columns={[...COLUMNS, { key: "act", title: "", render: (c) => c.registrationStatus === "Pending" || !c.approved ? (
          <div className="row">
            <button className="primary" onClick={() => doApprove(c, true)}>Approve</button>
            <button className="danger" onClick={() => doApprove(c, false)}>Reject</button>
          </div>) : null }]}
      />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={list.page > 1} onNext={() => list.next(conn?.pageInfo.endCursor)} onPrev={list.prev}
        page={list.page} pageSize={list.pageSize} onPageSize={list.setPageSize} />
    </div>
  );
}
