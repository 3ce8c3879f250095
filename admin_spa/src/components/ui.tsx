import { useEffect, type ReactNode } from "react";
import { Link } from "react-router-dom";
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
  /** The server-side sort field this column sorts by (the list's `orderBy.field` enum value). */
  sort?: string;
  /** The column's value in a CSV export; columns without it are left out of the file. */
  csv?: (row: T) => string | number | boolean | null | undefined;
  /** In the CSV export only, not on screen. */
  hidden?: boolean;
}

export type SortDirection = "ASC" | "DESC";
export interface SortState { field: string; direction: SortDirection }

/** A list's rows, with its states told apart: loading (no rows yet), failed to load, empty, rows.
 *  `rowHref` makes each row a link (a real <a> in the `linkColumn` cell, stretched over the row): it is
 *  reachable with the keyboard and opens in a new tab with ctrl/middle click. Columns with `sort` get a
 *  sort button in their header when `onSort` is given. */
export function DataTable<T>({ rows, columns, rowKey, onRowClick, rowHref, linkColumn, empty = "Nothing here yet.", rowClass, loading, error, sort, onSort, caption }: {
  rows: T[] | null | undefined;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  onRowClick?: (row: T) => void;
  rowHref?: (row: T) => string;
  linkColumn?: string;
  empty?: string;
  rowClass?: (row: T) => string;
  loading?: boolean;
  error?: CombinedError | Error | null;
  sort?: SortState | null;
  onSort?: (field: string) => void;
  caption?: string;
}) {
  columns = columns.filter((c) => !c.hidden);
  const linkKey = linkColumn ?? columns[0]?.key;
  const failed = describeError(error);
  const list = rows ?? [];
  let state: ReactNode = null;
  if (list.length === 0) {
    if (failed) state = failed.missing
      ? <span className="warn-text pending-op" data-state="error" data-missing={failed.missing}>{failed.message}</span>
      : <span className="error-text" data-state="error">Could not load this list: {failed.message}</span>;
    else if (loading || rows == null) state = <span className="muted" data-state="loading">Loading…</span>;
    else state = <span className="muted" data-state="empty">{empty}</span>;
  }
  return (
    <div className="table-wrap">
      <table className="table" aria-busy={loading ? true : undefined}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead>
          <tr>{columns.map((c) => {
            const active = sort && c.sort && sort.field === c.sort ? sort.direction : null;
            return (
              <th key={c.key} scope="col" aria-sort={active ? (active === "ASC" ? "ascending" : "descending") : undefined}>
                {c.sort && onSort ? (
                  <button type="button" className="sort" data-sort={c.sort} onClick={() => onSort(c.sort!)}>
                    {c.title}<span aria-hidden="true" className="sort-mark">{active === "ASC" ? " ▲" : active === "DESC" ? " ▼" : " ↕"}</span>
                  </button>
                ) : c.title ? c.title : <span className="sr-only">Actions</span>}
              </th>
            );
          })}</tr>
        </thead>
        <tbody>
          {list.map((r) => {
            const href = rowHref?.(r);
            return (
              <tr key={rowKey(r)} className={`${href || onRowClick ? "clickable" : ""} ${rowClass?.(r) ?? ""}`} onClick={!href && onRowClick ? () => onRowClick(r) : undefined}>
                {columns.map((c) => (
                  <td key={c.key}>{href && c.key === linkKey ? <Link className="row-link" to={href}>{c.render(r)}</Link> : c.render(r)}</td>
                ))}
              </tr>
            );
          })}
          {state && (
            <tr className="state-row"><td colSpan={columns.length}>{state}</td></tr>
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

export const PAGE_SIZES = [25, 50, 100];

export function Pager({ hasNext, hasPrev, onNext, onPrev, total, page, pageSize, onPageSize }: {
  hasNext?: boolean; hasPrev?: boolean; onNext: () => void; onPrev: () => void; total?: number | null;
  page?: number; pageSize?: number; onPageSize?: (n: number) => void;
}) {
  return (
    <div className="row end pager" style={{ marginTop: 10 }}>
      {total != null && <span className="muted small" data-testid="total-count">{total} total</span>}
      {page != null && page > 1 && <span className="muted small">page {page}</span>}
      {onPageSize && (
        <label className="field inline small">Rows per page
          <select value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))} data-testid="page-size">
            {PAGE_SIZES.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </label>
      )}
      <button disabled={!hasPrev} onClick={onPrev}>‹ Prev</button>
      <button disabled={!hasNext} onClick={onNext}>Next ›</button>
    </div>
  );
}
