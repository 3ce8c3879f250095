import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { CloseSupportMutation, ReopenSupportMutation, ReplySupportMutation, SupportMessagesQuery } from "../ops/admin";
import type { AdminSupportMessageFragment as SupportMessage, SupportMessageStatus } from "../gql/graphql";
import { Badge, DataTable, Modal, PageHeader, Pager, type Column } from "../components/ui";
import { CsvButton, useListState } from "../components/listing";
import { dateTime } from "../lib/format";
import { describeError, userErrorsText } from "../lib/errors";

const CSV_COLUMNS: Column<SupportMessage>[] = [
  { key: "d", title: "Received", render: () => null, csv: (m) => m.createdAt },
  { key: "n", title: "Name", render: () => null, csv: (m) => m.name },
  { key: "e", title: "Email", render: () => null, csv: (m) => m.email },
  { key: "s", title: "Subject", render: () => null, csv: (m) => m.subject },
  { key: "b", title: "Message", render: () => null, csv: (m) => m.body },
  { key: "st", title: "Status", render: () => null, csv: (m) => m.status },
  { key: "r", title: "Reply", render: () => null, csv: (m) => m.reply },
];

export function SupportPage() {
  const list = useListState({ status: "OPEN" });
  const status = list.get("status");
  const variables = { status: (status === "ALL" ? null : status) as SupportMessageStatus | null, search: list.get("q").trim() || null };
  const [{ data, error, fetching: loading }, refetch] = useQuery({ query: SupportMessagesQuery, variables: { ...variables, first: list.pageSize, after: list.after } });
  const [{ fetching }, reply] = useMutation(ReplySupportMutation);
  const [, close] = useMutation(CloseSupportMutation);
  const [, reopen] = useMutation(ReopenSupportMutation);
  const [open, setOpen] = useState<SupportMessage | null>(null);
  const [body, setBody] = useState("");
  const [closeAfter, setCloseAfter] = useState(true);
  const [err, setErr] = useState<string | null>(null);
  const conn = data?.supportMessages;
  const reload = () => refetch({ requestPolicy: "network-only" });
  const send = async () => {
    if (!open) return;
    if (!body.trim()) { setErr("Write a reply."); return; }
    const r = await reply({ input: { id: open.id, body: body.trim(), close: closeAfter } });
    const m = describeError(r.error)?.message ?? userErrorsText(r.data?.replySupportMessage.errors);
    if (m) { setErr(m); return; }
    setOpen(null); setBody(""); setErr(null); reload();
  };
  return (
    <div>
      <PageHeader title="Support messages">
        <input aria-label="Search messages" placeholder="Search email, name, subject…" value={list.get("q")} onChange={(e) => list.set({ q: e.target.value }, true)} />
        <select aria-label="Status" value={status} onChange={(e) => list.set({ status: e.target.value })}>
          <option value="OPEN">Open</option><option value="REPLIED">Replied</option><option value="CLOSED">Closed</option><option value="ALL">All</option>
        </select>
        <CsvButton filename="support-messages.csv" columns={CSV_COLUMNS} query={SupportMessagesQuery} variables={variables} pick={(d) => d.supportMessages} />
      </PageHeader>
      {err && !open && <div className="alert error">{err}</div>}
      <DataTable<SupportMessage> rows={conn?.nodes} loading={loading} error={error} caption="Support messages" rowKey={(m) => m.id} onRowClick={(m) => { setOpen(m); setErr(null); }} empty="No messages." columns={[
        { key: "d", title: "Received", render: (m) => <span className="small">{dateTime(m.createdAt)}</span> },
        { key: "f", title: "From", render: (m) => <div>{m.name}<div className="small muted">{m.email}</div></div> },
        { key: "s", title: "Subject", render: (m) => <div><button type="button" className="linkish" onClick={(e) => { e.stopPropagation(); setOpen(m); setErr(null); }}><b>{m.subject}</b></button><div className="small muted">{m.body.slice(0, 100)}</div></div> },
        { key: "st", title: "Status", render: (m) => <Badge value={m.status} /> },
        { key: "a", title: "", render: (m) => (
          <div onClick={(e) => e.stopPropagation()}>
            {m.status !== "CLOSED"
              ? <button onClick={async () => { const r = await close({ input: { id: m.id } }); setErr(describeError(r.error)?.message ?? userErrorsText(r.data?.closeSupportMessage.errors)); reload(); }}>Close</button>
              : <button onClick={async () => { const r = await reopen({ input: { id: m.id } }); setErr(describeError(r.error)?.message ?? userErrorsText(r.data?.reopenSupportMessage.errors)); reload(); }}>Reopen</button>}
          </div>) },
      ]} />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={list.page > 1} onNext={() => list.next(conn?.pageInfo.endCursor)} onPrev={list.prev}
        page={list.page} pageSize={list.pageSize} onPageSize={list.setPageSize} />
      {open && (
        <Modal title={open.subject} onClose={() => setOpen(null)}>
          <div className="small muted">{open.name} &lt;{open.email}&gt; · {dateTime(open.createdAt)}</div>
          <pre style={{ whiteSpace: "pre-wrap", margin: "10px 0" }}>{open.body}</pre>
          {open.reply && <div className="card small" style={{ marginBottom: 8 }}><div className="muted">Replied {dateTime(open.repliedAt)}</div><div style={{ whiteSpace: "pre-wrap" }}>{open.reply}</div></div>}
          {err && <div className="alert error">{err}</div>}
          {open.status !== "CLOSED" && <>
            <label className="field">Reply by email to {open.email}<textarea rows={6} value={body} onChange={(e) => setBody(e.target.value)} /></label>
            <div className="row end" style={{ marginTop: 10 }}>
              <label className="field inline"><input type="checkbox" checked={closeAfter} onChange={(e) => setCloseAfter(e.target.checked)} /> Close after replying</label>
              <button className="primary" disabled={fetching} onClick={send}>Send reply</button>
            </div>
          </>}
        </Modal>
      )}
    </div>
  );
}
