import { useState } from "react";
import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { RevenueQuery, type RevenueRow } from "../pending/sessions";
import type { Receipt } from "../pending/types";
import { DataTable, ErrorBox, Kpi, PageHeader, Pager } from "../components/ui";
import { usePaged } from "../components/usePaged";
import { BarsChart } from "../components/Charts";
import { dateTime, isoDay, money, num } from "../lib/format";
import { downloadCsv, toCsv } from "../lib/csv";

export function InvoicesPage() {
  const [from, setFrom] = useState(isoDay(30));
  const [to, setTo] = useState(isoDay(0));
  const [groupBy, setGroupBy] = useState("DAY");
  const paged = usePaged();
  const vars = { from: new Date(from + "T00:00:00").toISOString(), to: new Date(to + "T23:59:59.999").toISOString(), groupBy, first: 50, after: paged.after };
  const [{ data, error }] = useQuery({ query: RevenueQuery, variables: vars, pause: !from || !to });
  const sum = data?.revenueSummary;
  const receipts = data?.receipts;
  const exportSummary = () => downloadCsv(`revenue-${from}-${to}-${groupBy.toLowerCase()}.csv`, toCsv(["period/charger", "sessions", "energy_kwh", "revenue", "tax", "currency"],
    (sum?.rows ?? []).map((r) => [r.label, r.sessions, r.energyKwh, r.revenue.amount, r.tax.amount, r.revenue.currency])));
  const exportReceipts = () => downloadCsv(`receipts-${from}-${to}.csv`, toCsv(["number", "issued_at", "charger", "transaction", "energy_kwh", "total", "currency"],
    (receipts?.nodes ?? []).map((r) => [r.number, r.issuedAt, r.session?.charger?.chargePointId, r.session?.transactionId, r.session?.energyKwh, r.total.amount, r.total.currency])));
  return (
    <div className="stack">
      <PageHeader title="Invoices & revenue">
        <button onClick={exportSummary} disabled={!sum}>⬇ Summary CSV</button>
        <button onClick={exportReceipts} disabled={!receipts}>⬇ Receipts CSV</button>
      </PageHeader>
      <div className="row">
        <label className="field inline">From <input type="date" value={from} onChange={(e) => { setFrom(e.target.value); paged.reset(); }} /></label>
        <label className="field inline">To <input type="date" value={to} onChange={(e) => { setTo(e.target.value); paged.reset(); }} /></label>
        <select aria-label="Group by" value={groupBy} onChange={(e) => setGroupBy(e.target.value)}>
          <option value="DAY">By day</option><option value="WEEK">By week</option><option value="MONTH">By month</option><option value="CHARGER">By charger</option>
        </select>
      </div>
      <ErrorBox error={error} what="Revenue" />
      {sum && (
        <>
          <div className="grid kpis">
            <Kpi label="Revenue" value={money(sum.total.revenue)} /><Kpi label="Tax" value={money(sum.total.tax)} />
            <Kpi label="Sessions" value={sum.total.sessions} /><Kpi label="Energy (kWh)" value={num(sum.total.energyKwh, 1)} />
          </div>
          <div className="card"><BarsChart data={sum.rows.map((r) => ({ label: r.label, revenue: Number(r.revenue.amount) }))} xKey="label" series={[{ key: "revenue", name: "Revenue" }]} /></div>
          <DataTable<RevenueRow> rows={sum.rows} rowKey={(r) => r.key} columns={[
            { key: "l", title: groupBy === "CHARGER" ? "Charger" : "Period", render: (r) => r.label },
            { key: "s", title: "Sessions", render: (r) => r.sessions },
            { key: "e", title: "kWh", render: (r) => num(r.energyKwh, 2) },
            { key: "r", title: "Revenue", render: (r) => money(r.revenue) },
            { key: "t", title: "Tax", render: (r) => money(r.tax) },
          ]} />
        </>
      )}
      <div className="card">
        <h3>Receipts of completed sessions</h3>
        <DataTable<Receipt> rows={receipts?.nodes} rowKey={(r) => r.id} empty="No receipts in this range." columns={[
          { key: "n", title: "Number", render: (r) => <b>{r.number}</b> },
          { key: "d", title: "Issued", render: (r) => <span className="small">{dateTime(r.issuedAt)}</span> },
          { key: "s", title: "Session", render: (r) => r.session ? <Link to={`/sessions/${encodeURIComponent(r.session.id)}`}>{r.session.charger?.chargePointId} · tx {r.session.transactionId}</Link> : "—" },
          { key: "e", title: "kWh", render: (r) => num(r.session?.energyKwh, 3) },
          { key: "t", title: "Total", render: (r) => money(r.total) },
          { key: "p", title: "", render: (r) => r.pdfUrl ? <a href={r.pdfUrl} target="_blank" rel="noreferrer">PDF</a> : null },
        ]} />
        <Pager total={receipts?.totalCount} hasNext={receipts?.pageInfo.hasNextPage} hasPrev={paged.page > 1} onNext={() => paged.next(receipts?.pageInfo.endCursor)} onPrev={paged.prev} />
      </div>
    </div>
  );
}
