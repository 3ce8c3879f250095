import { useQuery } from "urql";
import { SessionsQuery } from "../ops/sessions";
import type { AdminSessionRowFragment, ChargingSessionOrder } from "../gql/graphql";
import { Badge, DataTable, PageHeader, Pager, type Column } from "../components/ui";
import { CsvButton, dayBound, useListState } from "../components/listing";
import { dateTime, duration, money, num } from "../lib/format";

export type SessionRow = AdminSessionRowFragment;

export function sessionColumns(): Column<SessionRow>[] {
  return [
    { key: "id", title: "Tx", render: (s) => s.transactionId, csv: (s) => s.transactionId },
    { key: "st", title: "Status", sort: "STATUS", render: (s) => <span data-testid={`session-status-${s.transactionId}`}><Badge value={s.status} /></span>, csv: (s) => s.status },
    { key: "cp", title: "Charger", render: (s) => `${s.chargePointId} #${s.connectorId}`, csv: (s) => `${s.chargePointId} #${s.connectorId}` },
    { key: "u", title: "Driver", render: (s) => <span className="small">{s.user?.email ?? s.idTag}</span>, csv: (s) => s.user?.email ?? s.idTag },
    { key: "start", title: "Started", sort: "STARTED_AT", render: (s) => <span className="small">{dateTime(s.startedAt)}</span>, csv: (s) => s.startedAt },
    { key: "by", title: "Started by", render: (s) => <span className="small" data-testid={`start-source-${s.transactionId}`}>{s.startSource ?? "—"}</span>, csv: (s) => s.startSource },
    { key: "dur", title: "Duration", render: (s) => duration(s.startedAt, s.stoppedAt), csv: (s) => duration(s.startedAt, s.stoppedAt) },
    { key: "e", title: "kWh", sort: "ENERGY", render: (s) => num(s.energyWh / 1000, 3), csv: (s) => num(s.energyWh / 1000, 3) },
    { key: "c", title: "Cost", sort: "COST", render: (s) => money(s.cost), csv: (s) => s.cost?.amount },
    { key: "f", title: "Flags", render: (s) => s.flags.map((f) => <Badge key={f} value={f} kind="warn" />), csv: (s) => s.flags.join(" ") },
  ];
}

export function SessionsPage() {
  const list = useListState();
  const filter = {
    status: list.get("status") || null, chargePointId: list.get("charger").trim() || null, flagged: list.get("flagged") ? true : null,
    from: dayBound(list.get("from")), to: dayBound(list.get("to"), true),
  };
  const variables = { filter, orderBy: list.sort as ChargingSessionOrder | null };
  const [{ data, error, fetching }] = useQuery({ query: SessionsQuery, variables: { ...variables, first: list.pageSize, after: list.after } });
  const conn = data?.chargingSessions;
  const columns = sessionColumns();
  return (
    <div>
      <PageHeader title="Sessions">
        <CsvButton filename="sessions.csv" columns={columns} query={SessionsQuery} variables={variables} pick={(d) => d.chargingSessions} />
      </PageHeader>
      <div className="row" style={{ marginBottom: 12 }}>
        <select aria-label="Status" value={list.get("status")} onChange={(e) => list.set({ status: e.target.value })}>
          <option value="">Any status</option><option value="ACTIVE">Active</option><option value="COMPLETED">Completed</option><option value="FAILED">Failed</option>
        </select>
        <input aria-label="Charger" placeholder="Charger id" value={list.get("charger")} onChange={(e) => list.set({ charger: e.target.value }, true)} />
        <label className="field inline">From <input type="date" value={list.get("from")} onChange={(e) => list.set({ from: e.target.value })} /></label>
        <label className="field inline">To <input type="date" value={list.get("to")} onChange={(e) => list.set({ to: e.target.value })} /></label>
        <label className="field inline"><input type="checkbox" checked={!!list.get("flagged")} onChange={(e) => list.set({ flagged: e.target.checked })} /> Flagged only</label>
      </div>
      <DataTable<SessionRow> rows={conn?.nodes} loading={fetching} error={error} caption="Sessions" rowKey={(s) => s.id}
        rowHref={(s) => `/sessions/${encodeURIComponent(s.id)}`} sort={list.sort} onSort={list.toggleSort} columns={columns} />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={list.page > 1} onNext={() => list.next(conn?.pageInfo.endCursor)} onPrev={list.prev}
        page={list.page} pageSize={list.pageSize} onPageSize={list.setPageSize} />
    </div>
  );
}
