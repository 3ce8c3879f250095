import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { useQuery, useSubscription } from "urql";
import { ChargersQuery } from "../ops/chargers";
import { OcppCommandsQuery, OcppCommandUpdatesSubscription } from "../ops/fleet";
import type { AdminOcppCommandsQuery } from "../gql/graphql";
import { CommandForm } from "../components/CommandForm";
import { Badge, DataTable, ErrorBox, Modal, PageHeader } from "../components/ui";
import { dateTime } from "../lib/format";

type OcppCommandRow = AdminOcppCommandsQuery["ocppCommands"]["nodes"][number];

const OUTCOME_TEXT: Record<string, [string, string]> = {
  started: ["transaction started", "ok"],
  rejected: ["rejected by the charger", "err"],
  timed_out: ["timed out: no StartTransaction", "warn"],
  waiting: ["waiting for StartTransaction…", "busy"],
  not_delivered: ["not delivered", "err"],
};

function Outcome({ c }: { c: OcppCommandRow }) {
  if (!c.outcome) return null;
  const [text, kind] = OUTCOME_TEXT[c.outcome] ?? [c.outcome, "off"];
  return (
    <span data-testid="command-outcome">
      <Badge value={text} kind={kind} />
      {c.sessionId && <> <Link to={`/sessions/${encodeURIComponent(c.sessionId)}`}>session {c.transactionId}</Link></>}
    </span>
  );
}

function answerOf(c: OcppCommandRow): string {
  if (c.status === "sent") return "…";
  if (c.error) return c.error;
  const r = c.response as Record<string, unknown> | null;
  return typeof r?.status === "string" ? r.status : "answered";
}

/** The commands sent to chargers (one charger's, or all), live: who sent each, the answer, the
 * latency and what became of a RemoteStartTransaction. */
export function CommandHistory({ chargerId }: { chargerId?: string | null }) {
  const [before, setBefore] = useState<Array<string | null>>([null]);
  const beforeId = before[before.length - 1];
  const [{ data, error, fetching }, refetch] = useQuery({ query: OcppCommandsQuery, variables: { chargerId: chargerId || null, first: 25, beforeId } });
  useSubscription({ query: OcppCommandUpdatesSubscription, variables: { chargerId: chargerId || null } }, (_p, ev) => { refetch({ requestPolicy: "network-only" }); return ev; });
  const [open, setOpen] = useState<OcppCommandRow | null>(null);
  const conn = data?.ocppCommands;
  // A RemoteStartTransaction waiting for its StartTransaction turns "timed out" at its deadline.
  const deadline = (conn?.nodes ?? []).map((c) => (c.outcomeDeadline ? new Date(c.outcomeDeadline).getTime() : Infinity)).reduce((a, b) => Math.min(a, b), Infinity);
  useEffect(() => {
    if (!Number.isFinite(deadline)) return;
    const t = window.setTimeout(() => refetch({ requestPolicy: "network-only" }), Math.max(0, deadline - Date.now()) + 250);
    return () => window.clearTimeout(t);
  }, [deadline, refetch]);
  return (
    <div data-testid="command-history">
      <ErrorBox error={error} what="Command history" />
      <DataTable<OcppCommandRow>
        rows={conn?.nodes}
        rowKey={(c) => c.id}
        onRowClick={setOpen}
        empty={fetching && !data ? "Loading…" : "No commands sent yet."}
        columns={[
          { key: "t", title: "Sent", render: (c) => <span className="small">{dateTime(c.createdAt)}</span> },
          ...(chargerId ? [] : [{ key: "cp", title: "Charger", render: (c: OcppCommandRow) => <Link to={`/chargers/${encodeURIComponent(c.chargePointId)}`} onClick={(e) => e.stopPropagation()}>{c.chargePointId}</Link> }]),
          { key: "a", title: "Command", render: (c) => <b>{c.action}</b> },
          { key: "by", title: "Sent by", render: (c) => <span className="small">{c.sentBy ?? (c.origin === "app" ? "driver app" : "platform")}{c.apiKeyName ? ` (key ${c.apiKeyName})` : ""}</span> },
          { key: "s", title: "Answer", render: (c) => <Badge value={answerOf(c)} kind={c.status === "completed" ? (answerOf(c) === "Accepted" ? "ok" : "warn") : c.status === "sent" ? "busy" : "err"} /> },
          { key: "l", title: "Latency", render: (c) => (c.latencyMs != null ? `${c.latencyMs} ms` : "") },
          { key: "o", title: "Outcome", render: (c) => <Outcome c={c} /> },
        ]}
      />
      <div className="row end" style={{ marginTop: 10 }}>
        {conn && <span className="muted small">{conn.totalCount} total</span>}
        <button disabled={before.length <= 1} onClick={() => setBefore((b) => b.slice(0, -1))}>‹ Newer</button>
        <button disabled={!conn?.nextBeforeId} onClick={() => conn?.nextBeforeId && setBefore((b) => [...b, conn.nextBeforeId!])}>Older ›</button>
      </div>
      {open && (
        <Modal title={`${open.action} → ${open.chargePointId}`} onClose={() => setOpen(null)}>
          <div className="small muted">Sent {dateTime(open.createdAt)} by {open.sentBy ?? "the platform"}{open.latencyMs != null ? `, answered in ${open.latencyMs} ms` : ""}</div>
          <h3>Request</h3><pre>{JSON.stringify(open.request, null, 2)}</pre>
          <h3 style={{ marginTop: 12 }}>Answer</h3><pre>{open.error ?? (JSON.stringify(open.response, null, 2) || "—")}</pre>
          {open.outcome && <div style={{ marginTop: 12 }}><Outcome c={open} /></div>}
        </Modal>
      )}
    </div>
  );
}

export function OperationsPage() {
  const [params, setParams] = useSearchParams();
  const cpid = params.get("charger") ?? "";
  const action = params.get("action") ?? "RemoteStartTransaction";
  const [{ data, error }] = useQuery({ query: ChargersQuery, variables: { first: 100 } });
  const set = (k: string, v: string) => { const p = new URLSearchParams(params); if (v) p.set(k, v); else p.delete(k); setParams(p, { replace: true }); };
  return (
    <div className="stack">
      <PageHeader title="OCPP operations" />
      <ErrorBox error={error} what="Chargers" />
      <div className="stack">
        <div className="card stack" style={{ maxWidth: 760 }}>
          <label className="field">Charger
            <select name="charger" value={cpid} onChange={(e) => set("charger", e.target.value)} data-testid="operations-charger">
              <option value="">— choose —</option>
              {(data?.chargers.nodes ?? []).map((c) => <option key={c.id} value={c.chargePointId}>{c.chargePointId} {c.online ? "● online" : "○ offline"}</option>)}
            </select>
          </label>
          <CommandForm key={`${cpid}:${action}`} chargerId={data?.chargers.nodes.find((c) => c.chargePointId === cpid)?.id ?? ""} chargePointId={cpid} action={action} onAction={(a) => set("action", a)} />
        </div>
        <div className="card"><h3>History</h3><CommandHistory chargerId={data?.chargers.nodes.find((c) => c.chargePointId === cpid)?.id ?? null} /></div>
      </div>
    </div>
  );
}
