import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { CloseSupportMutation, ReopenSupportMutation, ReplySupportMutation, SupportMessagesQuery } from "../ops/admin";
import type { AdminSupportMessageFragment as SupportMessage, SupportMessageStatus } from "../gql/graphql";
import { Badge, DataTable, ErrorBox, Modal, PageHeader, Pager } from "../components/ui";
import { usePaged } from "../components/usePaged";
import { dateTime } from "../lib/format";
import { describeError, userErrorsText } from "../lib/errors";

export function SupportPage() {
  const [status, setStatus] = useState("OPEN");
  const [search, setSearch] = useState("");
  const paged = usePaged();
  const [{ data, error }, refetch] = useQuery({ query: SupportMessagesQuery, variables: {
    first: 50, after: paged.after, status: (status || null) as SupportMessageStatus | null, search: search.trim() || null,
  } });
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
        <input aria-label="Search messages" placeholder="Search email, name, subject…" value={search} onChange={(e) => { setSearch(e.target.value); paged.reset(); }} />
        <select aria-label="Status" value={status} onChange={(e) => { setStatus(e.target.value); paged.reset(); }}>
          <option value="OPEN">Open</option><option value="REPLIED">Replied</option><option value="CLOSED">Closed</option><option value="">All</option>
        </select>
      </PageHeader>
      <ErrorBox error={error} what="Support messages" />
      {err && !open && <div className="alert error">{err}</div>}
      <DataTable<SupportMessage> rows={conn?.nodes} rowKey={(m) => m.id} onRowClick={(m) => { setOpen(m); setErr(null); }} empty="No messages." columns={[
        { key: "d", title: "Received", render: (m) => <span className="small">{dateTime(m.createdAt)}</span> },
        { key: "f", title: "From", render: (m) => <div>{m.name}<div className="small muted">{m.email}</div></div> },
        { key: "s", title: "Subject", render: (m) => <div><b>{m.subject}</b><div className="small muted">{m.body.slice(0, 100)}</div></div> },
        { key: "st", title: "Status", render: (m) => <Badge value={m.status} /> },
        { key: "a", title: "", render: (m) => (
          <div onClick={(e) => e.stopPropagation()}>
            {m.status !== "CLOSED"
              ? <button onClick={async () => { const r = await close({ input: { id: m.id } }); setErr(describeError(r.error)?.message ?? userErrorsText(r.data?.closeSupportMessage.errors)); reload(); }}>Close</button>
              : <button onClick={async () => { const r = await reopen({ input: { id: m.id } }); setErr(describeError(r.error)?.message ?? userErrorsText(r.data?.reopenSupportMessage.errors)); reload(); }}>Reopen</button>}
          </div>) },
      ]} />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={paged.page > 1} onNext={() => paged.next(conn?.pageInfo.endCursor)} onPrev={paged.prev} />
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
