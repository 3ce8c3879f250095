import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { useQuery, useSubscription } from "urql";
import { ChargersQuery } from "../ops/chargers";
import { OcppCommandsQuery, OcppCommandUpdatesSubscription } from "../ops/fleet";
import type { AdminOcppCommandsQuery, OcppCommandOrder } from "../gql/graphql";
import { CommandForm } from "../components/CommandForm";
import { Badge, DataTable, ErrorBox, Modal, PageHeader, Pager, type Column } from "../components/ui";
import { CsvButton, useListState } from "../components/listing";
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

const COMMAND_COLUMNS: Column<OcppCommandRow>[] = [
  { key: "t", title: "Sent", sort: "SENT_AT", render: (c) => <span className="small">{dateTime(c.createdAt)}</span>, csv: (c) => c.createdAt },
  { key: "cp", title: "Charger", sort: "CHARGER", render: (c) => <Link to={`/chargers/${encodeURIComponent(c.chargePointId)}`} onClick={(e) => e.stopPropagation()}>{c.chargePointId}</Link>, csv: (c) => c.chargePointId },
  { key: "a", title: "Command", sort: "ACTION", render: (c) => <b>{c.action}</b>, csv: (c) => c.action },
  { key: "by", title: "Sent by", render: (c) => <span className="small">{sentBy(c)}</span>, csv: sentBy },
  { key: "s", title: "Answer", sort: "STATUS", render: (c) => <Badge value={answerOf(c)} kind={c.status === "completed" ? (answerOf(c) === "Accepted" ? "ok" : "warn") : c.status === "sent" ? "busy" : "err"} />, csv: answerOf },
  { key: "l", title: "Latency", render: (c) => (c.latencyMs != null ? `${c.latencyMs} ms` : ""), csv: (c) => c.latencyMs },
  { key: "o", title: "Outcome", render: (c) => <Outcome c={c} />, csv: (c) => (c.outcome ? OUTCOME_TEXT[c.outcome]?.[0] ?? c.outcome : "") },
];

function sentBy(c: OcppCommandRow): string {
  return `${c.sentBy ?? (c.origin === "app" ? "driver app" : "platform")}${c.apiKeyName ? ` (key ${c.apiKeyName})` : ""}`;
}

/** The commands sent to chargers (one charger's, or all), live: who sent each, the answer, the
 * latency and what became of a RemoteStartTransaction. Sorted on the server; sort, page size and page
 * in the URL; CSV export of every row in the table's order. */
export function CommandHistory({ chargerId }: { chargerId?: string | null }) {
  const list = useListState();
  const variables = { chargerId: chargerId || null, orderBy: list.sort as OcppCommandOrder | null };
  const [{ data, error, fetching }, refetch] = useQuery({ query: OcppCommandsQuery, variables: { ...variables, first: list.pageSize, after: list.after } });
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
  const columns = chargerId ? COMMAND_COLUMNS.filter((c) => c.key !== "cp") : COMMAND_COLUMNS;
  return (
    <div data-testid="command-history">
      <div className="row end" style={{ marginBottom: 8 }}>
        <CsvButton filename="commands.csv" columns={COMMAND_COLUMNS} query={OcppCommandsQuery} variables={variables} pick={(d) => d.ocppCommands} />
      </div>
      <DataTable<OcppCommandRow>
        rows={conn?.nodes}
        loading={fetching}
        error={error}
        caption="Commands sent"
        rowKey={(c) => c.id}
        onRowClick={setOpen}
        empty="No commands sent yet."
        sort={list.sort}
        onSort={list.toggleSort}
        columns={columns}
      />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={list.page > 1} onNext={() => list.next(conn?.pageInfo.endCursor)} onPrev={list.prev}
        page={list.page} pageSize={list.pageSize} onPageSize={list.setPageSize} />
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
  // Another charger: its history from the first page.
  const set = (k: string, v: string) => { const p = new URLSearchParams(params); if (v) p.set(k, v); else p.delete(k); if (k === "charger") p.delete("pages"); setParams(p, { replace: true }); };
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
