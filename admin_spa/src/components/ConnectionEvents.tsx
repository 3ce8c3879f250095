import { Link } from "react-router-dom";
import { useQuery, useSubscription } from "urql";
import { ConnectionEventsQuery, ConnectionEventsSubscription, ConnectionSummaryQuery } from "../ops/fleet";
import type { AdminConnectionEventsQuery, ConnectionEventOrder } from "../gql/graphql";
import { Badge, DataTable, ErrorBox, Pager, type Column } from "./ui";
import { CsvButton, ListSelect, useListState } from "./listing";
import { dateTime } from "../lib/format";

type ConnEvent = AdminConnectionEventsQuery["connectionEvents"]["nodes"][number];

export const REASONS = [
  "unknown_id", "wrong_password", "missing_credentials", "bad_subprotocol", "profile_mismatch", "client_certificate",
  "invalid_id", "tls_failure", "server_error", "closed_by_charger", "ping_timeout", "connection_lost", "closed_by_server", "replaced",
];

function kindBadge(kind: string) {
  return <Badge value={kind} kind={kind === "refused" ? "err" : kind === "connected" ? "ok" : "off"} />;
}

const KINDS = ["refused", "connected", "disconnected"];

const COLUMNS: Column<ConnEvent>[] = [
  { key: "t", title: "Time", sort: "AT", render: (e) => <span className="small">{dateTime(e.at)}</span>, csv: (e) => e.at },
  { key: "cp", title: "Charge point id", sort: "CHARGE_POINT_ID", csv: (e) => e.chargePointId,
    render: (e) => (e.chargerId ? <Link to={`/chargers/${encodeURIComponent(e.chargePointId)}`}>{e.chargePointId}</Link> : (e.chargePointId ? <code title="not a registered charger">{e.chargePointId}</code> : <span className="muted" title="the connection ended before the charger sent its id (a failed TLS handshake)">—</span>)) },
  { key: "k", title: "Event", sort: "KIND", render: (e) => kindBadge(e.kind), csv: (e) => e.kind },
  { key: "r", title: "Reason", sort: "REASON", csv: (e) => e.reason,
    render: (e) => (e.reason ? <span title={e.reasonText ?? ""} data-testid="connection-reason"><b>{e.reason}</b><div className="small muted">{e.reasonText}</div></span> : <span className="muted">—</span>) },
  { key: "a", title: "Remote address", sort: "REMOTE_ADDRESS", render: (e) => <code className="small">{e.remoteAddress ?? "—"}</code>, csv: (e) => e.remoteAddress },
  { key: "c", title: "Code", render: (e) => e.code ?? "", csv: (e) => e.code },
  { key: "d", title: "Detail", render: (e) => <span className="small">{e.detail ?? ""}</span>, csv: (e) => e.detail },
];

/** Chargers' connections, disconnections and refused connections (fleet-wide, or of one charger),
 *  newest first or sorted by a column, filtered by event and reason (fleet-wide also by charge point
 *  id); filters, sort and page are kept in the URL. Live: a new event reloads the first page. */
export function ConnectionEventsTable({ chargerId, showCharger = true }: { chargerId?: string | null; showCharger?: boolean }) {
  const list = useListState();
  const variables = {
    chargerId: chargerId || null, chargePointId: (!chargerId && list.get("cp").trim()) || null,
    kind: list.get("kind") || null, reason: list.get("reason") || null, orderBy: list.sort as ConnectionEventOrder | null,
  };
  const [{ data, error, fetching }, refetch] = useQuery({ query: ConnectionEventsQuery, variables: { ...variables, first: list.pageSize, after: list.after } });
  useSubscription({ query: ConnectionEventsSubscription, variables: { chargerId: chargerId || null } }, (_p, ev) => {
    if (list.page === 1) refetch({ requestPolicy: "network-only" });
    return ev;
  });
  const conn = data?.connectionEvents;
  const columns = showCharger ? COLUMNS : COLUMNS.map((c) => (c.key === "cp" ? { ...c, hidden: true } : c));
  return (
    <div data-testid="connection-events" className="stack">
      <div className="spread">
        <div className="row">
          {showCharger && !chargerId && (
            <label className="field">Charge point id
              <input name="cp" value={list.get("cp")} onChange={(e) => list.set({ cp: e.target.value }, true)} placeholder="exact id" />
            </label>
          )}
          <ListSelect list={list} name="kind" label="Event" options={KINDS} />
          <ListSelect list={list} name="reason" label="Reason" options={REASONS} />
        </div>
        <div className="row">
          <CsvButton filename={chargerId ? "charger-connections.csv" : "connection-events.csv"} columns={COLUMNS} query={ConnectionEventsQuery}
            variables={variables} pick={(d) => d.connectionEvents} />
        </div>
      </div>
      <ErrorBox error={error} what="Connection events" />
      <DataTable<ConnEvent>
        rows={conn?.nodes}
        rowKey={(e) => e.id ?? `${e.at}-${e.chargePointId}`}
        loading={fetching} error={error} caption="Connection events"
        empty="No connection events."
        rowClass={(e) => (e.kind === "refused" ? "refused-row" : "")}
        sort={list.sort} onSort={list.toggleSort}
        columns={columns}
      />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={list.page > 1} onNext={() => list.next(conn?.pageInfo.endCursor)} onPrev={list.prev}
        page={list.page} pageSize={list.pageSize} onPageSize={list.setPageSize} />
    </div>
  );
}

/** A charger's last connect, last disconnect (and why) and last refused connection. */
export function ConnectionSummaryCard({ chargerId }: { chargerId: string }) {
  const [{ data, error }, refetch] = useQuery({ query: ConnectionSummaryQuery, variables: { chargerId } });
  useSubscription({ query: ConnectionEventsSubscription, variables: { chargerId } }, (_p, ev) => { refetch({ requestPolicy: "network-only" }); return ev; });
  const s = data?.chargerConnectionSummary;
  return (
    <div className="card" data-testid="connection-summary">
      <h3>Connection</h3>
      <ErrorBox error={error} what="Connection summary" />
      <table className="table"><tbody>
        <tr><th style={{ width: 180 }}>Last connect</th><td>{s?.lastConnect ? <>{dateTime(s.lastConnect.at)} <span className="small muted">from {s.lastConnect.remoteAddress ?? "?"}</span></> : "—"}</td></tr>
        <tr><th>Last disconnect</th><td>{s?.lastDisconnect ? <>{dateTime(s.lastDisconnect.at)} <Badge value={s.lastDisconnect.reason} /> <span className="small muted">{s.lastDisconnect.reasonText}</span></> : "—"}</td></tr>
        <tr><th>Last refused connection</th><td>{s?.lastRefusal ? <>{dateTime(s.lastRefusal.at)} <Badge value={s.lastRefusal.reason} kind="err" /> <span className="small muted">{s.lastRefusal.reasonText} ({s.lastRefusal.remoteAddress ?? "?"})</span></> : "—"}</td></tr>
      </tbody></table>
    </div>
  );
}
