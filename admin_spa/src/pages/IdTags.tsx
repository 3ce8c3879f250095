import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { CreateIdTagMutation, IdTagsQuery, UpdateIdTagMutation } from "../ops/chargers";
import type { AdminIdTagsQuery, IdTagOrder, IdTagStatus } from "../gql/graphql";
import { Badge, DataTable, ErrorBox, Modal, PageHeader, Pager, type Column } from "../components/ui";
import { CsvButton, useListState } from "../components/listing";
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

const COLUMNS: Column<Tag>[] = [
  { key: "t", title: "Tag", sort: "ID_TAG", render: (t) => <code>{t.idTag}</code>, csv: (t) => t.idTag },
  { key: "k", title: "Kind", render: (t) => t.kind.toLowerCase(), csv: (t) => t.kind.toLowerCase() },
  { key: "s", title: "Status", sort: "STATUS", render: (t) => <Badge value={t.status} />, csv: (t) => t.status },
  { key: "o", title: "Owner", render: (t) => t.ownerEmail ?? <span className="muted">group tag</span>, csv: (t) => t.ownerEmail ?? "" },
  { key: "p", title: "Parent", render: (t) => (t.parentIdTag ? <code>{t.parentIdTag}</code> : "—"), csv: (t) => t.parentIdTag ?? "" },
  { key: "e", title: "Expires", sort: "EXPIRES_AT", render: (t) => (t.expiresAt ? dateTime(t.expiresAt) : "never"), csv: (t) => t.expiresAt ?? "" },
  { key: "l", title: "Label", render: (t) => t.label ?? "", csv: (t) => t.label ?? "" },
];

export function IdTagsPage() {
  const list = useListState();
  const variables = { search: list.get("q").trim() || null, status: (list.get("status") || null) as IdTagStatus | null, orderBy: list.sort as IdTagOrder | null };
  const [{ data, error, fetching }, refetch] = useQuery({ query: IdTagsQuery, variables: { ...variables, first: list.pageSize, after: list.after } });
  const [editing, setEditing] = useState<Tag | null>(null);
  const [creating, setCreating] = useState(false);
  const conn = data?.adminIdTags;
  const done = (changed: boolean) => { setEditing(null); setCreating(false); if (changed) refetch({ requestPolicy: "network-only" }); };
  return (
    <div>
      <PageHeader title="Id tags">
        <CsvButton filename="id-tags.csv" columns={COLUMNS} query={IdTagsQuery} variables={variables} pick={(d) => d.adminIdTags} />
        <button className="primary" onClick={() => setCreating(true)}>+ New id tag</button>
      </PageHeader>
      <div className="row" style={{ marginBottom: 12 }}>
        <input aria-label="Search id tags" placeholder="Search tag, label, parent, owner…" value={list.get("q")} onChange={(e) => list.set({ q: e.target.value }, true)} style={{ width: 300 }} />
        <select aria-label="Status" value={list.get("status")} onChange={(e) => list.set({ status: e.target.value })}><option value="">Any status</option>{STATUSES.map((s) => <option key={s}>{s}</option>)}</select>
      </div>
      <ErrorBox error={error} what="Id tags" />
      <div className="card">
        <DataTable rows={conn?.nodes} loading={fetching} caption="Id tags" rowKey={(t) => t.id} onRowClick={(t) => setEditing(t)} empty="No id tags match."
          sort={list.sort} onSort={list.toggleSort}
          columns={[...COLUMNS, { key: "x", title: "", render: (t) => <button onClick={(e) => { e.stopPropagation(); setEditing(t); }}>Edit</button> }]} />
        <Pager hasNext={conn?.pageInfo.hasNextPage} hasPrev={list.page > 1} onNext={() => list.next(conn?.pageInfo.endCursor)} onPrev={list.prev} total={conn?.totalCount}
          page={list.page} pageSize={list.pageSize} onPageSize={list.setPageSize} />
      </div>
      {editing && <EditTag tag={editing} onDone={done} />}
      {creating && <NewTag onDone={done} />}
    </div>
  );
}
