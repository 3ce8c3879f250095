import { useState } from "react";
import { useSearchParams } from "react-router-dom";
import { useQuery } from "urql";
import { ChargersQuery } from "../ops/chargers";
import { OcppMessagesQuery } from "../ops/ocpp";
import type { AdminOcppMessagesQuery } from "../gql/graphql";

type OcppMessage = AdminOcppMessagesQuery["ocppMessages"]["nodes"][number];
import { CommandForm } from "../components/CommandForm";
import { DataTable, ErrorBox, Modal, PageHeader, Pager } from "../components/ui";
import { usePaged } from "../components/usePaged";
import { dateTime } from "../lib/format";

export function CommandHistory({ chargePointId }: { chargePointId?: string | null }) {
  const paged = usePaged();
  // Commands sent = outbound CALL frames of the message log; their answers are the matching inbound frames.
  const [{ data, error }] = useQuery({ query: OcppMessagesQuery, variables: { chargePointId: chargePointId || null, direction: "out", messageType: 2, first: 25, after: paged.after } });
  const [open, setOpen] = useState<OcppMessage | null>(null);
  const [answers] = useQuery({ query: OcppMessagesQuery, variables: { chargePointId: open?.chargePointId ?? null, direction: "in", first: 5, uniqueId: open?.uniqueId ?? null }, pause: !open });
  const conn = data?.ocppMessages;
  return (
    <div>
      <ErrorBox error={error} what="Command history" />
      <DataTable<OcppMessage>
        rows={conn?.nodes}
        rowKey={(c) => c.id}
        onRowClick={setOpen}
        empty="No commands sent yet."
        columns={[
          { key: "t", title: "Sent", render: (c) => <span className="small">{dateTime(c.createdAt)}</span> },
          { key: "cp", title: "Charger", render: (c) => c.chargePointId },
          { key: "a", title: "Command", render: (c) => <b>{c.action}</b> },
          { key: "r", title: "Frame", render: (c) => <code className="small">{String(c.payload).slice(0, 90)}</code> },
          { key: "l", title: "Latency", render: (c) => (c.latencyMs != null ? `${Math.round(c.latencyMs)} ms` : "") },
        ]}
      />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={paged.page > 1} onNext={() => paged.next(conn?.pageInfo.endCursor)} onPrev={paged.prev} />
      {open && (
        <Modal title={`${open.action} → ${open.chargePointId}`} onClose={() => setOpen(null)}>
          <h3>Request</h3><pre>{String(open.payload)}</pre>
          <h3 style={{ marginTop: 12 }}>Answer</h3><pre>{(answers.data?.ocppMessages.nodes ?? []).map((m) => String(m.payload)).join("\n") || "—"}</pre>
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
  const [refresh, setRefresh] = useState(0);
  const set = (k: string, v: string) => { const p = new URLSearchParams(params); if (v) p.set(k, v); else p.delete(k); setParams(p, { replace: true }); };
  return (
    <div className="stack">
      <PageHeader title="OCPP operations" />
      <ErrorBox error={error} what="Chargers" />
      <div className="grid two">
        <div className="card stack">
          <label className="field">Charger
            <select name="charger" value={cpid} onChange={(e) => set("charger", e.target.value)} data-testid="operations-charger">
              <option value="">— choose —</option>
              {(data?.chargers.nodes ?? []).map((c) => <option key={c.id} value={c.chargePointId}>{c.chargePointId} {c.online ? "● online" : "○ offline"}</option>)}
            </select>
          </label>
          <CommandForm key={`${cpid}:${action}`} chargerId={data?.chargers.nodes.find((c) => c.chargePointId === cpid)?.id ?? ""} chargePointId={cpid} action={action} onAction={(a) => set("action", a)} onSent={() => setRefresh((n) => n + 1)} />
        </div>
        <div className="card"><h3>History</h3><CommandHistory key={refresh} chargePointId={cpid || null} /></div>
      </div>
    </div>
  );
}
