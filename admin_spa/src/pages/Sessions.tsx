import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { useQuery } from "urql";
import { SessionsQuery } from "../ops/sessions";
import type { AdminSessionRowFragment } from "../gql/graphql";
import { Badge, DataTable, ErrorBox, PageHeader, Pager, type Column } from "../components/ui";
import { usePaged } from "../components/usePaged";
import { dateTime, duration, money, num } from "../lib/format";

export type SessionRow = AdminSessionRowFragment;

export function sessionColumns(): Column<SessionRow>[] {
  return [
    { key: "id", title: "Tx", render: (s) => s.transactionId },
    { key: "st", title: "Status", render: (s) => <span data-testid={`session-status-${s.transactionId}`}><Badge value={s.status} /></span> },
    { key: "cp", title: "Charger", render: (s) => `${s.chargePointId} #${s.connectorId}` },
    { key: "u", title: "Driver", render: (s) => <span className="small">{s.user?.email ?? s.idTag}</span> },
    { key: "start", title: "Started", render: (s) => <span className="small">{dateTime(s.startedAt)}</span> },
    { key: "by", title: "Started by", render: (s) => <span className="small" data-testid={`start-source-${s.transactionId}`}>{s.startSource ?? "—"}</span> },
    { key: "dur", title: "Duration", render: (s) => duration(s.startedAt, s.stoppedAt) },
    { key: "e", title: "kWh", render: (s) => num(s.energyWh / 1000, 3) },
    { key: "c", title: "Cost", render: (s) => money(s.cost) },
    { key: "f", title: "Flags", render: (s) => s.flags.map((f) => <Badge key={f} value={f} kind="warn" />) },
  ];
}

export function SessionsPage() {
  const [status, setStatus] = useState("");
  const [cpid, setCpid] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [flagged, setFlagged] = useState(false);
  const paged = usePaged();
  const filter = {
    status: status || null, chargePointId: cpid.trim() || null, flagged: flagged || null,
    from: from ? new Date(from + "T00:00:00").toISOString() : null, to: to ? new Date(to + "T23:59:59.999").toISOString() : null,
  };
  const [{ data, error }] = useQuery({ query: SessionsQuery, variables: { first: 50, after: paged.after, filter } });
  const navigate = useNavigate();
  const conn = data?.chargingSessions;
  return (
    <div>
      <PageHeader title="Sessions" />
      <div className="row" style={{ marginBottom: 12 }}>
        <select aria-label="Status" value={status} onChange={(e) => { setStatus(e.target.value); paged.reset(); }}>
          <option value="">Any status</option><option value="ACTIVE">Active</option><option value="COMPLETED">Completed</option><option value="FAILED">Failed</option>
        </select>
        <input aria-label="Charger" placeholder="Charger id" value={cpid} onChange={(e) => { setCpid(e.target.value); paged.reset(); }} />
        <label className="field inline">From <input type="date" value={from} onChange={(e) => { setFrom(e.target.value); paged.reset(); }} /></label>
        <label className="field inline">To <input type="date" value={to} onChange={(e) => { setTo(e.target.value); paged.reset(); }} /></label>
        <label className="field inline"><input type="checkbox" checked={flagged} onChange={(e) => { setFlagged(e.target.checked); paged.reset(); }} /> Flagged only</label>
      </div>
      <ErrorBox error={error} what="Sessions" />
      <DataTable<SessionRow> rows={conn?.nodes} rowKey={(s) => s.id} onRowClick={(s) => navigate(`/sessions/${encodeURIComponent(s.id)}`)} columns={sessionColumns()} />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={paged.page > 1} onNext={() => paged.next(conn?.pageInfo.endCursor)} onPrev={paged.prev} />
    </div>
  );
}
