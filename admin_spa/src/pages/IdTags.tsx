import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { CreateIdTagMutation, IdTagsQuery, UpdateIdTagMutation } from "../ops/chargers";
import type { AdminIdTagsQuery, IdTagStatus } from "../gql/graphql";
import { Badge, DataTable, ErrorBox, Modal, PageHeader, Pager } from "../components/ui";
import { usePaged } from "../components/usePaged";
import { dateTime } from "../lib/format";
import { describeError, userErrorsText } from "../lib/errors";

type Tag = AdminIdTagsQuery["adminIdTags"]["nodes"][number];
const STATUSES: IdTagStatus[] = ["ACCEPTED", "BLOCKED", "EXPIRED", "INVALID"];

/** A datetime-local value (the browser's time zone) from an ISO instant, and back. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
export function fromLocalInput(v: string): string | null {
  return v ? new Date(v).toISOString() : null;
}

function EditTag({ tag, onDone }: { tag: Tag; onDone: (changed: boolean) => void }) {
  const [expires, setExpires] = useState(toLocalInput(tag.expiresAt));
  const [parent, setParent] = useState(tag.parentIdTag ?? "");
  const [owner, setOwner] = useState(tag.ownerEmail ?? "");
  const [label, setLabel] = useState(tag.label ?? "");
  const [blocked, setBlocked] = useState(tag.status === "BLOCKED");
  const [err, setErr] = useState<string | null>(null);
  const [{ fetching }, update] = useMutation(UpdateIdTagMutation);
  return (
    <Modal title={`Id tag ${tag.idTag}`} onClose={() => onDone(false)}>
      <form className="stack" onSubmit={async (e) => {
        e.preventDefault();
        const input = {
          id: tag.id, expiresAt: fromLocalInput(expires), parentIdTag: parent.trim() || null, label: label.trim() || null, blocked,
          ...(tag.kind === "APP" ? {} : { ownerEmail: owner.trim() || null }),
        };
        const r = await update({ input });
        const m = describeError(r.error)?.message ?? userErrorsText(r.data?.updateIdTag.errors);
        if (m) setErr(m); else onDone(true);
      }}>
        <div className="form">
          <label className="field" htmlFor="tag-expires">Expires (empty: never)<input id="tag-expires" type="datetime-local" value={expires} onChange={(e) => setExpires(e.target.value)} /></label>
          <label className="field" htmlFor="tag-parent">Parent (group) tag<input id="tag-parent" value={parent} maxLength={20} onChange={(e) => setParent(e.target.value)} /></label>
          <label className="field" htmlFor="tag-owner">Owner's email{tag.kind === "APP" && " (an app tag stays with its user)"}
            <input id="tag-owner" type="email" value={owner} disabled={tag.kind === "APP"} onChange={(e) => setOwner(e.target.value)} /></label>
          <label className="field" htmlFor="tag-label">Label<input id="tag-label" value={label} maxLength={100} onChange={(e) => setLabel(e.target.value)} /></label>
          <label className="field inline" htmlFor="tag-blocked"><input id="tag-blocked" type="checkbox" checked={blocked} onChange={(e) => setBlocked(e.target.checked)} /> Blocked (chargers refuse it)</label>
        </div>
        {err && <div className="alert error" role="alert">{err}</div>}
        <div className="row"><button type="submit" className="primary" disabled={fetching}>Save</button><button type="button" onClick={() => onDone(false)}>Cancel</button></div>
      </form>
    </Modal>
  );
}

function NewTag({ onDone }: { onDone: (changed: boolean) => void }) {
  const [value, setValue] = useState("");
  const [owner, setOwner] = useState("");
  const [label, setLabel] = useState("");
  const [err, setErr] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreateIdTagMutation);
  return (
    <Modal title="New id tag" onClose={() => onDone(false)}>
      <form className="stack" onSubmit={async (e) => {
        e.preventDefault();
        const r = await create({ input: { idTag: value.trim(), ownerEmail: owner.trim() || null, label: label.trim() || null } });
        const m = describeError(r.error)?.message ?? userErrorsText(r.data?.createIdTag.errors);
        if (m) setErr(m); else onDone(true);
      }}>
        <div className="form">
          <label className="field" htmlFor="new-tag">Tag (as the card reader reads it) *<input id="new-tag" value={value} maxLength={20} onChange={(e) => setValue(e.target.value)} /></label>
          <label className="field" htmlFor="new-owner">Owner's email (empty: a group tag)<input id="new-owner" type="email" value={owner} onChange={(e) => setOwner(e.target.value)} /></label>
          <label className="field" htmlFor="new-label">Label<input id="new-label" value={label} maxLength={100} onChange={(e) => setLabel(e.target.value)} /></label>
        </div>
        {err && <div className="alert error" role="alert">{err}</div>}
        <div className="row"><button type="submit" className="primary" disabled={fetching}>Create</button><button type="button" onClick={() => onDone(false)}>Cancel</button></div>
      </form>
    </Modal>
  );
}

export function IdTagsPage() {
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState("");
  const paged = usePaged();
  const [{ data, error, fetching }, refetch] = useQuery({ query: IdTagsQuery, variables: {
    first: 50, after: paged.after, search: search.trim() || null, status: (status || null) as IdTagStatus | null,
  } });
  const [editing, setEditing] = useState<Tag | null>(null);
  const [creating, setCreating] = useState(false);
  const conn = data?.adminIdTags;
  const done = (changed: boolean) => { setEditing(null); setCreating(false); if (changed) refetch({ requestPolicy: "network-only" }); };
  return (
    <div>
      <PageHeader title="Id tags"><button className="primary" onClick={() => setCreating(true)}>+ New id tag</button></PageHeader>
      <div className="row" style={{ marginBottom: 12 }}>
        <input aria-label="Search id tags" placeholder="Search tag, label, parent, owner…" value={search} onChange={(e) => { setSearch(e.target.value); paged.reset(); }} style={{ width: 300 }} />
        <select aria-label="Status" value={status} onChange={(e) => { setStatus(e.target.value); paged.reset(); }}><option value="">Any status</option>{STATUSES.map((s) => <option key={s}>{s}</option>)}</select>
      </div>
      <ErrorBox error={error} what="Id tags" />
      <div className="card">
        <DataTable rows={conn?.nodes} rowKey={(t) => t.id} onRowClick={(t) => setEditing(t)} empty={fetching ? "Loading…" : "No id tags match."} columns={[
          { key: "t", title: "Tag", render: (t) => <code>{t.idTag}</code> },
          { key: "k", title: "Kind", render: (t) => t.kind.toLowerCase() },
          { key: "s", title: "Status", render: (t) => <Badge value={t.status} /> },
          { key: "o", title: "Owner", render: (t) => t.ownerEmail ?? <span className="muted">group tag</span> },
          { key: "p", title: "Parent", render: (t) => (t.parentIdTag ? <code>{t.parentIdTag}</code> : "—") },
          { key: "e", title: "Expires", render: (t) => (t.expiresAt ? dateTime(t.expiresAt) : "never") },
          { key: "l", title: "Label", render: (t) => t.label ?? "" },
          { key: "x", title: "", render: (t) => <button onClick={(e) => { e.stopPropagation(); setEditing(t); }}>Edit</button> },
        ]} />
        <Pager hasNext={conn?.pageInfo.hasNextPage} hasPrev={paged.page > 1} onNext={() => paged.next(conn?.pageInfo.endCursor)} onPrev={paged.prev} total={conn?.totalCount} />
      </div>
      {editing && <EditTag tag={editing} onDone={done} />}
      {creating && <NewTag onDone={done} />}
    </div>
  );
}
