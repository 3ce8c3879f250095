import { useState } from "react";
import { Link } from "react-router-dom";
import { useMutation, useQuery, useSubscription } from "urql";
import { AcknowledgeFaultMutation, FaultsQuery, FaultSubscription, ResolveFaultMutation } from "../ops/admin";
import type { AdminFaultFragment as Fault } from "../gql/graphql";
import { Badge, DataTable, ErrorBox, Modal, PageHeader, Pager } from "../components/ui";
import { usePaged } from "../components/usePaged";
import { dateTime } from "../lib/format";
import { describeError, userErrorsText } from "../lib/errors";

export function FaultsPage() {
  const [status, setStatus] = useState("open");
  const paged = usePaged();
  const [{ data, error }, refetch] = useQuery({ query: FaultsQuery, variables: { first: 50, after: paged.after, status: status || null } });
  // Live: faults opened, acknowledged or resolved anywhere refresh the list.
  useSubscription({ query: FaultSubscription }, (_p, ev) => { refetch({ requestPolicy: "network-only" }); return ev; });
  const [, ack] = useMutation(AcknowledgeFaultMutation);
  const [, resolve] = useMutation(ResolveFaultMutation);
  const [act, setAct] = useState<{ fault: Fault; kind: "ack" | "resolve" } | null>(null);
  const [note, setNote] = useState("");
  const [err, setErr] = useState<string | null>(null);
  const conn = data?.faults;

  const submit = async () => {
    if (!act) return;
    if (act.kind === "resolve" && !note.trim()) { setErr("A resolution note is required."); return; }
    const input = { id: act.fault.id, notes: note.trim() || null };
    let m: string | null;
    if (act.kind === "ack") {
      const r = await ack({ input });
      m = describeError(r.error)?.message ?? userErrorsText(r.data?.acknowledgeFault.errors);
    } else {
      const r = await resolve({ input });
      m = describeError(r.error)?.message ?? userErrorsText(r.data?.resolveFault.errors);
    }
    if (m) { setErr(m); return; }
    setAct(null); setNote(""); setErr(null);
    refetch({ requestPolicy: "network-only" });
  };

  return (
    <div>
      <PageHeader title="Faults">
        <select aria-label="Status" value={status} onChange={(e) => { setStatus(e.target.value); paged.reset(); }}>
          <option value="open">Open</option><option value="acknowledged">Acknowledged</option><option value="resolved">Resolved</option><option value="">All</option>
        </select>
      </PageHeader>
      <ErrorBox error={error} what="Faults" />
      <DataTable<Fault> rows={conn?.nodes} rowKey={(f) => f.id} empty="No faults." columns={[
        { key: "t", title: "Since", render: (f) => <span className="small">{dateTime(f.openedAt)}</span> },
        { key: "c", title: "Charger", render: (f) => <Link to={`/chargers/${encodeURIComponent(f.charger.chargePointId)}`}>{f.charger.chargePointId}</Link> },
        { key: "k", title: "Connector", render: (f) => f.connectorId ?? "—" },
        { key: "e", title: "Error", render: (f) => <div><b>{f.errorCode}</b><div className="small muted">{[f.info, f.vendorErrorCode].filter(Boolean).join(" · ")}</div></div> },
        { key: "s", title: "Status", render: (f) => <Badge value={f.status} /> },
        { key: "n", title: "Notes", render: (f) => <span className="small" style={{ whiteSpace: "pre-wrap" }}>{f.notes}</span> },
        { key: "a", title: "", render: (f) => (
          <div className="row">
            {f.status === "open" && <button onClick={() => { setErr(null); setAct({ fault: f, kind: "ack" }); }}>Acknowledge</button>}
            {f.status !== "resolved" && <button className="primary" onClick={() => { setErr(null); setAct({ fault: f, kind: "resolve" }); }}>Resolve</button>}
          </div>) },
      ]} />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={paged.page > 1} onNext={() => paged.next(conn?.pageInfo.endCursor)} onPrev={paged.prev} />
      {act && (
        <Modal title={`${act.kind === "ack" ? "Acknowledge" : "Resolve"} ${act.fault.errorCode} on ${act.fault.charger.chargePointId}`} onClose={() => setAct(null)}>
          {err && <div className="alert error">{err}</div>}
          <label className="field">Note<textarea rows={4} value={note} onChange={(e) => setNote(e.target.value)} /></label>
          <div className="row end" style={{ marginTop: 12 }}><button className="primary" onClick={submit}>Save</button></div>
        </Modal>
      )}
    </div>
  );
}
