import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { useQuery } from "urql";
import { SessionsQuery } from "../pending/sessions";
import type { SessionRow } from "../pending/types";
import { Badge, DataTable, ErrorBox, PageHeader, Pager } from "../components/ui";
import { usePaged } from "../components/usePaged";
import { dateTime, duration, money, num } from "../lib/format";

export function SessionColumns() {
  return [
    { key: "id", title: "Tx", render: (s: SessionRow) => s.transactionId ?? "—" },
    { key: "st", title: "Status", render: (s: SessionRow) => <Badge value={s.status} /> },
    { key: "cp", title: "Charger", render: (s: SessionRow) => `${s.charger?.chargePointId ?? ""} #${s.connectorId ?? ""}` },
    { key: "u", title: "Driver", render: (s: SessionRow) => <span className="small">{s.user?.email ?? s.idTag}</span> },
    { key: "start", title: "Started", render: (s: SessionRow) => <span className="small">{dateTime(s.startedAt)}</span> },
    { key: "dur", title: "Duration", render: (s: SessionRow) => duration(s.startedAt, s.stoppedAt) },
    { key: "e", title: "kWh", render: (s: SessionRow) => num(s.energyKwh, 3) },
    { key: "c", title: "Cost", render: (s: SessionRow) => money(s.cost) },
  ];
}

export function SessionsPage() {
  const [status, setStatus] = useState("");
  const [cpid, setCpid] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [flagged, setFlagged] = useState(false);
  const paged = usePaged();
  const filter = { status: status || null, chargePointId: cpid || null, from: from ? new Date(from).toISOString() : null, to: to ? new Date(to + "T23:59:59").toISOString() : null, flagged: flagged || null };
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
      <DataTable<SessionRow> rows={conn?.nodes} rowKey={(s) => s.id} onRowClick={(s) => navigate(`/sessions/${encodeURIComponent(s.id)}`)} columns={SessionColumns()} />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={paged.page > 1} onNext={() => paged.next(conn?.pageInfo.endCursor)} onPrev={paged.prev} />
    </div>
  );
}
