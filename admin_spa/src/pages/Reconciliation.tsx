import { Fragment, useState } from "react";
import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { TopUpReconciliationQuery } from "../ops/payments";
import type { AdminTopUpReconciliationQuery } from "../gql/graphql";
import { Badge, DataTable, ErrorBox, PageHeader } from "../components/ui";
import { dateTime, money } from "../lib/format";

type Row = AdminTopUpReconciliationQuery["topUpReconciliation"][number];

const FLAG_TEXT: Record<string, string> = {
  failed_after_credit: "Gateway reports FAILED after the wallet was credited",
  refunded_after_credit: "Gateway reports REFUNDED after the wallet was credited",
  pending_after_credit: "Gateway reports the payment open after the wallet was credited",
  amount_mismatch: "Gateway reported another amount or currency; nothing was credited",
};

/**
 * Top-ups whose state differs from the payment gateway's latest event, and flagged ones. Nothing is
 * ever debited automatically: the admin decides (a refund or adjustment on the user's wallet).
 */
export function ReconciliationPage() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: TopUpReconciliationQuery, variables: { first: 200 } });
  const [open, setOpen] = useState<string | null>(null);
  const rows = data?.topUpReconciliation;
  return (
    <div className="stack">
      <PageHeader title="Top-up reconciliation">
        <button onClick={() => refetch({ requestPolicy: "network-only" })} disabled={fetching}>Refresh</button>
      </PageHeader>
      <p className="muted small">
        Top-ups whose state differs from the payment gateway's latest word. The gateway's latest event wins; money
        already credited is never taken back automatically — refund or adjust the wallet from the user's page.
      </p>
      <ErrorBox error={error} what="Reconciliation" />
      <DataTable<Row> rows={rows} rowKey={(r) => r.topUp.id} empty="Every top-up agrees with the gateway." columns={[
        { key: "c", title: "Created", render: (r) => <span className="small">{dateTime(r.topUp.createdAt)}</span> },
        { key: "u", title: "User", render: (r) => <Link to={`/users/${encodeURIComponent(r.userId)}`}>user</Link> },
        { key: "a", title: "Amount", render: (r) => money(r.topUp.amount) },
        { key: "s", title: "Here", render: (r) => <Badge value={r.topUp.status} /> },
        { key: "g", title: "Gateway", render: (r) => <Badge value={r.gatewayState ?? "—"} kind={r.gatewayState === "SUCCEEDED" ? "ok" : "warn"} /> },
        { key: "f", title: "Why", render: (r) => (
          <div data-testid="reconciliation-flag">
            <b>{r.flag ? FLAG_TEXT[r.flag] ?? r.flag : "State differs from the gateway"}</b>
            <div className="small muted">{r.flaggedAt ? `flagged ${dateTime(r.flaggedAt)}` : ""}</div>
          </div>) },
        { key: "e", title: "Events", render: (r) => (
          <Fragment>
            <button onClick={() => setOpen(open === r.topUp.id ? null : r.topUp.id)}>{r.events.length} events</button>
            {open === r.topUp.id && (
              <table className="small" data-testid="reconciliation-events">
                <tbody>
                  {r.events.map((e) => (
                    <tr key={e.eventId}>
                      <td>{e.type}</td>
                      <td>{dateTime(e.gatewayTime)}</td>
                      <td>{e.outcome}</td>
                      <td className="muted">{e.error}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Fragment>) },
      ]} />
    </div>
  );
}
