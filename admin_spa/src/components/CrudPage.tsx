import { useState, type ReactNode } from "react";
import { useMutation, useQuery } from "urql";
import type { CrudOps } from "../pending/ops_admin";
import { DataTable, ErrorBox, Modal, PageHeader, type Column } from "./ui";
import { FormView, toInput, type FormField, type Values } from "./Form";
import { describeError, userErrorsText, type UserErrorLike } from "../lib/errors";

type Row = { id: string } & Record<string, unknown>;

/** List + create/edit/delete for one entity, driven by its operations and form fields. */
export function CrudPage({ title, ops, fields, columns, toValues, toInputExtra, idField }: {
  title: string;
  ops: CrudOps;
  fields: FormField[];
  columns: Column<Row>[];
  toValues?: (row: Row) => Values;
  toInputExtra?: (values: Values) => Record<string, unknown>;
  idField: string;
}) {
  const [{ data, error }, refetch] = useQuery({ query: ops.list, variables: { first: 100 } });
  const [{ fetching }, save] = useMutation(ops.create!);
  const [, update] = useMutation(ops.update!);
  const [, remove] = useMutation(ops.remove ?? ops.list);
  const [editing, setEditing] = useState<Row | "new" | null>(null);
  const [err, setErr] = useState<string | null>(null);
  const raw = data?.[ops.listField] as { nodes?: Row[] } | Row[] | undefined;
  const rows: Row[] = Array.isArray(raw) ? raw : raw?.nodes ?? [];

  const payloadErrors = (d: Record<string, { errors?: UserErrorLike[] }> | undefined, field?: string) => (field ? d?.[field]?.errors : undefined);

  const submit = async (v: Values) => {
    setErr(null);
    const input = { ...toInput(fields, v), ...(toInputExtra?.(v) ?? {}) };
    const isNew = editing === "new";
    const r = isNew ? await save({ input }) : await update({ input: { [idField]: (editing as Row).id, ...input } });
    const m = describeError(r.error)?.message ?? userErrorsText(payloadErrors(r.data, isNew ? ops.createField : ops.updateField));
    if (m) { setErr(m); return; }
    setEditing(null);
    refetch({ requestPolicy: "network-only" });
  };

  const del = async (row: Row) => {
    if (!ops.remove || !window.confirm("Delete this record?")) return;
    const r = await remove({ input: { [idField]: row.id } });
    const m = describeError(r.error)?.message ?? userErrorsText(payloadErrors(r.data, ops.removeField));
    if (m) setErr(m);
    refetch({ requestPolicy: "network-only" });
  };

  const cols: Column<Row>[] = [...columns, { key: "_a", title: "", render: (row) => (
    <div className="row" onClick={(e) => e.stopPropagation()}>
      <button onClick={() => { setErr(null); setEditing(row); }}>Edit</button>
      {ops.remove && <button className="danger" onClick={() => del(row)}>Delete</button>}
    </div>) }];

  return (
    <div>
      <PageHeader title={title}><button className="primary" onClick={() => { setErr(null); setEditing("new"); }}>+ New</button></PageHeader>
      <ErrorBox error={error} what={title} />
      {err && !editing && <div className="alert error">{err}</div>}
      <DataTable<Row> rows={rows} rowKey={(r) => r.id} columns={cols} />
      {editing && (
        <Modal title={editing === "new" ? `New — ${title}` : `Edit — ${title}`} onClose={() => setEditing(null)}>
          <FormView fields={fields} initial={editing === "new" ? undefined : toValues?.(editing) ?? rowToValues(fields, editing)} busy={fetching}
            serverError={err} onSubmit={submit} onCancel={() => setEditing(null)} />
        </Modal>
      )}
    </div>
  );
}

export function rowToValues(fields: FormField[], row: Row): Values {
  const v: Values = {};
  for (const f of fields) {
    const x = row[f.name];
    if (f.kind === "checkbox") v[f.name] = Boolean(x);
    else if (x && typeof x === "object" && "amount" in (x as object)) v[f.name] = String((x as { amount: string }).amount);
    else if (f.kind === "datetime-local" && typeof x === "string") v[f.name] = x.slice(0, 16);
    else v[f.name] = x === null || x === undefined ? "" : String(x);
  }
  return v;
}

export function cell(v: unknown): ReactNode {
  if (v === null || v === undefined || v === "") return <span className="muted">—</span>;
  if (typeof v === "boolean") return v ? "✓" : "✗";
  if (typeof v === "object" && v && "amount" in v) return `${(v as unknown as { currency: string }).currency} ${(v as unknown as { amount: string }).amount}`;
  return String(v);
}
