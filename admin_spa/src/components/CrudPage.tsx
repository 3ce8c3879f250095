import { useState, type ReactNode } from "react";
import type { CombinedError } from "urql";
import { DataTable, Modal, PageHeader, type Column } from "./ui";
import { FormView, type FormField, type Values } from "./Form";
import { describeError, userErrorsText, type UserErrorLike } from "../lib/errors";

type Row = { id: string };

/** The error message of a mutation result (transport error or typed payload errors), or null. */
export function resultError(error: CombinedError | undefined, errors: UserErrorLike[] | null | undefined): string | null {
  return describeError(error)?.message ?? userErrorsText(errors);
}

/** A change's outcome for a form: its error message, or null once saved (and then `onSaved` runs, as a
 *  list's refetch). `errors` picks the mutation payload's user errors. */
export function savedThen(onSaved: () => void) {
  return <D,>(result: { error?: CombinedError; data?: D }, errors: (data: D) => UserErrorLike[] | null | undefined): string | null => {
    const message = resultError(result.error, result.data === undefined ? undefined : errors(result.data));
    if (!message) onSaved();
    return message;
  };
}

/** List + create/edit/(delete) for one entity. Each page supplies its typed query rows and mutations. */
export function CrudPage<R extends Row>({ title, rows, error, fields, columns, toValues, onCreate, onUpdate, onRemove, removeLabel = "Delete", actions }: {
  title: string;
  rows: R[] | undefined;
  error?: CombinedError;
  fields: FormField[];
  columns: Column<R>[];
  toValues: (row: R) => Values;
  onCreate: (values: Values) => Promise<string | null>;
  onUpdate: (row: R, values: Values) => Promise<string | null>;
  onRemove?: (row: R) => Promise<string | null>;
  removeLabel?: string;
  actions?: (row: R, setError: (m: string | null) => void) => ReactNode;
}) {
  const [editing, setEditing] = useState<R | "new" | null>(null);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string | null>(null);

  const submit = async (v: Values) => {
    setErr(null);
    setBusy(true);
    const m = editing === "new" ? await onCreate(v) : await onUpdate(editing as R, v);
    setBusy(false);
    if (m) { setErr(m); return; }
    setEditing(null);
  };

  const cols: Column<R>[] = [...columns, { key: "_a", title: "", render: (row) => (
    <div className="row" onClick={(e) => e.stopPropagation()}>
      <button onClick={() => { setErr(null); setEditing(row); }}>Edit</button>
      {actions?.(row, setErr)}
      {onRemove && <button className="danger" onClick={async () => {
        if (!window.confirm(`${removeLabel}?`)) return;
        setErr(await onRemove(row));
      }}>{removeLabel}</button>}
    </div>) }];

  return (
    <div>
      <PageHeader title={title}><button className="primary" onClick={() => { setErr(null); setEditing("new"); }}>+ New</button></PageHeader>
      {err && !editing && <div className="alert error" role="alert">{err}</div>}
      <DataTable<R> rows={rows} rowKey={(r) => r.id} columns={cols} error={error} caption={title} />
      {editing && (
        <Modal title={editing === "new" ? `New — ${title}` : `Edit — ${title}`} onClose={() => setEditing(null)}>
          <FormView fields={fields} initial={editing === "new" ? undefined : toValues(editing)} busy={busy}
            serverError={err} onSubmit={submit} onCancel={() => setEditing(null)} />
        </Modal>
      )}
    </div>
  );
}

export function cell(v: unknown): ReactNode {
  if (v === null || v === undefined || v === "") return <span className="muted">—</span>;
  if (typeof v === "boolean") return v ? "✓" : "✗";
  if (typeof v === "object" && v && "amount" in v) return `${(v as unknown as { currency: string }).currency} ${(v as unknown as { amount: string }).amount}`;
  return String(v);
}

/** "" -> null, else the trimmed string. */
export function opt(v: string | boolean | undefined): string | null {
  const s = String(v ?? "").trim();
  return s === "" ? null : s;
}

/** A datetime-local value as ISO UTC, or null. */
export function isoOrNull(v: string | boolean | undefined): string | null {
  const s = opt(v);
  return s ? new Date(s).toISOString() : null;
}

/** An ISO timestamp as a datetime-local value (local time). */
export function localValue(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}
