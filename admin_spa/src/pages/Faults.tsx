import { useState } from "react";
import { Link } from "react-router-dom";
import { useMutation, useQuery, useSubscription } from "urql";
import { AcknowledgeFaultMutation, FaultsQuery, FaultSubscription, ResolveFaultMutation } from "../ops/admin";
import type { AdminFaultFragment as Fault, FaultOrder } from "../gql/graphql";
import { Badge, DataTable, Modal, PageHeader, Pager, type Column } from "../components/ui";
import { CsvButton, useListState } from "../components/listing";
import { dateTime } from "../lib/format";
import { describeError, userErrorsText } from "../lib/errors";

const columns: Column<Fault>[] = [
  { key: "t", title: "Since", sort: "OPENED_AT", render: (f) => <span className="small">{dateTime(f.openedAt)}</span>, csv: (f) => f.openedAt },
  { key: "c", title: "Charger", render: (f) => <Link to={`/chargers/${encodeURIComponent(f.charger.chargePointId)}`}>{f.charger.chargePointId}</Link>, csv: (f) => f.charger.chargePointId },
  { key: "k", title: "Connector", sort: "CONNECTOR", render: (f) => f.connectorId ?? "—", csv: (f) => f.connectorId },
  { key: "e", title: "Error", sort: "ERROR_CODE", render: (f) => <div><b>{f.errorCode}</b><div className="small muted">{[f.info, f.vendorErrorCode].filter(Boolean).join(" · ")}</div></div>,
    csv: (f) => [f.errorCode, f.info, f.vendorErrorCode].filter(Boolean).join(" · ") },
  { key: "s", title: "Status", sort: "STATUS", render: (f) => <Badge value={f.status} />, csv: (f) => f.status },
  { key: "n", title: "Notes", render: (f) => <span className="small" style={{ whiteSpace: "pre-wrap" }}>{f.notes}</span>, csv: (f) => f.notes },
];

export function FaultsPage() {
  const list = useListState({ status: "open" });
  const status = list.get("status");
  const variables = { status: status === "all" ? null : status, orderBy: list.sort as FaultOrder | null };
  const [{ data, error, fetching }, refetch] = useQuery({ query: FaultsQuery, variables: { ...variables, first: list.pageSize, after: list.after } });
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
        <select aria-label="Status" value={status} onChange={(e) => list.set({ status: e.target.value })}>
          <option value="open">Open</option><option value="acknowledged">Acknowledged</option><option value="resolved">Resolved</option><option value="all">All</option>
        </select>
        <CsvButton filename="faults.csv" columns={columns} query={FaultsQuery} variables={variables} pick={(d) => d.faults} />
      </PageHeader>
      <DataTable<Fault> rows={conn?.nodes} loading={fetching} error={error} caption="Faults" rowKey={(f) => f.id} empty="No faults."
        sort={list.sort} onSort={list.toggleSort} columns={[...columns,
        { key: "a", title: "", render: (f) => (
          <div className="row">
            {f.status === "open" && <button onClick={() => { setErr(null); setAct({ fault: f, kind: "ack" }); }}>Acknowledge</button>}
            {f.status !== "resolved" && <button className="primary" onClick={() => { setErr(null); setAct({ fault: f, kind: "resolve" }); }}>Resolve</button>}
          </div>) },
      ]} />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={list.page > 1} onNext={() => list.next(conn?.pageInfo.endCursor)} onPrev={list.prev}
        page={list.page} pageSize={list.pageSize} onPageSize={list.setPageSize} />
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
