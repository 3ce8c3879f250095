import { useState } from "react";
import { Link } from "react-router-dom";
import { useClient, useQuery } from "urql";
import { CompletedSessionsCsvQuery, CompletedSessionsQuery, InvoiceSummaryQuery, ReceiptQuery } from "../ops/sessions";
import type { AdminCompletedSessionsQuery, AdminInvoiceSummaryQuery, ChargingSessionOrder, InvoiceGrouping } from "../gql/graphql";
import { DataTable, ErrorBox, Kpi, PageHeader, Pager, type Column } from "../components/ui";
import { CsvButton, useListState } from "../components/listing";
import { BarsChart } from "../components/Charts";
import { dateTime, isoDay, money, num } from "../lib/format";
import { downloadCsv, toCsv } from "../lib/csv";
import { describeError } from "../lib/errors";
import { Icon } from "../components/Icons";

type SummaryRow = AdminInvoiceSummaryQuery["invoiceSummary"]["rows"][number];
type Completed = AdminCompletedSessionsQuery["completedSessions"]["nodes"][number];

function ReceiptLink({ id }: { id: string }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  return (
    <button data-testid="receipt-pdf" disabled={busy} onClick={async (e) => {
      e.stopPropagation();
      setBusy(true);
      const r = await client.query(ReceiptQuery, { id }, { requestPolicy: "network-only" }).toPromise();
      setBusy(false);
      // The PDF link is signed and short-lived: fetch a fresh one on each click.
      if (r.data?.receipt.pdfUrl) window.open(r.data.receipt.pdfUrl, "_blank", "noopener");
    }}>PDF</button>
  );
}

const COMPLETED_COLUMNS: Column<Completed>[] = [
  { key: "tx", title: "Session", render: (s) => <Link to={`/sessions/${encodeURIComponent(s.id)}`} data-testid={`completed-${s.transactionId}`}>tx {s.transactionId}</Link>, csv: (s) => s.transactionId },
  { key: "d", title: "Stopped", sort: "STOPPED_AT", render: (s) => <span className="small">{dateTime(s.stoppedAt)}</span>, csv: (s) => s.stoppedAt },
  { key: "e", title: "kWh", sort: "ENERGY", render: (s) => num(s.energyWh / 1000, 3), csv: (s) => num(s.energyWh / 1000, 3) },
  { key: "t", title: "Cost", sort: "COST", render: (s) => money(s.cost), csv: (s) => s.cost?.amount },
  { key: "p", title: "Receipt", render: (s) => (s.receiptId ? <ReceiptLink id={s.receiptId} /> : "—") },
];

export function InvoicesPage() {
  const list = useListState({ from: isoDay(30), to: isoDay(0), group: "DAY" });
  const from = list.get("from");
  const to = list.get("to");
  const groupBy = list.get("group") as InvoiceGrouping;
  const [csvError, setCsvError] = useState<string | null>(null);
  const range = { from: new Date(from + "T00:00:00").toISOString(), to: new Date(to + "T23:59:59.999").toISOString() };
  const [{ data, error }] = useQuery({ query: InvoiceSummaryQuery, variables: { ...range, groupBy }, pause: !from || !to });
  // The completed sessions of the same range, sorted on the server.
  const completedVars = { ...range, orderBy: list.sort as ChargingSessionOrder | null };
  const [completed] = useQuery({ query: CompletedSessionsQuery, variables: { ...completedVars, first: list.pageSize, after: list.after }, pause: !from || !to });
  const client = useClient();
  const sum = data?.invoiceSummary;
  const sessions = completed.data?.completedSessions;
  const exportSummary = () => downloadCsv(`revenue-${from}-${to}-${groupBy.toLowerCase()}.csv`, toCsv(["period/charger", "sessions", "energy_kwh", "revenue", "tax", "total", "currency"],
    (sum?.rows ?? []).map((r) => [r.key, r.sessions, r.energyKwh, r.revenue.amount, r.tax.amount, r.total.amount, r.total.currency])));
  const exportSessions = async () => {
    setCsvError(null);
    const r = await client.query(CompletedSessionsCsvQuery, range, { requestPolicy: "network-only" }).toPromise();
    const csv = r.data?.completedSessionsCsv;
    if (!csv) { setCsvError(describeError(r.error)?.message ?? "Export failed."); return; }
    downloadCsv(csv.filename, csv.content);
  };
  return (
    <div className="stack">
      <PageHeader title="Invoices & revenue">
        <button onClick={exportSummary} disabled={!sum}><Icon name="download" size={14} /> Summary CSV</button>
        <button onClick={exportSessions}><Icon name="download" size={14} /> Sessions CSV</button>
      </PageHeader>
      <div className="row">
        <label className="field inline">From <input type="date" value={from} onChange={(e) => list.set({ from: e.target.value })} /></label>
        <label className="field inline">To <input type="date" value={to} onChange={(e) => list.set({ to: e.target.value })} /></label>
        <select aria-label="Group by" value={groupBy} onChange={(e) => list.set({ group: e.target.value })}>
          <option value="DAY">By day</option><option value="CHARGER">By charger</option>
        </select>
      </div>
      <ErrorBox error={error} what="Revenue" />
      {csvError && <div className="alert error">{csvError}</div>}
      {sum && (
        <>
          <div className="grid kpis">
            <Kpi label="Revenue" value={money(sum.revenue)} /><Kpi label="Tax" value={money(sum.tax)} /><Kpi label="Total" value={money(sum.total)} />
            <Kpi label="Sessions" value={sum.sessions} /><Kpi label="Energy (kWh)" value={num(sum.energyKwh, 1)} />
          </div>
          <div className="card"><BarsChart data={sum.rows.map((r) => ({ label: r.key, revenue: Number(r.total.amount) }))} xKey="label" series={[{ key: "revenue", name: "Total" }]} /></div>
          <DataTable<SummaryRow> rows={sum.rows} rowKey={(r) => r.key} empty="No billed sessions in this range." columns={[
            { key: "l", title: groupBy === "CHARGER" ? "Charger" : "Day", render: (r) => r.key },
            { key: "s", title: "Sessions", render: (r) => r.sessions },
            { key: "e", title: "kWh", render: (r) => num(r.energyKwh, 2) },
            { key: "r", title: "Revenue", render: (r) => money(r.revenue) },
            { key: "t", title: "Tax", render: (r) => money(r.tax) },
            { key: "x", title: "Total", render: (r) => money(r.total) },
          ]} />
        </>
      )}
      <div className="card">
        <h3>Completed sessions and receipts</h3>
        <div className="row end" style={{ marginBottom: 8 }}>
          <CsvButton filename={`completed-sessions-${from}-${to}.csv`} columns={COMPLETED_COLUMNS} query={CompletedSessionsQuery} variables={completedVars} pick={(d) => d.completedSessions} />
        </div>
        <DataTable<Completed> rows={sessions?.nodes} loading={completed.fetching} error={completed.error} rowKey={(s) => s.id} empty="No completed sessions in this range."
          caption="Completed sessions" sort={list.sort} onSort={list.toggleSort} columns={COMPLETED_COLUMNS} />
        <Pager total={sessions?.totalCount} hasNext={sessions?.pageInfo.hasNextPage} hasPrev={list.page > 1} onNext={() => list.next(sessions?.pageInfo.endCursor)} onPrev={list.prev}
          page={list.page} pageSize={list.pageSize} onPageSize={list.setPageSize} />
      </div>
    </div>
  );
}
