import { useState } from "react";
import { Link } from "react-router-dom";
import { useQuery, useSubscription } from "urql";
import { ConnectionEventsQuery, ConnectionEventsSubscription, ConnectionSummaryQuery } from "../ops/fleet";
import type { AdminConnectionEventsQuery } from "../gql/graphql";
import { Badge, DataTable, ErrorBox } from "./ui";
import { dateTime } from "../lib/format";

type ConnEvent = AdminConnectionEventsQuery["connectionEvents"]["nodes"][number];

export const REASONS = [
  "unknown_id", "wrong_password", "missing_credentials", "bad_subprotocol", "profile_mismatch", "client_certificate",
  "invalid_id", "tls_failure", "server_error", "closed_by_charger", "ping_timeout", "connection_lost", "closed_by_server", "replaced",
];

function kindBadge(kind: string) {
  return <Badge value={kind} kind={kind === "refused" ? "err" : kind === "connected" ? "ok" : "off"} />;
}

/** Chargers' connections, disconnections and refused connections, newest first; live. */
export function ConnectionEventsTable({ chargerId, kind, reason, showCharger = true }: { chargerId?: string | null; kind?: string | null; reason?: string | null; showCharger?: boolean }) {
  const [before, setBefore] = useState<Array<string | null>>([null]);
  const beforeId = before[before.length - 1];
  const [{ data, error, fetching }, refetch] = useQuery({ query: ConnectionEventsQuery, variables: { chargerId: chargerId || null, kind: kind || null, reason: reason || null, first: 50, beforeId } });
  // Live: a new event reloads the first page (older pages stay as they are).
  useSubscription({ query: ConnectionEventsSubscription, variables: { chargerId: chargerId || null } }, (_p, ev) => {
    if (beforeId === null) refetch({ requestPolicy: "network-only" });
    return ev;
  });
  const conn = data?.connectionEvents;
  return (
    <div data-testid="connection-events">
      <ErrorBox error={error} what="Connection events" />
      <DataTable<ConnEvent>
        rows={conn?.nodes}
        rowKey={(e) => e.id ?? `${e.at}-${e.chargePointId}`}
        loading={fetching} error={error} caption="Connection events"
        empty="No connection events."
        rowClass={(e) => (e.kind === "refused" ? "refused-row" : "")}
        columns={[
          { key: "t", title: "Time", render: (e) => <span className="small">{dateTime(e.at)}</span> },
          ...(showCharger ? [{ key: "cp", title: "Charge point id", render: (e: ConnEvent) => (e.chargerId ? <Link to={`/chargers/${encodeURIComponent(e.chargePointId)}`}>{e.chargePointId}</Link> : (e.chargePointId ? <code title="not a registered charger">{e.chargePointId}</code> : <span className="muted" title="the connection ended before the charger sent its id (a failed TLS handshake)">—</span>)) }] : []),
          { key: "k", title: "Event", render: (e) => kindBadge(e.kind) },
          { key: "r", title: "Reason", render: (e) => (e.reason ? <span title={e.reasonText ?? ""} data-testid="connection-reason"><b>{e.reason}</b><div className="small muted">{e.reasonText}</div></span> : <span className="muted">—</span>) },
          { key: "a", title: "Remote address", render: (e) => <code className="small">{e.remoteAddress ?? "—"}</code> },
          { key: "c", title: "Code", render: (e) => e.code ?? "" },
          { key: "d", title: "Detail", render: (e) => <span className="small">{e.detail ?? ""}</span> },
        ]}
      />
      <div className="row end" style={{ marginTop: 10 }}>
        {conn && <span className="muted small">{conn.totalCount} total</span>}
        <button disabled={before.length <= 1} onClick={() => setBefore((b) => b.slice(0, -1))}>‹ Newer</button>
        <button disabled={!conn?.nextBeforeId} onClick={() => conn?.nextBeforeId && setBefore((b) => [...b, conn.nextBeforeId!])}>Older ›</button>
      </div>
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
