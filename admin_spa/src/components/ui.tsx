import { useEffect, type ReactNode } from "react";
import type { CombinedError } from "urql";
import { describeError } from "../lib/errors";

export function ErrorBox({ error, what }: { error?: CombinedError | Error | null; what?: string }) {
  const d = describeError(error);
  if (!d) return null;
  if (d.missing)
    return (
      <div className="alert warn pending-op" data-missing={d.missing} role="status">
        {what ? `${what}: ` : ""}
        {d.message}
      </div>
    );
  return (
    <div className="alert error" role="alert">
      {what ? `${what}: ` : ""}
      {d.message}
    </div>
  );
}

export function Notice({ kind = "ok", children }: { kind?: "ok" | "warn" | "error"; children: ReactNode }) {
  return <div className={`alert ${kind}`} role={kind === "error" ? "alert" : "status"}>{children}</div>;
}

const STATUS_CLASS: Record<string, string> = {
  Available: "ok", Preparing: "busy", Charging: "busy", SuspendedEV: "warn", SuspendedEVSE: "warn", Finishing: "busy",
  Reserved: "warn", Unavailable: "off", Faulted: "err", online: "ok", offline: "off", Accepted: "ok", Pending: "warn",
  Rejected: "err", active: "busy", ACTIVE: "busy", completed: "ok", COMPLETED: "ok", failed: "err", FAILED: "err",
  open: "err", OPEN: "err", acknowledged: "warn", ACKNOWLEDGED: "warn", resolved: "ok", RESOLVED: "ok",
  closed: "off", CLOSED: "off", planned: "warn", PLANNED: "warn", done: "ok", DONE: "ok", disabled: "err",
};

export function Badge({ value, kind }: { value: string | null | undefined; kind?: string }) {
  if (!value) return <span className="badge off">—</span>;
  return <span className={`badge ${kind ?? STATUS_CLASS[value] ?? "off"}`}>{value}</span>;
}

export function Kpi({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  return (
    <div className="card kpi" data-testid={testId}>
      <div className="label">{label}</div>
      <div className="value">{value}</div>
    </div>
  );
}

export function Modal({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  return (
    <div className="modal-back" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="modal" role="dialog" aria-label={title}>
        <div className="spread">
          <h2 style={{ margin: 0 }}>{title}</h2>
          <button className="ghost" onClick={onClose} aria-label="Close">✕</button>
        </div>
        {children}
      </div>
    </div>
  );
}

export interface Column<T> {
  key: string;
  title: string;
  render: (row: T) => ReactNode;
}

export function DataTable<T>({ rows, columns, rowKey, onRowClick, empty = "Nothing here yet.", rowClass }: {
  rows: T[] | null | undefined;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  onRowClick?: (row: T) => void;
  empty?: string;
  rowClass?: (row: T) => string;
}) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>{columns.map((c) => <th key={c.key}>{c.title}</th>)}</tr>
        </thead>
        <tbody>
          {(rows ?? []).map((r) => (
            <tr key={rowKey(r)} className={`${onRowClick ? "clickable" : ""} ${rowClass?.(r) ?? ""}`} onClick={onRowClick ? () => onRowClick(r) : undefined}>
              {columns.map((c) => <td key={c.key}>{c.render(r)}</td>)}
            </tr>
          ))}
          {(!rows || rows.length === 0) && (
            <tr><td colSpan={columns.length} className="muted">{empty}</td></tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

export function Tabs({ tabs, value, onChange }: { tabs: string[]; value: string; onChange: (t: string) => void }) {
  return (
    <div className="tabs" role="tablist">
      {tabs.map((t) => (
        <button key={t} role="tab" aria-selected={t === value} className={t === value ? "active" : ""} onClick={() => onChange(t)}>{t}</button>
      ))}
    </div>
  );
}

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="spread">
      <h1 style={{ margin: 0 }}>{title}</h1>
      <div className="row">{children}</div>
    </div>
  );
}

export function Pager({ hasNext, hasPrev, onNext, onPrev, total }: { hasNext?: boolean; hasPrev?: boolean; onNext: () => void; onPrev: () => void; total?: number | null }) {
  return (
    <div className="row end" style={{ marginTop: 10 }}>
      {total != null && <span className="muted small">{total} total</span>}
      <button disabled={!hasPrev} onClick={onPrev}>‹ Prev</button>
      <button disabled={!hasNext} onClick={onNext}>Next ›</button>
    </div>
  );
}
