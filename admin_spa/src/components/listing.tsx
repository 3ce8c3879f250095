import { useState } from "react";
import { useSearchParams } from "react-router-dom";
import { useClient, type AnyVariables, type TypedDocumentNode } from "urql";
import { PAGE_SIZES, type Column, type SortDirection, type SortState } from "./ui";
import { downloadCsv, toCsv } from "../lib/csv";
import { describeError } from "../lib/errors";
import { Icon } from "./Icons";

/** URL parameters the list itself uses (every other one is a filter of the page). */
const PAGES = "pages";
const SIZE = "size";
const SORT = "sort";
const DIR = "dir";
const DEFAULT_SIZE = 50;

export interface ListState {
  /** A filter's value from the URL ("" when unset). */
  get: (name: string) => string;
  /** Set filters (`""` removes one); back to the first page. `replace` for keystrokes in a text box,
   *  so the back button goes to the previous filter, not the previous letter. */
  set: (changes: Record<string, string | boolean | null | undefined>, replace?: boolean) => void;
  after: string | null;
  page: number;
  next: (endCursor: string | null | undefined) => void;
  prev: () => void;
  pageSize: number;
  setPageSize: (n: number) => void;
  sort: SortState | null;
  /** Sort by `field`: descending first, then ascending, then the list's default order. */
  toggleSort: (field: string) => void;
}

/** A list's filters, sort, page size and page, kept in the URL: a link to the page shows the same
 *  rows, and the back button restores the previous filters and page. `defaults` are the values a
 *  filter has when the URL does not name it. */
export function useListState(defaults: Record<string, string> = {}): ListState {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | null>, replace = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === "" || v === defaults[k]) next.delete(k);
      else next.set(k, v);
    }
    if (!(PAGES in changes)) next.delete(PAGES);
    // Typing in a text box: the first keystroke makes a history entry, the next ones update it.
    setParams(next, { replace: replace && Object.keys(changes).every((k) => params.has(k)) });
  };
  const stack = (params.get(PAGES) ?? "").split(".").filter(Boolean);
  const size = Number(params.get(SIZE));
  const pageSize = PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE;
  const field = params.get(SORT);
  const dir: SortDirection = params.get(DIR) === "asc" ? "ASC" : "DESC";
  const sort = field ? { field, direction: dir } : null;
  return {
    get: (name) => params.get(name) ?? defaults[name] ?? "",
    set: (changes, replace) => update(Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v === true ? "1" : v === false || v == null ? "" : v])), replace),
    after: stack[stack.length - 1] ?? null,
    page: stack.length + 1,
    next: (endCursor) => { if (endCursor) update({ [PAGES]: [...stack, endCursor].join(".") }); },
    prev: () => update({ [PAGES]: stack.slice(0, -1).join(".") }),
    pageSize,
    setPageSize: (n) => update({ [SIZE]: n === DEFAULT_SIZE ? "" : String(n) }),
    sort,
    toggleSort: (f) => {
      if (!sort || sort.field !== f) update({ [SORT]: f, [DIR]: "" });
      else if (sort.direction === "DESC") update({ [SORT]: f, [DIR]: "asc" });
      else update({ [SORT]: "", [DIR]: "" });
    },
  };
}

/** A list's filter by one of `options`, kept in the URL under `name` ("" for every row, shown as `anyLabel`). */
export function ListSelect({ list, name, label, options, anyLabel = "all", show = (v) => v }: {
  list: ListState; name: string; label: string; options: readonly string[]; anyLabel?: string; show?: (value: string) => string;
}) {
  return (
    <label className="field">{label}
      <select name={name} value={list.get(name)} onChange={(e) => list.set({ [name]: e.target.value })}>
        <option value="">{anyLabel}</option>
        {options.map((v) => <option key={v} value={v}>{show(v)}</option>)}
      </select>
    </label>
  );
}

/** An ISO instant for the start (or, with `end`, the end) of a yyyy-mm-dd day in local time, or null. */
export function dayBound(day: string, end = false): string | null {
  if (!day) return null;
  return new Date(day + (end ? "T23:59:59.999" : "T00:00:00")).toISOString();
}

interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Most rows one export fetches (at 100 a page). */
export const MAX_EXPORT_ROWS = 20_000;

/** Every row of a list, page after page from the API with the list's own filters and sort. */
export async function fetchAllRows<D, V extends AnyVariables, T>(
  client: ReturnType<typeof useClient>,
  query: TypedDocumentNode<D, V>,
  variables: Omit<V, "first" | "after">,
  pick: (data: D) => Page<T> | null | undefined,
): Promise<{ rows: T[]; complete: boolean }> {
  const rows: T[] = [];
  let after: string | null = null;
  while (rows.length < MAX_EXPORT_ROWS) {
    const r: { data?: D; error?: Error } = await client.query(query, { ...variables, first: 100, after } as unknown as V, { requestPolicy: "network-only" }).toPromise();
    if (r.error) throw r.error;
    const page: Page<T> | null | undefined = r.data ? pick(r.data) : null;
    if (!page) throw new Error("The server sent no rows.");
    rows.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return { rows, complete: true };
    after = page.pageInfo.endCursor;
  }
  return { rows, complete: false };
}

/** The columns that have a CSV value, as a CSV file. */
export function columnsCsv<T>(columns: Column<T>[], rows: T[]): string {
  const cols = columns.filter((c) => c.csv);
  return toCsv(cols.map((c) => c.title), rows.map((r) => cols.map((c) => {
    const v = c.csv!(r);
    return typeof v === "boolean" ? (v ? "yes" : "no") : v;
  })));
}

/** "Export CSV": every row the table shows across all its pages (same filters and sort), fetched from
 *  the API, as the table's columns. */
export function CsvButton<D, V extends AnyVariables, T>({ filename, columns, query, variables, pick }: {
  filename: string;
  columns: Column<T>[];
  query: TypedDocumentNode<D, V>;
  variables: Omit<V, "first" | "after">;
  pick: (data: D) => Page<T> | null | undefined;
}) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ error: boolean; text: string } | null>(null);
  const run = async () => {
    setBusy(true);
    setMsg(null);
    try {
      const { rows, complete } = await fetchAllRows(client, query, variables, pick);
      downloadCsv(filename, columnsCsv(columns, rows));
      if (!complete) setMsg({ error: false, text: `Exported the first ${rows.length} rows; narrow the filters for the rest.` });
    } catch (e) {
      setMsg({ error: true, text: describeError(e as Error)?.message ?? "Export failed." });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" onClick={run} disabled={busy} data-testid="export-csv" aria-busy={busy || undefined}>
        <Icon name="download" size={14} /> {busy ? "Exporting…" : "Export CSV"}
      </button>
      {msg && <span className={msg.error ? "error-text small" : "muted small"} role={msg.error ? "alert" : "status"}>{msg.text}</span>}
    </>
  );
}
