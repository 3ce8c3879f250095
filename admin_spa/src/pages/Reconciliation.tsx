import { Fragment, useState } from "react";
import { Link } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { ReverseTopUpCreditMutation, TopUpReconciliationQuery } from "../ops/payments";
import type { AdminTopUpReconciliationQuery } from "../gql/graphql";
import { Badge, DataTable, ErrorBox, Modal, PageHeader } from "../components/ui";
import { describeError, userErrorsText } from "../lib/errors";
import { dateTime, money } from "../lib/format";

type Row = AdminTopUpReconciliationQuery["topUpReconciliation"][number];

const FLAG_TEXT: Record<string, string> = {
  failed_after_credit: "Gateway reports FAILED after the wallet was credited",
  refunded_after_credit: "Gateway reports REFUNDED after the wallet was credited",
  pending_after_credit: "Gateway reports the payment open after the wallet was credited",
  amount_mismatch: "Gateway reported another amount or currency; nothing was credited",
  succeeded_after_reversal: "Gateway reports SUCCEEDED after an admin reversed the credit",
};
/** Flags whose credit an admin may take back (a balanced reversal posting). */
const REVERSIBLE = new Set(["failed_after_credit", "refunded_after_credit", "pending_after_credit"]);

/**
 * Top-ups whose state differs from the payment gateway's latest event, and flagged ones. Nothing is
 * ever debited automatically: the admin decides (a refund or adjustment on the user's wallet).
 */
export function ReconciliationPage() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: TopUpReconciliationQuery, variables: { first: 100 } });
  const [open, setOpen] = useState<string | null>(null);
  const [reversing, setReversing] = useState<Row | null>(null);
  const [reason, setReason] = useState("");
  const [err, setErr] = useState<string | null>(null);
  const [, reverse] = useMutation(ReverseTopUpCreditMutation);
  const rows = data?.topUpReconciliation;
  const submit = async () => {
    if (!reversing) return;
    if (!reason.trim()) { setErr("A reason is required."); return; }
    const r = await reverse({ input: { topUpId: reversing.topUp.id, reason: reason.trim() } });
    const m = describeError(r.error)?.message ?? userErrorsText(r.data?.reverseTopUpCredit.errors);
    if (m) { setErr(m); return; }
    setReversing(null); setReason(""); setErr(null);
    refetch({ requestPolicy: "network-only" });
  };
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
        { key: "x", title: "", render: (r) => (r.flag && REVERSIBLE.has(r.flag)
          ? <button data-testid="reverse-credit" onClick={() => { setErr(null); setReversing(r); }}>Reverse credit</button>
          : null) },
      ]} />
      {reversing && (
        <Modal title={`Reverse the credit of ${money(reversing.topUp.amount)}`} onClose={() => setReversing(null)}>
          {err && <div className="alert error">{err}</div>}
          <p className="small muted">One balanced posting: the wallet pays what it holds, the rest becomes the driver's debt.</p>
          <label className="field">Reason<textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} /></label>
          <div className="row end" style={{ marginTop: 12 }}><button className="primary" onClick={submit}>Reverse</button></div>
        </Modal>
      )}
    </div>
  );
}
